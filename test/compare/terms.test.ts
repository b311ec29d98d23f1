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

  it.each([
    // a word opening a quantity the sessions write is a figure in words, no term, as Arabic figures are none
    ['全县一百二十家卫生室', ['一百二十家', '卫生室'], ['一百二十家'], ['卫生室']],
    ['达到一百六十', ['达到', '一百六十'], ['一百六十家'], ['达到']],
    ['参保率连续两年下滑', ['参保率', '连续', '两年', '下滑'], ['两年'], ['参保率', '连续', '下滑']],
    ['九成群众满意', ['九成', '群众', '满意'], ['九成二'], ['群众', '满意']],
    ['合格率百分之九十八', ['合格率', '百分之九十八'], ['百分之九十八点三'], ['合格率']],
    // near-misses: names and words that hold a numeral but open no quantity are terms
    ['编制“十四五”规划', ['编制', '十四五', '规划'], ['两年'], ['编制', '十四五', '规划']],
    ['推行一网通办，百姓满意', ['推行', '一网通办', '百姓', '满意'], ['一百二十家'], ['推行', '一网通办', '百姓', '满意']],
    ['两年来聚焦三农', ['两年来', '聚焦', '三农'], ['两年'], ['两年来', '聚焦', '三农']],
  ])('a figure in words is no term: %s', (text, words, figures, expected) => {
    expect(contentTerms(text, fakeSegmenter(words), new Set(), new Set(figures))).toEqual(expected);
  });

  it('a guessed word glued to a particle or preposition (平台上的: 上的; 向市) is no term, when the segmenter knows its dictionary', () => {
    const dictionary: Record<string, string> = { 平台: 'n', 上: 'f', 的: 'uj', 幽灵: 'n', 餐厅: 'n', 托育: 'vn', 向: 'p', 政务云: 'n', 迁移: 'v' };
    const withTags: Segmenter = { ...fakeSegmenter(['外卖', '平台', '上的', '幽灵', '餐厅', '托育', '向市', '政务云', '迁移']), tagOf: (w) => dictionary[w] };
    expect(contentTerms('外卖平台上的幽灵餐厅', withTags)).toEqual(['外卖', '平台', '幽灵', '餐厅']);
    // a preposition glued to an office's level (向市 | 政务云)
    expect(contentTerms('向市政务云迁移', withTags)).toEqual(['政务云', '迁移']);
    // a guessed word of content characters is a word
    expect(contentTerms('托育服务', { ...withTags, tagOf: (w) => (w === '托育' ? undefined : dictionary[w]) })).toContain('托育');
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
