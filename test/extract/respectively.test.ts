import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function indicators(text: string): Array<[string, string | null]> {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
}

describe('[respectively] a 、-list of nouns and the figures after 分别 pair in order', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    ['two nouns, two figures', '营业收入、利润总额分别为4120亿元、218亿元。', [['4120亿元', '营业收入'], ['218亿元', '利润总额']]],
    ['three nouns, three figures', '茶叶、中药材、食用菌分别种植5.2万亩、2.8万亩、1.1万亩。', [['5.2万亩', '茶叶'], ['2.8万亩', '中药材'], ['1.1万亩', '食用菌']]],
    ['the last two joined by 和', '小麦、玉米和大豆分别种植12万亩、8万亩和3万亩。', [['12万亩', '小麦'], ['8万亩', '玉米'], ['3万亩', '大豆']]],
    ['two nouns joined by 和', '出口额和进口额分别增长6.1%和4.3%。', [['6.1%', '出口额'], ['4.3%', '进口额']]],
    ['the scope before the first noun is left out', '今年前三季度,全市税收、非税收入分别完成35亿元、12亿元。', [['35亿元', '税收'], ['12亿元', '非税收入']]],
    ['a subject and a preposition before the nouns are left out', '我们在东山县、西岭县分别建成12个、8个站点。', [['12个', '东山县'], ['8个', '西岭县']]],
    ['a comparison after the last noun is left out', '进口、出口同比分别下降2.4%、1.1%。', [['2.4%', '进口'], ['1.1%', '出口']]],
    ['a second 分别 of the sentence whose subject only compares', '营业收入、利润总额分别为4120亿元、218亿元,同比分别增长6.7%、-3.1%。', [['4120亿元', '营业收入'], ['218亿元', '利润总额'], ['6.7%', '营业收入'], ['-3.1%', '利润总额']]],
    ['the second 分别 after 、', '营业收入、利润总额分别为4120亿元、218亿元、同比分别增长6.7%、-3.1%。', [['4120亿元', '营业收入'], ['218亿元', '利润总额'], ['6.7%', '营业收入'], ['-3.1%', '利润总额']]],
    ['two 和 together: the first joins, the second opens the next noun', '胜诉率和和解率分别为85%和12%。', [['85%', '胜诉率'], ['12%', '和解率']]],
    ['与 before a noun opening with 和', '调解率与和解率分别为60%和30%。', [['60%', '调解率'], ['30%', '和解率']]],
    ['以及 whole, no 以 left on the first noun', '收入以及利润分别为3亿元和1亿元。', [['3亿元', '收入'], ['1亿元', '利润']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['茶叶、中药材、食用菌基地面积分别为5.2万亩、2.8万亩、1.1万亩。', [['5.2万亩', '茶叶基地面积'], ['2.8万亩', '中药材基地面积'], ['1.1万亩', '食用菌基地面积']]],
    ['水稻、玉米和大豆种植面积分别为40万亩、25万亩和6万亩。', [['40万亩', '水稻种植面积'], ['25万亩', '玉米种植面积'], ['6万亩', '大豆种植面积']]],
    ['肉鸡、肉鸭出栏量分别为300万只、80万只。', [['300万只', '肉鸡出栏量'], ['80万只', '肉鸭出栏量']]],
    ['东坪镇、西岭乡参保人数分别为3.2万人、1.8万人。', [['3.2万人', '东坪镇参保人数'], ['1.8万人', '西岭乡参保人数']]],
  ])('a head after the last bare noun is every noun\'s: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, Array<[string, string | null]>]>([
    // each noun names its own figure: nothing is shared
    ['营业收入、利润总额分别为4120亿元、218亿元。', [['4120亿元', '营业收入'], ['218亿元', '利润总额']]],
    // the last item is no bare noun + a head of what is measured: left as it is
    ['教育、卫生和社会保障支出分别为12亿元、8亿元和9亿元。', [['12亿元', '教育'], ['8亿元', '卫生'], ['9亿元', '社会保障支出']]],
    ['税收、非税收入分别完成35亿元、12亿元。', [['35亿元', '税收'], ['12亿元', '非税收入']]],
    ['城区、乡镇和偏远山区分别建成12个、30个和8个站点。', [['12个', '城区'], ['30个', '乡镇'], ['8个', '偏远山区']]],
  ])('no visible shared head: each noun keeps its own words: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    ['one subject: the figures share its indicator', '全镇旅游收入分别为2.1亿元、3.4亿元和5.6亿元。', ['2.1亿元', '3.4亿元', '5.6亿元']],
  ])('%s', (_label, input, figures) => {
    const found = indicators(input);
    expect(found.map(([t]) => t)).toEqual(figures);
    expect(new Set(found.map(([, i]) => i)).size).toBe(1);
    expect(found[0][1]).not.toBeNull();
  });

  it('counts that do not match: the figures are not paired', () => {
    expect(indicators('茶叶、中药材分别为5.2万亩、2.8万亩、1.1万亩。').map(([, i]) => i)).not.toContain('中药材');
  });

  it('without 分别 nothing is paired', () => {
    expect(indicators('营业收入、利润总额为4120亿元、218亿元。').map(([, i]) => i)).not.toContain('营业收入');
  });

  it('a list of figures before 分别 is no list of nouns', () => {
    expect(indicators('已建成3个、在建2个,分别投资5亿元、2亿元。').map(([t]) => t)).toEqual(['3个', '2个', '5亿元', '2亿元']);
  });
});

describe('[respectively] 分别 after a bare comparison pairs with the figures closing the clauses before (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  const real = (text: string) =>
    extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, string, Array<[string, string | null]>]>([
    ['two clauses, two changes', '全市共发生各类生产安全事故23起,死亡19人,同比分别下降14.8%和20.8%。', [['23起', '生产安全事故'], ['19人', '死亡'], ['14.8%', '生产安全事故'], ['20.8%', '死亡']]],
    ['clauses joined by 、', '全市发生事故23起、受伤19人,同比分别下降14.8%和20.8%。', [['23起', '事故'], ['19人', '受伤'], ['14.8%', '事故'], ['20.8%', '受伤']]],
    // near-misses: a figure that does not close its clause; two figures in one clause
    ['a figure inside its clause', '发生事故23起、19人受伤,同比分别下降14.8%和20.8%。', [['23起', '事故'], ['19人', null], ['14.8%', null], ['20.8%', null]]],
  ])('%s', (_label, input, want) => {
    expect(real(input)).toEqual(want);
  });
});
