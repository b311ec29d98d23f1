import { describe, expect, it } from 'vitest';
import { lineEnd, wordsFrom } from '../../src/structure/speech.js';

describe('[speech] lineEnd', () => {
  it.each([
    ['问:如何?\n答:将加强。', 0, 5],
    ['问:如何?\n答:将加强。', 6, 12],
    ['', 0, 0],
  ])('%j at %i → %i', (view, at, end) => {
    expect(lineEnd(view, at)).toBe(end);
  });
});

describe('[speech] wordsFrom', () => {
  // Each row: the view, where a label's words would start, and where they do.
  it.each<[string, number, number]>([
    ['某:请问,如何?', 2, 2], // words on the label's line
    ['某: 请问', 2, 2], // (a space before them is theirs to trim)
    ['某(镇长):\n感谢提问。', 6, 7], // the label ends its line: the next line's words
    ['某(镇长): \u3000\n\n  感谢提问。', 6, 12], // …past blank lines and indentation
    ['某:\n', 2, 2], // nothing after: where it was
  ])('%j at %i → %i', (view, at, from) => {
    expect(wordsFrom(view, at)).toBe(from);
  });
});
