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
    expect(sessionOrder(plain('2025-06-18'), plain('2024-06-20'))).toEqual({ later: 'a', by: 'dates', evidence: [{ by: 'dates', detail: '2025-06-18 / 2024-06-20' }], undated: [] });
    expect(sessionOrder(plain(null), quoting('2025-06-18'))).toEqual({ later: 'b', by: 'quotes', evidence: [{ by: 'quotes', detail: '去年承诺' }], undated: ['a'] });
    expect(sessionOrder(quoting('2025-06-18'), plain(null))).toEqual({ later: 'a', by: 'quotes', evidence: [{ by: 'quotes', detail: '去年承诺' }], undated: ['b'] });
    expect(sessionOrder(plain(null), plain('2025-06-18'))).toEqual({ later: null, by: null, evidence: [], undated: ['a'] });
    expect(sessionOrder(quoting(null), quoting(null))).toEqual({ later: null, by: null, evidence: [], undated: ['a', 'b'] });
  });
});

/** A session of 衡水市's body with its meeting line, a title, one question and one answer (no date: 7月2日上午). */
const meeting = (intro: string, title: string, question: string, answer: string) =>
  parse([title, '', `7月2日上午，${intro}召开联组会议，开展专题询问。`, '', `市人大常委会委员马春生问：${question}`, '', `市水务局局长王立新：${answer}`, ''].join('\n'), { name: 'x' });

describe('[compare/order] undated sessions: further readings, each named', () => {
  const first = meeting('衡水市第七届人大常委会第十六次会议', '衡水市人大常委会开展农村饮水安全专题询问', '农村饮水“水质关”怎么过？', '年底前完成地表水置换村庄420个。');
  it.each([
    // [what, the other session, the reading that tells, what it shows]
    ['a later meeting of one term', meeting('衡水市第七届人大常委会第二十四次会议', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。'), 'meetings', '第7届 第16次 < 第24次'],
    ['a meeting past 一百 (第一百零二次)', meeting('衡水市第七届人大常委会第一百零二次会议', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。'), 'meetings', '第7届 第16次 < 第102次'],
    ['a later term of one body', meeting('衡水市第八届人大常委会第三次会议', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。'), 'meetings', '第7届 < 第8届'],
    // A paper writing the city's own congress without the city ("——市人大常委会…问答摘登"): one body (place.ts's sessionPlaces).
    ['a later meeting, the body written without its place', meeting('市第七届人大常委会第二十四次会议', '——市人大常委会农村饮水安全专题询问问答摘登', '水质怎么样？', '我们将继续推进。'), 'meetings', '第7届 第16次 < 第24次'],
    ['a follow-up title (跟踪问效)', meeting('衡水市人大常委会', '【跟踪问效】农村饮水安全，承诺兑现了吗？', '水质怎么样？', '我们将继续推进。'), 'follow-up', '【跟踪问效】农村饮水安全，承诺兑现了吗？'],
    ['a past-tense report on the other\'s promise', meeting('衡水市人大常委会', '衡水市人大常委会开展农村饮水安全专题询问', '地表水置换任务怎么样了？', '去年完成地表水置换村庄446个，比原计划多26个。'), 'reports', '去年完成地表水置换村庄446个'],
  ])('%s: the later, whichever is given first', (_, later, by, detail) => {
    expect(sessionOrder(first, later)).toMatchObject({ later: 'b', by, evidence: [{ by, detail }] });
    expect(sessionOrder(later, first)).toMatchObject({ later: 'a', by });
  });
  it.each([
    // Near-misses: another body's numbering; one meeting; a quoted promise is no report (the quote reads it); a result of
    // last year that answers nothing the other promised; readings that disagree.
    ['another body\'s meeting', meeting('沧州市第七届人大常委会第二十四次会议', '沧州市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。')],
    ['a meeting of another kind (主任会议, numbered apart)', meeting('衡水市第七届人大常委会第二十四次主任会议', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。')],
    ['the same meeting', meeting('衡水市第七届人大常委会第十六次会议', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '我们将继续推进。')],
    ['去年承诺新增… is a quote', meeting('衡水市人大常委会', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '去年计划完成地表水置换村庄420个。')],
    ['a baseline of last year far from the target', meeting('衡水市人大常委会', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '去年全市完成地表水置换村庄86个。')],
    ['去年完成 of another task', meeting('衡水市人大常委会', '衡水市人大常委会开展农村饮水安全专题询问', '水质怎么样？', '去年完成县级水厂提标改造6座。')],
    ['an earlier meeting with a follow-up title', meeting('衡水市第七届人大常委会第九次会议', '衡水市人大常委会开展农村饮水安全跟踪询问', '水质怎么样？', '我们将继续推进。')],
  ])('%s: no order', (_, other) => {
    expect(sessionOrder(first, other)).toMatchObject({ later: null, by: null, evidence: [] });
  });
});
