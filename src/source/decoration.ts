/**
 * A line's leading decoration: glyphs a post's layout puts before a line, which say nothing.
 *
 * Example: "✦ 会议最后，郑海川强调，…" reads "  会议最后,郑海川强调,…" in the view, and so does
 * "▍问题一｜教育", "👉目前全区还有…", "📷 长按识别二维码 关注我们", "◆ 区教育局局长李某:…"; a rule of
 * box-drawing characters alone on its line ("━━━━━━") and an end mark ("🔚") become blank lines. Like a
 * bullet, the decoration is layout: every rule reading a line from its start (labels, closing words,
 * page frame) then sees the words. Each decoration code unit becomes one space (an emoji outside the BMP,
 * two), so the view keeps the text's length and offsets ([start, end), UTF-16 code units) still agree.
 *
 * Decoration: symbols (Unicode So: ✦ ◆ ■ ▶ ▍ ━ ★ and emoji, with their variation selectors, joiners and
 * skin tones), arrows (→ ⇒), bullets (• ‣ ⁃) and the reference mark ※. Never numbering: circled and
 * bracketed figures (① ⑴ ⒈ ㈠ ㊀) and enclosed letters stay; nor © ® ™, which a footer's words need.
 * Nor the bullets the line grammars read already (■ ● ◆ ▲ ★ ☆ □ ◇ ○ • ▶ ►): a turn opening on one
 * ("■问:…") starts at it, where a blanked glyph would end the turn before; unless the line holds
 * nothing else ("◆◆◆", a rule).
 */

/** A run of decoration (and the spaces between its glyphs) at a line's start. */
const GLYPH = String.raw`(?:(?![©®™\u2460-\u24ff\u3200-\u32ff■●◆▲★☆□◇○•▶►])[\p{So}\u2190-\u21ff\u2022\u2023\u2043\u203b]|[\ufe0e\ufe0f\u200d\u20e3\u{1f3fb}-\u{1f3ff}])`;
const DECORATION_RUN = new RegExp(`${GLYPH}(?:[ \\t]|${GLYPH})*`, 'uy');
/** A line of glyphs alone, bullets among them ("◆◆◆", "●  ●  ●", "▶▶▶"): a rule, with no words to open. */
const GLYPH_LINE = new RegExp(`(?:${GLYPH}|[■●◆▲★☆□◇○•▶►])(?:[ \\t]|${GLYPH}|[■●◆▲★☆□◇○•▶►])*(?=\\n|$)`, 'uy');

/** One code unit that is no space or tab (no u flag: an emoji's two units are two matches). */
const NOT_SPACE = /[^ \t]/g;

/** `s` (a view, lines split on "\n") with each line's leading decoration blanked to spaces, as long as `s`. */
export function blankLeadingDecoration(s: string): string {
  let out = '';
  let copied = 0; // s[copied, i) is unchanged and not yet in out
  for (let start = 0; start < s.length; ) {
    let i = start;
    while (i < s.length && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x09)) i++;
    // (Every decoration unit is at or above U+2000, and none is a Han or Hangul character: most lines
    // are passed over on a few comparisons.)
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 0x2000 && !(c >= 0x3400 && c <= 0x9fff) && !(c >= 0xac00 && c <= 0xd7a3)) {
      GLYPH_LINE.lastIndex = i;
      DECORATION_RUN.lastIndex = i;
      const m = GLYPH_LINE.exec(s) ?? DECORATION_RUN.exec(s);
      if (m) {
        out += s.slice(copied, i) + m[0].replace(NOT_SPACE, ' ');
        copied = i + m[0].length;
      }
    }
    const nl = s.indexOf('\n', i);
    if (nl < 0) break;
    start = nl + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
