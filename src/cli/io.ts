/**
 * What the CLI needs from the outside world, injected so tests run it in memory:
 * `main({argv, stdout, stderr})` in a test, the real process in bin/inquiry.js.
 */
import { describeFsError } from './errors.js';

export interface Writable {
  write(chunk: string): unknown;
  /** True when the stream is a terminal (colour, progress bars). */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  /** Arguments after the program name. */
  argv: string[];
  stdout: Writable;
  stderr: Writable;
  /**
   * Standard input as bytes (read only for the file name "-"): all of it, or its first `limit`
   * bytes when it holds more (bin/inquiry.js reads no further, see `readAtMost`).
   */
  stdin?: (limit?: number) => Promise<Uint8Array>;
  env?: Record<string, string | undefined>;
  /** Working directory for relative paths (default process.cwd()). */
  cwd?: string;
}

/**
 * The width to print at, in display columns: the environment's COLUMNS when set to a whole number of at least 1, as `ls`
 * and `git` read it — on a terminal and in a pipe alike (`COLUMNS=80 inquiry compare a b | less`) — else the terminal's
 * width, else undefined (the format's own default, 100, for a pipe or a file).
 */
export function outputColumns(io: Pick<CliIO, 'stdout' | 'env'>): number | undefined {
  return columnsSet(io.env) ?? io.stdout.columns;
}

/** The environment's COLUMNS when it is a whole number of at least 1, else undefined. */
export function columnsSet(env: Record<string, string | undefined> | undefined): number | undefined {
  const set = env?.COLUMNS?.trim();
  const n = set && /^\d+$/u.test(set) ? Number(set) : 0;
  return n >= 1 ? n : undefined;
}

/** Exit codes, documented in --help and README.md. */
export const EXIT = {
  /** Every input parsed. */
  OK: 0,
  /** Some inputs failed, or warnings were found with --strict. */
  SOME_FAILED: 1,
  /** Usage error, nothing could be read, or the output could not be written (standard output included). */
  USAGE: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), as a shell reports a process it interrupted. */
  INTERRUPTED: 130,
} as const;

/** The exit codes as `--help` prints them (the program's help and parse's), from EXIT so the two cannot drift. */
export const EXIT_CODES_HELP = `
Exit codes:
  ${EXIT.OK}    every input parsed
  ${EXIT.SOME_FAILED}    some inputs failed, or warnings were found with --strict
  ${EXIT.USAGE}    usage error, or nothing could be read, or the output could not be written
       (an -o file, or standard output: "inquiry: cannot write output: …")
  ${EXIT.INTERRUPTED}  interrupted (Ctrl-C)
`;

/**
 * What to do when writing standard output failed (bin/inquiry.js calls it from the stream's
 * 'error' event, for every command, --help included): the exit code, and the line to print.
 * A closed pipe (`inquiry parse … | head`) ends quietly with the code the run had so far; any
 * other failure — a full disk (`> /dev/full`: ENOSPC), EIO, EBADF, EFBIG — is one line,
 * "inquiry: cannot write output: no space left on the device", and exit 2, never a stack trace.
 */
export function stdoutFailure(error: unknown, exitSoFar = 0): { code: number; line: string | null } {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EPIPE') return { code: exitSoFar, line: null };
  return { code: EXIT.USAGE, line: `inquiry: cannot write output: ${describeFsError(error)}\n` };
}

/**
 * The first `limit` bytes of a stream, or all of it when shorter, read chunk by chunk: reading
 * stops there, so an endless pipe (`yes | inquiry parse - --max-size 1MB`) or a device ends. The
 * stream is closed when left early; the writer then gets EPIPE, as with `head`.
 */
export async function readAtMost(stream: AsyncIterable<Uint8Array>, limit = Infinity): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
