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
  /**
   * Standard input as bytes (read only for the file name "-"): all of it, or its first `limit`
   * bytes when it holds more (bin/inquiry.js reads no further, see `readAtMost`).
   */
  stdin?: (limit?: number) => Promise<Uint8Array>;
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
