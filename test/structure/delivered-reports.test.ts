import { describe, expect, it } from 'vitest';
import { deliveryLine, withoutSpan } from '../../src/structure/delivered-reports.js';
import { normalize } from '../../src/source/normalize.js';
import { session } from '../helpers/session.js';

const TITLE = '关于住房公积金管理工作专题询问情况的报告';
const HELD = '根据监督工作计划，11月24日，市十六届人大常委会第七次会议在审议市人民政府关于住房公积金管理工作情况的报告时，召开联组会议开展了专题询问。现将有关情况报告如下。';

describe('[delivered-reports] a report on the inquiry delivered at a later meeting (t69 #4)', () => {
  // Each row: the introduction, the session's meeting and date.
  it.each<[string, string, string | null, string | null]>([
    ['the delivery line, then the inquiry held on its own day', `——2022年12月27日在衡阳市第十六届人民代表大会常务委员会第八次会议上\n衡阳市人大常委会财政经济工作委员会\n${HELD}`, '第七次会议', '2022-11-24'],
    ['the inquiry held in the December before a January delivery', `——2023年1月10日在某市第十六届人民代表大会常务委员会第九次会议上\n${HELD.replace('11月24日', '12月20日')}`, '第七次会议', '2022-12-20'],
    ['the inquiry\'s own full date', `——2022年12月27日在某市第十六届人民代表大会常务委员会第八次会议上\n${HELD.replace('11月24日', '2022年11月24日')}`, '第七次会议', '2022-11-24'],
    // near-misses: without a day of the inquiry's own, the delivery line is all the text says of the meeting
    ['no day of the inquiry\'s own', `——2022年12月27日在某市第十六届人民代表大会常务委员会第八次会议上\n${HELD.replace('11月24日，', '')}`, '第八次会议', '2022-12-27'],
    ['a lede, no delivery line', `2022年11月24日，市十六届人大常委会第七次会议举行联组会议，开展专题询问。`, '第七次会议', '2022-11-24'],
  ])('%s', (_name, intro, meeting, date) => {
    const s = session(intro, TITLE);
    expect([s.meeting, s.date]).toEqual([meeting, date]);
  });

  it('finds the line only in a region that holds it, and cuts it out of a region', () => {
    const text = `——2022年12月27日在某市人大常委会第八次会议上\n${HELD}`;
    const line = deliveryLine(normalize(text), [[0, text.length]]);
    expect(line && text.slice(...line)).toBe('——2022年12月27日在某市人大常委会第八次会议上');
    expect(deliveryLine(normalize(HELD), [[0, HELD.length]])).toBeNull();
    expect(withoutSpan([0, 10], [3, 5])).toEqual([[0, 3], [5, 10]]);
    expect(withoutSpan([0, 10], [0, 10])).toEqual([]);
    expect(withoutSpan([0, 10], [12, 15])).toEqual([[0, 10]]);
  });
});
