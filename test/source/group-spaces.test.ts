// A space as a number's group separator (src/source/group-spaces.ts), and the number read whole through parse().
import { describe, expect, it } from 'vitest';
import { findGroupSpaces } from '../../src/source/group-spaces.js';
import { joinWraps } from '../../src/source/joined.js';
import { parse } from '../../src/pipeline.js';

const joined = (text: string) => joinWraps(text, findGroupSpaces(text)).joined;

describe('[group-spaces] one space between digit groups is a group separator', () => {
  it.each([
    ['thousands of 万元', '安排省级补助4 000万元，', '安排省级补助4000万元，'],
    ['a count', '排查隐患1 357处', '排查隐患1357处'],
    ['two separators', '服务人口2 468 135人', '服务人口2468135人'],
    ['a decimal part after', '累计投入23 456.7万元', '累计投入23456.7万元'],
    ['a no-break space', '新增就业8\u00a0640人', '新增就业8640人'],
    ['a narrow no-break space', '新增就业8\u202f640人', '新增就业8640人'],
    ['a thin space', '新增就业8\u2009640人', '新增就业8640人'],
    ['full-width digits', '新增就业８ ６４０人', '新增就业８６４０人'],
    ['a space before the unit stays for unit-gaps', '拨付资金5 600 万元', '拨付资金5600 万元'],
    ['two numbers in one line', '受理1 024件，办结 987件，其中2 001件', '受理1024件，办结 987件，其中2001件'],
  ])('%s', (_why, text, want) => {
    expect(joined(text)).toBe(want);
  });

  it.each([
    ['a column gap of two spaces', '受理件数  1  024'],
    ['a year and its 年', '截至2025 年底'],
    ['a four-digit group', '电话138 1234 5678'],
    ['a two-digit group', '分为12 34两组'],
    ['a row of single-spaced cells', '数据为38 120 45'],
    ['a decimal before', '浓度为2.5 100微克'],
    ['a list number opening its line', '1 200名教师参加培训'],
    ['an indented list number', '  3 500户完成改造'],
    ['an ordinal', '排在第 3 000位'],
    ['a question header', '问题2 100户怎么安置？'],
    ['an identifier', '编码G20 123段'],
    ['a code after letters and a space', '执行GB 123 456标准'],
    ['a tab', '合计\t1\t286'],
    ['an ideographic space', '合计1　286个'],
  ])('%s: no separator', (_why, text) => {
    expect(findGroupSpaces(text)).toEqual([]);
  });
});

describe('[group-spaces] parse reads the number whole and its text keeps the space', () => {
  const head = '青溪县人大常委会关于城乡供水情况的专题询问\n\n委员祁文远：请问县水务局，今年投入和改造情况如何？\n县水务局局长柏春生：';
  it.each([
    ['今年安排供水资金4 000万元。', '4 000万元', 40000000, '元', 'money'],
    ['改造管网1 357公里。', '1 357公里', 1357, '公里', 'quantity'],
    ['受益群众2 468 135人。', '2 468 135人', 2468135, '人', 'count'],
    ['累计投入23 456.7万元。', '23 456.7万元', 234567000, '元', 'money'],
    ['户均节省水费1 200元。', '1 200元', 1200, '元/户', 'money'],
  ])('%s', (body, text, value, unit, kind) => {
    const source = head + body;
    const q = parse(source).questions.flatMap((x) => x.quantities).find((k) => k.value === value);
    expect(q).toMatchObject({ text, value, unit, kind });
    expect(source.slice(q!.span[0], q!.span[1])).toBe(text);
  });

  it('letter-spaced digits are still read by letter-spacing', () => {
    const source = `${head}完 成 改 造 3 1 处 ， 投 入 资 金 5 0 万 元 。`;
    const values = parse(source).questions.flatMap((x) => x.quantities).map((k) => k.value);
    expect(values).toContain(31);
  });
});
