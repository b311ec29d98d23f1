/**
 * Views as terminal tables (cli-table3), measured in display columns: a Chinese character
 * takes two, so "市公安局局长" is 12 columns wide, not 6.
 *
 * Example: the measure "深化“府检联动”工作机制，推动行政执法与检察监督有效衔接" in a 20-column
 * cell wraps after 10 characters, by display width and not at spaces (Chinese has none), and
 * never starts a line with closing punctuation such as "，" or "”" (it takes the character
 * before it along), nor breaks a number such as "97.78%" when it fits on the next line. Every cell goes through `forTerminalLine`, so a transcript's control
 * characters never reach the terminal raw. Pure: record in, string out.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { InquiryRecord } from '../model/record.js';
import { viewRows, type Cell, type Column, type View } from './views.js';
import { forTerminalLine, paint, type ColorLevel } from './terminal.js';

export interface TableOptions {
  /** Display columns available (the terminal width); default 100. */
  width?: number;
  /** Colour level for the header row (0 = none). */
  color?: ColorLevel;
}

/** Characters that may not open a line (避头): they stay with the character before them. */
const NO_LINE_START = /^[，。、；：？！,.;:?!）)】」』》〉”’…—·%％]$/u;
/** Characters of numbers and Latin words, which are not broken when avoidable. */
const WORD = /^[A-Za-z0-9.%+\-]$/;
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Split `text` into lines of at most `width` display columns. */
export function wrapByWidth(text: string, width: number): string[] {
  const lines: string[][] = [[]];
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    let line = lines[lines.length - 1];
    if (used + w > width && line.length > 0) {
      const next: string[] = [];
      // Keep a number or Latin word whole ("97.78%", "PM2.5") when it fits on the next line.
      let k = line.length;
      if (WORD.test(segment)) while (k > 0 && WORD.test(line[k - 1])) k--;
      if (k < line.length) {
        if (k > 0 && line.length - k + 1 <= width) next.push(...line.splice(k));
      } else if (NO_LINE_START.test(segment) && line.length > 1) {
        // Carry the last character down with a closing mark, unless that would empty the line.
        next.push(line.pop()!);
      }
      lines.push(next);
      line = next;
      used = next.reduce((n, g) => n + stringWidth(g), 0);
    }
    line.push(segment);
    used += w;
  }
  return lines.map((l) => l.join(''));
}

/** One view of one record as a table; "(no rows)" when the view is empty. */
export function toTable(record: InquiryRecord, view: View, options: TableOptions = {}): string {
  const { columns: all, rows: allRows } = viewRows(record, view);
  const keep = all.map((c, i) => [c, i] as const).filter(([c]) => !c.csvOnly);
  const columns = keep.map(([c]) => c);
  if (allRows.length === 0) return `(no ${view})\n`;
  const rows = allRows.map((row) => keep.map(([, i]) => cellText(row[i])));
  const widths = planWidths(columns, rows, options.width ?? 100);
  const p = paint(options.color ?? 0);
  const table = new Table({
    head: columns.map((c, i) => wrapByWidth(c.name, widths[i]).map((l) => p.bold(l)).join('\n')),
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
    wordWrap: false,
    truncate: '',
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows) table.push(row.map((cell, i) => wrapByWidth(cell, widths[i]).join('\n')));
  return table.toString() + '\n';
}

/** Tables of several records, each under a line naming its file. */
export function toTables(records: readonly InquiryRecord[], view: View, options: TableOptions = {}): string {
  if (records.length === 1) return toTable(records[0], view, options);
  return records.map((r) => tableHeading(r) + toTable(r, view, options)).join('\n');
}

/** The line naming a record above its table. */
export function tableHeading(record: InquiryRecord): string {
  const name = forTerminalLine(record.source.name ?? '(text)');
  return `${name} — ${record.questions.length} questions, ${record.people.length} people\n`;
}

/** A line break beside Chinese text (a PDF copy's hard wrap: "有什么解决\n办法？") is no space in a cell; between Latin words it is one. */
const CJK_BREAK = /(?<=[\u2e80-\u9fff\uf900-\uffef“”‘’…—])\s*[\r\n]+\s*|\s*[\r\n]+\s*(?=[\u2e80-\u9fff\uf900-\uffef“”‘’…—])/gu;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return forTerminalLine(String(cell).replace(CJK_BREAK, '').replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Content widths: narrow columns at their natural width (capped at 24), the wide column
 * gets what is left of `total` (at least 16). Each column costs 3 more for padding and
 * border. When even that does not fit, headers wrap first (down to their cells' width),
 * then the widest columns give way, down to 4 display columns (the wide one to 6).
 */
function planWidths(columns: Column[], rows: string[][], total: number): number[] {
  const natural = columns.map((c, i) => Math.max(stringWidth(c.name), ...rows.map((r) => stringWidth(r[i])), 1));
  const widths = natural.map((n, i) => (columns[i].wide ? n : Math.min(n, 24)));
  const frame = columns.length * 3 + 1;
  const wide = columns.findIndex((c) => c.wide);
  if (wide >= 0) {
    const rest = total - frame - widths.reduce((s, w, i) => (i === wide ? s : s + w), 0);
    widths[wide] = Math.min(natural[wide], Math.max(16, rest));
  }
  // First let headers wrap (down to their cells' width), then the cells themselves.
  const cells = columns.map((_, i) => Math.max(...rows.map((r) => stringWidth(r[i])), 1));
  const floors = [
    (i: number) => Math.max(Math.min(cells[i], 24), 4),
    (i: number) => Math.min(natural[i], i === wide ? 6 : 4),
  ];
  let over = frame + widths.reduce((a, b) => a + b, 0) - total;
  for (const floor of floors) {
    for (; over > 0; over--) {
      let widest = -1;
      widths.forEach((w, i) => { if (w > floor(i) && (widest < 0 || w > widths[widest])) widest = i; });
      if (widest < 0) break;
      widths[widest]--;
    }
  }
  return widths;
}
