import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** The indicator of the quantity written as `figure` in `text`, segmented by jieba with the project's dictionaries. */
function indicatorOf(text: string, figure: string): string | null {
  const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  const q = qs.find((x) => x.text === figure);
  if (!q) throw new Error(`no quantity ${figure} in ${text}: ${qs.map((x) => x.text).join(' ')}`);
  const ind = q.indicator as unknown as { text: string } | string | null | undefined;
  return ind == null ? null : typeof ind === 'string' ? ind : ind.text;
}

describe('[indicator] a word is never cut at the phrase boundary', () => {
  it.each<[string, string, string | null]>([
    // a one-character institution suffix (organizations.utf8) taggers read as a verb closes the noun counted
    ['全省建成1425个乡镇农产品质量安全监管站。', '1425个', '乡镇农产品质量安全监管站'],
    ['全市146个乡镇污水处理站全部运行。', '146个', '乡镇污水处理站'],
    ['设立12个基层司法所。', '12个', '基层司法所'],
    // near-miss: a verb of one character that is no institution still ends the phrase
    ['组织12个工作组赴各地督导。', '12个', '工作组'],
    // an adjective glued to a noun of one character is one compound
    ['今年改造低效林10万亩。', '10万亩', '低效林'],
    ['完成低效林改造10万亩。', '10万亩', '低效林改造'],
    // near-miss: an adjective before a noun of two characters is left to the other rules (kept here: 优质 qualifies a kind)
    ['建成优质高效农田2万亩。', '2万亩', '优质高效农田'],
    // 到 glued to a one-character noun before more words is a verb-object word (到岗), not the link to the figure
    ['每月到岗服务不少于8小时。', '不少于8小时', '到岗服务'],
    // near-miss: 到 right before the figure links it
    ['覆盖率提高到95%。', '95%', '覆盖率'],
    // a verb and 后 close a clause of time; the unknown word taggers glued to 后 is cut after it
    ['建成后展陈面积可达到6000平方米。', '6000平方米', '展陈面积'],
  ])('%s → %s: %s', (text, figure, expected) => {
    expect(indicatorOf(text, figure)).toBe(expected);
  });
});

describe('[indicator] a privative prefix is part of the phrase', () => {
  it.each<[string, string, string | null]>([
    ['全县现有不可移动文物1086处。', '1086处', '不可移动文物'],
    ['其中非公企业职工11.6万人。', '11.6万人', '非公企业职工'],
    ['其中非公企业职工11.6万人，占比27.4%。', '27.4%', '非公企业职工占比'],
    // near-miss: 不可 before a figure's verb stays a predicate; 非常 opens no noun
    ['全县文物1086处。', '1086处', '文物'],
    ['非常重要的项目12个。', '12个', '项目'],
  ])('%s → %s: %s', (text, figure, expected) => {
    expect(indicatorOf(text, figure)).toBe(expected);
  });
});

describe('[indicator] conjunctions, times and places out of the phrase', () => {
  it.each<[string, string, string | null]>([
    // a conjunction glued by taggers to the unknown word opening the clause
    ['但县博物馆展陈面积只有1800平方米。', '1800平方米', '县博物馆展陈面积'],
    // near-miss: a known word opening with 但 is not cut (但是 is a conjunction word of its own, dropped whole)
    ['但是县博物馆面积只有1800平方米。', '1800平方米', '县博物馆面积'],
    // a time from a point on (从…起) is the sentence's time, never what is measured
    ['从明年起提高到每人每年2400元。', '每人每年2400元', null],
    ['自今年起补贴标准提高到每人每年2400元。', '每人每年2400元', '补贴标准'],
    // the verb of existence after a place: the phrase is its object
    ['我们来远镇有县级文保单位9处。', '9处', '县级文保单位'],
    // near-miss: before a verbal noun 有 makes the predicate (has changed), and the subject stays
    ['职务有变化0人。', '0人', '职务有变化'],
    // a place closed by 内 or a distance marking out an area: no indicator
    ['位于古城及文物保护单位建设控制地带内的有9宗。', '9宗', null],
    ['做到校园周边200米范围内无证摊贩清零。', '200米', null],
    // near-miss: a noun counted after a distance stays
    ['新建200米防洪堤。', '200米', '防洪堤'],
    // after 在 and a 、-list of places, the last place and the verb are the coverb's object and the predicate
    ['在淠河、史河、杭埠河重点河段安装视频监控点位320个。', '320个', '视频监控点位'],
    ['在金寨、霍山两县发展林下中药材种植2万亩。', '2万亩', '林下中药材种植'],
    // near-miss: with no coverb of place the list is the subject's, left as it was
    ['城区、郊区发展林下种植2万亩。', '2万亩', '郊区发展林下种植'],
    // a level returning to a figure (恢复到) links it, as 提高到 does
    ['国考断面水质优良比例恢复到95%以上。', '95%以上', '国考断面水质优良比例'],
  ])('%s → %s: %s', (text, figure, expected) => {
    expect(indicatorOf(text, figure)).toBe(expected);
  });
});

describe('[quantities] a unit base and a range of spoken hundreds', () => {
  it('一亩小麦的纯收益也就两三百元: no figure 一亩; 两三百元 is the range [200, 300]', () => {
    const text = '一亩小麦的纯收益也就两三百元。';
    const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
    expect(qs.map((q) => [q.text, q.range])).toEqual([['两三百元', [200, 300]]]);
  });
  it('种了一亩小麦 keeps its figure', () => {
    const text = '今年种了一亩小麦。';
    const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([['一亩', 1, '亩']]);
  });
  it('土地托管服务面积1.2亿亩次 counts services in 亩次', () => {
    const text = '土地托管服务面积已达到1.2亿亩次。';
    const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
    expect(qs.map((q) => [q.text, q.value, q.unit, q.kind])).toEqual([['1.2亿亩次', 1.2e8, '亩次', 'count']]);
  });
});
