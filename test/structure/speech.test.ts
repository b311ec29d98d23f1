import { describe, expect, it } from 'vitest';
import { lineEnd, lastNewline } from '../../src/structure/speech.js';

describe('[speech] lineEnd', () => {
  it.each([
    ['问:如何?\n答:将加强。', 0, 5],
    ['问:如何?\n答:将加强。', 6, 12],
    ['', 0, 0],
  ])('%j at %i → %i', (view, at, end) => {
    expect(lineEnd(view, at)).toBe(end);
  });
});

describe('[speech] lastNewline is lastIndexOf("\\n", from)', () => {
  it.each(['', '\n', 'ab', '\nab', 'a\nb\n', '\n\n甲\n乙'])('%j', (view) => {
    for (let from = -3; from <= view.length + 2; from++) expect(lastNewline(view, from)).toBe(view.lastIndexOf('\n', from));
  });
});
