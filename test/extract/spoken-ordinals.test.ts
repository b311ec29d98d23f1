import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { findMarkers } from '../../src/extract/markers.js';
import { buildRuns } from '../../src/extract/enumeration-runs.js';

/** The runs of a text as lists of marker texts. */
function runs(text: string): string[][] {
  const view = normalize(text);
  return buildRuns(findMarkers(view, 0, view.length)).map((r) => r.markers.map((m) => text.slice(m.span[0], m.span[1])));
}

describe('[spoken-ordinals] an ordinal and one action verb, said again with the next numeral, is a list', () => {
  it.each([
    ['一抓 二抓 三抓', '我们一抓师资培训;二抓校舍维修;三抓资助落实。', [['一抓', '二抓', '三抓']]],
    ['一看 二看 (one-character verb, commas)', '评价一看群众满意度,二看目标完成率。', [['一看', '二看']]],
    ['一加强 二加强 三加强', '一加强巡查;二加强执法;三加强宣传。', [['一加强', '二加强', '三加强']]],
    ['a new verb run after a 一是 run', '一是定规划,二是筹资金。另外一靠财政,二靠社会。', [['一是', '二是'], ['一靠', '二靠']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });

  it.each([
    ['一查二改三评 (a method named by three verbs)', '推行一查二改三评工作法。'],
    ['一抓到底 alone', '对问题线索一抓到底。'],
    ['一手抓 … 一手抓', '一手抓建设,一手抓管理。'],
    ['一抓 then 二靠 (no run of one verb)', '一抓建设;二靠管理。'],
  ])('no run: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
});

describe('[spoken-ordinals] a colloquial 一个是 opens the run of 第二个是', () => {
  it.each([
    ['一个是 第二个是 第三个是', '一个是修路;第二个是建桥;第三个是通车。', [['一个是', '第二个是', '第三个是']]],
    ['一件是 第二件是 (another classifier)', '一件是修路;第二件是建桥。', [['一件是', '第二件是']]],
    ['一个是 另一个是 stays a pair', '一个是修路;另一个是建桥。', [['一个是', '另一个是']]],
    ['一个是 再一个是 最后一个是', '一个是修路;再一个是建桥;最后一个是通车。', [['一个是', '再一个是', '最后一个是']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });

  it('a 第二件是 does not take a 一个是 of another classifier', () => {
    expect(runs('一个是修路;第二件是建桥。')).toEqual([]);
  });
});
