import { describe, expect, it } from 'vitest';
import { joinWraps, unwrapped, viewSpan } from '../../src/structure/session-wraps.js';
import { session } from '../helpers/session.js';

describe('[session-wraps] joinWraps', () => {
  it.each([
    ['（2024年5月8日市十七届人大常委会第九次会议联\n组会议）', '（2024年5月8日市十七届人大常委会第九次会议联组会议）'],
    ['市人大常委会第二十\n  次会议', '市人大常委会第二十次会议'],
    ['第1\n2次会议', '第12次会议'],
    // a blank line parts paragraphs, and a break after punctuation is no wrap
    ['第九次会议\n\n联组会议', '第九次会议\n\n联组会议'],
    ['举行联组会议。\n询问开始', '举行联组会议。\n询问开始'],
  ])('%j → %j', (text, joined) => {
    expect(joinWraps(text, [0, text.length]).joined).toBe(joined);
  });

  it('maps a span of the joined region back to the view, the break inside it', () => {
    const text = '某县人大常委会第七次会议联\n组会议';
    const region = joinWraps(text, [2, text.length]);
    const at = region.joined.indexOf('联组会议');
    const span = viewSpan(region, at, at + 4);
    expect(text.slice(span[0], span[1])).toBe('联\n组会议');
    expect(unwrapped(text.slice(span[0], span[1]))).toBe('联组会议');
  });
});

describe('[session-wraps] session fields of a wrapped session line', () => {
  it.each([
    ['（2024年5月8日某市十七届人大常委会第九次会议联\n组会议）', { body: '某市十七届人大常委会', meeting: '第九次会议', format: '联组会议' }],
    ['（2024年5月8日某市十七届人大常委会第九次会议联组会\n议）', { meeting: '第九次会议', format: '联组会议' }],
    ['（2024年5月8日某市十七届人大常委会第二十\n次会议联组会议）', { meeting: '第二十次会议', format: '联组会议' }],
    ['（2024年5月8日某市十七届人大常\n    委会第九次会议全体会议）', { body: '某市十七届人大常委会', meeting: '第九次会议', format: '全体会议' }],
  ])('%j', (line, expected) => {
    const s = session(line, '关于城市更新工作情况的专题询问发言摘要');
    expect(s).toMatchObject(expected);
    for (const v of [s.body, s.meeting, s.format]) expect(v ?? '').not.toMatch(/\n/u);
  });
});
