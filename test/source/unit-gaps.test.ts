// A figure and its unit apart by one space (src/source/unit-gaps.ts), and the figure read whole through parse().
import { describe, expect, it } from 'vitest';
import { findUnitGaps } from '../../src/source/unit-gaps.js';
import { joinWraps } from '../../src/source/joined.js';
import { matchUnit } from '../../src/extract/units.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const opensUnit = (s: string) => matchUnit(normalize(s), 0) !== null;
const joined = (text: string) => joinWraps(text, findUnitGaps(text, opensUnit)).joined;

describe('[unit-gaps] one space between a figure and its unit is no break', () => {
  it.each([
    ['a unit of length', '渠道衬砌完成42 公里，', '渠道衬砌完成42公里，'],
    ['money with 亿, spaced on both sides', '累计投入 3.6 亿元用于', '累计投入3.6亿元用于'],
    ['a qualifier before the spaced figure', '入户率约 60 %，', '入户率约60%，'],
    ['an ideographic space before stays', '累计投入　3.6 亿元', '累计投入　3.6亿元'],
    ['a space before only: no figure gap, nothing cut', '累计投入 3.6亿元', '累计投入 3.6亿元'],
    ['a percent sign', '覆盖率达到92 %，', '覆盖率达到92%，'],
    ['a full-width percent sign', '覆盖率达到92 ％，', '覆盖率达到92％，'],
    ['a measure word', '新建村卫生室58 所', '新建村卫生室58所'],
    ['an ideographic space', '疏浚河道17　公里', '疏浚河道17公里'],
    ['a no-break space', '补贴对象2,450\u00a0户', '补贴对象2,450户'],
    ['万 alone', '常住人口43 万，', '常住人口43万，'],
    ['full-width digits', '培训农民１２０ 人次', '培训农民１２０人次'],
    ['a duration', '整改期限为3 个月', '整改期限为3个月'],
    ['a table cell after a column gap', '河道清淤  17 公里  15 公里', '河道清淤  17公里  15公里'],
  ])('%s', (_why, text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    ['a column gap of two spaces', '清淤  17  公里'],
    ['a tab', '清淤\t17\t公里'],
    ['a list number opening its line', '1 人员培训情况\n2 年度考核情况'],
    ['an indented row number', '  3 个人所得税'],
    ['a question header', '问题2 人社部门怎么办？'],
    ['an ordinal', '全省排名第 3 名'],
    ['an identifier', '推进G7 个项目'],
    ['the tail of a range or date', '2021-2025 年规划'],
    ['a year before 年', '2024 年，全市新增'],
    ['a date with spaces', '于2024 年 3 月 5 日召开'],
    ['no unit after the space', '拨打12345 热线'],
    ['a Chinese numeral', '完成三 个项目'],
  ])('%s: no gap', (_why, text) => {
    expect(findUnitGaps(text, opensUnit)).toEqual([]);
  });
});

describe('[unit-gaps] parse reads the figure whole and its text keeps the space', () => {
  const head = '柳河县人大常委会关于农田水利建设情况的专题询问\n\n委员宁春燕：请问县水利局，渠道衬砌完成多少？\n县水利局局长邵永明：';
  it.each([
    ['渠道衬砌完成42 公里。', '42 公里', 42, '公里', 'quantity'],
    ['累计投入 3.6 亿元。', '3.6 亿元', 360000000, '元', 'money'],
    ['入户率约 60 %。', '约 60 %', 60, '%', 'percent'],
    ['覆盖率达到92 %。', '92 %', 92, '%', 'percent'],
    ['新建泵站18　座。', '18　座', 18, '座', 'count'],
  ])('%s', (body, text, value, unit, kind) => {
    const record = parse(head + body);
    const source = head + body;
    const q = record.questions.flatMap((x) => x.quantities).find((k) => k.value === value);
    expect(q).toMatchObject({ text, value, unit, kind });
    expect(source.slice(q!.span[0], q!.span[1])).toBe(text);
  });

  it.each([
    ['a year written with spaces', '2024 年，全市完成衬砌。'],
    ['a list number', '主要做了以下工作：\n1 加强渠道管护\n2 年度计划落实'],
  ])('%s: no figure', (_why, body) => {
    expect(parse(head + body).questions.flatMap((x) => x.quantities)).toEqual([]);
  });
});
