import { describe, expect, it } from 'vitest';
import { chainGovernment, headedGovernment } from '../../src/structure/government-heads.js';

describe('[government-heads] a head of a people\'s government answers for that government', () => {
  it.each<[string | null, string[], string | null]>([
    // a place read alone before the post, or the level word alone
    ['湖口县', ['湖口县副县长'], '湖口县政府'],
    ['九江市', ['九江市常务副市长'], '九江市政府'],
    ['浦东新区', ['浦东新区副区长'], '浦东新区政府'],
    ['镇', ['镇党委副书记、镇长'], '镇政府'],
    ['巴音镇', ['巴音镇党委委员、副镇长'], '巴音镇政府'],
    ['黄坭乡', ['黄坭乡党委副书记、乡长'], '黄坭乡政府'],
    ['乌兰苏木', ['乌兰苏木党委副书记、苏木达'], '乌兰苏木政府'],
    ['恩施土家族苗族自治州', ['恩施土家族苗族自治州副州长'], '恩施土家族苗族自治州政府'],
    // the chair of an autonomous region's government
    ['自治区', ['自治区副主席'], '自治区人民政府'],
    ['内蒙古自治区', ['内蒙古自治区副主席'], '内蒙古自治区人民政府'],
    [null, ['自治区副主席'], '自治区人民政府'],
    // a bare post: its level
    [null, ['副省长'], '省政府'],
    [null, ['副镇长'], '镇政府'],
    [null, ['常务副县长'], '县政府'],
    [null, ['市长'], '市政府'],
    [null, ['副旗长'], '旗政府'],
    // a league's head heads its administrative office (行政公署), not a 政府
    [null, ['副盟长'], '盟行政公署'],
    ['阿拉善盟', ['阿拉善盟副盟长'], '阿拉善盟行政公署'],
    [null, ['阿拉善盟副盟长'], '阿拉善盟行政公署'],
    // the head's assistant sits in the head's government, as a deputy does (t67 #11)
    [null, ['区长助理'], '区政府'],
    [null, ['市长助理'], '市政府'],
    ['临江区', ['临江区区长助理'], '临江区政府'],
    // near-misses: an institution already read, another level, a zone's 管委会, a bare 副主席 (of what?),
    // posts of two levels, no head post at all
    ['市政府', ['市政府副市长'], '市政府'],
    ['县人民政府', ['县人民政府副县长'], '县人民政府'],
    ['湖口县', ['湖口县副市长'], '湖口县'],
    ['凤岭经济开发区', ['凤岭经济开发区副区长'], '凤岭经济开发区'],
    ['凤岭经济开发区管委会', ['凤岭经济开发区管委会副主任、挂职副县长'], '凤岭经济开发区管委会'],
    [null, ['副主席'], null],
    ['市总工会', ['市总工会副主席'], '市总工会'],
    ['镇人大', ['镇人大主席'], '镇人大'],
    [null, ['副市长', '副县长'], null],
    [null, ['市人大代表'], null],
    // (an assistant of no government's head: 局长助理, 校长助理, 主任助理)
    ['市公安局', ['市公安局局长助理'], '市公安局'],
    [null, ['校长助理'], null],
    [null, ['主任助理'], null],
    ['市公安局', ['副市长兼市公安局局长'], '市公安局'],
    ['县', ['县人大代表'], '县'],
  ])('%s %j → %s', (org, titles, expected) => {
    expect(headedGovernment(org, titles)).toBe(expected);
  });
});

describe('[government-heads] a member of the State Council, and the highest government post of a chain (t55 p05, p06, p11)', () => {
  it.each<[string | null, string[], string | null]>([
    [null, ['国务委员'], '国务院'],
    [null, ['副总理'], '国务院'],
    // near-misses: a 国务委员 holding a ministry answers as its minister; a bare 委员 is no member of the State Council
    ['公安部', ['国务委员、公安部部长'], '公安部'],
    [null, ['委员'], null],
  ])('headedGovernment %s %j → %s', (org, titles, want) => {
    expect(headedGovernment(org, titles)).toBe(want);
  });

  it.each<[string | null, string[], string | null]>([
    ['公安部', ['国务委员、公安部部长'], '国务院'],
    [null, ['国务委员'], '国务院'],
    ['国务院', ['国务院副总理'], '国务院'],
    ['省公安厅', ['副省长、省公安厅厅长'], '省政府'],
    ['省公安厅', ['副省长兼省公安厅厅长'], '省政府'],
    ['河南省公安厅', ['河南省副省长、河南省公安厅厅长'], '河南省政府'],
    ['市政府', ['市委常委、市政府副市长'], '市政府'],
    ['湖口县', ['湖口县副县长'], '湖口县政府'],
    // near-misses: no head of a government in the chain keeps the organization; a bare 副主席 names no government
    ['省公安厅', ['省公安厅党委书记、厅长'], '省公安厅'],
    ['市人大常委会', ['市人大常委会委员、市人大财经委主任委员'], '市人大常委会'],
    ['市政协', ['市政协副主席'], '市政协'],
    ['公安部', ['公安部部长'], '公安部'],
  ])('chainGovernment %s %j → %s', (org, titles, want) => {
    expect(chainGovernment(org, titles)).toBe(want);
  });
});
