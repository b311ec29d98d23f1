/**
 * Shares written in words or as a fraction, all in percent: "百分之九十五" → 95 %, "千分之三" → 3 ‰,
 * "五分之一" → 20 %, "三成" → 30 %, "七成五" → 75 %, "两成半" → 25 %, "三成多" → 30 % (qualifier 多),
 * "约1/3" → 33.3333333333 %, "近一半" → 50 % (not 另一半, nor "一半在建设,一半在管理", a split in parts), "五分之一强" →
 * 20 % (qualifier 强: a little over), "三分之一弱" → 33.3333333333 % (弱: a little under),
 * "三到五成" → [30, 50] % (成 written once, after the upper bound), "十分之一" → 10 % (十 is a denominator too), "十分之七八" →
 * [70, 80] % (an adjacent pair, value 70, as 百分之三四十 is [30, 40]); a discount is the share of the price paid, "九折" → 90 %,
 * "八五折" → 85 %, "8.5折" → 85 % (as 一成 is 10 %). A rate per a base in words is no share: "十万分之十八点三" → 18.3 in
 * /10万, as 18.3/10万 (per-base.ts).
 * Offsets: UTF-16, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral, parseShare, roundFloat, CHINESE_DIGITS, type NumeralMatch } from './numerals.js';
import { finish, overUnder, ONE_AFTER, type Reading } from './quantity-reading.js';
import { matchUnit } from './units.js';

/** 千分之 / 万分之 opening a rate in words (发生率控制在千分之三以内). */
const PER_MILLE = /^([千万])分之/;
/** 十万分之 / 百万分之 / 千万分之 opening a rate per a base in words (孕产妇死亡率为十万分之十八点三): group 1 the power before 万. */
const PER_BASE_WORDS = /^([十百千])万分之/u;
const BASE_DIGITS: Readonly<Record<string, string>> = { 十: '10', 百: '100', 千: '1000' };
/** After X成 these make a word, not a share (一成不变, 三成员, 三五成群 "in groups"). */
const NOT_TENTHS = /^[员为立功本果绩效熟长就型交都年人品片套不群]/;
/** After X成 (and its tenth): 多 or 余 "and some" (三成多, 3成多), unless 多 opens a word (多数, 多样, 多方, 多元). */
const TENTHS_MORE = /^(?:多(?![数样方元种措项家重层渠部])|余(?![额量粮]))/u;
/**
/** A character that goes on a numeral: after the tenth of 七成五 it makes 五 open a figure of its own (三成五千户). */
const NUMERAL_GOES_ON = /^[\d.零〇一二两三四五六七八九十百千万亿]/u;

/**
 * The share whose words (百分之, 千分之, 万分之) or digit fraction open at `i`: its reading, null when
 * the words hold no share, undefined when none opens there (then the numeral at `i` is read otherwise).
 */
export function writtenShare(view: string, i: number): Reading | null | undefined {
  if (view.startsWith('百分之', i)) {
    const n = readNumeral(view, i + 3);
    // 百分之二十到三十, 百分之二三十: a range of percents, its lower bound the value.
    if (n?.range) return finish(view, i, n.end, [i, n.end], n.value, '%', 'percent', null, n.range);
    const value = n && parseShare(view.slice(i, n.end));
    if (!n || value === null) return null;
    const ou = overUnder(view, n.end);
    return finish(view, i, n.end + (ou ? 1 : 0), [i, n.end], value, '%', 'percent', ou, null);
  }
  // 十万分之十八点三 is the rate per 100,000 that 18.3/10万 writes with a slash: one shape for both (per-base.ts).
  const perBase = PER_BASE_WORDS.exec(view.slice(i, i + 5));
  if (perBase) {
    const n = readNumeral(view, i + perBase[0].length);
    if (!n || n.range) return null;
    return { ...finish(view, i, n.end, [i, n.end], n.value, `/${BASE_DIGITS[perBase[1]]}万`, 'other', null, null), dimensionless: true };
  }
  // 千分之三 is 3‰ and 万分之五 is 5‱, as 百分之九十五 is 95%: the value as written, in its own unit.
  const perMille = PER_MILLE.exec(view.slice(i, i + 3));
  if (perMille) {
    const n = readNumeral(view, i + 3);
    if (!n || n.range) return null;
    const ou = overUnder(view, n.end);
    return finish(view, i, n.end + (ou ? 1 : 0), [i, n.end], n.value, perMille[1] === '千' ? '‰' : '‱', 'percent', ou, null);
  }
  // "约1/3", "2/3以上": a fraction in digits is a share, in percent as 三分之一 (33.3333333333).
  const fraction = fractionAt(view, i);
  if (fraction) {
    const end = i + fraction.length;
    const ou = overUnder(view, end);
    return finish(view, i, end + (ou ? 1 : 0), [i, end], fraction.value, '%', 'percent', ou, null);
  }
  return undefined;
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

/**
 * 一半 as the extent an action reached, right after a verb and 了 (管网去年建了一半就停了, 工程完成了一半。): how far the work
 * went, no share of a thing named; not before a noun (用了一半的资金, 覆盖了一半社区: the share of it), nor after a verb of
 * change (压减了一半: the size of the change).
 */
function extentOfAction(view: string, start: number): boolean {
  // (压减了一半, 下降了一半: a verb of change makes it the size of the change; 覆盖了一半社区: a share of the noun after it.)
  if (view[start - 1] !== '了' || !HAN.test(view[start - 2] ?? '') || CHANGED.test(view[start - 2])) return false;
  return !HAN.test(view[start + 2] ?? '') || EXTENT_GOES_ON.test(view.slice(start + 2, start + 4));
}
const HAN = /[\u4e00-\u9fff]/u;
/** The last character of a verb of change (压减, 下降, 减少, 提高, 增加, 增长, 缩短, 翻): 了一半 after it is the change. */
const CHANGED = /[减降少增加高升长短缩翻涨跌低]/u;
/** What may follow the extent of an action in its clause: the action stopped or went on (建了一半就停了, 修了一半还没). */
const EXTENT_GOES_ON = /^(?:就|还|又|便|才|后|多)/u;

/**
 * A discount: one tenth-digit and maybe a hundredth-digit before 折, in words or digits (九折, 八五折, 9折, 8.5折), the
 * share of the price paid. Not 折 opening another word (三折合, 折算, 折叠, 折旧, 折腾, 折返, 折射, 折服, 折中, 折线, 三折页).
 */
const DISCOUNT_AT = /(?:([一二三四五六七八九])([一二三四五六七八九])?|([1-9])(?:\.([1-9]))?)折(?![合算叠旧腾返射服中线页])/uy;
/** What before a discount's first digit makes it part of a longer numeral, an ordinal or a code (十九折, 第九折, 0.9折). */
const NOT_BEFORE_DISCOUNT = /[\d.零〇○一二两三四五六七八九十百千万亿第A-Za-z]/u;

/** The discount whose digits open at `i` (九折 → 90 %, 八五折 → 85 %), or null. */
export function discount(view: string, i: number): Reading | null {
  if (NOT_BEFORE_DISCOUNT.test(view[i - 1] ?? '')) return null;
  DISCOUNT_AT.lastIndex = i;
  const m = DISCOUNT_AT.exec(view);
  if (!m) return null;
  const tens = m[1] ? CHINESE_DIGITS[m[1]] : Number(m[3]);
  const ones = m[1] ? (m[2] ? CHINESE_DIGITS[m[2]] : 0) : m[4] ? Number(m[4]) : 0;
  const end = i + m[0].length;
  return finish(view, i, end, [i, end - 1], tens * 10 + ones, '%', 'percent', null, null);
}

/** 五分之一 → 20 %, 三成 and 3成 → 30 %, 一半 → 50 % (近一半, 一半以上; not 另一半, 这一半). */
export function share(view: string, n: NumeralMatch): Reading | null {
  if (view[n.end] === '半' && n.end - n.start === 1 && view[n.start] === '一' && !ONE_AFTER.test(view[n.start - 1] ?? '') && !halvesSplit(view, n.start) && !extentOfAction(view, n.start)) {
    return finish(view, n.start, n.end + 1, [n.start, n.end], 50, '%', 'percent', null, null);
  }
  if (view.startsWith('分之', n.end)) {
    const m = readNumeral(view, n.end + 2);
    // 十分之七八, 五分之二三: an adjacent pair over the denominator is a range of shares, as 百分之三四十 is ([70, 80]).
    if (m?.range && !n.range && n.value > 0 && m.range[1] <= n.value) {
      const [low, high] = m.range.map((x) => roundFloat((x / n.value) * 100));
      return finish(view, n.start, m.end, [n.start, m.end], low, '%', 'percent', null, [low, high]);
    }
    const value = m && parseShare(view.slice(n.start, m.end));
    if (!m || value === null) return null;
    const ou = overUnder(view, m.end);
    return finish(view, n.start, m.end + (ou ? 1 : 0), [n.start, m.end], value, '%', 'percent', ou, null);
  }
  // 三到五成, 2至3成, 三四成: 成 after the upper bound of a range of digits makes both bounds tenths ([30, 50]).
  if (n.range && view[n.end] === '成' && !NOT_TENTHS.test(view[n.end + 1] ?? '') && isTenthsRange(n.range)) {
    const more = TENTHS_MORE.exec(view.slice(n.end + 1, n.end + 3)); // 两到三成多
    return finish(view, n.start, n.end + 1 + (more ? 1 : 0), [n.start, n.end + 1], n.range[0] * 10, '%', 'percent', more ? more[0][0] : null, [n.range[0] * 10, n.range[1] * 10]);
  }
  if (n.end - n.start === 1 && view[n.end] === '成' && !NOT_TENTHS.test(view[n.end + 1] ?? '')) {
    const value = n.arabic ? (n.value > 0 ? n.value * 10 : null) : parseShare(view.slice(n.start, n.end + 1));
    if (value === null) return null;
    const tenth = tenthOfCheng(view, n.end + 1, n.arabic);
    const end = n.end + 1 + (tenth ? 1 : 0);
    const more = TENTHS_MORE.exec(view.slice(end, end + 2))?.[0][0] ?? overUnder(view, end);
    return finish(view, n.start, end + (more ? 1 : 0), [n.start, end], roundFloat(value + (tenth ?? 0)), '%', 'percent', more, null);
  }
  return null;
}

/** Bounds that may each be a count of tenths: whole numbers from 1 to 9 (三到五, 2至3; not 三四十). */
function isTenthsRange(range: [number, number]): boolean {
  return Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 1 && range[1] <= 9;
}

/**
 * The tenth of 成 written right after it, in percent: a digit of the numeral's own script (七成五 → 5, 7成5 → 5)
 * or 半 (两成半 → 5); undefined when none stands there, or when it opens a figure or a duration of its own
 * (三成五千户, 三成五年, 一成半年: the share is 三成, 一成).
 */
function tenthOfCheng(view: string, at: number, arabic: boolean): number | undefined {
  const c = view[at] ?? '';
  const digit = c === '半' ? 5 : arabic ? (/^[1-9]$/.test(c) ? Number(c) : undefined) : c === '两' ? undefined : CHINESE_DIGITS[c];
  if (!digit || NUMERAL_GOES_ON.test(view[at + 1] ?? '') || matchUnit(view, at + 1)) return undefined;
  return digit;
}
