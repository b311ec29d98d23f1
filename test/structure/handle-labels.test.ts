import { describe, expect, it } from 'vitest';
import { handleLabelMentions } from '../../src/structure/handle-labels.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
/** [name, title, the mention's text, congress] of each handle label in `text`. */
const handles = (text: string) => handleLabelMentions(pairOf(text), [0, text.length], [])
  .map((m) => [m.name, m.title, text.slice(m.span[0], m.span[1]), m.congress]);

describe('[handle-labels] an online user\'s label, the handle in the name slot', () => {
  it.each([
    ['网友“江畔听雨”：夜市噪音谁来管？请区城市管理局回答。', [['江畔听雨', '网友', '网友“江畔听雨”', true]]],
    ['网友江畔听雨：夜市噪音谁来管？', [['江畔听雨', '网友', '网友江畔听雨', true]]],
    ['网民“山城阿杰”问：占道经营谁来管？', [['山城阿杰', '网民', '网民“山城阿杰”', true]]],
    ['网友 “小鱼爱吃草123”：公交线路能不能延长？', [['小鱼爱吃草123', '网友', '网友 “小鱼爱吃草123”', true]]],
    ['网友代表“桂花树下”：学位够不够？', [['桂花树下', '网友代表', '网友代表“桂花树下”', true]]],
    ['（大屏幕显示网友留言）网友“江畔听雨”：夜市噪音谁来管？', [['江畔听雨', '网友', '网友“江畔听雨”', true]]],
    ['区城市管理局局长冯卫东：谢谢。\n网友“江畔听雨”：夜市噪音谁来管？', [['江畔听雨', '网友', '网友“江畔听雨”', true]]],
  ])('%s → %j', (text, expected) => {
    expect(handles(text)).toEqual(expected);
  });

  it.each([
    // the chair quoting a user in running words: the chair speaks
    ['钱嘉树：有网友“江畔听雨”留言说：“夜市噪音谁来管？”'],
    // words of the relay, or a group: no handle
    ['网友留言：夜市噪音谁来管？'], ['网友提问：公交线路能不能延长？'], ['网友们：大家好。'],
    // no colon: no label
    ['网友江畔听雨认为夜市太吵。'],
  ])('%s → none', (text) => {
    expect(handles(text)).toEqual([]);
  });

  it('a label claimed already (a real name read with its title) is left alone', () => {
    const text = '网友严子健：公交线路能不能延长？';
    expect(handleLabelMentions(pairOf(text), [0, text.length], [[0, 5]])).toEqual([]);
  });
});
