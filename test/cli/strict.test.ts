/**
 * --strict and parser bugs, with the parser replaced by a fake so the warnings are known.
 * Example: a record with a `stated-count-mismatch` warning makes `--strict` exit 1.
 */
import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRecord } from './sample.js';
import { run } from './run.js';

// The CLI calls parse from the pipeline module directly (it never loads the whole index).
vi.mock('../../src/pipeline.js', async (original) => {
  const actual = await original<typeof import('../../src/pipeline.js')>();
  return {
    ...actual,
    parse: (text: string, options: { name?: string }) => {
      if (text.includes('崩溃')) throw new TypeError('Cannot read properties of undefined\n    at build (build.ts:1:1)');
      const record = sampleRecord(options.name ?? null);
      if (text.includes('警告')) {
        record.warnings = [
          { code: 'stated-count-mismatch', message: '从三方面 but 2 items', span: [0, 2] },
          { code: 'name-not-found', message: '市某局负责人', span: null },
          { code: 'stated-count-mismatch', message: '五项举措 but 4 items', span: [3, 4] },
        ];
      }
      return record;
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'inquiry-strict-'));
writeFileSync(join(dir, 'clean.txt'), '问题一：干净');
writeFileSync(join(dir, 'warned.txt'), '问题一：警告');
writeFileSync(join(dir, 'crash.txt'), '问题一：崩溃');

describe('[cli] --strict', () => {
  it.each([
    [['clean.txt'], [], 0],
    [['warned.txt'], [], 0],
    [['clean.txt'], ['--strict'], 0],
    [['warned.txt'], ['--strict'], 1],
    [['clean.txt', 'warned.txt'], ['--strict'], 1],
  ])('%j %j → exit %d', async (files, extra, code) => {
    const r = await run(['parse', ...files, '--format', 'jsonl', ...extra], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.out.trim().split('\n')).toHaveLength(files.length);
    if (code === 1) expect(r.err).toBe('inquiry: warned.txt: 3 warnings (stated-count-mismatch, name-not-found), --strict\n');
  });
});

describe('[cli] a parser bug is one line for that file, not a crash', () => {
  it('reports the file, keeps the others, exit 1', async () => {
    const r = await run(['parse', 'clean.txt', 'crash.txt', '--format', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toBe('inquiry: crash.txt: internal error while parsing: Cannot read properties of undefined\n');
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('exit 2 when it was the only input', async () => {
    const r = await run(['parse', 'crash.txt'], { cwd: dir });
    expect([r.code, r.out]).toEqual([2, '']);
  });
});
