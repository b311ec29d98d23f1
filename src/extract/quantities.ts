/**
 * Quantities: a numeral with its unit or measure word, qualifier and kind, read from the
 * normalized view of one range (a question section or the introduction).
 *
 * Example: "网上巡查收集500余条民情" → {text 500余条, value 500, unit 条, kind count,
 * approximate true, qualifier 余, indicator 民情}; "较去年提高8个百分点" → 8个百分点
 * (percentage_point); "从2021年1.5万平方米增至2.74万平方米" → 2021年 (year), 1.5万平方米
 * (15000 平方米), 2.74万平方米; "借12345等平台" → 12345 (other, unit null).
 * Numbers that are not facts (ordinals, names, set phrases, list announcements, numbers inside
 * a formulation or an `exclude` span) give nothing. Units of the values: a percent is in percent
 * with unit "%" whatever its spelling (三成 → 30, 五分之一 → 20), a rate per mille in ‰ (6.8‰ → 6.8,
 * 千分之三 → 3) and per ten thousand in ‱, all three of kind percent; money is in 元 (2.3亿元 →
 * 230000000); a range ("两到三年") has `range` [2, 3] and its lower bound as `value`. A rate keeps its
 * denominator (每日5万吨 → 吨/日, 每人每月600元 → 元/人/月), 一半 is 50 %, and a coefficient or index with no
 * unit (基尼系数为0.45) is kind other, unit null, with its indicator.
 * Offsets: UTF-16, 0-based, end-exclusive.
 */
import type { Quantity, QuantityKind } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { readNumeral, parseShare, roundFloat, type NumeralMatch } from './numerals.js';
import { matchUnit, DURATION_UNITS, FIGURE_ONLY } from './units.js';
import { isBlocked, isAnnouncement, countsQuestions, isFrameLine, dateOrTimeAt, phoneAt, isListMarker } from './quantity-guards.js';
import { findIndicator } from './indicator.js';
import { formulationSpans } from './formulations.js';
import { distributeRespectively } from './respectively.js';
import { readRank } from './ranks.js';
import { markerBeforeDigit } from './digit-markers.js';

export interface QuantityOptions {
  segmenter: Segmenter;
  /** Spans that hold no quantity (list announcements such as 五项举措, given by the measures extractor). */
  exclude: Span[];
}

/** The payment named inside a rate, between 每X and the figure: 每亩补助 → 补助 (PER_BEFORE's nouns of paying). */
const PAID_RATE = /^每[^\d]{1,4}?(补助|补贴|奖补|奖励)$/u;
/** A quantity read at one position, before its indicator is looked up. */
type Reading = Omit<Quantity, 'text' | 'indicator'> & { numeral: [number, number]; subject?: [number, number] | null; dimensionless?: true; indicatorAt?: number };

/** 千分之 / 万分之 opening a rate in words (发生率控制在千分之三以内). */
const PER_MILLE = /^([千万])分之/;
/** Qualifiers written before the numeral, longest first. 近 before a duration means "the past", see `finish`. */
const PREFIXES = ['不少于', '不低于', '不超过', '不多于', '将近', '接近', '超过', '大约', '大概', '大致', '至少', '多达', '不足', '不到', '约', '近', '逾', '超'];
/** PREFIXES by their last code unit, the one right before a numeral (in PREFIXES order): `finish` tries only those. */
const PREFIXES_BEFORE = new Map<number, string[]>();
for (const p of PREFIXES) {
  const c = p.charCodeAt(p.length - 1);
  PREFIXES_BEFORE.set(c, [...(PREFIXES_BEFORE.get(c) ?? []), p]);
}
/**
 * An approximating word with a copula or a preposition between it and the figure ("测算约为35亿元",
 * "大约为35亿元", "大概在35亿元", "约有500人"): the word is the qualifier, the copula is inside the text.
 */
const APPROX_LINKED = /(?:大约|大概|大致|约)[为是在有]$/;
/** Words that end in 约/近/超 without being a qualifier (节约5万元, 最近3年, 赶超). */
const NOT_PREFIX = /(?:[节制签预违履契公特]约|[最附临]近|赶超)$/;
/** Qualifiers written after the unit. */
const SUFFIX = /^(?:左右|以上|以下|以内|上下|有余)/;
/** What may follow 年 in a year: "2024年上半年", "2024年底", "2024年度", "2023年12月" (a full date is dropped). */
const YEAR_TAIL = /^(?:上半年|下半年|年初|年中|年底|年末|底|末|初(?!步)|度|第?[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?)/;
/** A year, or a span of years (2021-2025年, 2021至2025年). */
const YEAR_ARABIC = /^(?:19|20)\d\d(?:[-~—–至到](?:19|20)\d\d)?$/;
/** After X成 these make a word, not a share (一成不变, 三成员). */
const NOT_TENTHS = /^[员为立功本果绩效熟长就型交都年人品片套不]/;
/** Before 一 these make a determiner, not a number: 下一年度, 同一天, 每一年, 这一年. */
/** After 二次: a Han character opening a word (供水, 污染), not one that qualifies the count (以上, 左右, 余). */
const SECONDARY_NOUN = /^(?![以左上下余多共])\p{sc=Han}$/u;
const ONE_AFTER = /[下上同每这那任哪另单唯统其之逐划专万]/;
/** Code units a number may start with (0-9, 零〇○一二两…亿), as a table: the scan below tests every position of a section. */
const NUMBER_START = new Uint8Array(0x10000);
for (const c of '0123456789零〇○一二两三四五六七八九十百千万亿第首前') NUMBER_START[c.charCodeAt(0)] = 1; // 第, 首, 前: a rank (排名第5位, 居全市首位, 进入全省前三)

/** What may stand before a list marker opening a line or a clause (then markerBeforeDigit decides). */
const MAY_OPEN_MARKER = new Uint8Array(0x10000);
for (const c of '\n:;。!? \t\u3000') MAY_OPEN_MARKER[c.charCodeAt(0)] = 1;

export function extractQuantities(pair: TextPair, range: Span, options: QuantityOptions): Quantity[] {
  const { view, text } = pair;
  // Two lists, not one spread together: the spread saw arrays of other element kinds as the
  // lane warmed up and threw this function's optimized code away (twice, ~35 ms of compile each).
  const exclude = options.exclude;
  const formulations = formulationSpans(pair, range);
  const out: Quantity[] = [];
  let i = range[0];
  // Whether the line holding i is the page frame, read once per line: i only moves forward.
  let lineEnd = -1;
  let frame = false;
  while (i < range[1]) {
    if (!NUMBER_START[view.charCodeAt(i)]) { i++; continue; }
    if (i >= lineEnd) {
      const nl = view.indexOf('\n', i);
      lineEnd = nl < 0 ? view.length : nl;
      frame = isFrameLine(view, i);
    }
    if (frame) { i = lineEnd < view.length ? lineEnd + 1 : range[1]; continue; }
    // "1億2,000多萬元", "1万2,000元": a thousands group ends a number begun before it, it starts none (000 → 0).
    if (thousandsGroupAt(view, i)) { i += 3; continue; }
    // "1.2025年底前…;\n2.3个月内…": a list marker before a figure, read the figure after it (digit-markers.ts).
    const marker = MAY_OPEN_MARKER[view.charCodeAt(i - 1)] || i === 0 ? markerBeforeDigit(view, i) : 0;
    if (marker) { i += marker; continue; }
    const skip = dateOrTimeAt(view, i);
    if (skip && !/\d/.test(view[i - 1] ?? '')) { i += skip; continue; }
    const r = read(view, i);
    if (!r) { i++; continue; }
    const hit = r.span[0] >= range[0] && r.span[1] <= range[1] && !overlapsAny(exclude, r.numeral) && !overlapsAny(formulations, r.numeral);
    if (hit) {
      const q = r;
      // A rate naming what is paid between its denominator and the figure ("每亩补助200元"): that is what is measured.
      const paid = view.charCodeAt(q.span[0]) === 0x6bcf ? PAID_RATE.exec(view.slice(q.span[0], q.numeral[0])) : null; // 每
      const indicator = q.subject !== undefined ? (q.subject ? text.slice(q.subject[0], q.subject[1]) : null)
        : q.dimensionless ? findIndicator(pair, q.indicatorAt ?? q.span[0], q.span[1], 'percent', options.segmenter) // 基尼系数为0.45: the 系数 before
        : q.kind === 'year' || q.kind === 'other' || (q.qualifier === null && view[q.span[0]] === '近')
        ? null
        : paid ? text.slice(q.numeral[0] - paid[1].length, q.numeral[0]) : findIndicator(pair, q.indicatorAt ?? q.span[0], q.span[1], q.kind, options.segmenter);
      out.push({ text: text.slice(q.span[0], q.span[1]), value: q.value, unit: q.unit, kind: q.kind, indicator: q.unit === null && q.kind === 'count' ? counted(pair, q.span[1], indicator) : indicator, approximate: q.approximate, qualifier: q.qualifier, range: q.range, span: q.span });
    }
    i = hit ? r.span[1] : r.numeral[1];
  }
  distributeRespectively(pair, range, out); // "A、B分别为X、Y": X measures A, Y measures B
  return out;
}

/** The people a bare count in 万 counts, ending the noun phrase after it: 180万|农村人口|饮水不够安全, 12万|群众|受益. */
const HEADCOUNT = /^[\u4e00-\u9fff]{0,6}?(?:人口|群众|居民|农户|农民|村民|职工|学生|游客|患者|老人|儿童|党员|家庭)/u;

/** The indicator read after a bare count (180万农村人口饮水 → 农村人口), cut after the people it counts; else as found. */
function counted(pair: TextPair, end: number, indicator: string | null): string | null {
  if (indicator === null || !pair.text.startsWith(indicator, end)) return indicator;
  const m = HEADCOUNT.exec(pair.view.slice(end, end + indicator.length));
  return m ? pair.text.slice(end, end + m[0].length) : indicator;
}

/** True when three digits at `i` follow "digit," and no digit follows them: the thousands group of a number. */
function thousandsGroupAt(view: string, i: number): boolean {
  return view[i - 1] === ',' && isDigit(view.charCodeAt(i - 2)) && isDigit(view.charCodeAt(i)) && isDigit(view.charCodeAt(i + 1))
    && isDigit(view.charCodeAt(i + 2)) && !isDigit(view.charCodeAt(i + 3));
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Some span of `spans` overlaps `numeral`. */
function overlapsAny(spans: Span[], numeral: [number, number]): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k][0] < numeral[1] && numeral[0] < spans[k][1]) return true;
  return false;
}

/** Read the quantity whose numeral (or 百分之) starts at `i`, or null. */
function read(view: string, i: number): Reading | null {
  const c = view.charCodeAt(i);
  if (c === 0x7b2c || c === 0x9996 || c === 0x524d) { // 第 首 前: only a rank is read here (排名第5位, 居全市首位, 进入前三); other ordinals count nothing
    const rank = readRank(view, i);
    return rank && { value: rank.value, unit: rank.unit, kind: 'other', approximate: rank.qualifier !== null, qualifier: rank.qualifier, range: null, span: rank.span, numeral: rank.numeral, subject: rank.subject };
  }
  if (view.startsWith('百分之', i)) {
    const n = readNumeral(view, i + 3);
    // 百分之二十到三十, 百分之二三十: a range of percents, its lower bound the value.
    if (n?.range) return finish(view, i, n.end, [i, n.end], n.value, '%', 'percent', null, n.range);
    const value = n && parseShare(view.slice(i, n.end));
    return n && value !== null ? finish(view, i, n.end, [i, n.end], value, '%', 'percent', null, null) : null;
  }
  // 千分之三 is 3‰ and 万分之五 is 5‱, as 百分之九十五 is 95%: the value as written, in its own unit.
  const perMille = PER_MILLE.exec(view.slice(i, i + 3));
  if (perMille) {
    const n = readNumeral(view, i + 3);
    return n && !n.range ? finish(view, i, n.end, [i, n.end], n.value, perMille[1] === '千' ? '‰' : '‱', 'percent', null, null) : null;
  }
  // "约1/3", "2/3以上": a fraction in digits is a share, in percent as 三分之一 (33.3333333333).
  const fraction = fractionAt(view, i);
  if (fraction) return finish(view, i, i + fraction.length, [i, i + fraction.length], fraction.value, '%', 'percent', null, null);
  const phone = phoneAt(view, i);
  if (phone && !/\d/.test(view[i - 1] ?? '')) return bare(i, i + phone); // value null: a phone number is no amount
  const n = readNumeral(view, i);
  if (!n || isBlocked(view, n.start, n.end, n.arabic)) return null;
  const written = view.slice(n.start, n.end);
  const shared = share(view, n);
  if (shared) return shared;
  // 百姓, 千家万户: idioms, not amounts, unless a qualifier makes it a round figure (逾千名, 千余名).
  if (!n.arabic && /^[百千万亿]/.test(written) && !/^[余多]/.test(view[n.end] ?? '') && !/(?:逾|近|超|约|超过|上)$/.test(view.slice(Math.max(0, i - 2), i))) return null;
  const doubled = doubling(view, n);
  if (doubled) return doubled;
  const m = measured(view, n, written);
  return m ? negative(view, m) : unitAfter(view, n.end) ? null : multiplied(view, n, written) ?? dimensionless(view, n, written) ?? bareNumber(view, n);
}

/**
 * What a figure without a unit measures when it is a coefficient, an index or a ratio: the indicator ends
 * with 系数/指数/率/比 (not a comparison: 同比, 环比, 相比…), then a copula or a verb of reaching or bounding,
 * maybe "由X" before it: 基尼系数为0.45, 灌溉水有效利用系数由0.55提高到0.62, 容积率不超过2.5.
 */
const DIMENSIONLESS_BEFORE = new RegExp(
  '(?:系数|指数|比值|比例|比重|(?<![同环对相类好无])比|率)'
  + '(?:已经|已|将|要|应|须|需|必须|均|总体|平均|约|仅|实际|稳步|进一步)?'
  + '((?:由|从)\\d+(?:\\.\\d+)?)?'
  + '(?:为|是|达|达到|达至|提高到|提高至|提升到|提升至|上升到|上升至|增至|增加到|增长到|下降到|下降至|降低到|降低至|降到|降至|减至|减少到|回落到|回落至'
  + '|控制在|保持在|稳定在|维持在|不超过|不低于|不高于|不少于|不大于|不小于|超过|低于|高于|小于|大于|由|从)了?$', 'u');

/** A coefficient, index or ratio without a unit (kind other, unit null): an Arabic figure or a Chinese decimal (零点四五). */
function dimensionless(view: string, n: NumeralMatch, written: string): Reading | null {
  if (!n.arabic && !written.includes('点')) return null;
  if (/^(?:19|20)\d\d$/.test(written)) return null; // a year
  const from = Math.max(0, n.start - 16);
  const m = DIMENSIONLESS_BEFORE.exec(view.slice(from, n.start));
  if (!m) return null;
  const r: Reading = { ...finish(view, n.start, n.end, [n.start, n.end], n.value, null, 'other', null, n.range), dimensionless: true };
  // 系数由0.55提高到0.62: the second figure measures what the first does, named before 由.
  return m[1] ? { ...r, indicatorAt: from + m.index + m[0].indexOf(m[1]) } : r;
}

/** 翻一番 / 翻了两番: the figure doubles N times, a multiple of the start (2^N, in 倍, as 是去年的两倍). */
const DOUBLING_VERB = /翻了?$/;

/**
 * "规上工业企业数量翻一番" → 翻一番, value 2, unit 倍 (kind quantity, as the other multiples 两倍多, 增长1倍);
 * "亩均税收翻了两番" → 4. The text runs from 翻 to 番. Only one to four doublings: beyond is no speech.
 */
function doubling(view: string, n: NumeralMatch): Reading | null {
  if (view[n.end] !== '番' || n.range || !Number.isInteger(n.value) || n.value < 1 || n.value > 4) return null;
  const verb = DOUBLING_VERB.exec(view.slice(Math.max(0, n.start - 2), n.start));
  return verb ? finish(view, n.start - verb[0].length, n.end + 1, [n.start, n.end], 2 ** n.value, '倍', 'quantity', null, null) : null;
}

/**
 * A figure in 万/亿 with no measure word is a count all the same: "常住人口52万," (indicator before),
 * "180万农村人口" (the noun after is what is counted), "12万余群众". Unit null: the noun is no measure word.
 * The multiplier must follow a written number (万众一心, 亿万 never start a numeral; 千万 is an idiom, see `read`).
 */
function multiplied(view: string, n: NumeralMatch, written: string): Reading | null {
  if (written.length < 2 || !BIG_LAST.test(written)) return null;
  const inner = view[n.end] === '余' || view[n.end] === '多' ? view[n.end] : null;
  const r = finish(view, n.start, n.end + (inner ? 1 : 0), [n.start, n.end], n.value, null, 'count', inner, n.range);
  // "年产值3000万", "投入资金1.2亿": after a word of money the figure is in 元, written short.
  return MONEY_BEFORE.test(view.slice(Math.max(0, r.span[0] - 10), r.span[0])) ? { ...r, unit: '元', kind: 'money' } : r;
}
const BIG_LAST = /[万亿]$/;
/** A word of money right before a figure (a verb of reaching between at most): 投资, 产值达, 税收突破, 资金共计. */
const MONEY_BEFORE = /(?:资金|投资|投入|产值|收入|营收|税收|经费|预算|资产|债务|利润|销售额|营业额|成交额|总额|金额|基金|融资|拨付|筹集)(?:总计|共计|累计|总额|达到|达|为|是|约|近|超过|超|突破|了|,)*$/u;

/** 负 before a figure is a minus only after a verb of being or a clause start: "增长率为负2.1%", "降至负3℃" (not 胜3负2). */
const NEGATIVE_WORD = /(?:^|[为是达至到在:,;、(\s]|增长|增速)负$/u;
/** A minus sign: ASCII - (the view folds －), or U+2212. */
const MINUS = /^[-−]$/;
/** A numeral character that may end the first bound of a range ("3-5个", "三-五年"). */
const BOUND_END = /[\d零〇一二两三四五六七八九十百千万亿]/;

/**
 * The figure negated when a minus sign stands right before it ("增长6.7%、-3.1%", "全市经济增长-3.1%",
 * "自然增长率为-1.2‰"), unless the dash joins two figures (5%-8%, 2020年-2025年, 3-5个: a figure, with
 * or without its unit, ends right before it), follows a letter (编号A-3) or opens its line (a list dash).
 */
function negative(view: string, r: Reading): Reading {
  if (r.span[0] !== r.numeral[0] || r.kind === 'year' || r.value === null) return r;
  const at = r.span[0] - 1;
  const sign = view[at] ?? '';
  const minus = MINUS.test(sign) ? !rangeOrListDash(view, at) : sign === '负' && NEGATIVE_WORD.test(view.slice(Math.max(0, at - 2), at + 1));
  if (!minus) return r;
  const range: [number, number] | null = r.range ? [-r.range[1], -r.range[0]] : null;
  return { ...r, value: -r.value, range, span: [at, r.span[1]] };
}

/** The dash at `at` joins two figures, follows a letter or a digit, or opens its line. */
function rangeOrListDash(view: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
  if (k < 0 || view[k] === '\n') return true; // a list dash opening the line
  if (/[A-Za-z\d]/.test(view[k])) return true;
  // A figure with its unit right before (5%-8%, 2020年-2025年, 3万元-5万元): the unit ends at the dash.
  for (let p = k; p >= Math.max(0, at - 6); p--) {
    if (!BOUND_END.test(view[p])) continue;
    const unit = matchUnit(view, p + 1);
    if ((unit && unit.end === at) || /^[年月日号]$/.test(view.slice(p + 1, at))) return true;
    if (/\d/.test(view[p])) break; // the nearest digit decides
  }
  return false;
}

/** A unit right after the numeral (216名, 500余条): a count a guard rejected stays rejected, never an identifier. */
function unitAfter(view: string, end: number): boolean {
  return !!matchUnit(view, end) || (/[余多]/.test(view[end] ?? '') && !!matchUnit(view, end + 1));
}

/**
 * A fraction in digits at `i`: numerator less than the denominator, denominator 2–10 ("1/3", "3/4"), not
 * inside a code, a date or a longer number (6/12, 2024/6, A1/3, 1/3/5); null otherwise.
 */
const FRACTION = /([1-9])\/([2-9]|10)(?![\d/.])/y;
function fractionAt(view: string, i: number): { length: number; value: number } | null {
  if (/[\d/.A-Za-z]/.test(view[i - 1] ?? '')) return null;
  FRACTION.lastIndex = i;
  const m = FRACTION.exec(view);
  if (!m || Number(m[1]) >= Number(m[2])) return null;
  return { length: m[0].length, value: roundFloat((Number(m[1]) / Number(m[2])) * 100) };
}

/** What opens a clause: the text start, a line break, clause punctuation. */
const CLAUSE_OPEN = /^(?:[,。;:!?、\n]\s*)?$/u;
/** 一半 opening each of two neighbouring clauses: a split in parts, not a share ("问题一半在建设,一半在管理"). */
function halvesSplit(view: string, start: number): boolean {
  const opens = (at: number) => at >= 0 && view.startsWith('一半', at) && (at === 0 || CLAUSE_OPEN.test(view[at - 1]));
  if (!opens(start)) return false;
  const after = view.indexOf('一半', start + 2);
  const before = start >= 2 ? view.lastIndexOf('一半', start - 2) : -1;
  return (after >= 0 && after - start <= 16 && opens(after)) || (before >= 0 && start - before <= 16 && opens(before));
}

/** 五分之一 → 20 %, 三成 and 3成 → 30 %, 一半 → 50 % (近一半, 一半以上; not 另一半, 这一半). */
function share(view: string, n: NumeralMatch): Reading | null {
  if (view[n.end] === '半' && n.end - n.start === 1 && view[n.start] === '一' && !ONE_AFTER.test(view[n.start - 1] ?? '') && !halvesSplit(view, n.start)) {
    return finish(view, n.start, n.end + 1, [n.start, n.end], 50, '%', 'percent', null, null);
  }
  if (view.startsWith('分之', n.end)) {
    const m = readNumeral(view, n.end + 2);
    const value = m && parseShare(view.slice(n.start, m.end));
    return m && value !== null ? finish(view, n.start, m.end, [n.start, m.end], value, '%', 'percent', null, null) : null;
  }
  if (n.end - n.start === 1 && view[n.end] === '成' && !NOT_TENTHS.test(view[n.end + 1] ?? '')) {
    const value = n.arabic ? (n.value > 0 ? n.value * 10 : null) : parseShare(view.slice(n.start, n.end + 1));
    return value === null ? null : finish(view, n.start, n.end + 1, [n.start, n.end], value, '%', 'percent', null, null);
  }
  return null;
}

/** Numeral (+ 余/多) + unit: counts, measurements, money, percents, years. */
function measured(view: string, n: NumeralMatch, written: string): Reading | null {
  let inner = view[n.end] === '余' || view[n.end] === '多' ? view[n.end] : null;
  let unit = matchUnit(view, n.end + (inner ? 1 : 0));
  // "3个多月": the qualifier stands inside the unit 个月.
  if (!inner && view.startsWith('个多月', n.end)) { inner = '多'; unit = { unit: '个月', kind: 'quantity', end: n.end + 3, multiplier: 1 }; }
  if (!unit) return null;
  if (isAnnouncement(view, n.end, n.value) || countsQuestions(view, n.start, n.end, n.value)) return null;
  // 一个/一项/一人: an article or "single", never a counted fact (一个百分点, 一年 are measures).
  if (written === '一' && (unit.kind === 'count' || view[unit.end] === '一' || ONE_AFTER.test(view[n.start - 1] ?? ''))) return null; // 一周一次: distributive; 下一年度: next
  if (unit.unit === '票' && view[unit.end] === '制') return null; // 两票制: a billing rule, not votes
  if (unit.unit === '位' && view[unit.end] === '数') return null; // 两位数增长: "double-digit", no count of people
  // 二次供水, 二次污染, 二次消费: a bare 二 before 次 and a word is "secondary", a term; twice is written 两次
  // (or 2次, 二次以上 when counted).
  if (written === '二' && unit.unit === '次' && SECONDARY_NOUN.test(view[unit.end] ?? '')) return null;
  if (unit.unit === '期' && isPhase(view, n, written, unit.end)) return null; // 二期工程, 绿道三期: a phase
  // 两头, 两眼, 两节: a word; 生猪1200头, 三十口水窖 count.
  if (FIGURE_ONLY.has(unit.unit) && unit.end === n.end + 1 + (inner ? 1 : 0) && !n.arabic && /^[一二两]$/.test(written)) return null;
  if (written === '一' && inSlogan(view, n.start, unit.end)) return null; // 建一亩、成一亩、管好一亩
  const mult = (x: number) => roundFloat(x * unit.multiplier);
  const isYear = unit.unit === '年' && !inner && (n.arabic ? YEAR_ARABIC.test(written) : /^[零〇○一二三四五六七八九]{4}$/.test(written));
  if (isYear) {
    const tail = YEAR_TAIL.exec(view.slice(unit.end, unit.end + 12));
    if (tail && /[日号]$/.test(tail[0])) return null; // 2024年6月27日 is a calendar date (the session's date), not a figure
    return finish(view, n.start, unit.end + (tail ? tail[0].length : 0), [n.start, n.end], n.value, '年', 'year', inner, n.range, false);
  }
  // "30%—40%", "400元至800元": a range whose unit is written after both bounds.
  const upper = n.range || inner ? null : upperBound(view, unit.end, n, unit);
  if (upper) return finish(view, n.start, upper.end, [n.start, upper.numeralEnd], mult(n.value), unit.unit, unit.kind, null, [mult(n.value), upper.value]);
  const range: [number, number] | null = n.range ? [mult(n.range[0]), mult(n.range[1])] : null;
  // "每立方米34微克", "每亩500元": the denominator written before the figure.
  const per = unit.kind !== 'percent' && !unit.unit.includes('/') ? PER_BEFORE.exec(view.slice(Math.max(0, n.start - 8), n.start)) : null;
  // Per head and per year (每人每年五元, 每亩每年20元): both denominators, 元/人/年. A rate per time alone
  // (给予每月800元租房补贴) looks for its indicator from the figure, as a total would: 每月 names no thing.
  if (per) {
    const r = finish(view, n.start - per[0].length, unit.end, [n.start, n.end], mult(n.value), `${unit.unit}/${per[1]}${per[2] ? `/${per[2]}` : ''}`, unit.kind, inner, range);
    return PER_TIME_WORD.test(per[1]) ? { ...r, indicatorAt: n.start } : r;
  }
  return finish(view, n.start, unit.end, [n.start, n.end], mult(n.value), unit.unit, unit.kind, inner, range);
}
/** Words of works that a phase ordinal names (二期工程, 三期扩建). */
const PHASE_WORK = /^(?:工程|项目|建设|改造|扩建|续建|新建|提标|提升)/;
/** Verbs, particles and adverbs before a count of sessions (分三期, 举办了三期, 共五期): a count, not a phase. */
const COUNTING_BEFORE = /[分共了办开设做计达有近约逾超每再各等这那前后头首连续累期第和及、,。;:!?\s]/u;

/**
 * A Chinese numeral + 期 naming a phase of a project, not a count of sessions: before a word of works
 * (二期工程), written 二 (a count of two is 两期), or inside a name (滨江绿道三期全长: a noun before, a word after).
 */
function isPhase(view: string, n: NumeralMatch, written: string, end: number): boolean {
  if (n.arabic || n.range || view[n.end] !== '期') return false;
  if (PHASE_WORK.test(view.slice(end, end + 2)) || written === '二') return true;
  const before = view[n.start - 1] ?? '';
  return written.length === 1 && /\p{sc=Han}/u.test(before) && !COUNTING_BEFORE.test(before)
    && /^\p{sc=Han}/u.test(view[end] ?? '') && !/^(?:以上|以下|左右|余|多)/.test(view.slice(end, end + 2));
}

/** A clause of a 、 or , series: what ends with the same 一 + unit in it is a slogan (建一亩、成一亩、管好一亩, 种一棵、活一棵). */
const SERIES_SEP = /[、,;]/u;
/** Longest clause of a slogan series, in code units. */
const SLOGAN_CLAUSE = 6;

/** The 一 + unit at [start, end) ends a short clause of a series whose clause before or after ends with it too. */
function inSlogan(view: string, start: number, end: number): boolean {
  const key = view.slice(start, end);
  const endsClause = (at: number) => at >= view.length || SERIES_SEP.test(view[at]) || view[at] === '。' || view[at] === '\n';
  if (!endsClause(end)) return false;
  // The clause before: from the separator before ours back to the one before it.
  let k = start - 1;
  while (k >= 0 && start - k <= SLOGAN_CLAUSE && !SERIES_SEP.test(view[k]) && view[k] !== '。' && view[k] !== '\n') k--;
  if (k >= 0 && SERIES_SEP.test(view[k]) && view.startsWith(key, k - key.length) && clauseLength(view, k - key.length) <= SLOGAN_CLAUSE) return true;
  // The clause after.
  if (end >= view.length || !SERIES_SEP.test(view[end])) return false;
  let j = end + 1;
  while (j < view.length && j - end <= SLOGAN_CLAUSE + 1 && !endsClause(j)) j++;
  return j - end <= SLOGAN_CLAUSE + 1 && view.startsWith(key, j - key.length) && j - key.length > end;
}

/** Length of the clause ending at `end` (back to a separator, 。 or a line break). */
function clauseLength(view: string, end: number): number {
  let k = end - 1;
  while (k >= 0 && end - k <= SLOGAN_CLAUSE + 1 && !SERIES_SEP.test(view[k]) && view[k] !== '。' && view[k] !== '\n') k--;
  return end - k - 1;
}

/**
 * A denominator right before a figure: 每立方米, 每平方公里, 每亩, 每人, 每户, 每吨, 每部 (电梯), 每台, 每辆, or of
 * time (每日5万吨 → 吨/日, 每年20元), or both (每人每年五元 → 元/人/年);
 * a verb of paying or reaching may stand between ("每亩补助200元", "提高到每部25万元" is 每部 right before).
 */
const PER_BEFORE = /每(立方米|平方米|平方公里|公里|千米|亩|公顷|吨|千克|公斤|人|生|户|床|家|部|台|辆|套|小时|日|天|月|年|周)(?:每(小时|日|天|月|年|周))?(?:补助|补贴|奖补|奖励|发放|给予|支付|收取|提高到|提高至|达到)?$/u;

/** The denominators of PER_BEFORE that are times. */
const PER_TIME_WORD = /^(?:小时|日|天|月|年|周)$/u;

/** After "30%" at `end`: "—40%" / "至40%" / "到40%", the same unit again and a larger value; else null. */
function upperBound(view: string, end: number, n: NumeralMatch, unit: { unit: string; kind: QuantityKind; multiplier: number }): { end: number; numeralEnd: number; value: number } | null {
  const link = RANGE_LINK.exec(view.slice(end, end + 2));
  if (!link) return null;
  const m = readNumeral(view, end + link[0].length);
  if (!m || m.range || m.arabic !== n.arabic) return null;
  const second = matchUnit(view, m.end);
  if (!second || second.unit !== unit.unit || second.kind !== unit.kind) return null;
  const value = roundFloat(m.value * second.multiplier);
  return value > roundFloat(n.value * unit.multiplier) ? { end: second.end, numeralEnd: m.end, value } : null;
}
/** What joins the bounds of a range: 到, 至, a dash, a tilde. */
const RANGE_LINK = /^(?:到|至|——|—|–|-|～|~)/u;

/** Arabic digits with no unit: an identifier such as the hotline 12345 (kind other), if at least three digits. */
function bareNumber(view: string, n: NumeralMatch): Reading | null {
  const written = view.slice(n.start, n.end);
  if (!n.arabic || !/^\d{3,}$/.test(written) || isListMarker(view, n.start, n.end)) return null;
  if (/^(?:19|20)\d\d$/.test(written)) return null; // a bare year (〔2024〕15号, 2024版) is neither a figure nor an identifier
  return bare(n.start, n.end, n.value);
}

function bare(start: number, end: number, value: number | null = null): Reading {
  return { value, unit: null, kind: 'other', approximate: false, qualifier: null, range: null, span: [start, end], numeral: [start, end] };
}

/** The qualifier written right before `start` (the first of PREFIXES that stands there), or 上 of 上百家, 上千人 ("as many as"). */
function prefixBefore(view: string, start: number): string | undefined {
  const list = PREFIXES_BEFORE.get(view.charCodeAt(start - 1));
  if (list !== undefined) {
    for (let k = 0; k < list.length; k++) {
      const p = list[k];
      if (start >= p.length && view.startsWith(p, start - p.length) && !NOT_PREFIX.test(view.slice(Math.max(0, start - p.length - 1), start))) return p;
    }
  }
  if (view[start - 1] === '上' && /[百千万]/.test(view[start])) return '上';
  const linked = APPROX_LINKED.exec(view.slice(Math.max(0, start - 3), start));
  // 节约为, 制约在: the 约 ends another word (NOT_PREFIX), as before a bare figure.
  if (linked && !NOT_PREFIX.test(view.slice(Math.max(0, start - 1 - linked[0].length), start - 1))) return linked[0];
  return undefined;
}

/** Add the qualifiers around [start, end) and build the reading. `qualifiers` false: none allowed (years). */
function finish(view: string, start: number, end: number, numeral: [number, number], value: number, unit: string | null, kind: QuantityKind, inner: string | null, range: [number, number] | null, qualifiers = true): Reading {
  let qualifier = inner;
  let from = start;
  let to = end;
  // After a duration or a multiple 多/余 also qualify: 两年多, 十天余, 一倍多.
  const post = qualifiers ? (SUFFIX.exec(view.slice(end, end + 2)) ?? ((isDuration(unit) || unit === '倍') && !inner ? /^[多余]/.exec(view.slice(end, end + 1)) : null)) : null;
  if (post) { qualifier ??= post[0]; to = end + post[0].length; }
  const pre = qualifiers ? prefixBefore(view, start) : undefined;
  if (pre) {
    from = start - pre.length;
    // 近五年 is "the past five years": a duration, not an approximation. 约为: the qualifier is 约, the copula is text only.
    if (!(pre === '近' && isDuration(unit))) qualifier = APPROX_LINKED.test(pre) ? pre.slice(0, -1) : pre;
  }
  return { value, unit, kind, approximate: qualifier !== null, qualifier, range, span: [from, to], numeral };
}

const isDuration = (unit: string | null): boolean => unit !== null && DURATION_UNITS.has(unit);
