/**
 * Figures with no measure word after them: "基尼系数为0.45" (a coefficient, unit null), "翻一番" (2 倍),
 * "常住人口52万" / "投入资金1.2亿" (a count, or 元 after a word of money), "发现隐患1370处,已整改110" (a bare figure;
 * a number to call such as 借12345等平台 is marked an identifier by the caller: identifiers.ts).
 * Offsets: UTF-16, 0-based, end-exclusive ([start, end)).
 */
import type { NumeralMatch } from './numerals.js';
import { matchUnit } from './units.js';
import { isListMarker } from './quantity-guards.js';
import { bare, finish, type Reading } from './quantity-reading.js';

/**
 * What a figure without a unit measures when it is a coefficient, an index or a ratio: the indicator ends
 * with 系数/指数/率/比 (not a comparison: 同比, 环比, 相比…), then a copula or a verb of reaching or bounding,
 * maybe "由X" before it: 基尼系数为0.45, 灌溉水有效利用系数由0.55提高到0.62 (由零点五五提高到零点六二 too), 容积率不超过2.5.
 */
const DIMENSIONLESS_BEFORE = new RegExp(
  '(?:系数|指数|比值|比例|比重|(?<![同环对相类好无])比|率)'
  + '(?:已经|已|将|要|应|须|需|必须|均|总体|平均|约|仅|实际|稳步|进一步)?'
  + '((?:由|从)(?:\\d+(?:\\.\\d+)?|[零〇一二三四五六七八九十]+点[零〇一二三四五六七八九]+))?'
  + '(?:为|是|达|达到|达至|提高到|提高至|提升到|提升至|上升到|上升至|增至|增加到|增长到|下降到|下降至|降低到|降低至|降到|降至|减至|减少到|回落到|回落至'
  + '|控制在|保持在|稳定在|维持在|不超过|不低于|不高于|不少于|不大于|不小于|超过|低于|高于|小于|大于|由|从)了?$', 'u');

/**
 * A verb of change right before a decimal with no unit (比上年下降0.011, 提高了0.02): the change of a coefficient or a rate
 * named before it; an integer there (下降3) is left out, it may be a count whose measure word is dropped.
 */
/** After such a decimal: its clause ends (提高1.6分 has a unit the scorer reads, scores.ts; a Han character may be one). */
const CLAUSE_GOES_ON = /^(?:[,。;:!?、\s)]|$)/u;
const DECIMAL_CHANGE_BEFORE = /(?:下降|降低|减少|回落|提高|提升|上升|增加|增长)了?$/u;

/** A coefficient, index or ratio without a unit (kind other, unit null): an Arabic figure or a Chinese decimal (零点四五). */
export function dimensionless(view: string, n: NumeralMatch, written: string): Reading | null {
  if (!n.arabic && !written.includes('点')) return null;
  if (/^(?:19|20)\d\d$/.test(written)) return null; // a year
  const from = Math.max(0, n.start - 16);
  const m = DIMENSIONLESS_BEFORE.exec(view.slice(from, n.start));
  if (!m) {
    // 死亡率降至0.042,比上年下降0.011: a decimal with no unit right after a verb of change is the change of that coefficient.
    if (!/[.点]/u.test(written) || !DECIMAL_CHANGE_BEFORE.test(view.slice(from, n.start)) || !CLAUSE_GOES_ON.test(view.slice(n.end, n.end + 1))) return null;
    return { ...finish(view, n.start, n.end, [n.start, n.end], n.value, null, 'other', null, n.range), dimensionless: true };
  }
  const r: Reading = { ...finish(view, n.start, n.end, [n.start, n.end], n.value, null, 'other', null, n.range), dimensionless: true };
  // 系数由0.55提高到0.62: the second figure measures what the first does, named before 由.
  return m[1] ? { ...r, indicatorAt: from + m.index + m[0].indexOf(m[1]) } : r;
}

/** 翻一番 / 翻了两番: the figure doubles N times, a multiple of the start (2^N, in 倍, as 是去年的两倍). */
const DOUBLING_VERB = /翻了?$/;
/**
 * The base a doubling is reckoned from, between its subject and 翻 ("回收量在今年基础上翻一番", "在2019年的基础上翻番"): no
 * subject of its own, so the indicator is read before it. One clause only (no punctuation inside).
 */
const BASE_BEFORE = /在[^，,。；;：:！!？?\n]{1,12}?基础上(?:再)?$/u;
/**
 * Words of the predicate between a doubling's subject and 翻, read past the same way: a base compared with (较2020年), a
 * span of time (五年来), intent, aspect and modality (力争实现, 已经, 将, 有望): "远程会诊量力争实现翻一番", "教育投入五年来已经翻了一番".
 */
const DOUBLING_WORDS = String.raw`(?:较|比)(?:19|20)\d\d年(?:底|末)?|[一二两三四五六七八九十\d]{1,2}年(?:来|间)|力争|争取|努力|已经|已|将|要|有望|可望|能够|能|可以|可|基本|实现|再`;
const BETWEEN_BEFORE = new RegExp(`(?:${DOUBLING_WORDS})+$`, 'u');
/** The same words as a whole clause before 翻 (较2020年, 五年来已经): nothing else in it (doubling-carry.ts). */
export const DOUBLING_PREDICATE = new RegExp(`^(?:${DOUBLING_WORDS})*$`, 'u');

/**
 * "规上工业企业数量翻一番" → 翻一番, value 2, unit 倍 (kind quantity, as the other multiples 两倍多, 增长1倍);
 * "亩均税收翻了两番" → 4. The text runs from 翻 to 番. Only one to four doublings: beyond is no speech.
 */
export function doubling(view: string, n: NumeralMatch): Reading | null {
  if (view[n.end] !== '番' || n.range || !Number.isInteger(n.value) || n.value < 1 || n.value > 4) return null;
  const verb = DOUBLING_VERB.exec(view.slice(Math.max(0, n.start - 2), n.start));
  return verb ? based(view, finish(view, n.start - verb[0].length, n.end + 1, [n.start, n.end], 2 ** n.value, '倍', 'quantity', null, null)) : null;
}

/**
 * "力争实现回收量翻番", "收入翻番": 翻番 with no numeral is one doubling (2 倍), as 翻一番; read at its 翻. Not 翻番 inside
 * another word (推翻番号 has no doubling: 翻 must not close a word before it), nor 翻番 naming a goal set before ("没有实现翻番目标":
 * the goal referred to, its figure was given where it was set), nor a question about it (回收量翻番了吗), nor the distance to it (离翻番还有差距).
 */
export function bareDoubling(view: string, at: number): Reading | null {
  if (!view.startsWith('翻番', at) || /[推离距]/u.test(view[at - 1] ?? '') || /^(?:的)?(?:目标|任务|计划)|^了?(?:吗|没有?)/u.test(view.slice(at + 2, at + 5))) return null;
  return based(view, finish(view, at, at + 2, [at, at + 2], 2, '倍', 'quantity', null, null));
}

/** A doubling reckoned from a base written before it (在今年基础上翻一番), or with words of its predicate before it (力争实现翻一番): its indicator is read before them. */
function based(view: string, r: Reading): Reading {
  const base = BASE_BEFORE.exec(view.slice(Math.max(0, r.span[0] - 16), r.span[0])) ?? BETWEEN_BEFORE.exec(view.slice(Math.max(0, r.span[0] - 16), r.span[0]));
  return base ? { ...r, indicatorAt: r.span[0] - base[0].length } : r;
}

/**
 * A figure in 万/亿 with no measure word is a count all the same: "常住人口52万," (indicator before),
 * "180万农村人口" (the noun after is what is counted), "12万余群众". Unit null: the noun is no measure word.
 * The multiplier must follow a written number (万众一心, 亿万 never start a numeral; 千万 is an idiom, see `read`),
 * or be qualified (近万群众, 数万群众: indefinite-numerals.ts).
 */
export function multiplied(view: string, n: NumeralMatch, written: string): Reading | null {
  if (!BIG_LAST.test(written)) return null;
  const after = view[n.end] === '余' || view[n.end] === '多' ? view[n.end] : null;
  const r = finish(view, n.start, n.end + (after ? 1 : 0), [n.start, n.end], n.value, null, 'count', n.indefinite ?? after, n.range);
  // "年产值3000万", "投入资金1.2亿", "投资近亿": after a word of money the figure is in 元, written short.
  const money = MONEY_BEFORE.test(view.slice(Math.max(0, r.span[0] - 10), r.span[0]));
  // A lone 万/亿 (近万, 上万, 万余: indefinite-numerals.ts) counts people or money only, named right after it or
  // before it: 近万群众, 投资近亿; 超万亿级产业 is a scale, 接近万福路 a place.
  if (LONE_POWER.test(written) && !money && !LONE_COUNTED.test(view.slice(r.span[1], r.span[1] + 8))) return null;
  return money ? { ...r, unit: '元', kind: 'money' } : r;
}
const BIG_LAST = /[万亿]$/;
/** A figure that is a power alone (万, 亿, 万亿), with no digit before it. */
const LONE_POWER = /^(?:万|亿|万亿)$/u;
/** What a lone 万 counts without a measure word: people or households (近万群众, 上万农户), or nothing (参与者近万。). */
const LONE_COUNTED = /^(?:[,。;:!?、\n]|$|[\u4e00-\u9fff]{0,4}?(?:人口|群众|居民|农户|农民|村民|职工|学生|游客|患者|老人|儿童|党员|家庭|市场主体))/u;
/** A word of money right before a figure (a verb of reaching or a period between at most): 投资, 产值达, 税收突破, 资金共计, 经费每年. */
const MONEY_BEFORE = /(?:资金|投资|投入|产值|收入|营收|税收|经费|预算|资产|债务|利润|销售额|营业额|成交额|总额|金额|基金|融资|拨付|筹集)(?:总计|共计|累计|总额|达到|达|为|是|约|近|超过|超|突破|了|,|每年|每月|一年|一个月|全年|要|需要|需)*$/u;
/** A word of funds ends right before `start` (经费一年要, 投入了, 资金共计): a figure there with no unit is money (spoken-money.ts). */
export function moneyBefore(view: string, start: number): boolean {
  return MONEY_BEFORE.test(view.slice(Math.max(0, start - 12), start));
}


/** A unit right after the numeral (216名, 500余条): a count a guard rejected stays rejected, never an identifier. */
export function unitAfter(view: string, end: number): boolean {
  return !!matchUnit(view, end) || (/[余多]/.test(view[end] ?? '') && !!matchUnit(view, end + 1));
}

/** Arabic digits with no unit: a figure whose measure word is left out (已整改110, kind other), if at least three digits; the caller marks numbers to call as identifiers. */
export function bareNumber(view: string, n: NumeralMatch): Reading | null {
  const written = view.slice(n.start, n.end);
  if (!n.arabic || !/^\d{3,}$/.test(written) || isListMarker(view, n.start, n.end)) return null;
  if (/^(?:19|20)\d\d$/.test(written)) return null; // a bare year (〔2024〕15号, 2024版) is neither a figure nor an identifier
  return bare(n.start, n.end, n.value);
}
