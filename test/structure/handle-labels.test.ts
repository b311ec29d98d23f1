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

  // Read out inside someone's line, a quoted handle with its verb of asking (through a platform maybe) and a colon.
  it.each([
    ['工作人员：网民“老城区的小周”通过“南屏人大”微信公众号提问：小区没有车位怎么办？', [['老城区的小周', '网民', '网民“老城区的小周”通过“南屏人大”微信公众号', true]]],
    ['曹某：我来念一下。网民“南屏上班族”问：医院周边停车太难怎么办？', [['南屏上班族', '网民', '网民“南屏上班族”', true]]],
    ['黎某：由我代为宣读。网友“澧水人家”留言：音乐老师缺得厉害，有没有办法？', [['澧水人家', '网友', '网友“澧水人家”', true]]],
    ['工作人员： 网民“老城区的小周”问：小区没有车位怎么办？', [['老城区的小周', '网民', '网民“老城区的小周”', true]]],
    ['主持人吕某代为宣读了网民“甘泉老李”的留言：“为什么有的药医保报不了？”', [['甘泉老李', '网民', '网民“甘泉老李”', true]]],
    // (…and at a line start, through a platform: the platform is the label's.)
    ['网民“老城区的小周”通过“南屏人大”微信公众号提问：小区没有车位怎么办？', [['老城区的小周', '网民', '网民“老城区的小周”通过“南屏人大”微信公众号', true]]],
  ])('read out: %s → %j', (text, expected) => {
    expect(handles(text)).toEqual(expected);
  });

  it.each([
    // no verb of asking, or no colon after it: the handle is only named
    ['曹某：网民“南屏上班族”的建议很好。'], ['曹某：感谢网民“南屏上班族”提问。'], ['曹某：网民“南屏上班族”的留言我们收到了。'],
    // no handle
    ['曹某：我来念一下。网民问：医院周边停车太难怎么办？'],
  ])('read out, near-miss: %s → none', (text) => {
    expect(handles(text)).toEqual([]);
  });

  it('a label claimed already (a real name read with its title) is left alone', () => {
    const text = '网友严子健：公交线路能不能延长？';
    expect(handleLabelMentions(pairOf(text), [0, text.length], [[0, 5]])).toEqual([]);
  });
});
