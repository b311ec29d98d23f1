import { describe, expect, it } from 'vitest';
import { isTransliterationUnit, isTwoSyllableName } from '../../src/source/transliteration.js';

describe('[transliteration] known two-syllable Tibetan names, whole', () => {
  it.each<[string, boolean]>([
    ['旦增', true], ['丹增', true], ['才让', true], ['尕藏', true], ['确吉', true],
    // words that share a character with one: the lexicon holds whole names only
    ['增加', false], ['增长', false], ['才能', false], ['确保', false], ['西藏', false],
    // more or fewer characters
    ['旦增多吉', false], ['增', false],
  ])('%s → %s', (word, expected) => {
    const view = `主持人:${word}:`;
    expect(isTwoSyllableName(view, 4, 4 + word.length)).toBe(expected);
  });

  it('admits none of their characters to the per-character table (增, 才, 确, 藏)', () => {
    expect(Array.from('增才确藏', (c) => isTransliterationUnit(c.charCodeAt(0)))).toEqual([false, false, false, false]);
  });
});
