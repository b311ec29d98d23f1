import { describe, expect, it } from 'vitest';
import { readIndefinite } from '../../src/extract/indefinite-numerals.js';
import { normalize } from '../../src/source/normalize.js';

/** Read at the first character of `at` inside `text`: [written numeral, value, indefinite word]. */
function read(text: string, at: string) {
  const view = normalize(text);
  const n = readIndefinite(view, text.indexOf(at));
  return n && [text.slice(n.start, n.end), n.value, n.indefinite ?? null, n.range];
}

describe('[indefinite-numerals] 几/数 before a power of ten: one of that power at least', () => {
  it.each<[string, string, string, number, string]>([
    ['慰问几十户困难家庭', '几', '几十', 10, '几'],
    ['接待数百名访客', '数', '数百', 100, '数'],
    ['带动数千人就业', '数', '数千', 1000, '数'],
    ['筹措数十万元', '数', '数十万', 100000, '数'],
    ['撬动几亿元社会资本', '几', '几亿', 1e8, '几'],
    ['惠及数万農戶', '数', '数万', 10000, '数'], // Traditional forms read through the view
    ['有數百人报名', '數', '數百', 100, '数'],
    ['共计数十家', '数', '数十', 10, '数'], // 计 before 数: a verb, 数 opens the figure
    ['走访商户数千家', '数', '数千', 1000, '数'], // after a noun of people too
    ['走访用人单位数千家', '数', '数千', 1000, '数'], // after a measure word (单位, not 位数)
    ['新建数十万千瓦光伏', '数', '数十万', 100000, '数'], // 千瓦 is the unit after
  ])('%s: %s… → %s = %d', (text, at, written, value, word) => {
    expect(read(text, at)).toEqual([written, value, word, null]);
  });
});

describe('[indefinite-numerals] 几 after a numeral: the unsaid digit of the next place, 1 to 9, a range', () => {
  it.each<[string, string, string, [number, number]]>([
    ['走访十几个社区', '十', '十几', [11, 19]],
    ['整合二十几个部门', '二', '二十几', [21, 29]],
    ['新建三十几处', '三', '三十几', [31, 39]],
    ['回收十几万件', '十', '十几万', [110000, 190000]],
    ['筹集一百几十万元', '一', '一百几十万', [1100000, 1900000]],
    ['培训两千几百人', '两', '两千几百', [2100, 2900]],
    ['惠及三万几千人', '三', '三万几千', [31000, 39000]],
    ['投入二十几亿元', '二', '二十几亿', [2.1e9, 2.9e9]],
  ])('%s: %s… → %s = %o', (text, at, written, range) => {
    expect(read(text, at)).toEqual([written, range[0], '几', range]);
  });
});

describe('[indefinite-numerals] a lone 万/亿 after a qualifier or before 余/多', () => {
  it.each<[string, string, string, number]>([
    ['吸引近万名游客', '万', '万', 10000],
    ['覆盖逾万户', '万', '万', 10000],
    ['总投资上亿元', '亿', '亿', 1e8],
    ['参与人数超万人', '万', '万', 10000],
    ['发动志愿者万余名', '万', '万', 10000],
    ['撬动将近万亿元', '万', '万亿', 1e12],
  ])('%s: %s → %s = %d', (text, at, written, value) => {
    expect(read(text, at)).toEqual([written, value, null, null]);
  });
});

describe('[indefinite-numerals] what is no indefinite numeral', () => {
  it.each<[string, string]>([
    ['几个月来', '几'], // 几 alone: no power of ten after it
    ['几乎全部', '几'],
    ['数据显示', '数'],
    ['人口总数十万', '数'], // 总数 + 十万: 数 closes a noun of number
    ['大多数百姓', '数'],
    ['系数十分稳定', '数'],
    ['十几个社区', '几'], // read from 十, not from 几
    ['数千瓦', '数'], // 千瓦 is a unit: no power left after 数
    ['一百几个', '一'], // after 百 the unsaid digit is of the tens: 一百几十
    ['三千几十人', '三'],
    ['千万不要', '万'], // 万 ends 千万
    ['万众一心', '万'], // no qualifier
    ['亿万群众', '亿'],
    ['附近万达广场', '万'], // 附近 is a word, no qualifier
    ['二十个', '二'], // a numeral written in full is readNumeral's
  ])('%s (at %s) → nothing', (text, at) => {
    expect(read(text, at)).toBeNull();
  });
});

describe('[indefinite-numerals] 几 that asks "how many" is no figure', () => {
  it.each<[string, string | null]>([
    ['全县到底有几百家养殖场？', null], // a question of how many: the clause ends with ?
    ['还差几十公里没有修通?', null],
    ['是不是还有几百家养殖场没有备案？', '几百'], // a question of yes or no: 几 is "some"
    ['有几十户没有搬迁吗？', '几十'],
    ['好几百家养殖场？', '几百'], // 好几: quite a few
    ['几十家养殖场关停了，原因是什么？', '几十'], // the question is another clause
    ['数百家养殖场？', '数百'], // 数 never asks
  ])('%s → %s', (text, written) => {
    const at = text.search(/[几数]/);
    const got = read(text, text[at]);
    expect(got && got[0]).toBe(written);
  });
});
