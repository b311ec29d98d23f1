// Through extractQuantities: src/extract/category-names.ts tells a class named with 类 from a count of kinds.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[category-names] a numeral + 类 naming a class counts nothing', () => {
  it.each<[string, string[]]>([
    ['一类、二类纳税人退税平均用时不超过2个工作日', ['不超过2个工作日']],
    ['二类医疗器械经营备案', []],
    ['三类、四类隐患当日销号', []],
    ['甲类、乙类仓库;三类仓库另行核查', []],
    ['A类、B类主体即报即办,三类主体不超过5个工作日', ['不超过5个工作日']],
    ['B类企业每年抽查1次,三类企业每年抽查2次', ['1次', '2次']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[category-names] a count of kinds stays a count', () => {
  it.each<[string, string[]]>([
    ['聚焦三类困难群体', ['三类']],
    ['梳理出两类问题', ['两类']],
    ['分为五类', ['五类']],
    ['将商户分为A类、B类、C类三类商户', ['三类']],
    ['共排查3类风险点', ['3类']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});

describe('[category-names] a class of a graded standard is a grade, no count of kinds', () => {
  it.each<[string, string[]]>([
    ['达到或优于三类水质的有24条', ['24条']],
    ['断面水质稳定在四类', []],
    ['出水达到一类标准', []],
    ['全市三类水体占比提高', []],
    ['优于三类的断面12个', ['12个']],
  ])('%s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });

  it.each<[string, string[]]>([
    // kinds counted: no grade noun after, no verb of reaching a grade before
    ['聚焦三类困难群体', ['三类']],
    ['建成三类水利工程', ['三类']],
    ['分三类水费标准收取', ['三类']], // 水费 is no graded water
  ])('kept: %s → %o', (input, texts) => {
    expect(quantities(input).map((q) => q.text)).toEqual(texts);
  });
});
