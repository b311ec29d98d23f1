/**
 * Turns set as a two-column table, one row a turn and the speaker in the first cell, as an HTML table of turns saved
 * as text or a word processor's table copied out gives them: "委员张三\t请问市交通运输局，准点率是多少？" /
 * "市交通运输局局长李四\t谢谢张委员。今年…" / "市教育局\t我们今年新建学校3所。". In the view the gap after the speaker's
 * cell reads as a label's colon ("市交通运输局局长李四:谢谢张委员。…"), one code unit for one, so that every label grammar
 * reads the row as it reads "市交通运输局局长李四：…" — a title's organization, post and name, or an office alone.
 *
 * The grammar: the cell opens its line (after white space, or a row number's cell "1\t"), two to forty characters of a
 * label (Han, 、 · and brackets; one space inside at most, "局长 李四"), then the gap: a tab, two spaces or more, or one
 * ideographic space (U+3000 in the text, a space in the view). The cell names a speaker: it holds a post's head noun
 * (委员, 局长, 副市长, model/posts.ts) beside more words (a name, an organization: a bare "委员" or "局长" is a column's
 * head or a title before a name in its own column), or it ends in an institution word (市教育局, model/org-names.ts), or
 * it is the chair's 主持人. The other cell is one turn's words: no tab in it, no name set in a column of its own right
 * after the gap, no roster of names ("委员  张三、李四、王五，"), no label's colon of its own near its start ("局长  李四：…"
 * is a label already), and at least one sentence's punctuation (。 , ? ! ;). Only in a layout of such rows: two at least, one naming a member of the congress
 * (委员, 代表) and one naming an office or its official; alone a row is a figure table's or a list's. Offsets are
 * [start, end) UTF-16 code units, 0-based; the view is as long as the text.
 */
import { POST_HEADS, postHeads, postSource, DEPUTY, type PostKind } from '../model/posts.js';
import { INSTITUTION_WORD } from '../model/org-names.js';

/** The longest speaker cell, in code units. */
const MAX_CELL = 40;
/** Every kind of post but the words of address (同志, 领导), which name no one in a cell. */
const KINDS = (Object.keys(POST_HEADS) as PostKind[]).filter((k) => k !== 'address');
/** A post, a deputy's mark allowed (副市长, 局长, 委员), anywhere in the cell. */
const POST = new RegExp(postSource(postHeads(KINDS), DEPUTY), 'u');
/** A cell that is a post and nothing else: a column's head ("委员", "局长"), no speaker. */
const BARE_POST = new RegExp(`^${postSource(postHeads(KINDS), DEPUTY)}$`, 'u');
/** An organization closing the cell: the office answers unnamed ("市教育局", "县人民政府"). */
const OFFICE = new RegExp(`${INSTITUTION_WORD}$`, 'u');
/** The congress's side of the layout: a member or a deputy asks. */
const MEMBER = /委员(?!会)|代表/u;
/** The chair's cell. */
const CHAIR = /^(?:会议)?主持人?$/u;
/** A label's colon near the start of the words: the row is a label already ("李四:", "局长 李四:"). */
const OWN_COLON = /^[^,。;?!\n]{0,14}:/u;
/** A sentence's punctuation: the words are a turn, not a figure or a list's item. */
const SENTENCE = /[。,;?!]/u;
/** A name set in a column of its own after the gap ("局长  李四  谢谢…"): the cell is a title, no speaker's label. */
const NAME_COLUMN = /^[^ ]{1,8} {2}/u;
/** A roster's names after the gap ("县人大常委会委员  张三、李四、王五，"): who attends, no turn. */
const ROSTER = /^[\p{sc=Han}·]{2,4}、[\p{sc=Han}·]{2,4}[、,。]/u;
/** A row number's cell before the speaker's ("1\t", "2.\t"). */
const ROW_NUMBER = /^\d{1,3}[.、]?\t/u;

interface Row { gap: number; member: boolean }

/** True for a code unit a speaker's cell may hold: Han, 、, the middle dots, brackets (folded to ASCII in the view). */
function cellUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3001 || c === 0xb7 || c === 0x30fb || c === 0x28 || c === 0x29;
}

/**
 * True when `cell` (a cell's words, trimmed) names a speaker: a post with more words (a name, an organization), an
 * office, the chair (see the header). Also for ocr-gaps.ts: the ideographic space after such a cell is a column's gap.
 */
export function isSpeakerCell(cell: string): boolean {
  return (POST.test(cell) && !BARE_POST.test(cell)) || OFFICE.test(cell) || CHAIR.test(cell);
}

/** The speaker row starting at `start` (a line's [start, end)), or null (see the header). */
function rowAt(view: string, text: string, start: number, end: number): Row | null {
  let a = start;
  while (a < end && (view[a] === ' ' || view[a] === '\t')) a++;
  const number = ROW_NUMBER.exec(view.slice(a, a + 5));
  if (number) a += number[0].length;
  let k = a;
  let spaces = 0;
  for (; k < end && k - a <= MAX_CELL; k++) {
    const c = view.charCodeAt(k);
    if (cellUnit(c)) continue;
    // One space inside the cell ("局长 李四"); two, a tab or an ideographic space are the gap.
    if (c === 0x20 && text.charCodeAt(k) !== 0x3000 && view.charCodeAt(k + 1) !== 0x20 && view.charCodeAt(k + 1) !== 0xa0 && spaces === 0 && k > a) { spaces++; continue; }
    break;
  }
  if (k - a < 2 || k >= end || k - a > MAX_CELL) return null;
  const c = view.charCodeAt(k);
  const gapped = c === 0x09 || ((c === 0x20 || c === 0xa0) && (text.charCodeAt(k) === 0x3000 || view.charCodeAt(k + 1) === 0x20 || view.charCodeAt(k + 1) === 0xa0));
  if (!gapped) return null;
  let g = k;
  while (g < end && (view[g] === ' ' || view[g] === '\t' || view[g] === '\u00a0')) g++;
  if (g >= end) return null;
  const cell = view.slice(a, k);
  if (!isSpeakerCell(cell)) return null;
  const words = view.slice(g, end);
  if (words.includes('\t') || NAME_COLUMN.test(words) || ROSTER.test(words) || OWN_COLON.test(words) || !SENTENCE.test(words)) return null;
  return { gap: k, member: MEMBER.test(cell) };
}

/** `view` with the gap after each speaker's cell of a layout of turn rows read as a label's colon (see the header). */
export function foldCellLabels(view: string, text: string): string {
  if (!view.includes('\t') && !view.includes('  ') && !text.includes('\u3000')) return view;
  const rows: Row[] = [];
  for (let start = 0; start < view.length;) {
    const nl = view.indexOf('\n', start);
    const end = nl < 0 ? view.length : nl;
    const row = rowAt(view, text, start, end);
    if (row) rows.push(row);
    start = end + 1;
  }
  if (rows.length < 2 || !rows.some((r) => r.member) || !rows.some((r) => !r.member)) return view;
  let out = '';
  let copied = 0;
  for (const r of rows) {
    out += view.slice(copied, r.gap) + ':';
    copied = r.gap + 1;
  }
  return out + view.slice(copied);
}
