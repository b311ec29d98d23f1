/**
 * How much of a decoding reads as Chinese text: the evidence that picks GB18030 or Big5 for
 * bytes both accept, and that refuses bytes neither reads.
 *
 * Example: the Big5 bytes of "市人大常委會詢問" decode as Big5 to that phrase (every character
 * common: score 1), but as GB18030 to "カ盽〆穦碞" and the like (kana, rare characters: ~0.3);
 * GBK bytes read as Big5 score under 0.5 the same way. The score is the share of the
 * non-space characters (beyond ASCII, when there are enough of them) that are ASCII, CJK or
 * full-width punctuation, or a common Han character: one of GB2312's level-1 set (the 3755 most used), directly or through its
 * Simplified form (so Traditional text scores as well as Simplified). Symbols (box drawing,
 * circled digits, arrows, emoji) count neither way: decorated WeChat pages are still text.
 */
import { simplifiedUnits } from './simplify.js';

/** Below this share of common characters a decoding is not taken as text. */
export const PLAUSIBLE = 0.5;

/** 1 for a common character, by UTF-16 code unit; built on first use (one decode of 3760 byte pairs). */
let common: Uint8Array | null = null;

function commonTable(): Uint8Array {
  if (common) return common;
  common = new Uint8Array(0x10000);
  // GB2312 level 1: lead bytes B0–D7, trail bytes A1–FE, every pair one BMP character.
  const pairs = new Uint8Array((0xd7 - 0xb0 + 1) * 94 * 2);
  let n = 0;
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) { pairs[n++] = lead; pairs[n++] = trail; }
  const chars = new TextDecoder('gb18030').decode(pairs);
  for (let i = 0; i < chars.length; i++) common[chars.charCodeAt(i)] = 1;
  for (let c = 0x21; c < 0x7f; c++) common[c] = 1;
  for (let c = 0x3000; c <= 0x303f; c++) common[c] = 1; // 、。〈〉《》「」【】
  for (let c = 0xff01; c <= 0xff5e; c++) common[c] = 1; // ，：；（）！？ and full-width letters and digits
  for (let c = 0x2010; c <= 0x2027; c++) common[c] = 1; // — ‘’ “” …
  return common;
}

/** Symbols that count neither way: general punctuation beyond the above, letterlike and number forms, arrows, enclosed alphanumerics, box drawing, shapes, dingbats, emoji halves. */
function neutral(c: number): boolean {
  return (c >= 0x2028 && c <= 0x27bf) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c === 0xa0 || c === 0xb7 || c === 0xd7;
}

/** Characters beyond ASCII enough to judge by them alone. */
const ENOUGH = 16;

/**
 * Share (0–1) of `text`'s non-space characters that are common; 1 for text with none to judge.
 * When the text has ENOUGH characters beyond ASCII, only those are judged: the bytes of a
 * page's markup or of Latin letters read the same in both encodings and would dilute the
 * evidence (a Big5 page read as GB18030 is ~25% common beyond ASCII, GBK text itself ~97%).
 */
export function plausibility(text: string): number {
  const table = commonTable();
  const simplified = simplifiedUnits();
  let judged = 0;
  let good = 0;
  let wide = 0;
  let wideGood = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || neutral(c)) continue;
    judged++;
    const common = table[c] || table[simplified[c]];
    if (common) good++;
    if (c >= 0x80) {
      wide++;
      if (common) wideGood++;
    }
  }
  if (wide >= ENOUGH) return wideGood / wide;
  return judged === 0 ? 1 : good / judged;
}
