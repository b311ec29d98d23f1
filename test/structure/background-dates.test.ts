import { describe, expect, it } from 'vitest';
import { backgroundDate } from '../../src/structure/background-dates.js';
import { normalize } from '../../src/source/normalize.js';

/** Whether the first occurrence of `date` in `text` is a date of the background (the region: the whole text). */
function background(text: string, date: string): boolean {
  const view = normalize(text);
  return backgroundDate(view, [0, view.length], view.indexOf(normalize(date)));
}

describe('[background-dates] a date before the sentence naming the meeting by number, dated only 日前/近日', () => {
  it.each<[string, string, string, boolean]>([
    ['an editor\'s note on the earlier inquiry', '编者按：2022年6月，市人大常委会对全市学前教育工作开展专题询问。日前，市第十六届人大常委会第二十一次会议对审议意见落实情况开展跟踪询问。', '2022年6月', true],
    ['a full day of last year\'s inquiry, then 近日', '2023年11月28日，县人大常委会就养老服务开展专题询问。近日，县十八届人大常委会第十五次会议开展跟踪询问。', '2023年11月28日', true],
    // near-misses: the meeting's own sentence, no vague date, a date after the vague sentence, no numbered meeting
    ['the dated sentence names the meeting itself', '2024年6月，市第十六届人大常委会第二十一次会议开展跟踪询问。日前，记者了解到整改进展。', '2024年6月', false],
    ['the numbered meeting is dated', '2022年6月，市人大常委会开展专题询问。6月28日，市第十六届人大常委会第二十一次会议开展跟踪询问。', '2022年6月', false],
    ['the date follows the vague sentence', '日前，市第十六届人大常委会第二十一次会议开展跟踪询问。6月29日上午的联组会议上，委员们逐一发问。', '6月29日', false],
    ['no meeting named by number', '2022年6月，市人大常委会开展专题询问。日前，市人大常委会开展跟踪询问。', '2022年6月', false],
  ])('%s', (_name, text, date, expected) => {
    expect(background(text, date)).toBe(expected);
  });
});
