/**
 * What the CLI needs from the outside world, injected so tests run it in memory:
 * `main({argv, stdout, stderr})` in a test, the real process in bin/inquiry.js.
 */
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
  /** Standard input as bytes (read only for the file name "-"). */
  stdin?: () => Promise<Uint8Array>;
  env?: Record<string, string | undefined>;
  /** Working directory for relative paths (default process.cwd()). */
  cwd?: string;
}

/** Exit codes, documented in --help and README.md. */
export const EXIT = {
  /** Every input parsed. */
  OK: 0,
  /** Some inputs failed, or warnings were found with --strict. */
  SOME_FAILED: 1,
  /** Usage error, or nothing could be read. */
  USAGE: 2,
} as const;
