/**
 * A figure and its unit set apart by one space, as a PDF copy or "pangu" spacing puts a space between
 * half-width digits and the Han text around them: "管网改造计划35 公里", "投入资金 2.5 亿元",
 * "完成率80 %", "改造小区186 个" are read as 35公里, 2.5亿元, 80%, 186个 (the space is cut like the
 * wraps of a PDF copy, reflow.ts; the figure's span, mapped back, keeps it: text "35 公里").
 *
 * A gap is ONE space (ASCII, ideographic U+3000, no-break or a thin typographic one) between an Arabic
 * digit (half- or full-width) and what opens a unit, a measure word, 万/亿 or % (`opensUnit`: the unit
 * lexicon is extract's). The space the same spacing puts before such a figure, after a Han character ("投入资金 2.5 亿元",
 * "约 60 %"), is cut too, so the figure keeps its qualifier and its words before it. Not a gap:
 * - two spaces or more, or a tab: a table's column gap ("计划  35  公里");
 * - after a number that opens its line ("1 人员培训", "3 年度考核"): a list or a table row's number;
 * - after a question header or an ordinal ("问题1 人社局…", "第 2 名"): a number naming, not counting;
 * - after a number joined to a letter or a dash ("G20 个", "2021-2025 年"): an identifier or a range's tail;
 * - a year before 年 ("2024 年 3 月 5 日", "2024 年，"): a date written with spaces stays as it was read.
 * Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets, one per gap, ascending.
 */
import type { Span } from '../model/span.js';
import { lineStartAt } from './line-bounds.js';

/** A digit (half- or full-width), then one space, then a character that is no white space. */
const DIGIT_SPACE = /[0-9０-９][ \u00a0\u2002-\u200a\u202f\u3000](?![\s])/gu;
/** A digit, and what joins two digits inside one number: its decimal point, its thousands separators. */
const DIGIT = /[0-9０-９]/;
const INNER = /[.．,，]/;
/** Before a number: a letter or a joiner that makes it part of an identifier, a date or a range. */
const JOINED_BEFORE = /[A-Za-zＡ-Ｚａ-ｚ\-－—–~～/_#＃]/u;
/** Words that name by number, right before it (a space between allowed): headers, ordinals, row numbers. */
const NAMING_BEFORE = /(?:第|问题|問題|询问|詢問|序号|序號|编号|編號|议题|議題|No\.?|NO\.?)[ \u3000]?$/u;
/** What may stand before a number that opens its line: an indent. */
const LINE_INDENT = /^[ \t\u3000\r]*$/;
/** A year (19xx, 20xx), half- or full-width. */
const YEAR = /^[12１２][0-9０-９]{3}$/;
/** One space before the number (not the ideographic one, a layout separator) after a Han character: pangu spacing. */
const SPACE_BEFORE = /^[ \u00a0\u2002-\u200a\u202f]$/u;
const HAN = /^\p{sc=Han}$/u;
/** What opens a unit after the gap, 万/亿 and % alone included ("52 万", "2.5 亿"). */
const SCALE_OR_PERCENT = /^[万亿萬億%％‰]/u;

/** The gaps between figures and their units in `text`. `opensUnit(s)`: `s` opens with a unit or measure word. */
export function findUnitGaps(text: string, opensUnit: (s: string) => boolean): Span[] {
  const cuts: Span[] = [];
  DIGIT_SPACE.lastIndex = 0;
  for (let m = DIGIT_SPACE.exec(text); m; m = DIGIT_SPACE.exec(text)) {
    const gap = m.index + 1;
    const after = text.slice(gap + 1, gap + 13);
    if (!SCALE_OR_PERCENT.test(after) && !opensUnit(after)) continue;
    let start = m.index;
    while (start > 0 && (DIGIT.test(text[start - 1]) || (INNER.test(text[start - 1]) && DIGIT.test(text[start - 2] ?? '')))) start--;
    if (!counts(text, start, gap, after)) continue;
    // "投入资金 2.5 亿元", "约 60 %": spaced on both sides, the figure is read as unspaced, after its words and qualifier.
    if (SPACE_BEFORE.test(text[start - 1] ?? '') && HAN.test(text[start - 2] ?? '')) cuts.push([start - 1, start]);
    cuts.push([gap, gap + 1]);
  }
  return cuts;
}

/** The number at [start, end) counts the unit that opens `after`: not a line's number, a named number, an identifier or a year. */
function counts(text: string, start: number, end: number, after: string): boolean {
  if (JOINED_BEFORE.test(text[start - 1] ?? '')) return false;
  const lineStart = lineStartAt(text, start);
  if (LINE_INDENT.test(text.slice(lineStart, start))) return false; // the line's number
  if (NAMING_BEFORE.test(text.slice(Math.max(lineStart, start - 6), start))) return false;
  return !(after.startsWith('年') && YEAR.test(text.slice(start, end)));
}
