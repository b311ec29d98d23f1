import { describe, expect, it } from 'vitest';
import { otherPlaces, places } from '../../src/compare/places.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[compare/places] the places a promise is for', () => {
  it.each([
    // a list of names closed by a count of area nouns
    ['今年底前完成城南、河东两个片区雨污分流改造', ['城南', '河东']],
    ['年内完成东坝、柳林两乡农村公路提质改造', ['东坝', '柳林']],
    ['上半年建成河湾、枫林两村污水处理站', ['河湾', '枫林']],
    // a name followed by an area noun
    ['明年6月底前全面完成城南片区雨污分流管网改造', ['城南']],
    ['完成东城街道老旧小区改造', ['东城']],
    ['完成滨江新区道路建设', ['滨江']],
    // written with its area suffix
    ['完成老城区易涝点整治35处', ['老城']],
    ['全面推进青川市养老服务体系建设', ['青川']],
  ])('%s → %j', (text, expected) => {
    expect([...places(text, jieba)].sort()).toEqual([...expected].sort());
  });

  it.each([
    // area nouns and kinds of place are no names
    '推进镇街社区网格化管理', '开展全国文明城市创建', '推进农村供水保障', '建设经济开发区',
    '每年组织两次防汛应急演练，并延伸到镇街', '积极争取中央和省级专项资金', '建设社区嵌入式养老服务中心20个',
  ])('%s names no place', (text) => {
    expect(places(text, jieba)).toEqual([]);
  });

  it.each([
    [['城南'], ['河东'], true],
    [['城南'], ['城南', '河东'], false],
    [['城南'], [], false],
    [[], [], false],
  ])('%j against %j: another place %s', (a, b, expected) => {
    expect(otherPlaces(a, b)).toBe(expected);
    expect(otherPlaces(b, a)).toBe(expected);
  });
});
