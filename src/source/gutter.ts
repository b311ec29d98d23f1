/**
 * A line-number gutter: the numbers a PDF viewer, a code editor or a line-numbered print sets at the start of
 * the lines ("3  问题一：常委会委员某某：积水点整改如何？" / "4  市水务局局长某某：完成改造31处。"), on every line or
 * on every fifth line only ("5  问题二：…"). They are layout, not words: no list marker, no figure, no part of a
 * header, a label or a title. `findGutter` gives the cuts that take them out; the pipeline reads the text
 * without them and maps every span back onto the text as written (source/joined.ts, records/remap.ts).
 *
 * A gutter number is 1–4 digits at a line's start (after spaces, when set flush right) followed by spaces or a
 * tab, or alone on its line (a numbered blank line). Never "1." "1、" "1）" or "2024年": a numbered paragraph
 * or a year has no white space after its digits. The numbers are read as chains: each next number rises by
 * exactly the lines between (counted with the blank lines, or without them when a copy added or dropped
 * blank lines). A chain is a gutter when
 *   - it numbers (nearly) every line it runs over, three lines at least, starts no lower than its line's place
 *     in the text (numbered paragraphs start at 1 below a title; a gutter counts the title too), and such chains
 *     number half the text's lines at least (a numbered list, a table of years, is a short stretch of a
 *     transcript; a gutter runs over all of it). A chain restarting at 1 right after a gutter's chain is the
 *     next page's gutter;
 *   - or it numbers every fifth (tenth) line with the multiples of five (ten), and has three numbers at least or
 *     its first number is the place of its line in the text and stands apart, by a tab or two spaces, from the
 *     words ("5  问题二：…" on the fifth line; "5 个区已完成" there is a figure and its unit).
 * Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets into the text: the number, the spaces before
 * it and its separator, up to the gutter's column (an indentation of the words after it stays).
 */
import type { Span } from '../model/span.js';
import { OffsetMap } from './joined.js';

/** How many digits a line number has at most. */
const MAX_DIGITS = 4;
/** Dense chains: the share of the lines over their stretch they must number. */
const DENSE_SHARE = 0.8;
/** Dense chains: how many numbers at least. */
const DENSE_MIN = 3;
/** The share of the text's non-blank lines that dense gutter chains must number. */
const COVER_SHARE = 0.5;
/** Margin numbers: the steps of a gutter numbering every few lines. */
const SPARSE_STEPS = [5, 10];
/** A next page's gutter: restarts at most at this number, within this many lines of the last gutter number. */
const RESTART_MAX = 3;
const RESTART_GAP = 6;
/** A line's end: LF, or a lone CR (an old Mac text); a CRLF's CR is left on the line. */
const LINE_END = /\n|\r(?!\n)/g;
/** How many chains are kept open for a next number to extend. */
const OPEN_CHAINS = 8;

interface Numbered {
  /** 0-based physical line and place among the non-blank lines. */
  line: number;
  place: number;
  value: number;
  lineStart: number;
  digitsStart: number;
  digitsEnd: number;
  /** End of the white space after the digits (before a CR ending the line). */
  spaceEnd: number;
  /** Words follow the number on its line. */
  words: boolean;
  /** The white space after the digits holds a tab. */
  tab: boolean;
}

/** The cuts of the text's line-number gutter, ascending and disjoint; none when it has no gutter. */
export function findGutter(text: string): Span[] {
  const numbered: Numbered[] = [];
  let nonBlank = 0;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    LINE_END.lastIndex = start;
    const m = LINE_END.exec(text);
    const end = m ? m.index : text.length; // (a CRLF's CR stays on the line: readNumber and isBlank pass over it)
    const n = readNumber(text, start, end, line, nonBlank);
    if (n) numbered.push(n);
    if (n || !isBlank(text, start, end)) nonBlank++;
    if (!m) break;
    start = m.index + m[0].length;
  }
  if (!numbered.length) return [];
  const chains = linkChains(numbered);
  const kept = new Set([...denseGutter(chains, nonBlank), ...chains.filter(isSparseGutter)]);
  if (!kept.size) return [];
  return cutsOf([...kept].flat().sort((a, b) => a.line - b.line));
}

/** Digits, either width, as a code unit's value; -1 for no digit. */
function digit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 0x0d && c !== 0x3000 && c !== 0x0c) return false;
  }
  return true;
}

/** The line number opening the line [start, end), or null: spaces, 1–4 digits, then spaces before words or the line's end. */
function readNumber(text: string, start: number, end: number, line: number, place: number): Numbered | null {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const digitsStart = i;
  let value = 0;
  for (let d = digit(text.charCodeAt(i)); i < end && d >= 0; d = digit(text.charCodeAt(++i))) value = value * 10 + d;
  const digitsEnd = i;
  if (digitsEnd === digitsStart || digitsEnd - digitsStart > MAX_DIGITS || value === 0) return null;
  let tab = false;
  for (; i < end && isSpace(text.charCodeAt(i)); i++) tab ||= text.charCodeAt(i) === 0x09;
  const words = i < end && !(text.charCodeAt(i) === 0x0d && i + 1 === end);
  if (words && i === digitsEnd) return null; // "1.", "1、", "2024年": the digits are words
  return { line, place, value, lineStart: start, digitsStart, digitsEnd, spaceEnd: i, words, tab };
}

/** Each number joins the open chain whose last number it follows (rising by the lines between), else opens one. */
function linkChains(numbered: Numbered[]): Numbered[][] {
  const chains: Numbered[][] = [];
  const open: Numbered[][] = [];
  for (const n of numbered) {
    const chain = open.find((c) => follows(c[c.length - 1], n));
    if (chain) {
      chain.push(n);
      open.splice(open.indexOf(chain), 1);
      open.unshift(chain);
      continue;
    }
    const fresh = [n];
    chains.push(fresh);
    open.unshift(fresh);
    if (open.length > OPEN_CHAINS) open.pop();
  }
  return chains;
}

/** `b` goes on the chain ending in `a`: its number rises by the lines between, blank lines counted or not. */
function follows(a: Numbered, b: Numbered): boolean {
  const rise = b.value - a.value;
  return rise > 0 && (rise === b.line - a.line || rise === b.place - a.place);
}

/** The dense chains that make a gutter: each numbering nearly every line of its stretch, together half the text. */
function denseGutter(chains: Numbered[][], nonBlank: number): Numbered[][] {
  const kept: Numbered[][] = [];
  let last: Numbered | null = null;
  for (const c of chains) {
    if (c.length < DENSE_MIN || c.length - 1 < DENSE_SHARE * (c[c.length - 1].place - c[0].place)) continue;
    const counted = c[0].value >= c[0].place + 1; // no lower than its line's place (1-based)
    const restart = last !== null && c[0].value <= RESTART_MAX && c[0].place > last.place && c[0].place - last.place <= RESTART_GAP;
    if (!counted && !restart) continue;
    kept.push(c);
    last = c[c.length - 1];
  }
  const numbered = kept.reduce((sum, c) => sum + c.length, 0);
  return numbered >= COVER_SHARE * nonBlank ? kept : [];
}

/** Margin numbers: every fifth (tenth) line numbered with the multiples of five (ten). */
function isSparseGutter(c: Numbered[]): boolean {
  return SPARSE_STEPS.some((step) => {
    if (!c.every((n, k) => n.value % step === 0 && (k === 0 || n.value - c[k - 1].value === step))) return false;
    const first = c[0];
    if (c.length >= DENSE_MIN) return first.value >= first.place + 1;
    // One or two numbers: on the line they count, set apart by a tab or two spaces ("5 个区…" is a figure and its unit).
    return (first.value === first.line + 1 || first.value === first.place + 1) && c.every(setApart);
  });
}

/** The number is set apart from the words after it by a tab or two spaces at least (or stands alone). */
function setApart(n: Numbered): boolean {
  return !n.words || n.tab || n.spaceEnd - n.digitsEnd >= 2;
}

/**
 * The cut of each number: from its line's start past its separator. A gutter keeps either a column ("1  南川县…",
 * "10 一是…": the words at column 3 whatever the number's width) or a separator ("1 某市…", "10 问题…": one space
 * after any number). It keeps a column when the lines with narrower numbers than the widest also have their words
 * at the widest's column (one at least exactly there); else the cut is the number and the narrowest separator. So
 * an indentation of the words after the gutter stays ("5      主持：…" beside "10  询问人：…" keeps 4 spaces).
 */
function cutsOf(numbers: Numbered[]): Span[] {
  const worded = numbers.filter((n) => n.words);
  const width = (n: Numbered): number => n.digitsEnd - n.lineStart;
  const words = (n: Numbered): number => n.spaceEnd - n.lineStart;
  // (Loops, not Math.min(...): a gutter may number more lines than a call takes arguments.)
  let widest = 0;
  let separator = Infinity;
  for (const n of worded) {
    widest = Math.max(widest, width(n));
    separator = Math.min(separator, words(n) - width(n));
  }
  let column = Infinity;
  for (const n of worded) if (width(n) === widest) column = Math.min(column, words(n));
  const narrow = worded.filter((n) => width(n) < widest);
  const fixedColumn = narrow.every((n) => words(n) >= column) && (!narrow.length || narrow.some((n) => words(n) === column));
  return numbers.map((n): Span => {
    if (!n.words) return [n.lineStart, n.spaceEnd];
    return [n.lineStart, n.lineStart + (fixedColumn ? column : width(n) + separator)];
  });
}

/**
 * The map back from the text without its gutter: as `OffsetMap`, but a span that tiles (a turn, a section) and
 * starts or ends at a line's start keeps that line's number, which is the line's and not the previous one's: the
 * asker's turn ends with its "\n" and the responder's opens on "4  市水务局局长…".
 */
export class GutterMap extends OffsetMap {
  override tiling([s, e]: Span): Span {
    return [this.toOriginalEnd(s), this.toOriginalEnd(e)];
  }
}
