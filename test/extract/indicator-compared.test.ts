import { describe, expect, it } from 'vitest';
import { baseSubject, comparedSubject } from '../../src/extract/indicator-compared.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
const read = (text: string, span: [number, number] | null | undefined) => (span ? text.slice(span[0], span[1]) : span);

describe('[indicator-compared] a change measures the subject of the figure it is compared with (real segmenter)', () => {
  it.each<[string, string, string | null]>([
    ['安排养老服务专项资金5.8亿元,同比增长15.2%', '15.2%', '养老服务专项资金'],
    // a share of a reference in between is passed over: the change is of the revenue, not of 年度目标
    ['一般公共预算收入完成9.86亿元,完成年度目标的83.4%,同比增长5.2%', '5.2%', '一般公共预算收入'],
    // the comma inside 1,235 separates thousands, it ends no clause
    ['法律援助案件1,235件,同比上升12.3%', '12.3%', '法律援助案件'],
    ['今年计划新建公园3个,同比增长20%', '20%', '公园'],
    // a clause with words of its own is no bare comparison
    ['安排专项资金5.8亿元,农村低保标准增长15.2%', '15.2%', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    expect(read(text, comparedSubject(view, view.indexOf(figure), jieba, 2))).toBe(want);
  });
});

describe('[indicator-compared] a multiple read against a base measures the subject, not the base', () => {
  it.each<[string, string, string | null | undefined]>([
    ['GEP是GDP的3.1倍', '3.1倍', 'GEP'],
    ['人均收入相当于全国平均水平的1.2倍', '1.2倍', '人均收入'],
    // the base's clause has no subject: the figure ending the clause before has it
    ['生产总值为5024.5亿元,是GDP的3.1倍', '3.1倍', '生产总值'],
    // no base: not read here
    ['人均收入增长1.2倍', '1.2倍', undefined],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const start = view.indexOf(figure);
    expect(read(text, baseSubject(view, start, start + figure.length, 'quantity', jieba, 2))).toBe(want);
  });
});
