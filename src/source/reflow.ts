/**
 * Hard line wraps of text copied from a PDF (a gazette, 公报) or a scanned page: every line is
 * broken at one width, mid-sentence, mid-title, mid-number, and only the indented line starts a
 * paragraph:
 *
 *     "    陶建民委员（省人大常委会委员、省人大财政经济委员会\n副主任委员）：近年来…规模较大，但部分\n项目收益…"
 *
 * `findWraps` reads the document's shape, not its words: many lines of about one display width
 * (full-width characters count 2 columns) that stop without sentence-final punctuation and go on
 * on a non-blank, non-indented line. Only then is a break a wrap: its line is about that width
 * and the next line is not blank, not indented, not a page number, and does not open a label
 * ("张某委员：") after a line that closes a sentence. A document of one paragraph per line (the usual
 * web copy: widths all different, lines ending in 。) is never touched, nor a list of short lines,
 * nor a table (columns apart by runs of spaces).
 *
 * A wrap cut is the line's trailing white space and its newline ("\n" or "\r\n"), and across a page
 * turning mid-paragraph the page number and running header too: [start, end), 0-based, end-exclusive
 * UTF-16 offsets into the text. `joinWraps` (source/joined.ts) removes the cuts and gives an
 * `OffsetMap` back from the joined text to the original.
 */
import type { Span } from '../model/span.js';
import { shapes, type LineShape } from './line-shapes.js';
import { isPageNumber } from './page-furniture.js';

/** Narrower lines are never wrap width: a column of a newspaper PDF holds about 12 characters. */
const MIN_WIDTH = 24;
/** Lines narrower than this are not counted for the document's width. */
const MIN_COUNTED = 20;

/** A line opening on a question's heading: "问题二：", "二、", "（二）", "【委员提问】". */
const HEADING_START = /^(?:问题[一二三四五六七八九十百\d]+|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|【)/u;
/** A few words before a colon, brackets balanced: not the tail of a wrapped label ("副主任委员）："). */
const LABEL_WORDS = /^([\p{sc=Han}·\s]{1,30}?(?:[（(][^（()）\n]{1,60}[）)])?)\s*[：:]/u;
/** …and those words end on a title, a name after a title or a space, a bracket or 问/答 ("下一步我们将做好三件事：" does not). */
const LABEL_END = /(?:委员|代表|主任|主持人|同志|[长记任问答]|[）)])$|(?:[长任员记表理]|\s)[\p{sc=Han}·]{2,4}$/u;

/** A field's name and its colon opening a line: "应询人员：", "时间：", "主持人：". */
const FIELD_START = /^[\p{sc=Han}]{2,8}[：:]/u;

/** A bare 问/答 verb before the colon: after an unclosed line, the tail of a label ("田春来（…主任）\n追问："). */
const BARE_VERB = /^(?:追问|提问|询问|问|回答|答复|答)$/u;

/**
 * The line opens a labelled turn or a heading: "张某委员：", "市财政局局长 某某：", "陶建民委员（…）：", "问题二：";
 * after an unclosed line (`afterOpen`), not with a bare 问/答 verb.
 */
function opensLabel(line: string, afterOpen: boolean): boolean {
  if (HEADING_START.test(line)) return true;
  const m = LABEL_WORDS.exec(line);
  if (!m) return false;
  const words = m[1].trim();
  return LABEL_END.test(words) && !(afterOpen && BARE_VERB.test(words));
}

/** Columns a line may run past the document's width: closing punctuation set in the margin (“）：”, “。””), which the copied text no longer shows compressed. */
const HANG = 4;

/** How far below the document's width a line still counts as full. */
function tolerance(width: number): number {
  return Math.max(4, Math.round(width / 10));
}

/** The document's line width: the width with the most lines at or up to `tolerance` below it; 0 when none stands out. */
function modalWidth(lines: LineShape[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (!l.blank && !l.gapped && l.width >= MIN_COUNTED) counts.set(l.width, (counts.get(l.width) ?? 0) + 1);
  let best = 0;
  let bestScore = 0;
  for (const w of counts.keys()) {
    let score = 0;
    const tol = tolerance(w);
    for (const [v, n] of counts) if (v <= w && v >= w - tol) score += n;
    if (score > bestScore || (score === bestScore && w > best)) { best = w; bestScore = score; }
  }
  return best;
}

/** A gazette's running header: its name (…公报, …会刊), maybe with the issue ("2024年第6号"). */
const RUNNING_HEADER = /(?:公报|简报|会刊)(?:\s+\d{4}\s*年\s*第\s*\d{1,3}\s*[号期])?\s*$/u;

/** Indexes of the print furniture lines: page numbers ("— 23 —") and a gazette's running header. */
function furnitureOf(text: string, lines: LineShape[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.indent || l.closed || l.contentEnd - l.start > 60) continue;
    const s = text.slice(l.start, l.contentEnd);
    if (isPageNumber(s.trim()) || RUNNING_HEADER.test(s)) out.add(i);
  }
  return out;
}

/** Some line in [from, to) is furniture. */
function range(furniture: Set<number>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (furniture.has(i)) return true;
  return false;
}

/** No page holds a line of this many UTF-16 code units (a gazette's line is 25–40 characters). */
const LONGER_THAN_A_PAGE = 120;

/** More than a tenth of the non-blank lines are longer than any page is wide: counted with indexOf alone. */
function manyLongLines(text: string): boolean {
  let lines = 0;
  let long = 0;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) {
      lines++;
      if (end - start > LONGER_THAN_A_PAGE) long++;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return long > 1 + 0.1 * lines;
}

/**
 * The wrap cuts of `text`: for each line broken at the document's width inside a paragraph, its
 * trailing white space and newline (and the page furniture up to the paragraph's next line, when a
 * page turns there), as [start, end) offsets in reading order. Empty when the text is not
 * hard-wrapped. One pass over the lines (plus a histogram of their widths): costs next to nothing.
 */
export function findWraps(text: string): Span[] {
  // Cheap refusal first: a short text, or one with many lines longer than any page is wide (a web
  // copy's paragraphs), has nothing to join.
  if (text.length < 200 || manyLongLines(text)) return [];
  const lines = shapes(text);
  if (lines.length < 6) return [];
  const W = modalWidth(lines);
  if (W < MIN_WIDTH) return [];
  const tol = tolerance(W);
  const full = (l: LineShape) => !l.blank && !l.gapped && l.width >= W - tol && l.width <= W + HANG;
  // A line breaks at the width also when its figures, counted as wide as Han characters, fill it ("…拨付到位69%。下一步，
  // 我们将从两个方"); the document's shape is read on the display width alone.
  const breaks = (l: LineShape) => full(l) || (!l.blank && !l.gapped && l.figureWidth >= W - tol && l.width <= W + HANG);

  // The shape of a wrapped document.
  let counted = 0; // lines wide enough to count
  let wider = 0; // lines well past the width (a web copy's long paragraphs)
  let modal = 0;
  let open = 0; // full lines going on, unclosed, on a non-blank line
  let followed = 0; // full lines with a non-blank line after them
  let prose = 0;
  let ends = 0; // short lines closing a paragraph
  let starts = 0; // lines after a paragraph's end (no blank between)
  let indentedStarts = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || l.gapped) continue;
    if (l.width >= MIN_COUNTED) counted++;
    if (l.width > W + HANG) wider++;
    const n = lines[i + 1];
    if (full(l)) {
      modal++;
      if (l.prose) prose++;
      if (n && !n.blank) {
        followed++;
        if (!l.closed) open++;
      }
    } else if (l.closed && l.width < W - tol) {
      ends++;
      if (n && !n.blank) {
        starts++;
        if (n.indent) indentedStarts++;
      }
    }
  }
  const wrapped = modal >= 4 && modal >= 0.4 * counted && wider <= Math.max(4, 0.15 * counted) && open >= 3 && open >= 0.5 * followed && prose >= 0.5 * modal && ends >= 2;
  if (!wrapped) return [];
  // Paragraphs start indented: a full line going on unindented is a wrap even after a stop.
  const indented = starts >= 2 && indentedStarts >= 0.7 * starts;

  const cuts: Span[] = [];
  const furniture = furnitureOf(text, lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    if (!breaks(l) || furniture.has(i)) continue;
    // The next line of the paragraph: the line after, or the first after a page turning mid-paragraph
    // (blank lines, the page number and the running header between the two halves).
    let k = i + 1;
    while (k < lines.length && (lines[k].blank || furniture.has(k))) k++;
    if (k === lines.length || (k > i + 1 && !range(furniture, i + 1, k))) continue;
    const n = lines[k];
    if (n.indent || n.gapped) continue;
    // An unindented line opening its paragraph: without punctuation a headline ("省十三届人大常委会第九次会议联组会议"),
    // else, where paragraphs are indented, a field line, which goes on but never into the next field
    // ("主持人：…" / "应询人员：…").
    if (!l.indent && (i === 0 || lines[i - 1].blank || !breaks(lines[i - 1]))) {
      if (!l.prose && (i === 0 || lines[i - 1].blank)) continue;
      if (indented && FIELD_START.test(text.slice(n.start, Math.min(n.contentEnd, n.start + 12)))) continue;
    }
    // Without indentation a stop may end the paragraph; a label opens one after a stop, or anywhere without indentation.
    if (l.closed && (!indented || k > i + 1)) continue;
    if ((l.closed || !indented) && opensLabel(text.slice(n.start, Math.min(n.contentEnd, n.start + 120)), !l.closed)) continue;
    cuts.push([l.contentEnd, n.start]);
  }
  return cuts;
}
