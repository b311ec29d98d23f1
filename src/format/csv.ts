/**
 * Views as CSV (RFC 4180), for spreadsheets.
 *
 * Example: the measure 一是"提升科学民主依法决策水平",并… becomes the field
 * `"一是""提升…"",并…"`: a field holding a comma, a double quote, CR or LF is quoted and
 * its quotes doubled; records end with CRLF. The output starts with a UTF-8 byte-order
 * mark (U+FEFF) so that spreadsheet programs read the Chinese as UTF-8 rather than the
 * local code page. A text field that begins with = + - @ (or tab/CR) gets a leading "'"
 * so that a spreadsheet never runs it as a formula (a transcript is untrusted text).
 * A first column `file` names the transcript, so many records make one sheet.
 */
import type { InquiryRecord } from '../model/record.js';
import { viewRows, type Cell, type View } from './views.js';

export const CSV_BOM = '\uFEFF';

/** One field, quoted when it must be. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let s = cell;
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** The header line of a view (with the leading `file` column), BOM not included. */
export function csvHeader(view: View): string {
  const { columns } = viewRows(EMPTY, view);
  return csvLine(['file', ...columns.map((c) => c.name)]);
}

/** The data lines of one record (no header). */
export function csvRows(record: InquiryRecord, view: View): string {
  return viewRows(record, view).rows.map((row) => csvLine([record.source.name, ...row])).join('');
}

/** A whole CSV document: BOM, header, the rows of every record. */
export function toCsv(records: readonly InquiryRecord[], view: View): string {
  return CSV_BOM + csvHeader(view) + records.map((r) => csvRows(r, view)).join('');
}

const EMPTY = {
  people: [], questions: [], warnings: [],
  session: { quantities: [], formulations: [] },
  source: { name: null },
} as unknown as InquiryRecord;
