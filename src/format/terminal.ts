/**
 * Safe printing to a terminal, and colour that follows NO_COLOR, FORCE_COLOR and TTY.
 *
 * Example: a transcript line "市公安局<ESC>]0;pwned<BEL>表示" holds an escape sequence that
 * would retitle the window; `forTerminal` prints the ESC as the six visible characters
 * `\u001b` (and BEL as `\u0007`), so nothing from a transcript reaches a terminal raw.
 * Escaped: C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F: U+009B is
 * a one-byte CSI for some terminals, U+0085 a next-line), the line and paragraph separators
 * U+2028/U+2029 (some terminals break a table's row there), and the bidirectional controls
 * (overrides U+202A–U+202E, isolates U+2066–U+2069, marks U+200E/U+200F/U+061C) that can
 * make a line read backwards. chalk alone ignores NO_COLOR, so the
 * colour level is decided here and handed to chalk.
 */
import { Chalk, type ChalkInstance } from 'chalk';

// Matches every character a terminal could act on rather than show.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');

/** Text for a terminal: unsafe characters become `\uXXXX`; tab and newline stay. */
export function forTerminal(s: string): string {
  return s.replace(UNSAFE, escapeChar);
}

/** One line for a terminal (file names, table cells): newlines and tabs escaped as well. */
export function forTerminalLine(s: string): string {
  return s.replace(UNSAFE_OR_NEWLINE, escapeChar);
}

/** True when `s` holds a character `forTerminal` would escape. */
export function hasUnsafe(s: string): boolean {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(s);
}

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour level for a stream: NO_COLOR (any non-empty value) turns colour off; FORCE_COLOR
 * turns it on ("0"/"false" off, "2"/"3" for 256 colours / truecolor, anything else basic);
 * otherwise colour only on a TTY, and never for TERM=dumb.
 */
export function colorLevel(env: Record<string, string | undefined>, isTTY: boolean | undefined): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

/** The few styles the CLI uses; all identity functions at level 0. */
export interface Paint {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
}

export function paint(level: ColorLevel): Paint {
  const c: ChalkInstance = new Chalk({ level });
  return { bold: (s) => c.bold(s), dim: (s) => c.dim(s), red: (s) => c.red(s), yellow: (s) => c.yellow(s), cyan: (s) => c.cyan(s) };
}
