// A figure cut by a hard wrap inside its written form (src/source/figure-wraps.ts), and the figure read whole through parse().
import { describe, expect, it } from 'vitest';
import { findFigureWraps } from '../../src/source/figure-wraps.js';
import { joinWraps } from '../../src/source/joined.js';
import { matchUnit } from '../../src/extract/units.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const unitEnd = (s: string) => matchUnit(normalize(s), 0)?.end ?? 0;
const joined = (text: string) => joinWraps(text, findFigureWraps(text, unitEnd)).joined;

describe('[figure-wraps] a line break inside a figure is a wrap', () => {
  it.each([
    ['after a decimal point', '全县地表水监测断面总磷浓度同比下降4.\n3%，', '全县地表水监测断面总磷浓度同比下降4.3%，'],
    ['after a full-width decimal point', '全县地表水监测断面总磷浓度同比下降4．\n3%，', '全县地表水监测断面总磷浓度同比下降4．3%，'],
    ['after a decimal point, money', '今年全市各级财政统筹安排修缮资金8.\n75亿元', '今年全市各级财政统筹安排修缮资金8.75亿元'],
    ['before the decimal point', '今年全市各级财政统筹安排修缮资金8\n.75亿元', '今年全市各级财政统筹安排修缮资金8.75亿元'],
    ['between a decimal and %', '全县地表水监测断面总磷浓度同比下降4.3\n%，', '全县地表水监测断面总磷浓度同比下降4.3%，'],
    ['between a decimal and its unit', '今年全市新建改建农村公路路面41.6\n公里', '今年全市新建改建农村公路路面41.6公里'],
    ['between a grouped number and its unit', '今年全市新建改建农村公路路面1 205\n公里', '今年全市新建改建农村公路路面1 205公里'],
    ['inside a unit', '今年全市新建改建农村公路路面41.6公\n里，', '今年全市新建改建农村公路路面41.6公里，'],
    ['inside 个百分点', '全县农村集中供水率比上年提高1.8个百\n分点', '全县农村集中供水率比上年提高1.8个百分点'],
    ['inside 平方米', '全年累计完成城镇棚户区改造面积36平\n方米', '全年累计完成城镇棚户区改造面积36平方米'],
    ['inside 亿元', '全年累计完成城镇棚户区改造投资5.8亿\n元', '全年累计完成城镇棚户区改造投资5.8亿元'],
    ['a numeral in words after its 点', '全县农村卫生厕所普及率达到百分之八十一点\n二', '全县农村卫生厕所普及率达到百分之八十一点二'],
    ['a numeral in words after 十', '全县农村卫生厕所普及率达到百分之八十\n一，', '全县农村卫生厕所普及率达到百分之八十一，'],
    ['inside 百分之', '全县农村卫生厕所普及率达到百分\n之八十一', '全县农村卫生厕所普及率达到百分之八十一'],
    ['after 百', '全县农村卫生厕所普及率达到百\n分之八十一', '全县农村卫生厕所普及率达到百分之八十一'],
    ['a qualifier after %', '全县农村卫生厕所普及率要提高到85%\n以上，', '全县农村卫生厕所普及率要提高到85%以上，'],
    ['a qualifier before 的', '全县农村卫生厕所普及率要提高到85%\n以上的水平', '全县农村卫生厕所普及率要提高到85%以上的水平'],
    ['左右 after a count', '全县计划每年完成户厕改造的村庄90个\n左右，', '全县计划每年完成户厕改造的村庄90个左右，'],
    ['以内 after a duration', '一般事项的办理期限压缩到15个工作日\n以内。', '一般事项的办理期限压缩到15个工作日以内。'],
    ['CRLF', '全县地表水监测断面总磷浓度同比下降4.\r\n3%，', '全县地表水监测断面总磷浓度同比下降4.3%，'],
    ['inside a digit group', '监测识别的边缘易致贫户共1,0\n47户，', '监测识别的边缘易致贫户共1,047户，'],
    ['inside a digit group, two digits on', '今年以来我局共受理噪声投诉1,2\n06件，', '今年以来我局共受理噪声投诉1,206件，'],
    ['after a group separator', '今年以来我局共受理噪声投诉1,\n206件，', '今年以来我局共受理噪声投诉1,206件，'],
    ['inside a digit group, a percent after decimals', '今年以来我局共受理噪声投诉增长1,0\n47.5%，', '今年以来我局共受理噪声投诉增长1,047.5%，'],
  ])('%s', (_why, text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    ['a short line (a heading or a paragraph end)', '下降4.\n3%'],
    ['a unit-less number after a number', '全县今年受理群众来信件数共计12\n40，办结率高'],
    ['a list marker after a decimal point', '全县今年受理群众来信件数共计12.\n3、'],
    ['a list marker after a numeral in words', '全县农村卫生厕所普及率达到百分之六十\n三是加强管护'],
    ['a list marker after 点', '围绕这项工作我主要讲以下三点\n一是强化统筹'],
    ['以上 opening a sentence', '全县农村卫生厕所普及率达到85%\n以上是我的汇报'],
    ['an indented next line', '全县地表水监测断面总磷浓度同比下降4.\n  3%，'],
    ['a unit already whole', '全县计划每年完成户厕改造的村庄90个\n村庄的名单另行公布'],
    ['a line closing its sentence', '全县地表水监测断面总磷浓度同比下降4%。\n以上，'],
    ['no figure before the qualifier', '全县地表水监测断面总磷浓度同比下降\n以上，'],
    ['a digit group broken but not three digits across', '监测识别的边缘易致贫户共1,0\n4户，'],
    ['a digit group broken, no unit after', '监测识别的边缘易致贫户共1,0\n47，另有'],
    ['a list of numbers, not a group', '监测识别的边缘易致贫户序号1,2\n3、建立台账'],
  ])('%s: no wrap', (_why, text) => {
    expect(findFigureWraps(text, unitEnd)).toEqual([]);
  });

  it.each([
    ['after its decimal point', '州发展改革委副主任何振华答：今年全州安排后续扶持\n资金3.\n5亿元，', '资金3.5亿元，'],
    ['before its decimal point', '州乡村振兴局局长孟庆山答：全州共建成集中安置点6\n8个，搬迁群众4\n.6万户、', '8个，搬迁群众4.6万户、'],
  ])('a short line that goes on a paragraph (the break before it a wrap): %s', (_why, text, want) => {
    const wrap = text.indexOf('\n');
    const taken: [number, number][] = [[wrap, wrap + 1]];
    const all = [...taken, ...findFigureWraps(text, unitEnd, taken)].sort((a, b) => a[0] - b[0]);
    expect(joinWraps(text, all).joined.endsWith(want)).toBe(true);
  });

  it('a short line after no wrap stays (a heading, a paragraph\'s end)', () => {
    expect(findFigureWraps('今年全州安排后续扶持资金。\n资金3.\n5亿元，', unitEnd)).toEqual([]);
  });

  it('a break already cut is not cut twice', () => {
    const text = '全县地表水监测断面总磷浓度同比下降4.\n3%，';
    expect(findFigureWraps(text, unitEnd, [[19, 20]])).toEqual([]);
    expect(findFigureWraps(text, unitEnd)).toEqual([[19, 20]]);
  });
});

describe('[figure-wraps] parse reads the wrapped figure whole and its text spans the break', () => {
  const head = '临川县人大常委会关于农村人居环境整治情况的专题询问\n\n委员桑晓岚：请问县住建局，整治情况如何？\n县住建局局长乔德明：';
  it.each([
    ['全县地表水监测断面总磷浓度同比下降4.\n3%。', '4.\n3%', 4.3, '%', 'percent', null],
    ['今年全市各级财政统筹安排修缮资金8.\n75亿元。', '8.\n75亿元', 875000000, '元', 'money', null],
    ['今年全市新建改建农村公路路面41.6公\n里。', '41.6公\n里', 41.6, '公里', 'quantity', null],
    ['全县农村集中供水率比上年提高1.8个百\n分点。', '1.8个百\n分点', 1.8, '百分点', 'percentage_point', null],
    ['全县农村卫生厕所普及率达到百分之八十一点\n二。', '百分之八十一点\n二', 81.2, '%', 'percent', null],
    ['全县农村卫生厕所普及率要提高到85%\n以上。', '85%\n以上', 85, '%', 'percent', '以上'],
  ])('%s', (body, text, value, unit, kind, qualifier) => {
    const source = head + body;
    const q = parse(source).questions.flatMap((x) => x.quantities).find((k) => k.value === value);
    expect(q).toMatchObject({ text, value, unit, kind, qualifier });
    expect(source.slice(q!.span[0], q!.span[1])).toBe(text);
  });

  it('a number ending a line and a bare number opening the next stay two', () => {
    const source = `${head}全县今年受理群众来信件数共计12.5\n40，均已办结。`;
    const values = parse(source).questions.flatMap((x) => x.quantities).map((k) => k.value);
    expect(values).not.toContain(12.54);
  });
});
