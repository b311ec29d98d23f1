import { describe, expect, it } from 'vitest';
import { isTransliterationUnit, transliterated } from '../../src/source/transliteration.js';

describe('[transliteration] syllables of Tibetan names, alone or composing a name', () => {
  it.each<[string, boolean]>([
    // one syllable alone, whose characters the table lacks: a name (旦增:, 才让:, 四郎:)
    ['旦增', true], ['丹增', true], ['才让', true], ['尕藏', true], ['确吉', true], ['四郎', true], ['邓珠', true],
    // two or three syllables, a numeral or a Han word's character among them (t72 #2: Kham names)
    ['四郎扎西', true], ['三郎多吉', true], ['七林旺丹', true], ['四郎降措', true], ['泽仁邓珠', true], ['格绒降措', true],
    ['呷绒降初', true], ['旦增多吉', true], ['格桑顿珠卓玛', true],
    // character by character, as before: Mongolian and Uyghur names, 阿拉腾 among them (t72 #3)
    ['额尔敦巴雅尔', true], ['阿拉腾苏和', true], ['阿拉腾其木格', true], ['巴拉腾苏和', true], ['朝鲁', true],
    // words that share a character with a syllable: the lexicon holds syllables, never their characters
    ['增加', false], ['增长', false], ['才能', false], ['确保', false], ['西藏', false], ['最初', false], ['四郎局', false],
    // a numeral with no syllable: a figure, no name (四郎 is one, 四个 and 三年 are not)
    ['四个', false], ['三年', false], ['七林局', false], ['扎西四', false],
    ['', false],
  ])('%s → %s', (word, expected) => {
    const view = `主持人:${word}:`;
    expect(transliterated(view, 4, 4 + word.length)).toBe(expected);
  });

  it('admits none of their characters to the per-character table (增, 才, 确, 藏, 邓, 绒, 初, 四, 三, 七)', () => {
    expect(Array.from('增才确藏邓绒初四三七', (c) => isTransliterationUnit(c.charCodeAt(0)))).toEqual(Array(10).fill(false));
  });
});
