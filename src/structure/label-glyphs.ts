/**
 * A decorative glyph opening a speaker label's line belongs to that label's turn.
 *
 * Example: in "…建后管护怎么落实？⏎⏎●县农业农村局局长 何远航：⏎我们抓三项工作。" the label's turn starts at ●,
 * not at 县: the bullet marks the label, so it is neither the last character of the member's question nor
 * (before the first label, "▲常委会委员 邓春梅：") a narration turn of its own. Also inline:
 * "▲常委会委员邓春梅：管护怎么落实？⏎●县…局长何远航：…".
 *
 * A glyph is one character of the Geometric Shapes block (■ □ ▲ △ ▶ ▷ ● ○ ◎ ◆ ◇ …), a star (★ ☆), a
 * sparkle or lozenge (✦ ✧ ❖ ◈ ♦) or a bullet (• ‣), alone between the line's start and the label, with
 * spaces around it at most. The view keeps some of these (the bullets the line grammars read) and blanks
 * the others to spaces (source/decoration.ts), so the glyph is read in the text, at the view's offsets
 * (both are as long: UTF-16 code units, 0-based).
 */

/** The line's lead before a label: spaces, one glyph, spaces (the label's own spaces: "▲ 常委会委员 某："). */
const GLYPH_LEAD = /^[ \t\u3000]*[\u25a0-\u25ff\u2605\u2606\u2726\u2727\u2756\u2666\u2022\u2023][ \t\u3000]*$/u;
/** How far back a glyph may stand before the label (the lead is a glyph and a few spaces). */
const REACH = 8;

/**
 * Where a label's turn starts once a glyph opening its line is counted in: the glyph's offset when
 * `text.slice(lineStart, at)` is one glyph with spaces, else `at`. Offsets are UTF-16, into the text.
 */
export function glyphStart(text: string, at: number): number {
  // (The line's start is looked for within REACH only: a label deep in a paragraph of megabytes has no lead.)
  let lineStart = at;
  while (lineStart > 0 && at - lineStart <= REACH && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  if (lineStart === at || at - lineStart > REACH) return at;
  const lead = text.slice(lineStart, at);
  if (!GLYPH_LEAD.test(lead)) return at;
  return lineStart + lead.length - lead.trimStart().length;
}
