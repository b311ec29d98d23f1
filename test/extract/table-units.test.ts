import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { tableCells } from '../../src/extract/table-units.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit kind ‹indicator›". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    return `${q.text}=${q.value} ${q.unit} ${q.kind} ‹${q.indicator}›`;
  });
}

describe('[table-units] a unit declared once applies to the bare numbers of the table', () => {
  it.each<[string, string, string[]]>([
    ['tab-separated, the unit at the end of the lead-in',
      '全年主要指标如下（单位：万元）：\n项目\t2022年实际\t2023年实际\t增长\n税收收入\t8650.5\t9120.3\t5.4%',
      ['2022年=2022 年 year ‹null›', '2023年=2023 年 year ‹null›', '8650.5=86505000 元 money ‹税收收入›', '9120.3=91203000 元 money ‹税收收入›', '5.4%=5.4 % percent ‹税收收入›']],
    ['space-aligned, the unit on its own line after the table',
      '项目            上年          本年\n民生支出        12.36         13.80\n（单位：亿元）\n下一步继续推进。',
      ['12.36=1236000000 元 money ‹民生支出›', '13.80=1380000000 元 money ‹民生支出›']],
    ['Markdown, the rule line inside the table',
      '各镇资金分配如下（单位：万元）：\n| 镇名 | 下达资金 |\n|---|---|\n| 青石镇 | 320 |\n| 柳湾镇 | 285.5 |',
      ['320=3200000 元 money ‹青石镇›', '285.5=2855000 元 money ‹柳湾镇›']],
    ['a caption with its table number, cells apart by a full-width space',
      '表2　2024年社保基金收支（单位：亿元）\n基金收入　6.72\n基金支出　6.15',
      ['2024年=2024 年 year ‹null›', '6.72=672000000 元 money ‹基金收入›', '6.15=615000000 元 money ‹基金支出›']],
    ['a unit line of its own before the table, a count unit',
      '单位：人\n学段\t在校生\n小学\t12,480\n初中\t6,035',
      ['12,480=12480 人 count ‹小学›', '6,035=6035 人 count ‹初中›']],
    ['金额单位, a thousands group',
      '金额单位：元\n补助类别\t标准\n低保\t1,250',
      ['1,250=1250 元 money ‹低保›']],
    ['several units: the amounts in 万元, the rate column in %',
      '（单位：万元、%）\n指标\t完成额\t增长率\n工业产值\t5230\t8.5',
      ['5230=52300000 元 money ‹工业产值›', '8.5=8.5 % percent ‹工业产值›']],
    ['a serial-number column is no figure; the head is the named cell',
      '单位：公里\n序号\t路线\t里程\n1\t环湖路\t12.6\n2\t滨河路\t8.4',
      ['12.6=12.6 公里 quantity ‹环湖路›', '8.4=8.4 公里 quantity ‹滨河路›']],
    ['a rate column takes no unit of amount: its bare numbers stay unread',
      '（单位：亿元）\n项目\t本年\t增幅\n财政收入\t15.2\t6.1',
      ['15.2=1520000000 元 money ‹财政收入›']],
    ['the declaration inside the header row, a rate column in %',
      '项目（单位：万元、%）\t本年\t增长率\n税收收入\t3120\t5.2',
      ['3120=31200000 元 money ‹税收收入›', '5.2=5.2 % percent ‹税收收入›']],
    ['a blank line between the table and the unit after it',
      '指标\t本年\n粮食产量\t12.6\n\n（单位：万吨）',
      ['12.6=126000 吨 quantity ‹粮食产量›']],
    ['cells apart by single full-width spaces, header included: the rate column named',
      '表3　主要指标（单位：亿元、%）\n项目　本年　增幅\n财政收入　15.2　6.1',
      ['15.2=1520000000 元 money ‹财政收入›', '6.1=6.1 % percent ‹财政收入›']],
    ['a negative cell', '（单位：亿元）\n项目\t增减额\n土地出让收入\t-3.25',
      ['-3.25=-325000000 元 money ‹土地出让收入›']],
  ])('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('[table-units] no declared unit, or no table under it', () => {
  it.each<[string, string, string[]]>([
    ['a field 答复单位 is no declaration', '答复单位：区税务局\n项目\t数量\n发票\t1286', ['1286=1286 null other ‹null›']],
    ['a table with no unit keeps its bare numbers as they were', '项目\t本年\n财政收入\t15.2', []],
    ['a unit in prose, no table after it', '全区收入41.05亿元（单位：亿元）。\n下一步继续推进。', ['41.05亿元=4105000000 元 money ‹区收入›']],
    ['a declaration whose word is no unit', '单位：区财政局\n项目\t本年\n收入\t15.2', []],
  ])('%s', (_label, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('gives the cells by their start, the header row named', () => {
    const view = normalize('（单位：万元）\n项目\t本年\n收入\t15.2');
    const cells = tableCells(view, [0, view.length]);
    const at = view.indexOf('15.2');
    expect(cells.get(at)).toEqual({ end: at + 4, unit: '万元', head: [view.indexOf('收入'), view.indexOf('收入') + 2] });
  });
});
