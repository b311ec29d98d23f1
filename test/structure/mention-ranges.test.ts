import { describe, expect, it } from 'vitest';
import { startingIn } from '../../src/structure/mention-ranges.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';

const at = (start: number, end: number) => ({ span: [start, end] }) as unknown as SpeakerMention;

describe('[mention-ranges] the mentions starting in a stretch', () => {
  const sorted = [at(0, 3), at(5, 9), at(5, 7), at(12, 15), at(20, 24)];
  it.each<[string, number, number, number[]]>([
    ['from the first', 0, 6, [0, 1, 2]],
    ['start inclusive, end exclusive', 5, 12, [1, 2]],
    ['none in a gap', 16, 20, []],
    ['to the last', 12, 100, [3, 4]],
    ['an empty stretch', 5, 5, []],
  ])('%s', (_, lo, hi, expected) => {
    expect(startingIn(sorted, lo, hi)).toEqual(expected.map((k) => sorted[k]));
  });
  it('gives every mention, in order, when they are not sorted by start (callers test each)', () => {
    const unsorted = [at(10, 12), at(0, 3)];
    expect(startingIn(unsorted, 0, 5)).toEqual(unsorted);
  });
});
