/**
 * Markdown marks: emphasis and blockquote marks, which a 纪要 written in Markdown puts around its words
 * and which say nothing.
 *
 * Example: "**区人大常委会委员 邱　红**：请问区财政局，…" reads "  区人大常委会委员 邱 红  :请问区财政局,…" in
 * the view, and so do "> 主持：区人大常委会主任 **沈国华**" ("  主持:区人大常委会主任   沈国华  "), "**一是强化执行联动。**
 * 与公安…" and "*本文来源：…*". Like the glyphs decoration.ts blanks,
 * the marks are layout: each mark's code units become spaces, so the view keeps the text's length and offsets
 * ([start, end), UTF-16 code units) still agree; every rule reading a label, a list marker or a meta line then
 * sees the words, a padded name ("邱　红") as in a plain label.
 *
 * Only in a document that shows Markdown: two marks at least (a heading, a blockquote line, a pair of ** or __),
 * so that a lone "*" or "#" of ordinary text ("注*", "#话题#") is never touched. Emphasis is read as a pair on
 * one line, with words against its inner side ("**词**", "*词*"), never across lines; "___" fill-in blanks and
 * "***" rules are no pair. A bold label with its colon inside ("**询问人：**…") keeps its closing mark, which the
 * label grammars read as the label's end. Bullets ("- ", "1.") stay: the list grammars read them. Heading marks ("## 问题一") stay
 * too: the header grammar reads them (a "## 一、…" subhead is a topic, not a question header; headings.ts).
 */

/** A heading mark at a line's start: one to six "#" and a space ("## 问题一"). */
const HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/gm;
/** Blockquote marks at a line's start, nested or not ("> ", "> > "): only the marks are blanked. */
const QUOTE = /^[ \t]{0,3}>(?:[ \t]*>)*[ \t]?/gm;
/** Strong emphasis on one line: "**…**" or "__…__", the words against both marks. */
const STRONG = /(\*\*|__)(?=[^\s*_])[^\n]*?[^\s*_]\1(?![*_])|(\*\*|__)(?=[^\s*_])[^\s*_]\2(?![*_])/g;
/** Emphasis with one star on one line: "*…*", not part of "**". */
const EMPHASIS = /(?<![*\w])\*(?=[^\s*])(?:[^*\n]*?[^\s*])?\*(?![*\w])/g;

/** How many marks make a document Markdown. */
const MARKS_FOR_MARKDOWN = 2;

/** True when `s` (a view) shows Markdown: two marks at least among headings, blockquote lines and strong pairs. */
export function looksMarkdown(s: string): boolean {
  if (!s.includes('#') && !s.includes('>') && !s.includes('**') && !s.includes('__')) return false;
  let marks = 0;
  for (const re of [HEADING, QUOTE, STRONG]) {
    re.lastIndex = 0;
    while (marks < MARKS_FOR_MARKDOWN && re.exec(s) !== null) marks++;
    re.lastIndex = 0; // (matchAll starts where lastIndex is)
  }
  return marks >= MARKS_FOR_MARKDOWN;
}

/** `s` (a view) with its Markdown marks blanked to spaces when it shows Markdown, as long as `s`. */
export function blankMarkdown(s: string): string {
  if (!looksMarkdown(s)) return s;
  const chars = s.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  };
  for (const m of s.matchAll(QUOTE)) blank(m.index, m.index + m[0].length);
  for (const m of s.matchAll(STRONG)) {
    const mark = (m[1] ?? m[2]).length;
    blank(m.index, m.index + mark);
    // (A label's colon inside the bold, "**李某:**…": the grammar of labels reads the mark after a colon as the
    // label's end, and the words start past it; only its opening mark is blanked.)
    if (s.charCodeAt(m.index + m[0].length - mark - 1) !== 0x3a) blank(m.index + m[0].length - mark, m.index + m[0].length);
  }
  for (const m of chars.join('').matchAll(EMPHASIS)) {
    chars[m.index] = ' ';
    chars[m.index + m[0].length - 1] = ' ';
  }
  return chars.join('');
}

/** The Markdown emphasis mark blanked right before `at` on its line ("**李某**:" → the "**"), else `at`. */
export function markupStart(text: string, view: string, at: number): number {
  let i = at;
  while (i > 0 && (view.charCodeAt(i - 1) === 0x20 || view.charCodeAt(i - 1) === 0x09)) i--;
  if (i === at) return at;
  for (let j = i; j < at; j++) {
    const c = text[j];
    if (c === '*' || c === '_') return j;
    if (c !== '>' && !/\s/u.test(c)) return at; // (a blockquote mark before it stays out, as before the blanking)
  }
  return at;
}

/**
 * Where the emphasis marks blanked right before `at` begin, else `at`: the view holds spaces there and the text an
 * emphasis mark at least, spaces and tabs beside it ("**市水利局**局长雷振华:" at 局长 → the offset after 市水利局,
 * "常委会**副主任**柯明远" at 副主任 → after 常委会). A plain space (市水利局 局长) is no mark and gives `at`.
 */
export function markupGapStart(text: string, view: string, at: number): number {
  let i = at;
  let marks = 0;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (view.charCodeAt(i - 1) !== 0x20) break;
    if (c === 0x2a || c === 0x5f) marks++; // * _
    else if (c !== 0x20 && c !== 0x09) break;
  }
  return marks > 0 ? i : at;
}

/** A title or name as a string of its own, without the emphasis marks written inside it ("市水利局**局长" → "市水利局局长"). */
export function withoutEmphasis(s: string): string {
  return s.includes('*') || s.includes('_') ? s.replace(/[*_]+/gu, '') : s;
}
