/**
 * Numerals → numbers: Arabic (also full-width, read through the normalized view),
 * Chinese (一…九十九, 两, 〇/○/零, 百/千/万/亿, decimals with 点) and mixed ("1.5万", "2.74万"),
 * plus the shares 百分之六十, 五分之一, 三成 and the ranges 两到三, 3至5, 三四, 一两, 三五 and 6～8千 (the power written
 * once, after the upper bound: 6000 to 8000).
 *
 * Example: "二十九" → 29, "两" → 2, "一百零五" → 105, "1.5万" → 15000, "三千五百万" → 35000000,
 * and compounds of Arabic parts: "1亿2000万" → 120000000, "3万5千" → 35000.
 * The parse* functions return null for anything that is not a whole numeral, so callers
 * can try them on a candidate slice without guessing; `readNumeral` finds the longest
 * numeral starting at an offset of the normalized view (offsets: UTF-16, end-exclusive). The whole-numeral readers
 * live in model/numerals.ts (compare reads ordinals with them) and are re-exported here.
 */

export { CHINESE_DIGITS, isDigit, parseChineseNumeral, parseArabicNumeral, parseNumeral, roundFloat } from '../model/numerals.js';
import { BIG_UNITS, CHINESE_DIGITS, isDigit, parseChineseNumeral, parseNumeral, roundFloat } from '../model/numerals.js';

/** Arabic multipliers that may follow digits: "1.5万", "3千万", "2亿", "4百余处". */
const ARABIC_MULTIPLIERS: Readonly<Record<string, number>> = {
  万亿: 1e12, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 100,
};

/** A numeral found in the view. Offsets are UTF-16 code units into the view, end-exclusive. */
export interface NumeralMatch {
  start: number;
  end: number;
  value: number;
  /** Written with Arabic digits (possibly with a 万/亿 multiplier). */
  arabic: boolean;
  /** [min, max] when the numeral is a range ("两到三", "3至5", "三四"), else null. */
  range: [number, number] | null;
  /** 几 or 数 when the numeral leaves a digit unsaid (十几, 数百: indefinite-numerals.ts), its qualifier. */
  indefinite?: string;
}

const ARABIC_AT = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)(万亿|千万|百万|十万|万|亿|千(?![米克瓦伏乏分])|百(?!分))?/y; // not 千米, 千克, 千瓦, 千伏 (110千伏), 千乏, 千分点; 4百余处 but not 2.5百分点
/** After 千: the rest of a unit that opens with it (千米, 千克, 千瓦, 千伏, 千伏安, 千乏). */
const UNIT_AFTER_KILO = /^[米克瓦伏乏]$/u;
const CHINESE_AT = /[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+)?/y;
/** Range separators between two numerals: 到 至 and dashes/tildes ("3-5", "3~5", "3—5"). */
const RANGE_SEP = /^(?:到|至|-|~|—|–|〜)$/;

/** The single numeral (no range) that starts exactly at `start`, or null. */
function readSingle(view: string, start: number): NumeralMatch | null {
  // ARABIC_AT opens with a digit: most numerals read here are Chinese, so it is run only on a digit.
  const first = view.charCodeAt(start);
  let a: RegExpExecArray | null = null;
  if (isDigit(first)) {
    ARABIC_AT.lastIndex = start;
    a = ARABIC_AT.exec(view);
  }
  if (a) {
    const n = Number(a[1].includes(',') ? a[1].replace(/,/g, '') : a[1]);
    const value = a[2] ? roundFloat(n * ARABIC_MULTIPLIERS[a[2]]) : n;
    const end = start + a[0].length;
    if (a[2] && !a[1].includes('.')) {
      const whole = compoundAt(view, start);
      if (whole && whole.end > end) return { start, end: whole.end, value: whole.value, arabic: true, range: null };
    }
    return { start, end, value, arabic: true, range: null };
  }
  CHINESE_AT.lastIndex = start;
  const c = CHINESE_AT.exec(view);
  if (!c) return null;
  // "三千瓦", "三十五千伏", "十二万千瓦": a closing 千 before 米/克/瓦/伏 opens the unit (千瓦, 千伏), unless it
  // counts thousands inside the numeral ("一万两千米" is 12000 米: what is before it holds no 千 and no 万
  // that is not its end).
  const head = c[0].length > 1 && c[0].endsWith('千') && UNIT_AFTER_KILO.test(view[start + c[0].length] ?? '') ? c[0].slice(0, -1) : null;
  const kilo = head !== null && !head.includes('千') && !/[万亿](?!$)/u.test(head) ? parseChineseNumeral(head) : null;
  if (kilo !== null) return { start, end: start + head!.length, value: kilo, arabic: false, range: null };
  const value = parseChineseNumeral(c[0]);
  if (value !== null) return { start, end: start + c[0].length, value, arabic: false, range: null };
  // "三四个" (three or four): two neighbouring digits in rising order are a range, and so is 三五 (三五年, "three
  // to five"); with a power of ten after them, of that many ("三四千元" → 3000 to 4000). 一两年: 两 after 一.
  const pair = DIGIT_PAIR.exec(c[0]);
  if (pair && !(pair[1] === '一' && ONE_ENDS_WORD.test(view[start - 1] ?? ''))) {
    const lo = CHINESE_DIGITS[pair[1]];
    const hi = CHINESE_DIGITS[pair[2]];
    const unit = pair[3] ? PAIR_POWERS[pair[3]] : 1;
    if (hi === lo + 1 || (lo === 3 && hi === 5)) return { start, end: start + pair[0].length, value: lo * unit, arabic: false, range: [lo * unit, hi * unit] };
  }
  const lower = lowerPairAt(c[0]);
  if (lower) return { start, end: start + lower.length, value: lower.range[0], arabic: false, range: lower.range };
  return null;
}

/**
 * A round numeral, then a digit pair in its next lower place: 一百五六十 (150 to 160), 一千二三百 (1200 to 1300), 三万五六千,
 * 一百五六 (the place left unsaid, as in 一百五: 150 to 160). The pair rises by one (五六, not 五七); a 万 or 亿 closing the
 * whole multiplies both bounds (一千二三百万 → 1.2e7 to 1.3e7). Group 1 the round head, 2 and 3 the pair, 4 the place, 5 the power.
 */
const LOWER_PAIR = /^([零〇○一二两三四五六七八九十百千万]*[百千万])([一二两三四五六七八九])([二两三四五六七八九])([十百千])?(万|亿)?/u;
const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4 };

/** The range of such a numeral opening `s` and the length read, or null. */
function lowerPairAt(s: string): { length: number; range: [number, number] } | null {
  const m = LOWER_PAIR.exec(s);
  if (!m || (m[5] && BIG_IN.test(m[1]))) return null;
  const head = parseChineseNumeral(m[1]);
  const lo = CHINESE_DIGITS[m[2]];
  const hi = CHINESE_DIGITS[m[3]];
  if (head === null || hi !== lo + 1) return null;
  const headPlace = PLACES[m[1][m[1].length - 1]];
  const place = m[4] ? PLACES[m[4]] : headPlace / 10;
  if (place >= headPlace) return null;
  const power = m[5] ? BIG_UNITS[m[5]] : 1;
  return { length: m[0].length, range: [roundFloat((head + lo * place) * power), roundFloat((head + hi * place) * power)] };
}
/** Two digits written together, then a power of ten that multiplies both (三四个, 一两年, 三五年, 三四千元). */
const DIGIT_PAIR = /^([一二两三四五六七八九])([二两三四五六七八九])(十万|百万|千万|[十百千万亿])?/;
/** Two neighbouring digits said together, rising by one (六七十, 一千五六百, 二三十) or 三五, with no 到/至/dash between. */
const SAID_PAIR = /(?:一两|一二|两三|二三|三四|四五|五六|六七|七八|八九|三五)/u;
/**
 * The numeral `written` (a range) is an estimate said with two neighbouring digits (百分之六七十, 一千五六百人, 五六十吨): the
 * speaker guesses, so the figure is approximate; 两到三年 or 3至5年 states bounds, and is not.
 */
export function isSaidEstimate(written: string): boolean {
  return SAID_PAIR.test(written) && !/[到至\-~—–〜～]/u.test(written);
}
/** Before 一 these end a word with it (统一, 唯一, 同一, 第一, 之一, 这一): 统一两个标准 holds 两个, no 一两. */
const ONE_ENDS_WORD = /[统唯单同第万之其逐划专均归合如不下上每这那任哪另]/u;
/**
 * Before 一 these make a word that it closes (统一, 唯一, 逐一, 之一, 万一): that 一 is no numeral, so a figure right
 * after it starts a numeral of its own (统一3年内 → 3年, 唯一两家 → 两家). Narrower than ONE_ENDS_WORD: after 这/那/每
 * the 一 still counts (这一两年 is one or two years, no figure of 两年).
 */
const ONE_CLOSES_WORD = /[统唯单同逐之万专划归合均]/u;
/** A numeral character before 万一 makes 一 a digit (三万一千), not the end of 万一. */
const NUMERAL_CHAR = /[\d零〇○一二两三四五六七八九十百千]/u;
/** The 一 at `at` of the view closes a word (统一, 唯一 …) rather than being a numeral or a digit of one (三万一千). */
export function oneClosesWord(view: string, at: number): boolean {
  return view[at] === '一' && ONE_CLOSES_WORD.test(view[at - 1] ?? '') && !NUMERAL_CHAR.test(view[at - 2] ?? '');
}

/** A digit group of a compound figure: an integer, thousands separators allowed (no decimal: "1.5亿2000万" is no compound). */
const DIGIT_GROUP_AT = /\d+(?:,\d{3}(?!\d))*/y;
const BIG: Readonly<Record<string, number>> = { 亿: 1e8, 万: 1e4 };
const SMALL: Readonly<Record<string, number>> = { 千: 1000, 百: 100 };

/**
 * A figure of Arabic digit groups each with its multiplier, read as a Chinese numeral is, the digit groups standing
 * for digits: "1亿2000万" = 1e8 + 2000e4, "3万5千" = 35000, "1亿零500万", "1億2,000萬", "3千5百万" = 3500e4,
 * "1亿2千3百万" = 1e8 + 2300e4, "1万2000" = 12000. 亿 then 万 fall, 千 then 百 fall within a group, a digit before
 * 千/百 is one digit, four digits after 万 are its thousands.
 * Null unless two parts at least are read and no digit follows ("3万5人", "1万2千米": one part), so a single
 * "1.5万" is left to ARABIC_AT. Offsets into the view.
 */
function compoundAt(view: string, start: number): { end: number; value: number } | null {
  let i = start;
  let total = 0;
  let section = 0; // 千/百 parts of the group not yet closed by 万/亿
  let lastBig = Infinity;
  let lastSmall = Infinity;
  let parts = 0;
  let end = start;
  for (;;) {
    let j = i;
    if (parts > 0 && view[j] === '零') j++;
    DIGIT_GROUP_AT.lastIndex = j;
    const d = DIGIT_GROUP_AT.exec(view);
    if (!d) break;
    const n = Number(d[0].includes(',') ? d[0].replace(/,/g, '') : d[0]);
    j += d[0].length;
    const u = view[j];
    if (u in SMALL && !(u === '千' && /[米克瓦伏乏分]/.test(view[j + 1] ?? ''))) {
      if (n >= 10 || SMALL[u] >= lastSmall) break;
      section += n * SMALL[u];
      lastSmall = SMALL[u];
      j++;
      const b = view[j];
      if (b in BIG && BIG[b] < lastBig) { total += section * BIG[b]; section = 0; lastBig = BIG[b]; lastSmall = Infinity; j++; }
    } else if (u in BIG) {
      if (section > 0 || BIG[u] >= lastBig) break;
      total += n * BIG[u];
      lastBig = BIG[u];
      lastSmall = Infinity;
      j++;
    } else {
      // "1万2000元", "1万2,000元": four digits right after a 万 are its thousands (12000), as 一万二千 is; fewer
      // digits ("3万5", colloquial for 35000, or a count run on) are left alone.
      if (lastBig === 1e4 && section === 0 && parts > 0 && d[0].replace(/,/g, '').length === 4 && view[j] !== '.') {
        total += n;
        parts++;
        end = j;
      }
      break;
    }
    parts++;
    i = end = j;
  }
  if (parts < 2 || /\d/.test(view[end] ?? '')) return null;
  return { end, value: roundFloat(total + section) };
}

const PAIR_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8 };

/**
 * The longest numeral starting exactly at `start` of the normalized view: a single one or a
 * range "A到B" / "A至B" / "A-B" of two numerals written the same way ("两到三" → [2, 3]).
 * The value of a range is its lower bound. Null when no numeral starts there.
 */
export function readNumeral(view: string, start: number): NumeralMatch | null {
  const first = readSingle(view, start);
  if (!first || first.range) return first;
  const sep = view[first.end];
  if (sep !== undefined && RANGE_SEP.test(sep)) {
    const second = readSingle(view, first.end + 1);
    // 百分之三十至百分之四十, 三分之一至二分之一: a numeral before 分之 is the denominator of a share of its own
    // (百 of 百分之), never the upper bound.
    if (second && !second.range && second.arabic === first.arabic && second.value > first.value && !view.startsWith('分之', second.end)) {
      // 6～8千亩, 3至5亿元, 二至三万人: the power written after the upper bound only multiplies the lower one too.
      const power = sharedPower(view.slice(start, first.end), view.slice(second.start, second.end), first.value, second.value);
      const low = roundFloat(first.value * power);
      return { start, end: second.end, value: low, arabic: first.arabic, range: [low, second.value] };
    }
  }
  return first;
}

/** An upper bound in digits closed by its power (8千, 10万, 5亿, 3千万): the power. */
const ARABIC_POWER_CLOSE = /^\d+(?:\.\d+)?(万亿|千万|百万|十万|万|亿|千|百)$/;
/** A lower bound in digits with no power of its own (6, 1.5). */
const ARABIC_PLAIN = /^\d+(?:\.\d+)?$/;
/** An upper bound in words of one digit and its powers (八千, 五十万, 三百万, 五亿): the digit. */
const CHINESE_DIGIT_POWERS = /^([一二两三四五六七八九])[十百千万亿]+$/;
/** An upper bound in words closed by 万, 亿 or 万亿 with none inside (十五万, 一千二百万): the power. */
const CHINESE_BIG_CLOSE = /^[^万亿]+?(万亿|万|亿)$/;
const ONE_DIGIT = /^[一二两三四五六七八九]$/;
const BIG_IN = /[万亿]/;

/**
 * The power of ten written after the upper bound of a range and left out of the lower one, which it multiplies too
 * (Chinese writes it once: 6～8千 is 6000 to 8000, 3至5亿 3e8 to 5e8, 二十至三十万 2e5 to 3e5, 三到五千 3000 to 5000);
 * 1 when the lower bound has its own (6千～8千, 5000至1万) or when multiplying it would not keep the bounds rising.
 * A power of 十/百/千 alone is shared only between single digits (三到五千); 万/亿 with any lower bound without one.
 */
function sharedPower(low: string, high: string, lowValue: number, highValue: number): number {
  let power = 1;
  if (isDigit(high.charCodeAt(0))) {
    const arabic = ARABIC_POWER_CLOSE.exec(high);
    if (arabic && ARABIC_PLAIN.test(low)) power = ARABIC_MULTIPLIERS[arabic[1]];
  } else if (ONE_DIGIT.test(low) && CHINESE_DIGIT_POWERS.test(high)) {
    power = highValue / CHINESE_DIGITS[high[0]];
  } else if (!BIG_IN.test(low)) {
    const big = CHINESE_BIG_CLOSE.exec(high);
    if (big) power = big[1] === '万亿' ? 1e12 : BIG_UNITS[big[1]];
  }
  return power > 1 && lowValue * power < highValue ? power : 1;
}

/**
 * Shares written in words, as percent: "百分之六十" → 60, "百分之九十七点七八" → 97.78,
 * "五分之一" → 20, "三成" → 30. Null for anything else.
 */
export function parseShare(s: string): number | null {
  const pct = /^百分之(.+)$/.exec(s);
  if (pct) return parseNumeral(pct[1]);
  const frac = /^(.+)分之(.+)$/.exec(s);
  if (frac) {
    const den = parseNumeral(frac[1]);
    const num = parseNumeral(frac[2]);
    return den && num !== null ? roundFloat((num / den) * 100) : null;
  }
  const tenths = /^([一二两三四五六七八九])成$/.exec(s);
  if (tenths) return CHINESE_DIGITS[tenths[1]] * 10;
  return null;
}
