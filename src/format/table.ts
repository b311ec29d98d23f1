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
import { columnFloor, tableHead, viewRows, type Cell, type Column, type View } from './views.js';
import { forTerminalLine, paint, type ColorLevel } from './terminal.js';
import { counted } from './plural.js';

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
    head: columns.map((c) => p.bold(tableHead(c))), // never narrower than its column (planWidths)
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
  return `${name} — ${counted(record.questions.length, 'question')}, ${counted(record.people.length, 'person', 'people')}\n`;
}

/** A line break beside Chinese text (a PDF copy's hard wrap: "有什么解决\n办法？") is no space in a cell; between Latin words it is one. */
const CJK_BREAK = /(?<=[\u2e80-\u9fff\uf900-\uffef“”‘’…—])\s*[\r\n]+\s*|\s*[\r\n]+\s*(?=[\u2e80-\u9fff\uf900-\uffef“”‘’…—])/gu;

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return forTerminalLine(String(cell).replace(CJK_BREAK, '').replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Content widths. Narrow columns take their natural width (capped at 24) and the wide column the
 * rest, but at least half the room (or 16) when it has that much text: on 80 columns the question
 * gets 29, not 18. When that does not fit, columns give way widest first in turns (see passes),
 * each down to its floor at last: its header whole (#M, responders: a header never splits
 * mid-word) and 2 columns for a Chinese character. Below the floors (minTableWidth) the
 * table is wider than `total`; the CLI says so. Each column costs 3 more for padding and border.
 */
function planWidths(columns: Column[], rows: string[][], total: number): number[] {
  const floors = columns.map(columnFloor);
  const natural = columns.map((c, i) => Math.max(floors[i], ...rows.map((r) => stringWidth(r[i])), 1));
  const widths = natural.map((n, i) => (columns[i].wide ? n : Math.max(floors[i], Math.min(n, 24))));
  const room = total - (columns.length * 3 + 1);
  const wide = columns.findIndex((c) => c.wide);
  if (wide >= 0) {
    const rest = room - widths.reduce((s, w, i) => (i === wide ? s : s + w), 0);
    const share = Math.max(16, Math.floor(room / 2));
    widths[wide] = Math.min(natural[wide], Math.max(rest, share));
  }
  // Who gives way, in turn: narrow columns down to 8 (a short name or kind stays whole), the wide
  // one down to 16, then the narrow ones and the wide one down to their floors.
  const passes: [narrow: boolean, floor: (i: number) => number][] = [
    [true, (i) => Math.max(floors[i], Math.min(natural[i], 8))],
    [false, (i) => Math.max(floors[i], Math.min(natural[i], 16))],
    [true, (i) => floors[i]],
    [false, (i) => floors[i]],
  ];
  let over = widths.reduce((a, b) => a + b, 0) - room;
  for (const [narrow, floor] of passes) {
    for (; over > 0; over--) {
      let widest = -1;
      widths.forEach((w, i) => {
        if ((i !== wide) !== narrow || w <= floor(i)) return;
        if (widest < 0 || w > widths[widest]) widest = i;
      });
      if (widest < 0) break;
      widths[widest]--;
    }
  }
  return widths;
}
