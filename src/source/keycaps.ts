/**
 * Keycap digits, the numbering of WeChat posts: "1️⃣ 优化布局…；2️⃣ 推行“公建民营”…", "🔹问题2️⃣". A keycap is a digit,
 * maybe a variation selector (U+FE0F), and the combining enclosing keycap (U+20E3). Opening an item (a line's words, or
 * after a punctuation mark) it numbers a list: the view reads it as the circled digit it shows (①, ⓪ for 0), so the list
 * is read as a ①②③ list is. After a word it is that word's number ("问题2️⃣", "第3️⃣"): the view reads the digit itself,
 * a header "问题2". Either is padded with spaces to the sequence's length: offsets ([start, end), UTF-16 code units) are
 * kept; the text keeps its keycaps.
 */

/** A digit in a keycap: the digit, an optional variation selector, the enclosing keycap. */
const KEYCAP = /[0-9]\ufe0f?\u20e3/g;

/** The circled digit a keycap digit shows: ⓪ (U+24EA) for 0, ① (U+2460) … ⑨ for 1–9. */
function circled(digit: string): string {
  const d = digit.charCodeAt(0) - 0x30;
  return String.fromCharCode(d === 0 ? 0x24ea : 0x2460 + d - 1);
}

/** A character a keycap numbers when it follows it: a Han character (问题, 第). */
const WORD_BEFORE = /\p{sc=Han}/u;

/** `s` with every keycap digit read as its circled digit (or, after a word, its digit) and spaces, as long as `s`. */
export function foldKeycaps(s: string): string {
  if (!s.includes('\u20e3')) return s;
  return s.replace(KEYCAP, (k, at: number) => (at > 0 && WORD_BEFORE.test(s[at - 1]) ? k[0] : circled(k[0])) + ' '.repeat(k.length - 1));
}

/** The enclosing part of a keycap right at `at` of the text (its selector and U+20E3: 2 or 1 code units), else 0. */
export function keycapTail(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x20e3) return 1;
  return text.charCodeAt(at) === 0xfe0f && text.charCodeAt(at + 1) === 0x20e3 ? 2 : 0;
}
