import { describe, expect, it } from 'vitest';
import { jobCount, parseSize, positiveInt } from '../../src/cli/options.js';

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
    ['3', 2, 16, 64 * GB, 3],
  ] as const)('--jobs %s, %d files, %d cores, %d bytes → %d', (flag, files, cores, memory, jobs) => {
    expect(jobCount(flag, files, cores, memory)).toBe(jobs);
  });
});
