/**
 * Durations written in more than one piece: "排队时间缩短到一个半小时" → 1.5 小时, "两个多星期" → 2 周 with
 * qualifier 多, "平均通话时长4分30秒" → one figure of 270 秒, "1小时30分钟" → one figure of 90 分钟.
 * 个 + a time unit is one unit (as 个月); 半 between them adds a half, 多 between them qualifies the figure.
 * A compound duration (hours then minutes, minutes then seconds) states one length of time: it is one
 * figure whose value is in its smallest unit, so the value stays exact (no 1.5 小时 from 1小时30分) and the
 * text covers the whole compound.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral } from './numerals.js';

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
