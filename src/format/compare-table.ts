/**
 * Terminal tables for the comparison: cli-table3 with every cell pre-wrapped by display
 * width, and hanging-indent lists.
 *
 * Example: the promises table at 100 columns gives "推进综治中心规范化建设…" and its position
 * "(问题1·1.1 [295, 332))" one column each, rules between rows only when a cell wraps. A
 * narrow terminal (60 columns) shrinks the fixed columns too, so no line is wider than asked.
 */
import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { pack, width, wrap } from './compare-cells.js';

/** A column: a fixed width in display columns (padding included), or a share of what is left. */
export type Col = number | 'flex';

/** "  + text…" wrapped with a hanging indent; `mark` is one column wide (it may carry colour). */
export function hanging(mark: string, text: string, columns: number): string[] {
  return wrap(text, columns - 4).map((line, i) => (i === 0 ? `  ${mark} ` : '    ') + line);
}

/** A cli-table3 table whose cells are pre-wrapped to their column (2 columns of padding per cell). */
export function table(ch: ChalkInstance, columns: number, head: string[], cols: Col[], rows: string[][]): string {
  const borders = cols.length + 1;
  const flex = cols.filter((c) => c === 'flex').length;
  const MIN_FLEX = 10;
  let fixedCols = cols.map((c) => (c === 'flex' ? 0 : c));
  const fixed = fixedCols.reduce((s, c) => s + c, 0);
  const room = columns - borders - flex * MIN_FLEX;
  // A narrow terminal shrinks the fixed columns too (never below 6: padding plus two Han characters).
  if (fixed > room) fixedCols = fixedCols.map((c) => (c === 0 ? 0 : Math.max(6, Math.floor((c * room) / fixed))));
  const used = fixedCols.reduce((s, c) => s + c, 0);
  const share = flex ? Math.max(MIN_FLEX, Math.floor((columns - borders - used) / flex)) : 0;
  const colWidths = cols.map((c, i) => (c === 'flex' ? share : fixedCols[i]));
  const cells = rows.map((row) => row.map((cell, i) => fit(cell, colWidths[i] - 2)));
  // Rows of one line each need no rule between them.
  const compact = cells.every((row) => row.every((cell) => !cell.includes('\n')));
  const t = new Table({
    head: head.map((h) => ch.bold(h)),
    colWidths,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact },
  });
  for (const row of cells) t.push(row);
  return t.toString();
}

/** Wrap each line of a cell; colour codes around a whole line are kept around each wrapped piece. */
function fit(cell: string, columns: number): string {
  return cell.split('\n').map((line) => fitLine(line, columns)).join('\n');
}

/** Words that each fit are kept whole ("(问题7 [5123, 5129))"); Chinese, which has no spaces, wraps between characters. */
function fitLine(cell: string, columns: number): string {
  if (width(cell) <= columns) return cell;
  const open = /^(\u001b\[[0-9;]*m)+/.exec(cell)?.[0] ?? '';
  const close = /(\u001b\[[0-9;]*m)+$/.exec(cell)?.[0] ?? '';
  const plain = cell.slice(open.length, cell.length - close.length).replace(/\u001b\[[0-9;]*m/g, '');
  const words = plain.split(' ').filter((w) => w !== '');
  const lines = words.every((w) => width(w) <= columns) ? pack(words, columns) : wrap(plain, columns);
  return lines.map((l) => open + l + close).join('\n');
}
