import { describe, expect, it } from 'vitest';
import { promiseTerms, splitCompounds, stem, type PromiseTerm } from '../../src/compare/promise-terms.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[compare/promise-terms] stems', () => {
  it.each([
    // administrative and derivational suffixes, when two characters stay
    ['城关镇', '城关'], ['柳林乡', '柳林'], ['河湾村', '河湾'], ['专业化', '专业'], ['连锁化', '连锁'], ['规范化', '规范'], ['积极性', '积极'],
    ['乡镇', '乡镇'], ['农村', '农村'], ['城镇', '城镇'],
    // adverbs fused to their verb
    ['全面完成', '完成'], ['逐步建成', '建成'], ['大力发展', '发展'],
    // words that only look like time words stay
    ['老年', '老年'], ['青年', '青年'], ['周年', '周年'], ['管网', '管网'],
  ])('%s → %s', (term, expected) => {
    expect(stem(term)).toBe(expected);
  });

  it.each([
    // deadlines and time words: when, not what
    '今年底', '明年', '月底', '年底', '年内', '上半年', '下半年', '本季度', '年初', '去年', '今后', '近期',
    // aspect and degree adverbs, light verbs
    '继续', '仍然', '依然', '全面', '逐步', '长期', '实行', '实施', '予以', '确保',
    // a numeral and a classifier or place noun
    '两镇', '三乡', '各村', '十项', '每户',
    // bounds of a quantity
    '以上', '左右',
  ])('%s says nothing about what is promised', (term) => {
    expect(stem(term)).toBeNull();
  });
});

describe('[compare/promise-terms] terms of a promise (jieba)', () => {
  const terms = (text: string) => promiseTerms(text, jieba).map((t) => t.term);

  it.each([
    ['今年底前完成东坝、柳林两乡农村公路提质改造', '明年6月底前全面完成东坝乡、柳林乡农村公路提质改造'],
    ['上半年建成河湾、枫林两村污水处理站', '年底前逐步建成河湾村、枫林村污水处理站'],
    ['推动社区食堂规范化运营', '继续推动社区食堂规范运营'],
    ['对长期闲置的站点限期整改', '对仍然闲置的站点实行限期整改'],
  ])('%s and %s reduce to the same terms', (a, b) => {
    expect(terms(a)).toEqual(terms(b));
    expect(terms(a).length).toBeGreaterThan(2);
  });

  it.each([
    ['改造管网120公里', ['改造', '管网']],
    ['今年安排资金300万元', ['安排', '资金']],
    // A rate in Chinese numerals is a figure like 5.5%: no term, nor its tail.
    ['城镇调查失业率控制在百分之五点五以内', ['城镇', '调查', '失业率', '控制']],
    ['城镇调查失业率控制在5.5%以内', ['城镇', '调查', '失业率', '控制']],
  ])('the unit after a number is not a term: %s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it('keeps the written form beside the stem', () => {
    const t = promiseTerms('全面完成桥头镇改造', jieba).filter((x) => x.term !== x.form);
    expect(t.map((x) => [x.term, x.form])).toEqual([['完成', '全面完成'], ['桥头', '桥头镇']]);
  });
});

describe('[compare/promise-terms] compounds split on the terms of the comparison', () => {
  const t = (term: string, next?: string): PromiseTerm => (next ? { term, form: term, next } : { term, form: term });
  it.each([
    [[t('养老服务')], ['养老'], ['养老', '服务']],
    [[t('智能水表')], ['水表'], ['智能', '水表']],
    // a lone character jieba cut off (供水管|网) completes a term of the other side
    [[t('供水管', '网')], ['管网'], ['供水', '管网']],
    [[t('供水管', '网')], ['管网', '供水'], ['供水', '管网']],
    // nothing to split on
    [[t('门诊', '楼')], ['管网'], ['门诊']],
    [[t('养老服务')], ['医疗'], ['养老服务']],
  ])('%j with %j → %j', (terms, vocabulary, expected) => {
    expect(splitCompounds(terms, new Set(vocabulary)).map((x) => x.term)).toEqual(expected);
  });

  it.each([
    // 排水管 used by both sessions, re-cut after its lone 网 into two known terms
    [t('排水管', '网'), ['管网', '排水'], ['排水管'], [['排水', '排水'], ['管网', '管网']]],
    [t('养老服务'), ['养老'], [], [['养老', '养老'], ['服务', '服务']]],
  ])('the parts of %j are written as themselves', (term, vocabulary, whole, expected) => {
    expect(splitCompounds([term], new Set(vocabulary), new Set(whole)).map((x) => [x.term, x.form])).toEqual(expected);
  });

  it.each([
    // jieba leaves an unknown name and its neighbours in single characters (柏|塘|两|镇|老|旧):
    // the run is read as the comparison's terms and known words, the count between dropped
    [[{ term: '柏塘两镇老旧', form: '柏塘两镇老旧', run: true }], ['柏塘'], ['柏塘', '老旧']],
    [[{ term: '柏塘镇老旧', form: '柏塘镇老旧', run: true }], ['柏塘'], ['柏塘', '老旧']],
    [[{ term: '塘两镇', form: '塘两镇', run: true }], ['柏塘'], []],
  ])('run %j with %j → %j', (terms, vocabulary, expected) => {
    expect(splitCompounds(terms, new Set(vocabulary), new Set(), (w) => w === '老旧').map((x) => x.term)).toEqual(expected);
  });

  it('a run of single characters is kept for splitCompounds; a run of two is a word jieba did not know', () => {
    const fake = { cut: (s: string) => ['完成', '柏', '塘', '两', '镇', '老', '旧', '管网'].map((t, i) => ({ text: t, span: [i, i + 1] as [number, number] })), tag: () => [], keywords: () => [], withWords: () => fake };
    expect(promiseTerms('完成柏塘两镇老旧管网', fake).map((t) => [t.term, t.run ?? false])).toEqual([['完成', false], ['柏塘', false], ['老旧', false], ['管网', false]]);
  });

  it.each([
    // a term both sessions use already meets its match: left whole …
    [[t('养老服务')], ['养老', '养老服务'], ['养老服务']],
    // … and re-cut after a lone character only into two known terms
    [[t('老年医学', '科')], ['老年医学', '学科', '医学'], ['老年医学']],
    [[t('供水管', '网')], ['供水管', '供水', '管网'], ['供水', '管网']],
  ])('%j, used by both sessions, with %j → %j', (terms, vocabulary, expected) => {
    expect(splitCompounds(terms, new Set(vocabulary), new Set([terms[0].term])).map((x) => x.term)).toEqual(expected);
  });
});
