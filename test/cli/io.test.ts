import { describe, expect, it } from 'vitest';
import { outputColumns, readAtMost, stdoutFailure } from '../../src/cli/io.js';

/** A stream of `chunks` chunks of `size` bytes (endless when `chunks` is Infinity), counting those handed out and whether it was closed. */
function stream(size: number, chunks: number) {
  const s = {
    given: 0,
    closed: false,
    async *[Symbol.asyncIterator]() {
      try {
        for (let i = 0; i < chunks; i++) { s.given++; yield new Uint8Array(size).fill(i % 256); }
      } finally {
        s.closed = true;
      }
    },
  };
  return s;
}

describe('[io] readAtMost: a stream read no further than a limit', () => {
  it.each([
    // chunk size, chunks, limit → bytes returned, chunks read
    [100, 3, undefined, 300, 3],
    [100, 3, 1000, 300, 3],
    [100, 3, 300, 300, 3],
    [100, 3, 250, 250, 3],
    [100, 3, 101, 101, 2],
    [100, Infinity, 1025, 1025, 11],
    [100, 0, 10, 0, 0],
  ])('%d-byte chunks ×%d, limit %s → %d bytes after %d chunks', async (size, chunks, limit, length, read) => {
    const s = stream(size, chunks);
    const bytes = await readAtMost(s, limit);
    expect([bytes.length, s.given, s.closed]).toEqual([length, read, true]);
  });

  it('keeps the bytes in order across chunks, cutting the last at the limit', async () => {
    const bytes = await readAtMost(stream(2, Infinity), 5);
    expect([...bytes]).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('[io] stdoutFailure: standard output that cannot be written', () => {
  const err = (code: string, message = `${code}: failed, write`) => Object.assign(new Error(message), { code });
  it.each([
    // error code, exit code so far → exit code, line
    ['ENOSPC', 0, 2, 'inquiry: cannot write output: no space left on the device\n'],
    ['EIO', 0, 2, 'inquiry: cannot write output: input/output error\n'],
    ['EBADF', 1, 2, 'inquiry: cannot write output: the file descriptor is not open for writing\n'],
    ['EFBIG', 0, 2, 'inquiry: cannot write output: the file is too large (a file size limit was reached)\n'],
    ['EAGAIN', 0, 2, 'inquiry: cannot write output: EAGAIN: failed, write\n'],
  ])('%s (exit so far %d) → exit %d, one line', (code, before, exit, line) => {
    expect(stdoutFailure(err(code), before)).toEqual({ code: exit, line });
  });

  it.each([[0], [1], [2]])('EPIPE (| head) ends quietly with the exit code so far, %d', (before) => {
    expect(stdoutFailure(err('EPIPE'), before)).toEqual({ code: before, line: null });
  });
});

describe('[io] outputColumns: COLUMNS when set, as ls and git read it, else the terminal\'s width', () => {
  it.each<[string, string | undefined, number | undefined, number | undefined]>([
    ['a pipe, COLUMNS set', '80', undefined, 80],
    ['a terminal, COLUMNS set: COLUMNS', '120', 200, 120],
    ['a terminal, no COLUMNS: its width', undefined, 132, 132],
    ['a pipe, no COLUMNS: the format\'s default', undefined, undefined, undefined],
    // near-misses: not a whole number of at least 1
    ['COLUMNS empty', '', 132, 132],
    ['COLUMNS 0', '0', 132, 132],
    ['COLUMNS not a number', 'wide', undefined, undefined],
    ['COLUMNS with a fraction', '80.5', 132, 132],
  ])('%s', (_name, env, columns, want) => {
    expect(outputColumns({ stdout: { write: () => true, columns }, env: env === undefined ? {} : { COLUMNS: env } })).toBe(want);
  });
});
