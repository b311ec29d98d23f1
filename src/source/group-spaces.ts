/**
 * A number written with a space as its group separator, as GB/T 15835 and statistical bulletins write it and a
 * PDF copy keeps it: "中央和省级资金3 000万元", "项目1 286个", "1 234 567人", "12 345.6万元" are read as
 * 3000万元, 1286个, 1234567人, 12345.6万元, exactly as "2,350万元" is (the space is cut like the wraps of a PDF
 * copy, reflow.ts; the figure's span, mapped back, keeps it: text "3 000万元").
 *
 * A separator is ONE space (ASCII, no-break U+00A0, narrow no-break U+202F, thin U+2009) between a group of
 * one to three digits and a group of exactly three (half- or full-width), the pattern repeated: "1 234 567".
 * Not a separator:
 * - two spaces or more, or a tab: a table's column gap ("1  286");
 * - between groups of other lengths: "2024 年", "138 1234 5678", "12 34", a row "38 120 45" of single-spaced cells;
 * - before a decimal part or after one ("2.5 100"): the number before is whole;
 * - after a number that opens its line ("1 200名教师…" as a list's item 1), a named number ("第 3 000", "问题2 100")
 *   or one joined to a letter or a dash ("G20 123", "2021-2 025"): a list's, a name's or an identifier's number.
 * Letter-spaced text ("完成改造 3 1 处", letter-spacing.ts) is joined before this reads the text.
 * Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets, one per separator, ascending.
 */
import type { Span } from '../model/span.js';
import { lineStartAt } from './line-bounds.js';

/**
 * Groups: 1–3 digits, then one separator + three digits, repeated; no digit or single-spaced digit on either
 * side, no decimal point or comma before (a longer run of single-spaced numbers is a row of cells).
 */
const GROUPED = /(?<![0-9０-９.．,，]|[0-9０-９][ \u00a0\u202f\u2009])[0-9０-９]{1,3}(?:[ \u00a0\u202f\u2009][0-9０-９]{3})+(?![0-9０-９]|[ \u00a0\u202f\u2009][0-9０-９])/gu;
/** A separator inside a match. */
const SEPARATOR = /[ \u00a0\u202f\u2009]/gu;
/** Before the number: a letter or a joiner that makes it part of an identifier, a date or a range. */
const JOINED_BEFORE = /[A-Za-zＡ-Ｚａ-ｚ\-－—–~～/_#＃]/u;
/** Words that name by number, right before it (a space between allowed): headers, ordinals, row numbers. */
const NAMING_BEFORE = /(?:第|问题|問題|询问|詢問|序号|序號|编号|編號|议题|議題|No\.?|NO\.?)[ \u3000]?$/u;
/** What may stand before a number that opens its line: an indent. */
const LINE_INDENT = /^[ \t\u3000\r]*$/;

/** The group separators of the numbers in `text`. */
export function findGroupSpaces(text: string): Span[] {
  const cuts: Span[] = [];
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(text); m; m = GROUPED.exec(text)) {
    const start = m.index;
    if (!grouped(text, start)) continue;
    SEPARATOR.lastIndex = 0;
    for (let s = SEPARATOR.exec(m[0]); s; s = SEPARATOR.exec(m[0])) cuts.push([start + s.index, start + s.index + 1]);
  }
  return cuts;
}

/** The number at `start` may carry group separators: not a line's number, a named number or an identifier. */
function grouped(text: string, start: number): boolean {
  const before = text[start - 1] ?? '';
  if (JOINED_BEFORE.test(before)) return false;
  // "GB 123 456": a code after its letters and a space.
  if (before === ' ' && /[A-Za-zＡ-Ｚａ-ｚ]/.test(text[start - 2] ?? '')) return false;
  const lineStart = lineStartAt(text, start);
  if (LINE_INDENT.test(text.slice(lineStart, start))) return false;
  return !NAMING_BEFORE.test(text.slice(Math.max(lineStart, start - 6), start));
}
