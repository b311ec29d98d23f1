import { describe, expect, it } from 'vitest';
import { counted } from '../../src/format/plural.js';

describe('[plural] a count with its noun in the right number', () => {
  it.each([
    [1, 'question', undefined, '1 question'],
    [2, 'question', undefined, '2 questions'],
    [0, 'warning', undefined, '0 warnings'],
    [1, 'person', 'people', '1 person'],
    [3, 'person', 'people', '3 people'],
    [1, 'byte', undefined, '1 byte'],
    [1.5, 'column', undefined, '1.5 columns'],
  ])('%d %s → %s', (n, noun, plural, text) => {
    expect(counted(n, noun, plural)).toBe(text);
  });
});
