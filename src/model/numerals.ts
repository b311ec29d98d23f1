/**
 * Whole numerals → numbers, for every layer (the parser's extract/numerals.ts reads figures in the text with them; compare
 * reads the ordinals of a term and a meeting, 第七届…第二十四次, and shares in tenths, 完成约六成, from a saved record):
 * Chinese (一…九十九, 两, 〇/○/零, 百/千/万/亿, decimals with 点) and Arabic with 万/亿.
 *
 * Example: "二十九" → 29, "两" → 2, "一百零五" → 105, "二十四" → 24, "1.5万" → 15000, "三千五百万" → 35000000.
 * Each returns null for anything that is not a whole numeral, so callers can try a candidate slice without guessing.
 */

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
/** An ASCII digit 0–9 as a UTF-16 code unit (the normalized view has folded full-width digits to these). */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
export const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Chinese numerals read so far, by exact string (bounded): the same few (一, 两, 三, 十) recur at every count. */
const readChinese = new Map<string, number | null>();

/** Read a Chinese numeral ("二十九", "一百零五", "三千五百万"); null if `s` is not one. */
export function parseChineseNumeral(s: string): number | null {
  let value = readChinese.get(s);
  if (value === undefined) {
    value = chineseNumeral(s);
    if (readChinese.size >= 2048) readChinese.clear();
    readChinese.set(s, value);
  }
  return value;
}

function chineseNumeral(s: string): number | null {
  if (!s) return null;
  // A decimal: "九十七点七八" → 97.78 (digits after 点 read one by one).
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = chineseNumeral(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (whole === null || !/^[零〇○一二三四五六七八九]+$/.test(frac)) return null;
    return roundFloat(Number(`${whole}.${[...frac].map((c) => CHINESE_DIGITS[c]).join('')}`));
  }
  // "万一" (in case), "亿万": a big unit never opens a numeral.
  if (s[0] in BIG_UNITS) return null;
  // Digit strings such as "二〇二五" (years) read digit by digit; two neighbouring digits
  // without 〇 ("三四个") are a range, not 34 (see readNumeral).
  if (/^[零〇○一二三四五六七八九]{2,}$/.test(s) && (s.length >= 4 || /[零〇○]/.test(s))) {
    return Number([...s].map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // within the current group
  let digit: number | null = null;
  let unitBefore = 0; // the unit written just before the current digit (0 after 零 or at the start)
  for (const ch of s) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0 && CHINESE_DIGITS[ch] !== 0) return null; // "三四" is not a numeral
      if (digit === 0) unitBefore = 0;
      digit = CHINESE_DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]; // "十五" = 1 × 10 + 5
      digit = null;
      unitBefore = SMALL_UNITS[ch];
    } else if (ch in BIG_UNITS) {
      const group = (section + (digit ?? 0)) || 1;
      total = BIG_UNITS[ch] === 1e8 ? (total + group) * 1e8 : total + group * 1e4;
      section = 0;
      digit = null;
      unitBefore = BIG_UNITS[ch];
    } else {
      return null;
    }
  }
  // A last digit right after 百/千/万/亿 counts in the next lower unit: 一千二 = 1200, 三万五 = 35000.
  const last = digit === null ? 0 : unitBefore >= 100 ? (digit * unitBefore) / 10 : digit;
  return total + section + last;
}

/** Read an Arabic number with an optional 万/亿 multiplier ("1.5万" → 15000, "12,345" → 12345). */
export function parseArabicNumeral(s: string): number | null {
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)(万亿|万|亿)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  const mult = m[2] === '万亿' ? 1e12 : m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1;
  return roundFloat(n * mult);
}

/** Either kind of numeral. Full-width digits must be folded first (the normalized view does it). */
export function parseNumeral(s: string): number | null {
  return parseArabicNumeral(s) ?? parseChineseNumeral(s);
}

/**
 * 1.5 × 10000 is 15000.000000000002 in floating point: round to the precision written (12
 * significant digits). A positive integer below 10^12 has no more digits than that: it is kept as it is.
 */
export function roundFloat(n: number): number {
  return Number.isInteger(n) && n > 0 && n < 1e12 ? n : Number(n.toPrecision(12));
}
