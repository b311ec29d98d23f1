/** Offsets ↔ line/column (1-based lines and columns, 0-based offsets). */
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/source/location.js';

describe('[location]', () => {
  const index = new LineIndex('问题一:\n市政府\r\n答:\r好');
  it.each([
    [0, 1, 1], [4, 1, 5], [5, 2, 1], [7, 2, 3], [10, 3, 1], [13, 4, 1],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(index.toPoint(offset)).toEqual({ line, column });
    expect(index.toOffset({ line, column })).toBe(offset);
  });
  it('counts lines ending in LF, CRLF and CR', () => expect(index.lineCount).toBe(4));
});
