/**
 * Inserts in a speaker's words: a figure table, its caption, a cross-reference to it, a photo caption, a live
 * transcript's stage note ("（掌声）", "[视频画面再次出现]": structure/stage-notes.ts). They are set into the speech,
 * not said, and no measure holds them.
 *
 * Example: "（三）强化区域联防联控。⏎⏎表1　2024年全市空气质量主要指标⏎| 指标 | 2024年 | 同比 |⏎| PM2.5平均浓度 |
 * 29微克/立方米 | 下降6.5% |⏎⏎（四）加强执法监管，…" — the caption, the rows (Markdown `|…|`, TAB-separated, or
 * cells set apart by full-width spaces under a caption) and a paragraph "（见表1）" are inserts; measure （三）
 * ends at 联防联控 and （四） goes on with the same list. A table is a line of two cells or more; a caption is
 * 表/图 + a number opening its line, with a title and no full stop ("表1　…", "附表2:…", "图3 …"), not "表1显示,…".
 * Matched on the normalized view (ASCII ( ) :); spans are [start, end) UTF-16 offsets of whole lines.
 */
import type { Span } from '../model/span.js';
import { isStageNote } from '../structure/stage-notes.js';

/** A caption: 表/图 and its number opening the line, then a gap or a colon (or nothing), no full stop on the line. */
const CAPTION = /^[ \t\u3000]*(?:附)?[表图][ \t]?(?:\d{1,2}(?:[-.]\d{1,2})?|[一二三四五六七八九十]{1,3})(?:[ \t\u3000:]|$)[^。]*$/u;
/** A cross-reference standing as its own paragraph: "(见表1)", "(详见附表2)。". */
const CROSS_REFERENCE = /^[ \t\u3000]*\((?:详)?见(?:附)?[表图][ \t]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\)[。.]?[ \t\u3000]*$/u;
/** A photo caption set between two paragraphs of the words: "▲图为县水利局局长某某回答询问", "(图为询问现场)", "上图:…". */
const PHOTO = /^[ \t\u3000]*(?:[▲▼△▽◆◇●○■□★☆•▶►][ \t\u3000]*)?\(?(?:图为|[上下左右]图(?:为|[:/])|图片(?:为|来源:))/u;
/** A Markdown table's rule under the header: |---|:--:|. */
const RULE = /^[ \t]*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*\|?[ \t]*$/u;
/** Cells set apart by spaces (under a caption; the view folds the full-width space), with no full stop: "指标　2024年　同比". */
const SPACED_CELLS = /^[^。;\s]+(?:[ \t\u3000]+[^。;\s]+)+$/u;

/** Longest cell of a row: a longer one is a sentence (a label and its words set apart by a TAB), not a cell. */
const MAX_CELL = 40;
/** What no cell holds: a sentence's stop or a clause's semicolon. */
const SENTENCE_MARK = /[。;]/u;

/** The non-empty cells of a TAB-separated or Markdown (| a | b |) row; 0 for other lines. */
function cells(line: string): number {
  const s = line.trim();
  const parts = s.includes('\t') ? s.split('\t') : s.startsWith('|') && s.endsWith('|') && s.length > 2 ? s.slice(1, -1).split('|') : null;
  if (!parts || SENTENCE_MARK.test(s)) return 0;
  let n = 0;
  for (const p of parts) {
    const cell = p.trim();
    if (cell.length > MAX_CELL) return 0;
    if (cell) n++;
  }
  return n;
}

/** True when the line (without its line break) is an insert by itself: a table row, a table's rule, a caption, a cross-reference, a photo caption or a stage note. */
export function isInsertLine(line: string): boolean {
  return cells(line) >= 2 || RULE.test(line) || CAPTION.test(line) || CROSS_REFERENCE.test(line) || PHOTO.test(line) || isStageNote(line);
}

/** What an insert line may open with (after white space), unless it holds a TAB: most lines are tested no further. */
const MAY_OPEN = new Set('|表图附([【〔▲▼△▽◆◇●○■□★☆•▶►上下左右-:');

/** The insert lines of the view's `[from, to)`, whole lines (line break excluded), in reading order. */
export function insertLines(view: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let underCaption = false; // the lines right under a caption, up to a blank line, are its table's
  // A range opening inside a line (the 答复 cell of a Q&A table's row, structure/table-rows.ts) has its words there: from the next line on.
  const lineStart = from === 0 || view[from - 1] === '\n' ? from : view.indexOf('\n', from) + 1 || to;
  for (let start = lineStart; start < to;) {
    let end = view.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = view.slice(start, end);
    const first = line.trimStart();
    if (first === '') { underCaption = false; start = end + 1; continue; }
    // (Most lines open otherwise and hold no TAB: not tested further.)
    if (!underCaption && !MAY_OPEN.has(first[0]) && !line.includes('\t')) { start = end + 1; continue; }
    if (isInsertLine(line) || (underCaption && SPACED_CELLS.test(line.trim()))) {
      out.push([start, end]);
      if (CAPTION.test(line)) underCaption = true;
    } else underCaption = false;
    start = end + 1;
  }
  return out;
}
