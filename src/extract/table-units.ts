/**
 * Tables with a declared unit: "主要收支情况如下（单位：亿元）：⏎项目	2023年决算	2024年预算	增减⏎一般公共预算收入	38.62	41.05	6.3%"
 * states the unit once, and each bare number of its cells is a figure in it: 38.62 → 38.62亿元, 41.05 → 41.05亿元,
 * measuring the row's head (一般公共预算收入). A cell with a unit of its own (6.3%, 2023年决算) keeps it.
 *
 * The declaration is `单位：X` or `（单位：X）`, X one unit or several (`万元、%`: the amounts in 万元, the columns headed
 * by a rate — 增长, 增减, 增幅, 占比, …率 — in %). It stands at the end of the line before the rows (a lead-in or a
 * caption: `表1　2024年区级预算收支表（单位：亿元）`) or on a line of its own just before or just after them. Rows are
 * lines cut into cells by tabs, Markdown pipes or gaps of two or more spaces (a full-width space is one space in the
 * view), or a head and numbers apart by single spaces; a Markdown rule line (|---|) belongs to the table.
 * A column headed 序号/编号/年份/年度 holds no figure of the unit; a rate column takes no unit of amount.
 * Offsets: UTF-16 code units into the view, 0-based, end-exclusive [start, end).
 */
import type { Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import { matchUnit } from './units.js';
import { readNumeral } from './numerals.js';
import { measured } from './measured.js';
import type { Reading } from './quantity-reading.js';
import { lineStartAt } from '../source/line-bounds.js';

/** One numeric cell of a table with a declared unit. */
export interface TableCell {
  /** End of the cell's number (the cell starts at the map's key). */
  end: number;
  /** The unit its number is in ("亿元", "%"), or null when the cell has its own or none applies (a rate column). */
  unit: string | null;
  /** The row's head (its first cell with a Han character), or null. */
  head: Span | null;
}

/** `单位：亿元`, `（单位：万元、%）`, `金额单位：万元`: group 1 the units (never 答复单位：…, a field). In the view: ASCII ( ) :. */
const DECLARED = /\(?[ \t]*(?<!\p{sc=Han})(?:金额|计量|货币)?单位[ \t]*:[ \t]*([^()\n:;。]{1,16}?)[ \t]*(?:\)|(?=[ \t]*(?:[:。;]|$)))/gmu;
/** What separates the units of one declaration: 万元、%, 万元/%, 万元;%. */
const UNIT_SEP = /[、,/;和及与]|\s+/u;
/** A cell that is a bare number: 38.62, 1,286, -3.2. */
export const NUMBER_CELL = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;
/** Cells of a row: tabs, Markdown pipes, or two or more spaces. */
const CELL_GAP = /\t+|\||[ ]{2,}/gu;
/** A Markdown rule: |---|:--:|. */
const RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$/u;
/** A column whose numbers are no figures of the declared unit: serial numbers, years. */
const NOT_MEASURED = /^(?:序号|编号|序|年份|年度|排名|名次)$/u;
/** A column headed by a rate or a change: its numbers are in %, never in the unit of the amounts. */
const RATE_HEAD = /率|增长|增减|增幅|增速|同比|环比|占比|比重|比例|幅度|%/u;
/** …but a change counted in the amounts' unit: 增减额, 增长量, 同比增加值. */
const AMOUNT_HEAD = /[额量数值]$/u;
const HAN = /\p{sc=Han}/u;
/** Punctuation of a sentence: a line holding it is prose, not a header row. */
const SENTENCE_MARK = /[,。:;!?、]/u;

/** The numeric cells of the tables with a declared unit in `range` of the view, by the cell's start. */
export function tableCells(view: string, range: Span): Map<number, TableCell> {
  const out = new Map<number, TableCell>();
  // (Looked for in the range only, one code unit past it for a 单位 straddling its end: an indexOf over the rest of
  // the view, for every answer of a line of megabytes, was quadratic.)
  const at = view.slice(range[0], range[1] + 1).indexOf('单位');
  if (at < 0) return out;
  const first = range[0] + at;
  DECLARED.lastIndex = Math.max(range[0], first - 4); // (金额单位, （单位)
  for (let m = DECLARED.exec(view); m && m.index < range[1]; m = DECLARED.exec(view)) {
    const units = unitsOf(m[1]);
    if (!units.length) continue;
    const lineStart = view.lastIndexOf('\n', m.index) + 1;
    const lineEnd = endOf(view, m.index);
    const alone = view.slice(lineStart, lineEnd).trim() === m[0].trim();
    let rows = rowsFrom(view, lineEnd + 1, range[1], 1);
    // "项目（单位：万元）	2023年	2024年": the declaration inside the header row, which names the columns.
    const own = alone ? null : cellsOf(view, lineStart, lineEnd);
    if (own && own.length >= 3 && rows.length) rows.unshift(own);
    if (!rows.length && alone && lineStart > range[0]) rows = rowsFrom(view, lineStart - 1, range[0], -1).reverse();
    addCells(view, rows, units, out);
  }
  return out;
}

/** The units of a declaration ("万元、%" → 万元, %), each a whole unit of the lexicon; none when one is no unit. */
function unitsOf(s: string): string[] {
  const units = s.split(UNIT_SEP).filter((u) => u !== '');
  for (const u of units) {
    if (u === '%' || u === '‰') continue;
    const found = matchUnit(u, 0);
    if (!found || found.end !== u.length) return [];
  }
  return units;
}

function endOf(view: string, at: number): number {
  const nl = view.indexOf('\n', at);
  return nl < 0 ? view.length : nl;
}

/** The cells of the line [start, end) (spans, trimmed), or null when it is no row (headed-tables.ts cuts its rows so too). */
export function cellsOf(view: string, start: number, end: number): Span[] | null {
  const line = view.slice(start, end);
  if (line.trim() === '') return null;
  const cells: Span[] = [];
  let at = 0;
  CELL_GAP.lastIndex = 0;
  for (let m = CELL_GAP.exec(line); ; m = CELL_GAP.exec(line)) {
    const stop = m ? m.index : line.length;
    const cell = trim(line, at, stop);
    if (cell[1] > cell[0]) cells.push([start + cell[0], start + cell[1]]);
    if (!m) break;
    at = m.index + m[0].length;
  }
  if (cells.length >= 2) return cells;
  // "一般公共预算收入 41.05 54.70": a head and numbers apart by single spaces (a full-width space is one in the view);
  // "项目 2023年 2024年": a header so set, three short cells or more and no punctuation of a sentence.
  const parts = line.trim().split(' ').filter((p) => p !== '');
  const numbers = parts.length >= 2 && parts.slice(1).every((p) => NUMBER_CELL.test(p));
  if (!numbers && (parts.length < 3 || SENTENCE_MARK.test(line) || parts.some((p) => p.length > 10))) return null;
  let from = start + line.indexOf(parts[0]);
  return parts.map((p) => { const s = view.indexOf(p, from); from = s + p.length; return [s, s + p.length] as Span; });
}

function trim(line: string, s: number, e: number): Span {
  while (s < e && /[\s*_]/u.test(line[s])) s++;
  while (e > s && /[\s*_]/u.test(line[e - 1])) e--;
  return [s, e];
}

/** The rows from the line at `from` on (step 1) or back from the line ending at `from` (step -1), up to `limit`. */
function rowsFrom(view: string, from: number, limit: number, step: 1 | -1): Span[][] {
  const rows: Span[][] = [];
  let at = from;
  while (step === 1 ? at < limit : at > limit) {
    const start = step === 1 ? at : lineStartAt(view, at);
    const end = step === 1 ? Math.min(limit, endOf(view, at)) : at;
    const line = view.slice(start, end).trim();
    if (line === '' && !rows.length) { at = step === 1 ? end + 1 : start - 1; continue; } // a blank line between the declaration and its table
    if (!RULE.test(line)) {
      const cells = cellsOf(view, start, end);
      if (!cells) break;
      rows.push(cells);
    }
    at = step === 1 ? end + 1 : start - 1;
  }
  return rows;
}

/** Put the numeric cells of `rows` into `out`, with the unit their column takes. */
function addCells(view: string, rows: Span[][], units: string[], out: Map<number, TableCell>): void {
  const amount = units.find((u) => u !== '%' && u !== '‰') ?? null;
  const rate = units.find((u) => u === '%' || u === '‰') ?? null;
  let header: Span[] | null = null;
  for (const cells of rows) {
    const numeric = cells.map(([s, e]) => NUMBER_CELL.test(view.slice(s, e)));
    if (!numeric.some(Boolean)) { header ??= cells; continue; } // the header row names the columns
    const headAt = cells.findIndex(([s, e]) => HAN.test(view.slice(s, e)));
    const head = headAt >= 0 ? cells[headAt] : null;
    cells.forEach(([s, e], k) => {
      if (!numeric[k]) {
        // A cell with its own unit (6.3%) measures the row's head too.
        if (head && k > headAt && /^[-−]?\d/u.test(view.slice(s, e))) out.set(s, { end: e, unit: null, head });
        return;
      }
      const title = header && header.length === cells.length ? view.slice(header[k][0], header[k][1]) : '';
      if (NOT_MEASURED.test(title) || k < headAt) return;
      const unit = RATE_HEAD.test(title) && !AMOUNT_HEAD.test(title) ? rate : amount ?? rate;
      out.set(s, { end: e, unit, head });
    });
  }
}

/**
 * The reading of the cell number at `start` in its declared unit: "38.62" under 亿元 → 3862000000 元 (money), the span
 * the cell's digits (a minus sign included, the value negative). Null when the cell takes no unit.
 */
export function cellReading(view: string, start: number, cell: TableCell): Reading | null {
  if (cell.unit === null) return null;
  const written = view.slice(start, cell.end);
  const sign = /^[-−]/u.test(written) ? 1 : 0;
  const digits = written.slice(sign).replace(/,/g, '');
  const local = digits + cell.unit; // the number written with its unit, read as the text would be
  const n = readNumeral(local, 0);
  if (!n || n.end < digits.length) return null; // (亿 of 亿元 may join the numeral: 38.62亿 + 元)
  const r = measured(local, n, local.slice(0, n.end));
  if (!r || r.span[0] !== 0 || r.span[1] !== local.length) return null;
  const value = r.value === null ? null : sign ? -r.value : r.value;
  return { ...r, value, span: [start, cell.end], numeral: [start, cell.end], subject: cell.head };
}

/**
 * Put the figures of the tables with a declared unit in `range` into `out` (the quantities read there, in reading
 * order): a bare cell number in its unit replaces what was read from it (nothing, or a bare 1286 of kind other); a cell
 * with its own unit (6.3%) is kept, its row's head its indicator when it has none. `exclude`: spans that hold no figure.
 * Returns the cells read, by their start (headed-tables.ts leaves them be).
 */
export function addTableFigures(pair: { text: string; view: string }, range: Span, exclude: Span[], out: Quantity[]): ReadonlyMap<number, TableCell> {
  const cells = tableCells(pair.view, range);
  if (!cells.size) return cells;
  const headText = (c: TableCell) => (c.head ? pair.text.slice(c.head[0], c.head[1]) : null);
  for (const [start, cell] of cells) {
    if (start < range[0] || cell.end > range[1] || exclude.some((x) => x[0] < cell.end && start < x[1])) continue;
    const within = out.findIndex((q) => q.span[0] >= start && q.span[1] <= cell.end);
    const r = cellReading(pair.view, start, cell);
    if (!r) {
      if (within >= 0 && out[within].indicator === null && out[within].kind !== 'year') out[within].indicator = headText(cell);
      continue;
    }
    if (within >= 0) out.splice(within, 1);
    const q: Quantity = { text: pair.text.slice(start, cell.end), value: r.value, unit: r.unit, kind: r.kind, indicator: headText(cell), approximate: r.approximate, qualifier: r.qualifier, range: r.range, direction: null, span: [start, cell.end] };
    let at = out.length;
    while (at > 0 && out[at - 1].span[0] > start) at--;
    out.splice(at, 0, q);
  }
  return cells;
}
