/**
 * Plain-text tables with no declared unit whose header row names the columns:
 * "类别　　问题个数　已整改　整改率⏎预算管理　　86　　82　　95.3%⏎专项资金　　71　　65　　91.5%" read in an answer.
 * Each figure of a row measures what its column is headed by: 86 → 问题个数, 82 → 已整改, 95.3% → 整改率. A bare cell
 * number stays bare (kind other, unit null: the header names a measure, not a unit — 问题个数 is no 个 to invent), and
 * every bare cell comes out, whatever its size (86 as 213 does). A column headed by a time or a period (2023年, 上半年,
 * 同期, 本年) or by plan and outcome (计划, 完成, 目标, 实际) measures the row's label instead ("管网改造 48公里 42.5公里"
 * under "项目 计划 完成"); a column of serial numbers or years (序号, 年份) holds no figure. A unit in brackets after a
 * column's or a row's name is declared, not invented: "新改建里程（公里） 126 158" → 126 公里, indicator 新改建里程
 * (the column's unit first). Tables that declare their unit on a line of its own are read by table-units.ts.
 * Rows are lines cut into cells as table-units.ts cuts them: tabs, pipes, gaps of two or more spaces, or single spaces
 * between a head and numbers; the header may be set with single spaces between its names.
 * Offsets: UTF-16 code units into the view (the text has the same length), 0-based, end-exclusive [start, end).
 */
import type { Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import { bare, type Reading } from './quantity-reading.js';
import { readNumeral } from './numerals.js';
import { cellsOf, cellReading, NUMBER_CELL } from './table-units.js';
import { matchUnit } from './units.js';

/** A cell holding a figure: a bare number (86, 1,286, -3.2) or a number with its own unit or sign (95.3%, 12个, 3.5万元). */
const FIGURE_CELL = /^[-−]?\d/u;
/** A cell standing for no figure in a row of figures: a dash or a slash. */
const EMPTY_CELL = /^[-−—–/]{1,2}$/u;
const HAN = /\p{sc=Han}/u;
const SIGN = /^[-−]/u;
/** Punctuation of a sentence: a line holding it is prose, not a header. */
const SENTENCE_MARK = /[,。:;!?、]/u;
/** A column whose numbers are no figures: serial numbers, years, ranks. */
const NOT_MEASURED = /^(?:序号|编号|序|年份|年度|排名|名次)$/u;
/** A column of years, whose cells label their rows ("年度⏎2023"), and such a cell: a year in digits, 年 after it or not. */
const YEAR_COLUMN = /^(?:年份|年度|年)$/u;
const YEAR_CELL = /^(?:19|20)\d\d年?$/u;
/** A column headed by a time or a period: its figures measure the row's label ("2023年", "上半年", "同期", "本年度"). */
const TIME_HEAD = /^(?:\d{2,4}\s*年|\d{1,2}\s*月|[一二三四1-4]\s*季度|(?:上|下)半年|全年|本(?:年|期|月)|上(?:年|期)|同期|去年|今年|前年)/u;
/** A column of plan and outcome (计划, 完成, 目标任务, 实际完成): its figures measure the row's label, as a time column's do. */
const PLAN_HEAD = /^(?:计划|完成|目标|实际|预计|预期|任务|规划|目标任务|实际完成|计划完成|已完成)(?:数|值)?$/u;
/** A name with its unit in brackets (view: ASCII brackets): "新改建里程(公里)", "危桥改造(座)"; group 1 the name, 2 the unit. */
const BRACKET_UNIT = /^(.*?\p{sc=Han}.*?)\s*\(([^()]{1,6})\)$/u;
/** Lines with a space, a tab or a pipe inside: the only lines a row can be (a cheap gate before cutting). */
const MAY_BE_ROW = /[ \t|]/u;
/** A header cut by tabs or pipes keeps its cells; one cut by spaces may be cut at every space (WORD: a run between). */
const CUT_BY_MARK = /[\t|]/u;
const WORD = /[^ \t|]+/gu;
/** The fewest rows of figures under a header that make a table. */
const MIN_ROWS = 2;

/** One figure cell of a headed table, by its span, with what it measures. */
export interface HeadedCell {
  span: Span;
  /** The cell is a bare number (no unit of its own). */
  bare: boolean;
  /** The column's header, or the row's label under a time or plan column (a unit in brackets left out): the indicator; null for a row's year. */
  indicator: Span | null;
  /** The unit in brackets after the column's name or else the row's, or null: a bare number is in it. */
  unit: string | null;
}

/** The figure cells of the headed tables in `range` of the view (tables without a declared unit). */
export function headedTableCells(view: string, range: Span): HeadedCell[] {
  const out: HeadedCell[] = [];
  let header: Span[] | null = null;
  let rows: [Span[], number][] = [];
  const flush = () => {
    if (header && rows.length >= MIN_ROWS) for (const [row, label] of rows) addRow(view, header, row, label, out);
    header = null;
    rows = [];
  };
  for (let at = range[0]; at < range[1];) {
    const nl = view.indexOf('\n', at);
    const end = nl < 0 || nl > range[1] ? range[1] : nl;
    const line = view.slice(at, end);
    const cells = MAY_BE_ROW.test(line.trim()) ? cellsOf(view, at, end) : null;
    const label = cells && header ? labelOf(view, cells, header) : -1;
    if (label >= 0) rows.push([cells!, label]);
    else {
      flush();
      if (cells) header = headerOf(view, at, line, cells);
    }
    at = end + 1;
  }
  flush();
  return out;
}

/**
 * Where the label of a row of figures under `header` stands: its first cell with a Han character ("预算管理", "2023年"),
 * only serial numbers before it (序号); after it figures (or dashes) only, one cell a column. -1 when the line is no such row.
 */
function labelOf(view: string, cells: Span[], header: Span[]): number {
  if (cells.length !== header.length) return -1;
  let label = cells.findIndex(([s, e]) => HAN.test(view.slice(s, e)));
  // "2023    120    126": a row labelled by a bare year under a year column (年度, 年份) opens with its label.
  if (label < 0 && YEAR_CELL.test(view.slice(cells[0][0], cells[0][1])) && YEAR_COLUMN.test(view.slice(header[0][0], header[0][1]))) label = 0;
  if (label < 0) return -1;
  for (let k = 0; k < label; k++) if (!NOT_MEASURED.test(view.slice(header[k][0], header[k][1]))) return -1;
  let figures = 0;
  for (let k = label + 1; k < cells.length; k++) {
    const cell = view.slice(cells[k][0], cells[k][1]);
    if (FIGURE_CELL.test(cell)) figures++;
    else if (!EMPTY_CELL.test(cell)) return -1;
  }
  return figures > 0 ? label : -1;
}

/**
 * The header's cells when `line` (starting at `start`) names columns: three names or more, each with a Han character
 * ("2023年" names a column, "86" does not), no sentence punctuation. Its names may stand apart by single spaces where the rows have wider gaps ("类别  问题个数 已整改 整改率"):
 * then every space cuts.
 */
function headerOf(view: string, start: number, line: string, cells: Span[]): Span[] | null {
  if (SENTENCE_MARK.test(line)) return null;
  let names = cells;
  if (!CUT_BY_MARK.test(line)) {
    const words: Span[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(line); m; m = WORD.exec(line)) words.push([start + m.index, start + m.index + m[0].length]);
    if (words.length > cells.length) names = words;
  }
  if (names.length < 3 || names.some(([s, e]) => !HAN.test(view.slice(s, e)) || e - s > 12)) return null;
  return names;
}

/** Put the figure cells of `row` (its label at `label`) into `out`, each with its column's header (or the row's label under a time or plan column). */
function addRow(view: string, header: Span[], row: Span[], label: number, out: HeadedCell[]): void {
  const rowName = named(view, row[label]);
  // A bare year labelling the row (2023 under 年度) is the row's year, read as 2023年 would be (no indicator).
  const yearLabel = view.slice(row[label][0], row[label][1]);
  if (/^\d+$/u.test(yearLabel) && YEAR_CELL.test(yearLabel)) out.push({ span: row[label], bare: true, indicator: null, unit: '年' });
  for (let k = label + 1; k < row.length; k++) {
    const cell = view.slice(row[k][0], row[k][1]);
    if (!FIGURE_CELL.test(cell)) continue;
    const column = named(view, header[k]);
    const title = view.slice(...column.name);
    if (NOT_MEASURED.test(title)) continue;
    const byRow = TIME_HEAD.test(title) || PLAN_HEAD.test(title);
    out.push({ span: row[k], bare: NUMBER_CELL.test(cell), indicator: byRow ? rowName.name : column.name, unit: column.unit ?? rowName.unit });
  }
}

/** A column's or a row's name without the unit in brackets after it, and that unit (a whole unit of the lexicon, or %). */
function named(view: string, cell: Span): { name: Span; unit: string | null } {
  const m = BRACKET_UNIT.exec(view.slice(cell[0], cell[1]));
  if (!m) return { name: cell, unit: null };
  const unit = m[2].trim();
  const found = unit === '%' || unit === '‰' ? unit.length : matchUnit(unit, 0)?.end;
  return found === unit.length ? { name: [cell[0], cell[0] + m[1].length], unit } : { name: cell, unit: null };
}

/**
 * Put the figures of the headed tables in `range` into `out` (the quantities read there, in reading order): a bare cell
 * number comes out in place of what was read from it, with its indicator, in the unit its column or row declares in
 * brackets or else bare (kind other, unit null); a figure read
 * within a cell with its own unit (95.3%) takes the column's header as indicator. `skip`: cell starts a table with a
 * declared unit already read (table-units.ts); `exclude`: spans that hold no figure.
 */
export function addHeadedTableFigures(pair: { text: string; view: string }, range: Span, exclude: Span[], skip: ReadonlyMap<number, unknown>, out: Quantity[]): void {
  const cells = headedTableCells(pair.view, range);
  for (const c of cells) {
    const [start, end] = c.span;
    if (skip.has(start) || exclude.some((x) => x[0] < end && start < x[1])) continue;
    const indicator = c.indicator ? pair.text.slice(c.indicator[0], c.indicator[1]) : null;
    const within = out.findIndex((q) => q.span[0] >= start && q.span[1] <= end);
    if (!c.bare) {
      if (within >= 0 && out[within].kind !== 'year') out[within].indicator = indicator;
      continue;
    }
    const r = c.unit ? cellReading(pair.view, start, { end, unit: c.unit, head: null }) : bareCell(pair.view, start, end);
    if (!r) continue;
    if (within >= 0) out.splice(within, 1);
    const q: Quantity = { text: pair.text.slice(start, end), value: r.value, unit: r.unit, kind: r.kind, indicator, approximate: r.approximate, qualifier: r.qualifier, range: r.range, direction: null, span: [start, end] };
    let at = out.length;
    while (at > 0 && out[at - 1].span[0] > start) at--;
    out.splice(at, 0, q);
  }
}

/** A bare cell number read as written (kind other, unit null): "86", "1,286", "-3.2"; null when it is no number. */
function bareCell(view: string, start: number, end: number): Reading | null {
  const written = view.slice(start, end);
  const sign = SIGN.test(written) ? 1 : 0;
  const digits = written.slice(sign).replace(/,/g, '');
  const n = readNumeral(digits, 0);
  if (!n || n.end !== digits.length) return null;
  return bare(start, end, sign ? -n.value : n.value);
}
