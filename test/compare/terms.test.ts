import { describe, expect, it } from 'vitest';
import { contentTerms, hanBigrams } from '../../src/compare/terms.js';
import { fakeSegmenter } from './build-record.js';
import type { Segmenter } from '../../src/segment/segmenter.js';

const seg = fakeSegmenter();
const oneByOne: Segmenter = {
  cut: (s) => [...s].map((ch, i) => ({ text: ch, span: [i, i + 1] })),
  tag: () => [], keywords: () => [], withWords: () => oneByOne,
};

describe('[compare/terms] content terms', () => {
  it.each([
    ['持续推进综治中心规范化建设。', ['综治中心', '规范化', '建设']],
    ['一是加强执法队伍建设', ['执法', '队伍', '建设']],
    ['矛盾纠纷化解率达到97.78%', ['矛盾纠纷', '化解率']],
    ['推進綜治中心規範化建設', ['综治中心', '规范化', '建设']],
    ['开展食品安全专项整治行动', ['食品安全', '专项', '整治', '行动']],
  ])('%s', (text, expected) => {
    expect(contentTerms(text, seg)).toEqual(expected);
  });

  it.each([
    // What two funds share is the unit, not a subject.
    ['安排养护资金300万元', ['万元', '养护', '资金'], ['万元'], ['养护', '资金']],
    ['新建绿道42公里', ['公里', '绿道'], ['公里'], ['绿道']],
    ['入住率提高6个百分点', ['个百分点', '入住率'], ['个百分点', '百分点'], ['入住率']],
    ['开通12345热线', ['热线', '开通'], ['万元'], ['开通', '热线']],
  ])('the units the sessions write are no content terms: %s', (text, words, units, expected) => {
    expect(contentTerms(text, fakeSegmenter(words), new Set(units))).toEqual(expected);
  });

  it('nor in Han bigrams', () => {
    expect(contentTerms('资金万元', oneByOne, new Set(['万元']))).toEqual(['资金', '金万']);
  });

  it('a one-character-per-token segmenter falls back to Han bigrams', () => {
    expect(contentTerms('依法决策。', oneByOne)).toEqual(['依法', '法决', '决策']);
  });

  it.each([
    ['依法决策', ['依法', '法决', '决策']],
    ['食品,安全', ['食品', '安全']],
    ['a,b', []],
    ['', []],
  ])('bigrams of %s', (text, expected) => {
    expect(hanBigrams(text)).toEqual(expected);
  });
});
