/**
 * The matching view of a text: same length as the text, so an offset found in
 * the view is an offset into the original.
 *
 * Example: "問題一：市公安局" → "问题一:市公安局" (Traditional → Simplified, full-width
 * colon folded to ":"), both 8 code units long. Folds full-width ASCII (digits,
 * letters, ：，；？！（）), the colon look-alikes (∶ ︰ ﹕), the ideographic space and newlines: the CR of a CRLF
 * becomes " " and a lone CR "\n", so the view splits on "\n" alone. Traditional characters
 * map to Simplified one code unit for one (`simplify`), which keeps the lengths equal.
 * Straight quotes are paired into “…” (see `pairStraightQuotes`), and an English full stop
 * written into Chinese text with no space after it reads as 。 (see `chineseFullStops`). A line's
 * leading decoration ("✦ 会议最后…", "▍问题一", a "━━━" rule) is blanked to spaces (see decoration.ts), after a keycap
 * digit reads as its circled digit ("1️⃣" → "①  ", keycaps.ts), and so is
 * a character reference for a space left in a web copy saved as text ("&nbsp;&nbsp;问题一": see `blankSpaceEntities`).
 * In a Markdown document, its emphasis, heading and blockquote marks are blanked too ("**委员 邱　红**：", "> 主持：…",
 * "## 问题一": see markdown.ts). A note on how a deputy attends, between a label's title and name, is blanked
 * ("市人大代表（列席）孙雯：": see attendance-notes.ts). In a layout of speaker labels, their other role words and
 * separators read as 问:/答: ("Q｜孟某委员" → "问:孟某委员", "回应｜舒某（…）" → "答复:舒某(…)": see role-words.ts), and a person field parted
 * from its label by white space reads with its colon ("询问人  区人大代表 黄立新：" → "询问人: 区人大代表 黄立新:": spaced-fields.ts), and
 * so does a speaker's cell in a table of turns ("市教育局局长李四\t我们…" → "市教育局局长李四:我们…": cell-labels.ts).
 * Corner quotes are quotation marks of the same kind: 「…」 reads as “…” and the 『…』 inside
 * it as ‘…’ ("「产业怎样才能带动贫困户？」委员某问道" → "“产业怎样才能带动贫困户?”委员某问道"), so that
 * one grammar of quotation serves both. Rules that take a corner bracket as a bracket (a subhead
 * "「学位供给够不够？」" alone on its line, a tag "「问」") read the text's mark (see `isCornerQuote`).
 */
import { simplifiedUnits } from './simplify.js';
import { isTransliterationUnit } from './transliteration.js';
import { blankLeadingDecoration } from './decoration.js';
import { foldKeycaps } from './keycaps.js';
import { blankMarkdown } from './markdown.js';
import { blankAttendanceNotes } from './attendance-notes.js';
import { foldRoleWords } from './role-words.js';
import { foldSpacedFields } from './spaced-fields.js';
import { foldCellLabels } from './cell-labels.js';
import { INVISIBLE_FORMAT, JOINERS } from './invisible.js';

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;

/** Every change normalize makes to one code unit (fold, then simplify), 0 for none; CR is handled apart. */
let changes: Uint16Array | null = null;

function changeTable(): Uint16Array {
  if (changes) return changes;
  changes = simplifiedUnits().slice();
  for (let c = FULLWIDTH_START; c <= FULLWIDTH_END; c++) changes[c] = c - 0xfee0; // ASCII: simplify leaves it
  changes[0x3000] = 0x20;
  // The half-width middle dot ･ (U+FF65, "努尔波拉提･吾买尔" from a Japanese IME) is the full-width ・ (U+30FB) every
  // dotted-name reader knows.
  changes[0xff65] = 0x30fb;
  for (const c of COLON_LOOKALIKES) changes[c] = 0x3a;
  for (const c of INVISIBLE_FORMAT) changes[c] = 0x20;
  for (const [corner, quote] of CORNER_QUOTES) changes[corner.charCodeAt(0)] = quote.charCodeAt(0);
  return changes;
}

/**
 * Colons as Word, an IME or OCR copies them ("区教育局局长孙晓梅∶谢谢杜委员"): the ratio sign ∶ (U+2236), the
 * vertical and small form colons ︰ (U+FE30) ﹕ (U+FE55), the modifier letters ꞉ (U+A789) and ː (U+02D0). In the
 * view each is ":", as a full-width ： is, so every label and field reads alike (a ratio 1∶2 reads as 1:2).
 */
const COLON_LOOKALIKES = [0x2236, 0xfe30, 0xfe55, 0xa789, 0x02d0];

/**
 * Format characters a copy carries unseen (Unicode category Cf): the zero-width space U+200B at the start of each
 * paragraph of a WeChat article ("\u200b市人大常委会委员 周建军：…"), the word joiner U+2060, a soft hyphen U+00AD
 * inside a name ("王\u00ad雪梅："). A reader does not see them: in the view each is a space, as U+FEFF and U+00A0
 * already are to every `\s`, so a label, header or name reads as without them (names read through the space, as
 * "邱　红" does). The zero-width (non-)joiners U+200C/U+200D are such a space too, except inside an emoji
 * sequence ("👨\u200d💻"), which decoration.ts reads as one glyph (see `isInvisibleJoiner`). The lists are
 * invisible.ts's, which also takes them out from between Han characters before the view is made ("张\u00ad三" → 张三).
 */

/** A ZWJ/ZWNJ between two characters of text, not within an emoji (an astral pictograph, a variation selector or keycap, a symbol). */
function isInvisibleJoiner(text: string, i: number): boolean {
  const glyph = (c: number) => (c >= 0xd800 && c <= 0xdfff) || c === 0xfe0f || c === 0xfe0e || c === 0x20e3 || (c >= 0x2190 && c <= 0x2bff);
  return !glyph(text.charCodeAt(i - 1)) && !glyph(text.charCodeAt(i + 1));
}

/** 「 」 『 』 and the quotation marks they read as in the view. */
const CORNER_QUOTES: ReadonlyArray<[string, string]> = [['「', '“'], ['」', '”'], ['『', '‘'], ['』', '’']];
const CORNER_UNITS = new Set(CORNER_QUOTES.map(([c]) => c.charCodeAt(0)));

/** True when the text has a corner bracket at `i` (「 」 『 』), which the view shows as a quotation mark. */
export function isCornerQuote(text: string, i: number): boolean {
  return CORNER_UNITS.has(text.charCodeAt(i));
}

export function normalize(text: string): string {
  // One pass, copying unchanged stretches whole: the same as folding widths, then newlines
  // (CRLF → " \n", lone CR → "\n"), then simplifying, since no folded unit is Traditional.
  const t = changeTable();
  let out = '';
  let copied = 0; // text[copied, i) is unchanged and not yet in out
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let to = t[c];
    if (c === 0x0d) to = text.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a;
    else if (JOINERS.has(c)) to = isInvisibleJoiner(text, i) ? 0x20 : 0;
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  out = copied === 0 ? text : out + text.slice(copied);
  if (out.includes('&')) out = blankSpaceEntities(out);
  if (out.includes('"')) out = pairStraightQuotes(out);
  if (out.includes('.')) out = chineseFullStops(out);
  out = foldKeycaps(out);
  out = blankLeadingDecoration(out);
  out = blankMarkdown(out);
  if (out.includes('(列') || out.includes('(特') || out.includes('(应') || out.includes('(旁')) out = blankAttendanceNotes(out);
  out = foldCellLabels(foldRoleWords(foldSpacedFields(out)), text);
  if (out.length !== text.length) throw new Error('normalize: internal error, length changed');
  return out;
}

/**
 * A web page saved as text keeps its character references for spaces ("&nbsp;&nbsp;問題一", "&#12288;縣人大常委會…"):
 * in the view each is blanked to spaces, as many as its code units, so that a line indented with them opens on its
 * header or label as one indented with real spaces does. Also when encoded twice (&amp;nbsp;) and without the ';'
 * ("&nbsp&nbsp"). Only references to a space: the text keeps them, and an .htm file is decoded before (html.ts).
 */
function blankSpaceEntities(s: string): string {
  return s.replace(SPACE_ENTITY, (e) => ' '.repeat(e.length));
}
/**
 * The length of the character reference for a space starting at `i` of the text (&nbsp; → 6), 0 when none starts
 * there: what the view blanks there is white space, not decoration, and no part of a turn.
 */
export function spaceEntityAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x26) return 0;
  SPACE_ENTITY_AT.lastIndex = i;
  return SPACE_ENTITY_AT.exec(text)?.[0].length ?? 0;
}
/** &nbsp; &ensp; &emsp; &thinsp; and the numeric references of U+0020, U+00A0, U+2002, U+2003, U+2009, U+3000. */
const SPACE_ENTITY = /&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#(?:0*(?:32|160|8194|8195|8201|12288)|[xX]0*(?:20|[aA]0|200[239]|3000)))(?![\w])(?:;|(?![\w#]))/gi;
const SPACE_ENTITY_AT = new RegExp(SPACE_ENTITY.source, 'iy');

/**
 * Quotations written with straight quotes ("…", ASCII or folded ＂) become “…” in the view,
 * paired in order within each line, so that one grammar of quotation serves both (pages copied
 * with ASCII punctuation: "企业开办时间还能不能再压缩?"面对委员某的提问…). A line's unpaired
 * last quote stays as it is.
 */
function pairStraightQuotes(s: string): string {
  let out = '';
  let from = 0;
  while (from <= s.length) {
    const nl = s.indexOf('\n', from);
    const end = nl < 0 ? s.length : nl;
    const line = s.slice(from, end);
    let count = 0;
    for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x22) count++;
    if (count < 2) out += line;
    else {
      let k = 0;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        out += c === '"' && k < count - (count % 2) ? (k++ % 2 === 0 ? '“' : '”') : c;
      }
    }
    if (nl < 0) break;
    out += '\n';
    from = nl + 1;
  }
  return out;
}

/**
 * A "." between Chinese words is a full stop: mobile and app copies type ASCII punctuation with no
 * space after it ("…主持询问会.副县长谭志刚,…到会应询.部分县人大代表…"). In the view it becomes 。
 * (one code unit for one), so every rule reading sentences sees it. Only after a Han character or a
 * closing quote and before a Han character, a quote mark, a digit or the line's end: never
 * between digits (1.5), in a list marker (1., 一.), in an English abbreviation or a URL.
 */
function chineseFullStops(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
    if (i === 0 || !CJK_BEFORE_STOP.test(s[i - 1]) || !(i + 1 === s.length || CJK_AFTER_STOP.test(s[i + 1]))) continue;
    if (nameDot(s, i) || numeralMarker(s, i)) continue;
    out += s.slice(copied, i) + '。';
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}
/**
 * True when the "." at `i` joins the parts of a transcribed name typed with a stop for its dot
 * (买买提.艾力, 古丽娜尔．吐尔逊): two transliteration characters on each side. It stays a dot.
 */
function nameDot(s: string, i: number): boolean {
  return isTransliterationUnit(s.charCodeAt(i - 2)) && isTransliterationUnit(s.charCodeAt(i - 1))
    && isTransliterationUnit(s.charCodeAt(i + 1)) && isTransliterationUnit(s.charCodeAt(i + 2));
}
/**
 * True when the "." at `i` ends a list marker written with a Chinese numeral, as Taiwanese, Hong Kong, older
 * typeset and Word copies write it ("三項工作：一．擴大服務供給；二．完善補貼制度"): one to three numerals right
 * after the start of the text, of a line or of a clause (: ; 。 ! ? a space, or a stop). It stays a dot (markers.ts).
 */
function numeralMarker(s: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 3 && CN_NUMERAL.test(s[j - 1])) j--;
  return j < i && !CN_NUMERAL.test(s[j - 1] ?? '') && (j === 0 || MARKER_OPENS.test(s[j - 1]));
}
const CN_NUMERAL = /[一二三四五六七八九十]/;
/** What a list marker follows (besides the text's start): a line's or a clause's start; "." is a stop not yet read as 。. */
const MARKER_OPENS = /[:;。!?\s.]/;
/** What a Chinese full stop follows: a Han character or a closing quote or title mark. */
const CJK_BEFORE_STOP = /[\p{sc=Han}”’」』》]/u;
/** What follows a Chinese full stop: a Han character, a quote mark or an opening title mark, a digit (…到会应询.12名委员…), the line's end. */
const CJK_AFTER_STOP = /[\p{sc=Han}“‘「『”’」』《0-9\n]/u;
