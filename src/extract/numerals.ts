/**
 * Numerals → numbers: Arabic (also full-width, read through the normalized view),
 * Chinese (一…九十九, 两, 〇/零, 百/千/万/亿) and mixed ("1.5万", "2.74万").
 *
 * Example: "二十九" → 29, "两" → 2, "一百零五" → 105, "1.5万" → 15000, "三千五百万" → 35000000.
 * Returns null for anything that is not a whole numeral, so callers can try it on
 * a candidate slice without guessing.
 */

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that can be part of a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Read a Chinese numeral ("二十九", "一百零五", "三千五百万"); null if `s` is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  // Digit strings such as "二〇二五" (years) read digit by digit.
  if (/^[零〇一二三四五六七八九]{2,}$/.test(s) && !/[十百千万亿]/.test(s)) {
    return Number([...s].map((c) => CHINESE_DIGITS[c]).join(''));
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // within the current group
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0 && CHINESE_DIGITS[ch] !== 0) return null; // "三四" is not a numeral
      digit = CHINESE_DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]; // "十五" = 1 × 10 + 5
      digit = null;
    } else if (ch in BIG_UNITS) {
      const group = (section + (digit ?? 0)) || 1;
      total = BIG_UNITS[ch] === 1e8 ? (total + group) * 1e8 : total + group * 1e4;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
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

/** 1.5 × 10000 is 15000.000000000002 in floating point: round to the precision written. */
function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}
