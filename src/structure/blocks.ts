/**
 * Lines and sentences of a transcript, as spans: the units the layout reader walks.
 *
 * Example: "问题一:…统一?\n近年来,…" gives two lines; the first has span [0, n) without
 * its "\n". A sentence ends after 。?!; (or their full-width forms, folded in the view)
 * and after a closing quote that follows one (“…重点。”), and after an English full stop ending
 * Chinese text before a space ("…机制. 今年…"). Every span is [start, end):
 * 0-based, end-exclusive UTF-16 offsets into the decoded text, found on `pair.view`.
 */
import type { Span } from '../model/span.js';

export interface Line {
  /** 0-based line number. */
  index: number;
  /** The line without its newline (a CR of CRLF is a space in the view and is trimmed off). */
  span: Span;
  /** The line's content with surrounding white space trimmed; empty for a blank line. */
  content: Span;
}

/** Split the view into lines on "\n" (the view folds CR and CRLF to it). */
export function splitLines(view: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = view.indexOf('\n', start);
    const i = nl < 0 ? view.length : nl;
    // (No empty last line after a final "\n", unless the text is empty.)
    if (nl < 0 && start === i && lines.length) break;
    lines.push({ index: lines.length, span: [start, i], content: trim(view, start, i) });
    if (nl < 0) break;
    start = i + 1;
  }
  return lines;
}

/** Shrink [start, end) to its non-space content (may become empty, at `start`). */
export function trim(view: string, start: number, end: number): Span {
  while (start < end && isSpace(view.charCodeAt(start))) start++;
  while (end > start && isSpace(view.charCodeAt(end - 1))) end--;
  return [start, end];
}

// Character tests on code units, as the one-character classes /\s/u, /[。!?;…]/u and
// /[”’」』"]/u read them (a regex test per character cost more than the walks using them).

/** White space as /\s/u reads it. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** 。!?; (the view folds the full-width forms). */
function isStop(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b;
}
/** A stop or …. */
function isSentenceEnd(c: number): boolean {
  return isStop(c) || c === 0x2026;
}
/** ”’」』 or ". */
function isCloseQuote(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x22;
}

/** An English full stop ending a sentence of Chinese text: after Han text (or a closing quote) and before a space ("…机制. 今年…"); not 3.5, not "1. ". */
export function fullStop(view: string, i: number): boolean {
  return view.charCodeAt(i) === 0x2e && isSpace(view.charCodeAt(i + 1)) && /[\p{sc=Han}”’)]/u.test(view[i - 1] ?? '');
}

/** Sentence spans within [start, end) of the view: each ends after its closing mark (and quote). */
export function splitSentences(view: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  let depth = 0; // quote depth: a 。 inside “…” does not end the sentence around it
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x0a) {
      if (i > from) out.push([from, i]);
      from = i + 1;
      depth = 0;
      continue;
    }
    if (c === 0x201c || c === 0x300c || c === 0x300e) depth++; // “「『
    else if (isCloseQuote(c) && c !== 0x22) depth = Math.max(0, depth - 1);
    if (depth === 0 && (isSentenceEnd(c) || fullStop(view, i))) {
      let j = i + 1;
      while (j < end && (isSentenceEnd(view.charCodeAt(j)) || isCloseQuote(view.charCodeAt(j)))) j++;
      out.push([from, j]);
      from = j;
      i = j - 1;
    }
  }
  if (from < end) out.push([from, end]);
  return out.filter(([s, e]) => {
    const t = trim(view, s, e);
    return t[1] > t[0];
  });
}

/** The line containing offset `at` (binary search over lines sorted by start). */
export function lineAt(lines: Line[], at: number): Line {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].span[0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo];
}

/** The start of the sentence containing `at` within `[floor, at]`: just after the last 。?!; or line start. */
export function sentenceStart(view: string, at: number, floor: number): number {
  let i = at;
  while (i > floor) {
    const c = view.charCodeAt(i - 1);
    if (c === 0x0a || isStop(c) || fullStop(view, i - 1)) break;
    if (isCloseQuote(c) && i - 2 >= floor && isStop(view.charCodeAt(i - 2))) break;
    i--;
  }
  while (i < at && isSpace(view.charCodeAt(i))) i++;
  return i;
}

/** The end of the sentence containing `at` within `[at, ceil)`: after its 。?!; and closing quotes, or line end. */
export function sentenceEnd(view: string, at: number, ceil: number): number {
  let depth = 0;
  for (let i = at; i < ceil; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x0a) return i;
    if (c === 0x201c) depth++;
    else if (c === 0x201d) depth = Math.max(0, depth - 1);
    if (depth === 0 && (isStop(c) || fullStop(view, i))) {
      let j = i + 1;
      while (j < ceil && (isStop(view.charCodeAt(j)) || isCloseQuote(view.charCodeAt(j)))) j++;
      return j;
    }
  }
  return ceil;
}
