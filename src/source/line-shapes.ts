/**
 * The shape of each line of a text, for telling a hard-wrapped PDF copy from a web copy (see
 * reflow.ts): its display width (a full-width character is 2 columns), whether it is indented,
 * blank, cut into columns, closes a sentence or holds running prose.
 *
 * Example: "    陶建民委员（省人大常委会委员、省人大财政经济委员会" is indented, 54 columns wide, not
 * closed (it goes on on the next line) and holds prose (、). Offsets are 0-based, end-exclusive
 * UTF-16 offsets into the text.
 */

export interface LineShape {
  /** Offsets of the line without its newline (and without form feeds opening it): [start, contentEnd) is the line less trailing white space. */
  start: number;
  contentEnd: number;
  /** Display columns of [start, contentEnd), leading indentation included. */
  width: number;
  /**
   * The width with each ASCII digit and figure sign (. , %) counted 2 columns, as wide as a Han character: a PDF typeset
   * with figures in full-width cells, copied out as ASCII ("长3.7%，目前已拨付到位69%。…"), fills its line with fewer columns.
   */
  figureWidth: number;
  /** Opens on 2+ spaces, an ideographic space or a tab (one space is no indentation: a wrap may fall before it). */
  indent: boolean;
  blank: boolean;
  /** Columns apart (a run of 2+ spaces or a tab inside the line), a | or box drawing: a table row or a running header. */
  gapped: boolean;
  /** Ends a sentence: 。！？；：… (maybe inside a closing quote or bracket). */
  closed: boolean;
  /** Holds punctuation of running prose somewhere (，。、；：？！). */
  prose: boolean;
}

/** Display columns of one UTF-16 code unit: CJK, full-width forms and Chinese quotes 2, a low surrogate 0, else 1. */
function columns(c: number): number {
  if (c < 0x1100) return 1;
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // the high surrogate counted the pair
  if (c >= 0xff61 && c <= 0xffdc) return 1; // half-width forms
  if (c >= 0x2e80 || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026) return 2;
  return 1;
}

function isBlankUnit(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0x0c || c === 0x0b;
}

/** 。！？；：… and their ASCII forms. */
function isClosing(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff1a || c === 0x2026
    || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a;
}
/** ”’」』）)》】 and straight quotes: what may stand after a sentence's stop. */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0xff09 || c === 0x29 || c === 0x300b || c === 0x3011 || c === 0x22 || c === 0x27;
}
/** ，。、；：？！ (full-width or ASCII , ; : ? !). */
function isProsePunct(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0x3001 || c === 0xff1b || c === 0xff1a || c === 0xff1f || c === 0xff01
    || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21;
}

function shapeOf(text: string, line: number, end: number): LineShape {
  // A form feed opening the line is a page break (pdftotext), no part of the line's shape.
  let start = line;
  while (start < end && text.charCodeAt(start) === 0x0c) start++;
  let contentEnd = end;
  while (contentEnd > start && isBlankUnit(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let first = start;
  while (first < contentEnd && isBlankUnit(text.charCodeAt(first))) first++;
  let width = 0;
  let figures = 0;
  let gapped = false;
  let prose = false;
  let spaces = 0;
  for (let i = start; i < contentEnd; i++) {
    const c = text.charCodeAt(i);
    width += c === 0x09 ? 4 : columns(c);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0x25) figures++;
    if (i >= first) {
      if (c === 0x20 || c === 0x3000 || c === 0x09) {
        spaces++;
        if (spaces >= 2 || c === 0x09) gapped = true;
      } else spaces = 0;
      if (c === 0x7c || (c >= 0x2500 && c <= 0x257f)) gapped = true;
      if (isProsePunct(c)) prose = true;
    }
  }
  let k = contentEnd - 1;
  while (k > first && isCloser(text.charCodeAt(k))) k--;
  const closed = k >= first && isClosing(text.charCodeAt(k));
  return { start, contentEnd, width, figureWidth: width + figures, indent: first < contentEnd && (first - start >= 2 || text.charCodeAt(start) === 0x3000 || text.charCodeAt(start) === 0x09), blank: first === contentEnd, gapped, closed, prose };
}

/** Every line of `text` with its shape (lines split on "\n"; a CR before it is trailing white space). */
export function shapes(text: string): LineShape[] {
  const out: LineShape[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push(shapeOf(text, start, end));
    if (nl < 0) return out;
    start = nl + 1;
  }
}
