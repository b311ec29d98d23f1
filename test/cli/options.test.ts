import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodingOption, FORCED_ENCODINGS, jobLanes, maxSizeOption, parseSize, positiveInt, resolveOutput } from '../../src/cli/options.js';
import { UsageError } from '../../src/cli/errors.js';

describe('[options] --max-size and counts', () => {
  it.each([['20MB', 20 * 1024 * 1024], ['500KB', 500 * 1024], ['1.5m', 1.5 * 1024 * 1024], ['1024', 1024], ['2 GiB', 2 * 1024 ** 3]])('%s = %d bytes', (s, n) => {
    expect(parseSize(s)).toBe(n);
  });
  it.each([['big'], ['-1MB'], ['']])('%j is refused', (s) => {
    expect(() => parseSize(s)).toThrow(/--max-size/);
  });
  it.each([['1', 1], ['16', 16]])('positiveInt(%j) = %d', (s, n) => {
    expect(positiveInt(s, '--jobs')).toBe(n);
  });
  it.each([['0'], ['-2'], ['1.5'], ['two'], ['']])('positiveInt(%j) is refused', (s) => {
    expect(() => positiveInt(s, '--jobs')).toThrow(/--jobs must be a positive whole number/);
  });
});

describe('[options] --jobs by default', () => {
  const GB = 1024 ** 3;
  it.each([
    [undefined, 3, 16, 64 * GB, 1],
    [undefined, 4, 16, 64 * GB, 1],
    [undefined, 5, 2, 64 * GB, 2],
    [undefined, 800, 16, 64 * GB, 8],
    [undefined, 800, 16, 2 * GB, 4],
    [undefined, 800, 4, 0.25 * GB, 1],
    ['3', 3, 16, 64 * GB, 3],
    ['3', 800, 1, 64 * GB, 3], // an explicit N may exceed the cores
  ] as const)('--jobs %s, %d files, %d cores, %d bytes → %d', (flag, files, cores, memory, jobs) => {
    expect(jobLanes(flag, files, cores, memory).jobs).toBe(jobs);
  });
});

describe('[options] an explicit --jobs N is lowered to the inputs and to the memory, and says why', () => {
  const GB = 1024 ** 3;
  it.each([
    ['3', 2, 64 * GB, 2, '--jobs 3 lowered to 2: one lane per input'],
    ['1000', 300, 23 * GB, 46, '--jobs 1000 lowered to 46: one lane per 512 MB of memory (23.0 GB)'],
    ['64', 300, 2 * GB, 4, '--jobs 64 lowered to 4: one lane per 512 MB of memory (2.0 GB)'],
    ['2', 1, 0.25 * GB, 1, '--jobs 2 lowered to 1: one lane per input'],
    ['4', 300, 2 * GB, 4, null],
    ['1', 1, 0.25 * GB, 1, null],
  ] as const)('--jobs %s, %d files, %d bytes → %d (%s)', (flag, files, memory, jobs, note) => {
    expect(jobLanes(flag, files, 16, memory)).toEqual({ jobs, note });
  });
});

describe('[options] -o: the target, and why a folder cannot be made, named as typed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-options-'));
  writeFileSync(join(dir, 'a.txt'), 'x');
  mkdirSync(join(dir, 'out'));

  it.each([
    ['out', 'dir', false],
    ['out/', 'dir', false],
    ['new/', 'dir', true],
    ['all.json', 'file', false],
    ['out/all.json', 'file', false],
  ] as const)('%s → a %s (made: %s), shown as typed', (arg, kind, created) => {
    const target = resolveOutput(arg, dir);
    expect(target).toEqual({ kind, path: resolve(dir, arg), shown: arg, created });
  });

  it.each([
    ['a.txt/', 'a.txt/: cannot create this output directory: a.txt is a file, not a folder'],
    ['a.txt/sub/', 'a.txt/sub/: cannot create this output directory: a.txt is a file, not a folder'],
    ['missing/sub/', 'missing/sub/: cannot create this output directory: the folder missing does not exist'],
  ])('%s: %s', (arg, message) => {
    expect(() => resolveOutput(arg, dir)).toThrow(new UsageError(message));
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('[options] --encoding and --max-size: one definition for parse and compare', () => {
  it('each call gives the same option, anew', () => {
    for (const make of [encodingOption, maxSizeOption]) {
      const [a, b] = [make(), make()];
      expect(a).not.toBe(b);
      expect([a.flags, a.description, a.defaultValue, a.argChoices]).toEqual([b.flags, b.description, b.defaultValue, b.argChoices]);
    }
    expect(encodingOption().argChoices).toEqual([...FORCED_ENCODINGS]);
    expect(maxSizeOption().defaultValue).toBe('20MB');
  });
});
