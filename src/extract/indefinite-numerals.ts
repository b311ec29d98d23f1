/**
 * Numerals that leave a digit unsaid or state only a power of ten: "帮扶几十家企业" (几十 → 10),
 * "吸引数百人" (数百 → 100), "覆盖十几个乡镇" (十几 → 11 to 19), "一百几十万元" (→ 1100000 to 1900000),
 * "吸引近万名群众" (万 → 10000, the 近 before it is its qualifier), "万余名网格员".
 * A leading 几/数 counts one of the power after it at least (几十 → 10) and says no upper bound (几十 may be 90 or
 * more), so no range is given. A trailing 几 is one digit from 1 to 9 of the place below the last power written: 十几
 * is the range [11, 19], 二十几 [21, 29], 一百几十 [110, 190], its lower bound the value. The word 几/数 is the
 * figure's qualifier (`indefinite`): the figure is approximate. A 几 that asks "how many"
 * ("全县到底有几百家?") is no figure.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { parseChineseNumeral, type NumeralMatch } from './numerals.js';
import { qualifierAt } from './quantity-reading.js';

/** A power of ten after 几/数 (几十, 数百, 数十万, 几千亿), longest first; 千 before a unit opening with it is that unit's (数千瓦). */
const POWER_AT = /(?:[十百千](?:万|亿)?|万亿?|亿)/y;
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };
/** A Chinese numeral ending in a power of ten, then 几 (二十几, 一百几十, 三万几千); then 万/亿 may multiply it all. */
const TRAILING_AT = /([零〇○一二两三四五六七八九十百千]*[十百千万])几([十百千])?([万亿])?/y;
/** A lone 万 or 亿 (万亿) opening a figure: a number only with a qualifier before it or 余/多 after it. */
const LONE_BIG_AT = /万亿?|亿/y;

/**
 * 数 closing a noun of number that is no measure word (总数, 指数, 多数, 半数, 倍数, 岁数, 系数, 无数 …):
 * "人口总数十万" is 总数 + 十万, no 数十万. After a measure word or a noun of people or units 数 opens the figure
 * ("商户数千家", "工人数百名", "用人单位数千家", "农户数万"), and so it does after a verb (有数百人, 共计数十家,
 * 划分数百个网格); "参保人数十万" reads 数十万 too, the same value.
 */
const NOUN_OF_NUMBER = /[总指多少半倍岁基无系参变常整实读函]/u;

/** Characters after 千 that make it the opening of a unit (千瓦, 千米, 千克, 千伏, 千乏), not a multiplier. */
const KILO_UNIT = /[米克瓦伏乏]/u;
/** A numeral character (Chinese or Arabic): before 几/数/万 it means the figure began earlier (十几, 千万). */
const NUMERAL_CHAR = /[零〇○一二两三四五六七八九十百千万亿\d]/u;
/** 余 or 多 after a lone 万/亿: 万余人, 亿多元. */
const MORE_AFTER = /[余多]/u;
/** A big unit inside the numeral before 几: 一万几千万 would multiply it twice. */
const BIG_INSIDE = /[万亿]/u;

/**
 * The indefinite numeral starting exactly at `start` of the view, or null: 几十 / 数百 / 数十万 (from 几
 * or 数), 十几 / 二十几万 / 一百几十 (from the numeral), or a lone 万/亿 after a qualifier (近万, 上亿, 逾万)
 * or before 余/多 (万余). `indefinite` holds 几 or 数 when one stands inside the numeral.
 */
export function readIndefinite(view: string, start: number): NumeralMatch | null {
  const c = view[start];
  if (c === '几' || c === '数') return leading(view, start, c);
  if (c === '万' || c === '亿') return lone(view, start);
  TRAILING_AT.lastIndex = start;
  const m = TRAILING_AT.exec(view);
  if (!m) return null;
  const base = parseChineseNumeral(m[1]);
  if (base === null || base === 0) return null;
  const last = m[1][m[1].length - 1];
  // 几 is the digit of the place below the last power written: after 十 the units (十几), after 百 the tens
  // (一百几十), after 千 the hundreds, after 万 the thousands; 一百几 or 三千几十 says nothing.
  const below = last === '十' ? undefined : last === '百' ? '十' : last === '千' ? '百' : '千';
  if (m[2] !== below) return null;
  const end = start + m[0].length;
  // 十几万 multiplies the whole; 一万几千万 is no numeral.
  let scale = 1;
  if (m[3]) {
    if (BIG_INSIDE.test(m[1]) && m[3] === '万') return null;
    scale = POWERS[m[3]];
  }
  // 几 is a digit from 1 to 9 of that place: 十几 → [11, 19], 一百几十 → [110, 190].
  const place = POWERS[below ?? ''] ?? 1;
  const range: [number, number] = [(base + place) * scale, (base + 9 * place) * scale];
  return { start, end, value: range[0], arabic: false, range, indefinite: '几' };
}

/**
 * The clause after a figure, to its stop: "全市到底有几百家企业?" asks how many hundred (几 as "how many"),
 * unless the question is one of yes or no (吗, 是不是, 有没有, 是否: 几 is "some" there) or 好几 ("quite a few").
 */
const CLAUSE_AFTER = /^[^,。;:!?\n]{0,30}(?=[,。;:!?\n]|$)/u;
const YES_NO = /吗|是不是|有没有|是否|难道/u;
const CLAUSE_BEFORE = /[^,。;:!?\n]{0,20}$/u;

/** 几十, 数百, 数十万: 几 or 数 and the power of ten it counts, one of it at least. */
function leading(view: string, start: number, word: string): NumeralMatch | null {
  const before = view[start - 1] ?? '';
  // 十几 is read from 十 (TRAILING_AT); a 几/数 after another numeral character or a noun of number opens nothing.
  if (NUMERAL_CHAR.test(before)) return null;
  if (word === '数' && NOUN_OF_NUMBER.test(before)) return null;
  POWER_AT.lastIndex = start + 1;
  const m = POWER_AT.exec(view);
  if (!m) return null;
  let power = m[0];
  // 数千瓦, 几千米: the 千 opens the unit, a figure of 数 alone says nothing.
  if (power.endsWith('千') && KILO_UNIT.test(view[start + 1 + power.length] ?? '')) power = power.slice(0, -1);
  if (!power) return null;
  let value = 1;
  for (const p of power) value *= POWERS[p];
  const end = start + 1 + power.length;
  if (word === '几' && before !== '好' && asksHowMany(view, start, end)) return null;
  return { start, end, value, arabic: false, range: null, indefinite: word };
}

/** The clause holding [start, end) ends with "?" and is no question of yes or no: 几 asks "how many". */
function asksHowMany(view: string, start: number, end: number): boolean {
  const clause = CLAUSE_AFTER.exec(view.slice(end, end + 31)); // null: no stop within 30 code units, no question there
  if (clause === null || view[end + clause[0].length] !== '?') return false;
  const after = clause[0];
  const before = CLAUSE_BEFORE.exec(view.slice(Math.max(0, start - 20), start))![0];
  return !YES_NO.test(before + after);
}

/** 近万名, 上亿元, 逾万户, 万余人: a lone 万/亿, a figure only where a qualifier or 余/多 makes it one. */
function lone(view: string, start: number): NumeralMatch | null {
  // 千万, 亿万, 百万: the 万 ends a numeral read from before it (or an idiom it is part of).
  if (NUMERAL_CHAR.test(view[start - 1] ?? '')) return null;
  LONE_BIG_AT.lastIndex = start;
  const m = LONE_BIG_AT.exec(view);
  if (!m) return null;
  const end = start + m[0].length;
  if (!MORE_AFTER.test(view[end] ?? '') && qualifierAt(view, start) === undefined) return null;
  const value = m[0] === '万亿' ? 1e12 : POWERS[m[0]];
  return { start, end, value, arabic: false, range: null };
}
