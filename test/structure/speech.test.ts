import { describe, expect, it } from 'vitest';
import { lineEnd } from '../../src/structure/speech.js';

describe('[speech] lineEnd', () => {
  it.each([
    ['问:如何?\n答:将加强。', 0, 5],
    ['问:如何?\n答:将加强。', 6, 12],
    ['', 0, 0],
  ])('%j at %i → %i', (view, at, end) => {
    expect(lineEnd(view, at)).toBe(end);
  });
});
