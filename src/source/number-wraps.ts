/**
 * A figure broken by a line wrap, or by a page turning, in a copy of a PDF: "增加投入１２\n６０万元" and
 * "增加投入12\n\n— 3 —\n\n60万元" are one figure, 1260万元. Read apart, the line's end cuts the leading
 * digits off (60万元).
 *
 * The rule is the shape of a figure, not of the document (reflow.ts reads a whole document's wraps, and
 * needs many lines of one width): a line whose text ends in a digit (half- or full-width), right after
 * a Han character of the sentence, goes on at the start of the next line with digits that carry a unit,
 * a multiplier or a percent sign (a Han character, % or a letter right after them). Between the two,
 * only the newline, or blank lines around a page number ("— 3 —", "－ 3 －", "- 3 -", "第3页"): a blank
 * line alone ends a paragraph. A list marker after the digits ("2.", "2、", "2）") opens an item, no figure; a line
 * shorter than MIN_LINE before its digits is a heading ("问题1"), unless the line itself goes on a paragraph (the break
 * before it is a wrap: "…点6\n8个，搬迁群众4\n…", "…扶贫\n车间给予每年最高1\n0万元"). The break may also fall between the digits and the
 * unit ("投入1260\n万元"), when the caller says what a unit is (`opensUnit`: the unit lexicon is extract's).
 * Each cut is [start, end): the line's trailing white space through the newline and any page furniture,
 * up to the first digit of the next line (UTF-16, 0-based, end-exclusive), removed by joinWraps.
 */
import type { Span } from '../model/span.js';
import { isPageNumber } from './page-furniture.js';
import { lineStartAt } from './line-bounds.js';

/** A digit, half- or full-width. */
const DIGIT = /[0-9０-９]/;
/** A Han character (one code unit: the words before a figure are in the BMP). */
const HAN = /\p{sc=Han}/u;
/** A blank line (white space only). */
const BLANK = /^[ \t\u3000]*\r?$/;
/** The digits opening the next line (a decimal or thousands part too), then what follows them. */
const CONTINUATION = /^[0-9０-９]+(?:[.．,，][0-9０-９]+)*([\s\S]?)/u;
/** What may follow the continued digits: a unit, 万/亿, a percent sign, a letter unit (60万元, 5%, 60km). */
const FIGURE_TAIL = /[\p{sc=Han}%％‰A-Za-zＡ-Ｚａ-ｚ㎡㎞㎏μµ℃]/u;
/** At most this many lines between the two halves (blank lines and the page number). */
const MAX_BETWEEN = 6;

/** Shorter lines are headings ("问题1", "第3"), not lines of a paragraph broken at the page's width. */
const MIN_LINE = 10;

/**
 * The cuts that join figures broken at a line's end; none inside a cut of `taken` (the document's own wraps).
 * `opensUnit`, when given, tells whether a text opens with a unit or 万/亿 + unit ("万元，", "所幼儿园"): then
 * a line ending in digits also goes on into a next line that opens with the figure's unit ("投入1260\n万元").
 */
export function findNumberWraps(text: string, taken: readonly Span[] = [], opensUnit?: (s: string) => boolean): Span[] {
  const cuts: Span[] = [];
  // Where a line goes on the one before it: the ends of the wraps (a wrap's cut runs up to the next line's start).
  const continued = new Set(taken.map((t) => t[1]));
  let nl = text.indexOf('\n');
  while (nl >= 0) {
    const cut = wrapAt(text, nl, continued, opensUnit);
    if (cut && !taken.some((t) => t[0] <= nl && nl < t[1])) {
      cuts.push(cut);
      continued.add(cut[1]);
    }
    nl = text.indexOf('\n', cut ? cut[1] : nl + 1);
  }
  return cuts;
}

/** The cut at the newline `nl`, or null when no figure is broken there (`continued`: the starts of lines that go on a paragraph). */
function wrapAt(text: string, nl: number, continued: ReadonlySet<number>, opensUnit?: (s: string) => boolean): Span | null {
  // The line's content end: back over trailing white space (and the CR of a CRLF).
  let end = nl;
  while (end > 0 && /[ \t\r\u3000]/.test(text[end - 1])) end--;
  if (!DIGIT.test(text[end - 1] ?? '')) return null;
  // A word right before the digits ("投入12"): a lone number on its line (a table cell, a page number) or a
  // field of the page's frame ("浏览次数：1234", "10:23") goes on nowhere.
  let k = end - 1;
  while (k > 0 && DIGIT.test(text[k - 1])) k--;
  if (k === 0 || !HAN.test(text[k - 1])) return null;
  const lineStart = lineStartAt(text, k);
  if (k - lineStart < MIN_LINE && !continued.has(lineStart)) return null;
  // The next line with content, past blank lines and a page number (blank lines only with a page number among them).
  let start = nl + 1;
  let furniture = false;
  let blank = false;
  for (let lines = 0; lines < MAX_BETWEEN; lines++) {
    const next = text.indexOf('\n', start);
    const line = text.slice(start, next < 0 ? text.length : next);
    if (BLANK.test(line)) blank = true;
    else if (isPageNumber(line.trim())) furniture = true;
    else break;
    if (next < 0) return null;
    start = next + 1;
  }
  if (blank && !furniture) return null;
  const head = text.slice(start, start + 24);
  const m = CONTINUATION.exec(head);
  if (m ? !FIGURE_TAIL.test(m[1]) : !opensUnit?.(head)) return null;
  return [end, start];
}
