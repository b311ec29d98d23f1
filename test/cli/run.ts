/**
 * Runs the CLI in memory for tests: `run(['parse', 'a.txt'], {cwd})` → {code, out, err}.
 * Example: `await run(['parse', '-', '--format', 'json'], {stdin: '问题一：…'})`.
 */
import { main } from '../../src/cli/main.js';

export interface RunOptions {
  cwd?: string;
  /** Standard input: its bytes, or the function the CLI calls with a limit (an endless stream, see io.readAtMost). */
  stdin?: string | Uint8Array | ((limit?: number) => Promise<Uint8Array>);
  env?: Record<string, string>;
  /** stdout / stderr claim to be terminals. */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  columns?: number;
}

/** `cli` is the CLI to run: src/ by default, or the built one (`dist/cli/main.js`). */
export async function run(argv: string[], options: RunOptions = {}, cli: typeof main = main): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdin = options.stdin;
  const code = await cli({
    argv,
    stdout: { write: (s: string) => { out += s; }, isTTY: options.stdoutTTY, columns: options.columns },
    stderr: { write: (s: string) => { err += s; }, isTTY: options.stderrTTY, columns: options.columns },
    // As bin/inquiry.js reads it: no more than the limit the CLI asks for.
    stdin: stdin === undefined ? undefined : typeof stdin === 'function' ? stdin
      : async (limit = Infinity) => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin).subarray(0, limit),
    env: options.env ?? {},
    cwd: options.cwd,
  });
  return { code, out, err };
}
