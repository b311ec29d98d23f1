/**
 * The matching view of a text: same length as the text, so an offset found in
 * the view is an offset into the original.
 *
 * Example: "問題一：市公安局" → "问题一:市公安局" (Traditional → Simplified, full-width
 * colon folded to ":"), both 8 code units long. Folds full-width ASCII (digits,
 * letters, ：，；？！（）), the ideographic space and newlines: the CR of a CRLF
 * becomes " " and a lone CR "\n", so the view splits on "\n" alone
 * (`foldNewlines`). Traditional characters map to Simplified one code unit for one
 * (`simplify`), which keeps the lengths equal.
 */
import { simplify } from './simplify.js';

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Full-width ASCII variants (！ to ～) → ASCII; ideographic space → space. */
export function foldWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000) return ' ';
  return ch;
}

/**
 * CRLF → " \n" and lone CR → "\n": lines split on "\n" alone in the view while every
 * offset still points at the same character of the original.
 */
function foldNewlines(s: string): string {
  return s.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n'));
}

export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldWidth(text[i]);
  out = foldNewlines(out);
  if (/[^\x00-\x7f]/.test(out)) out = simplify(out);
  if (out.length !== text.length) throw new Error('normalize: internal error, length changed');
  return out;
}
