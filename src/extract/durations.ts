/**
 * Durations written in more than one piece: "排队时间缩短到一个半小时" → 1.5 小时, "两个多星期" → 2 周 with
 * qualifier 多, "平均通话时长4分30秒" → one figure of 270 秒, "1小时30分钟" → one figure of 90 分钟.
 * 个 + a time unit is one unit (as 个月); 半 between them adds a half, 多 between them qualifies the figure.
 * 半 after the unit adds a half too ("争取一年半完成" → 1.5 年, "两天半" → 2.5 天: `halfAfter`), and 半 alone before
 * one is a half of it ("半年内" → 0.5 年, "半个月" → 0.5 个月: `halfAlone`); 上半年, 下半年 are dates, no span.
 * A compound duration (hours then minutes, minutes then seconds) states one length of time: it is one
 * figure whose value is in its smallest unit, so the value stays exact (no 1.5 小时 from 1小时30分) and the
 * text covers the whole compound.
 * 日 is the written word for a day as a span ("在3日内答复", "用时3日", "30日内办结" → 日, as 3天): `dayAt`; in a date it is
 * none (10月3日, 3日上午, 每月5日 is a day of the month). A time before a rhythm (半年一述职, 三年一评估) is how often, no span
 * (`rhythmAfter`).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral } from './numerals.js';

/** After N日: a bound of a span (15日内, 30日以内, 3日以上, 7日左右); 内 not opening a word (日内容). */
const DAY_BOUND_AFTER = /^日(?:以内|之内|以上|左右|内(?![容部涵外地在心科]))/u;
/** Before N日: a word that takes a span of time (近3日: the past three days; 用时3日, 为期3日, 连续5日, 缩短至3日, 提前7日), maybe with a bound between. */
const DAY_SPAN_BEFORE = /(?:近|用时|历时|耗时|为期|连续|持续|期限为?|时限为?|限期|缩短[至到为]|压缩[至到为]|延长[至到为]|提前|满|每隔|间隔)(?:不超过|不少于|超过|不到|约)?$/u;

/**
 * The end of 日 read as a span of days right after the numeral [start, end), or 0: a bound after it or a word of a span
 * before it, and no month, 每 or 本/次/当 before the numeral (10月3日内, 每月5日, 次月3日 are days of a month).
 */
export function dayAt(view: string, start: number, end: number): number {
  if (view[end] !== '日' || /[月每号本次当上下]/u.test(view[start - 1] ?? '')) return 0;
  if (DAY_BOUND_AFTER.test(view.slice(end, end + 4)) || DAY_SPAN_BEFORE.test(view.slice(Math.max(0, start - 8), start))) return end + 1;
  return 0;
}

/** A time unit after 个多 / 个半 and the unit it is recorded in (个月 stays 个月: 月 alone is a date). */
const HALF_OR_MORE_AT = /个([多半])(月|小时|钟头|星期|礼拜)/y;
const RECORDED: Readonly<Record<string, string>> = { 月: '个月', 小时: '小时', 钟头: '小时', 星期: '周', 礼拜: '周' };

export interface TimeUnit {
  unit: string;
  /** 多 when the figure is "more than" (三个多月), else null. */
  inner: string | null;
  /** 0.5 for 个半 (三个半小时), else 0: added to the numeral's value. */
  half: number;
  /** Offset just after the unit. */
  end: number;
}

/** 个多月 / 个半小时 / 个多星期 right at `end` (after a numeral), or null. */
export function halfOrMore(view: string, end: number): TimeUnit | null {
  HALF_OR_MORE_AT.lastIndex = end;
  const m = HALF_OR_MORE_AT.exec(view);
  if (!m) return null;
  return { unit: RECORDED[m[2]], inner: m[1] === '多' ? '多' : null, half: m[1] === '半' ? 0.5 : 0, end: end + m[0].length };
}

/** Time units after which 半 adds a half: 一年半, 两天半, 三周半, 一小时半 (个月 and 个小时 take it inside: 三个半月). */
const HALF_AFTER_UNITS: ReadonlySet<string> = new Set(['年', '天', '周', '小时']);
/** What after that 半 makes it open a word instead: 近三年半数以上 (半数), 一年半载 (an idiom: "a while"), 半途, 半价. */
const HALF_OPENS_WORD = /[数载途价径岛夜边壁场截成拉山封身导自职脱熟独托年月日天个小]/u;

/** True when 半 at `end` (right after a time unit in HALF_AFTER_UNITS) adds a half to the duration. */
export function halfAfter(view: string, unit: string, end: number): boolean {
  return view[end] === '半' && HALF_AFTER_UNITS.has(unit) && !HALF_OPENS_WORD.test(view[end + 1] ?? '');
}

/** 半 + a time unit, the unit as recorded: 半年, 半个月, 半小时, 半个小时 (半天 is "a long while" as often as half a day). */
const HALF_ALONE_AT = /半(个月|个小时|小时|年)/y;
/** Before 半 these make a part of a period (上半年, 下半年, 前半年), a share (大半年, 多半, 一半, 过半) or a frequency (每半年). */
const HALF_PART_BEFORE = /[上下前后大小多过一两每对减折夜]/u;
/** After 半年 these make it the half-year of a calendar (半年度, 半年报, 半年考核, 半年总结), not a span of time. */
const HALF_YEAR_NAMES = /[度报考总结评检]/u;

/**
 * A rhythm after a time unit: 一 + a verb or a measure of times (半年一述职, 三年一评估, 两年一次, 一月一通报): "once every
 * half-year", a frequency, no span of time. Not 一个 (一年一个台阶), nor 一 + another time (一年一月), 一半, 一遇 (return
 * periods: return-periods.ts), 一贯制.
 */
const RHYTHM_AFTER = /^一(?![个半遇贯年月天日周季])[\u4e00-\u9fff]/u;
/** True when the time unit ending at `end` opens a rhythm (半年|一述职): no duration. */
export function rhythmAfter(view: string, end: number): boolean {
  return RHYTHM_AFTER.test(view.slice(end, end + 2));
}

/** The duration 半 + unit at `start` (value 0.5 in the unit), or null. */
export function halfAlone(view: string, start: number): { unit: string; end: number } | null {
  if (HALF_PART_BEFORE.test(view[start - 1] ?? '')) return null;
  HALF_ALONE_AT.lastIndex = start;
  const m = HALF_ALONE_AT.exec(view);
  if (!m) return null;
  const end = start + m[0].length;
  if (m[1] === '年' && HALF_YEAR_NAMES.test(view[end] ?? '')) return null;
  if (rhythmAfter(view, end)) return null; // 半年一述职: every half-year
  return { unit: m[1] === '个小时' ? '小时' : m[1], end };
}

/** Hours then minutes: the unit of hours at the numeral's end, then N 分钟 or N 分 (after hours, 分 is minutes). */
const HOURS_AT = /(?:个小时|小时|个钟头|钟头)/y;
/** Minutes, then maybe seconds: 分钟 or 分 (before seconds only, when no hours came first: 4分30秒). */
const MINUTES_AT = /分钟|分(?![钟之])/y;
const SECONDS_AT = /秒钟|秒/y;

/** One compound duration read from a numeral's end: value in the smallest unit, and where it ends. */
export interface Compound { value: number; unit: '分钟' | '秒'; end: number; numeralEnd: number }

/**
 * "1小时30分钟", "2个小时15分", "4分30秒", "3分钟20秒", "1小时20分30秒": a duration in two or three units,
 * the numeral `value` read up to `end`. Each following part must be a whole number below the unit it
 * splits (30分 < 60, 20秒 < 60), else the figures are not one duration and null is returned.
 */
export function compoundDuration(view: string, end: number, value: number): Compound | null {
  HOURS_AT.lastIndex = end;
  const hours = HOURS_AT.exec(view);
  let at = end;
  let total = value;
  let unit: '分钟' | '秒';
  let numeralEnd = end;
  if (hours) {
    const minutes = part(view, end + hours[0].length, MINUTES_AT);
    if (!minutes) return null;
    total = total * 60 + minutes.value;
    at = minutes.end;
    numeralEnd = minutes.numeralEnd;
    unit = '分钟';
  } else {
    MINUTES_AT.lastIndex = end;
    const m = MINUTES_AT.exec(view);
    if (!m) return null;
    at = end + m[0].length;
    // A bare N分 is minutes only with seconds after it (4分30秒); N分钟 alone is read by the unit table.
    const seconds = part(view, at, SECONDS_AT);
    if (!seconds) return null;
    return { value: total * 60 + seconds.value, unit: '秒', end: seconds.end, numeralEnd: seconds.numeralEnd };
  }
  const seconds = part(view, at, SECONDS_AT);
  if (seconds) return { value: total * 60 + seconds.value, unit: '秒', end: seconds.end, numeralEnd: seconds.numeralEnd };
  return { value: total, unit, end: at, numeralEnd };
}

/** A whole number below 60 at `at`, then the unit `after`: one lower part of a compound duration. */
function part(view: string, at: number, after: RegExp): { value: number; end: number; numeralEnd: number } | null {
  const n = readNumeral(view, at);
  if (!n || n.range || !Number.isInteger(n.value) || n.value >= 60) return null;
  after.lastIndex = n.end;
  const m = after.exec(view);
  return m ? { value: n.value, end: n.end + m[0].length, numeralEnd: n.end } : null;
}
