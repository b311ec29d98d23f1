/**
 * Which session is the later: by the dates, else by which quotes the other's promises back.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { quotesPast, sessionOrder } from '../../src/compare/order.js';

const session = (date: string | null, question: string, title = '松溪县人大常委会开展城乡排水工作专题询问') => {
  const r = parse([title, `县人大常委会委员吕思源:${question}`, '县住建局局长甘雨桐:我们将加快推进。', ''].join('\n'), { name: 'x' });
  r.session.date = date;
  return r;
};

describe('[compare/order] the later session', () => {
  it.each([
    ['去年承诺', '去年承诺审批时限压缩到10个工作日，现在做到了吗？'],
    ['去年说…要', '去年说全程网办率要提高到七成，现在实现了吗？'],
    ['去年询问时', '去年询问时，县乡村振兴局承诺年底前帮扶车间总数达到30个，落实得怎么样？'],
    ['上次提出的', '上次询问提出的管网改造任务完成了吗？'],
  ])('a session quoting the past: %s', (_, question) => {
    expect(quotesPast(session(null, question))).toBe(true);
  });
  it.each([
    // Near-misses: last year's figure is no promise quoted; a plain question.
    ['去年 with a figure', '去年全市完成加装电梯386部，今年怎么加快？'],
    ['a plain question', '县政府如何补齐城乡排水设施短板？'],
  ])('no quoting: %s', (_, question) => {
    expect(quotesPast(session(null, question))).toBe(false);
  });
  it('a follow-up title (跟踪询问) quotes the past', () => {
    expect(quotesPast(session(null, '县政府如何补齐短板？', '松溪县人大常委会开展城乡排水工作跟踪询问'))).toBe(true);
  });
  it('both dated: by the dates; one undated: by the quoting; neither or both quoting: unknown', () => {
    const plain = (d: string | null) => session(d, '县政府如何补齐城乡排水设施短板？');
    const quoting = (d: string | null) => session(d, '去年承诺的管网改造完成了吗？');
    expect(sessionOrder(plain('2025-06-18'), plain('2024-06-20'))).toEqual({ later: 'a', by: 'dates', undated: [] });
    expect(sessionOrder(plain(null), quoting('2025-06-18'))).toEqual({ later: 'b', by: 'quotes', undated: ['a'] });
    expect(sessionOrder(quoting('2025-06-18'), plain(null))).toEqual({ later: 'a', by: 'quotes', undated: ['b'] });
    expect(sessionOrder(plain(null), plain('2025-06-18'))).toEqual({ later: null, by: null, undated: ['a'] });
    expect(sessionOrder(quoting(null), quoting(null))).toEqual({ later: null, by: null, undated: ['a', 'b'] });
  });
});
