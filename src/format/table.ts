/**
 * Views as terminal tables (cli-table3), measured in display columns: a Chinese character
 * takes two, so "市公安局局长" is 12 columns wide, not 6.
 *
 * Example: the measure "深化“府检联动”工作机制，推动行政执法与检察监督有效衔接" in a 20-column
 * cell wraps after 10 characters, by display width and not at spaces (Chinese has none), and
 * never starts a line with closing punctuation such as "，" or "”" (it takes the character
 * before it along), nor breaks a number such as "97.78%" when it fits on the next line. Every cell goes through `forTerminalLine`, so a transcript's control
 * characters never reach the terminal raw. At 57 columns a questions table with no labels leaves out the label and
 * #Q columns so that the question keeps half the width (fitColumns). Pure: record in, string out.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';
import type { InquiryRecord } from '../model/record.js';
import { columnFloor, minTableWidth, tableHead, viewRows, type Cell, type Column, type View } from './views.js';
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
/** What parts the words of a short cell: 王某、李某 (names), asker,responder (roles), spaces. */
const SEPARATOR = /^[、，,；;\s]$/u;
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const widthOf = (gs: readonly string[]) => gs.reduce((n, g) => n + stringWidth(g), 0);

/**
 * Split `text` into lines of at most `width` display columns. With `words` (a narrow column's short cells), a name or
 * an office is a word too, broken only between words ("王某某、" / "李某某") unless it is wider than the column.
 */
export function wrapByWidth(text: string, width: number, words = false): string[] {
  // With words every character but a separator or a closing mark is in a word; the dot and % of 97.78% always are.
  const inWord = words ? (g: string) => !SEPARATOR.test(g) && (WORD.test(g) || !NO_LINE_START.test(g)) : (g: string) => WORD.test(g);
  const lines: string[][] = [[]];
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    let line = lines[lines.length - 1];
    if (used + w > width && line.length > 0) {
      const next: string[] = [];
      // Keep a number or Latin word (with words, any word) whole ("97.78%", "PM2.5") when it fits on the next line.
      let k = line.length;
      if (inWord(segment)) while (k > 0 && inWord(line[k - 1])) k--;
      // A word too wide to move whole (化解率97.78%) still keeps its figure whole.
      if (words && (k === 0 || widthOf(line.slice(k)) + w > width) && WORD.test(segment)) {
        k = line.length;
        while (k > 0 && WORD.test(line[k - 1])) k--;
      }
      if (k < line.length) {
        if (k > 0 && widthOf(line.slice(k)) + w <= width) next.push(...line.splice(k));
      } else if (NO_LINE_START.test(segment) && line.length > 1) {
        // Carry the last character down with a closing mark (with words, the word before it when that fits), unless
        // that would empty the line.
        let j = line.length - 1;
        if (words) while (j > 0 && inWord(line[j - 1])) j--;
        if (j === 0 || widthOf(line.slice(j)) + w > width) j = line.length - 1;
        next.push(...line.splice(j));
      }
      lines.push(next);
      line = next;
      used = widthOf(next);
    }
    line.push(segment);
    used += w;
  }
  return lines.map((l) => l.join(''));
}

/** The widest word of a short cell with the mark after it ("王某、", "responder"): what a narrow column keeps whole. */
export function widestWord(cell: string): number {
  let widest = 0;
  for (const m of cell.matchAll(/[^、，,；;\s]+[、，,；;]?/gu)) widest = Math.max(widest, stringWidth(m[0]));
  return widest;
}

/** One view of one record as a table; "(no rows)" when the view is empty. */
export function toTable(record: InquiryRecord, view: View, options: TableOptions = {}): string {
  const { columns: all, rows: allRows } = viewRows(record, view);
  if (allRows.length === 0) return `(no ${view})\n`;
  const texts = allRows.map((row) => row.map((cell, i) => cellText(cell, all[i])));
  // Below the view's least width (headers whole, the wide column half) the table is printed at it; the CLI says so.
  const { keep, widths } = fitColumns(all, texts, Math.max(options.width ?? 100, minTableWidth(view)));
  const columns = keep.map((i) => all[i]);
  const rows = texts.map((row) => keep.map((i) => row[i]));
  const p = paint(options.color ?? 0);
  const table = new Table({
    head: columns.map((c) => p.bold(tableHead(c))), // never narrower than its column (planWidths)
    colWidths: widths.map((w) => w + 2),
    colAligns: columns.map((c) => (c.numeric ? 'right' : 'left')),
    wordWrap: false,
    truncate: '',
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows) table.push(row.map((cell, i) => wrapByWidth(cell, widths[i], !columns[i].wide).join('\n')));
  return table.toString() + '\n';
}

/**
 * The columns a table shows and their widths. A column empty in every row (no labels) is left out; then, while the
 * wide column gets less than half the room (or all it needs) or a short word (a name, 10 columns at most) would
 * break, the columns marked `drop` are left out in their order (views.ts), and the widths planned again.
 */
export function fitColumns(all: readonly Column[], rows: readonly string[][], total: number): { keep: number[]; widths: number[] } {
  let keep = all.flatMap((c, i) => (c.csvOnly || (!c.wide && rows.every((r) => r[i] === '')) ? [] : [i]));
  for (;;) {
    const columns = keep.map((i) => all[i]);
    const cells = rows.map((r) => keep.map((i) => r[i]));
    const widths = planWidths(columns, cells, total);
    const next = keep.filter((i) => all[i].drop !== undefined).sort((a, b) => all[a].drop! - all[b].drop!)[0];
    if (next === undefined) return { keep, widths };
    const room = total - (columns.length * 3 + 1);
    const wide = columns.findIndex((c) => c.wide);
    const natural = Math.max(columnFloor(columns[wide]), ...cells.map((r) => stringWidth(r[wide])));
    const halfMet = widths[wide] >= Math.min(natural, Math.floor(room / 2));
    const wordsWhole = columns.every((c, k) => c.wide || cells.every((r) => widestWord(r[k]) > SHORT_WORD || widestWord(r[k]) <= widths[k]));
    if (halfMet && wordsWhole) return { keep, widths };
    keep = keep.filter((i) => i !== next);
  }
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

function cellText(cell: Cell, column: Column): string {
  if (cell === null) return '';
  if (column.short && typeof cell === 'string' && Object.hasOwn(column.short, cell)) return column.short[cell];
  return forTerminalLine(String(cell).replace(CJK_BREAK, '').replace(/\s*[\r\n]+\s*/g, ' '));
}

/** A word at most this wide (a name, a role: 欧阳某某, responder) is kept whole while columns of longer ones (offices) give way. */
const SHORT_WORD = 10;

/**
 * Content widths, from each column's natural width (its widest cell; a narrow column capped at 24), its words and its
 * floor. When the natural widths do not fit, columns give way widest first in turns (see passes): narrow ones down to
 * their widest word (cells wrap between words, nothing breaks), the wide one down to half the room (README: it gets
 * at least half), narrow ones with long words down to their floors (an office such as 麒麟区人大常委会 breaks before a
 * name or `responder`), then everything down to its floor: its header whole (#M, who: a header never splits mid-word)
 * and 2 columns for a Chinese character. Below the floors (minTableWidth) the table is wider than `total`; the CLI
 * says so. Each column costs 3 more for padding and border.
 */
function planWidths(columns: Column[], rows: string[][], total: number): number[] {
  const floors = columns.map(columnFloor);
  const natural = columns.map((c, i) => Math.max(floors[i], ...rows.map((r) => stringWidth(r[i])), 1));
  const word = columns.map((c, i) => Math.max(floors[i], Math.min(24, Math.max(0, ...rows.map((r) => widestWord(r[i]))))));
  const widths = natural.map((n, i) => (columns[i].wide ? n : Math.max(floors[i], Math.min(n, 24))));
  const room = total - (columns.length * 3 + 1);
  const wide = columns.findIndex((c) => c.wide);
  const half = Math.floor(room / 2);
  const passes: [narrow: boolean, floor: (i: number) => number][] = [
    [true, (i) => word[i]],
    [false, (i) => Math.max(floors[i], Math.min(natural[i], half))],
    [true, (i) => (word[i] > SHORT_WORD ? floors[i] : word[i])],
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
