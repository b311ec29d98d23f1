/**
 * Cell text for the compare formatters: transcript text made safe to print, wrapped by
 * display width (the wrapping and escaping of terminal.ts and table.ts, shared).
 *
 * Example: "推进综治中心规范化建设" in a 12-column cell wraps as "推进综治中心" / "规范化建设"
 * (each Han character is two columns wide; Chinese has no spaces to wrap at). A control
 * character from a transcript ("\u001b[2J", a bidi override U+202E) is never printed raw:
 * it is shown as its escape ("\u001b"), so a hostile transcript cannot drive the terminal.
 */
import stringWidth from 'string-width';
import { forTerminalLine } from './terminal.js';
import { wrapByWidth } from './table.js';

/** One line of safe text: line breaks and tabs become one space, other controls their \uXXXX escape. */
export function safe(text: string | null | undefined): string {
  if (text == null) return '';
  return forTerminalLine(text.replace(/[\t\r\n\u2028\u2029]+/g, ' '));
}

export function width(text: string): number {
  return stringWidth(text);
}

/** Break safe text into lines of at most `columns` display columns, between characters (any script). */
export function wrap(text: string, columns: number): string[] {
  return wrapByWidth(text, Math.max(2, columns)).map((l) => l.trimEnd());
}

/** Words packed into lines of at most `columns`, separated by one space; a word is never split unless it alone is too wide. */
export function pack(words: readonly string[], columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && stringWidth(next) > columns) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Spans as [start, end) so a reader can find the place: "[356, 370)". */
export function spanText(span: readonly [number, number]): string {
  return `[${span[0]}, ${span[1]})`;
}

/** A number for people: at most `digits` decimals, no trailing zeros. */
export function num(x: number, digits = 2): string {
  return String(Number(x.toFixed(digits)));
}
