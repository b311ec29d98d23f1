/**
 * A single line break right before a figure, inside a paragraph (PDF or WeChat text wrapped at a fixed width), is
 * layout, not a clause boundary: the indicator is read as if the two lines were one.
 *
 * Example: "县财政每年安排维修养护资金⏎850万元" → 维修养护资金, as "…维修养护资金850万元"; "全县共有村级管水员⏎426名" →
 * 管水员. Not a blank line (a new paragraph), nor a line that closes on punctuation ("…资金。⏎850万元": the clause ended
 * there anyway) or on a figure or Latin letter (table cells, codes). Offsets: UTF-16 code units, end-exclusive.
 */
import type { TextPair } from '../structure/types.js';

/** A line break in the view (normalize.ts reads \r as \n, and \r\n as a space and \n: one break of two code units). */
const LF = 0x0a;
const isBreak = (c: number) => c === LF;
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * The pair with the single line break right before `start` taken out, and by how many code units the offsets after it
 * move (1 or 2, for \r\n); null when no such break stands there.
 */
export function joinedBefore(pair: TextPair, start: number): { pair: TextPair; shift: number } | null {
  const view = pair.view;
  if (start < 2 || !isBreak(view.charCodeAt(start - 1))) return null;
  const shift = pair.text[start - 2] === '\r' ? 2 : 1;
  const at = start - shift;
  // A Han character closes the line before (a word wrapped, no punctuation), and the line after is no blank line.
  if (at < 1 || !isHan(view.charCodeAt(at - 1)) || isBreak(view.charCodeAt(start))) return null;
  return {
    pair: { text: pair.text.slice(0, at) + pair.text.slice(start), view: view.slice(0, at) + view.slice(start) },
    shift,
  };
}
