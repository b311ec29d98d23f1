import { describe, expect, it } from 'vitest';
import { parseSize, positiveInt } from '../../src/cli/options.js';

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
