import { describe, expect, it } from 'vitest';
import { relativeDay, issueYear } from '../../src/structure/relative-days.js';
import { readDate } from '../../src/structure/session-date.js';
import { normalize } from '../../src/source/normalize.js';

const FULL = /(\d{4})-(\d{2})-(\d{2})/u;
const dateIn = (slice: string) => { const m = FULL.exec(slice); return m ? { iso: m[0] } : null; };

describe('[relative-days] a day word in the lede, counted from the publication date', () => {
  it.each<[string, string, string | null, string | null]>([
    ['昨天下午', '昨天下午，澄川市十七届人大常委会第二十二次会议举行联组会议，开展专题询问。', '2024-11-15', '2024-11-14'],
    ['昨日 over a month end', '昨日，市人大常委会举行联组会议，开展专题询问。', '2024-03-01', '2024-02-29'],
    ['前天上午', '前天上午，县人大常委会召开会议，对农村供水工作进行专题询问。', '2024-01-02', '2023-12-31'],
    ['今天 after 本报讯（记者 …）', '本报讯（记者 卓某）今天上午，市人大常委会举行专题询问会。', '2024-06-20', '2024-06-20'],
    ['the page line above the lede is the publication date', '2024-11-15 06:30  澄川晚报  记者 邢某\n\n昨天下午，澄川市人大常委会举行联组会议，开展专题询问。', '2024-11-14', '2024-11-14'],
    // near-misses: the day word not opening the meeting's sentence, no date to count from, a vague time
    ['昨天 inside the sentence', '市人大常委会举行联组会议，委员们说昨天还在现场调研。', '2024-11-15', null],
    ['no publication date', '昨天下午，市人大常委会举行联组会议，开展专题询问。', null, null],
    ['近日 is no day', '近日，市人大常委会举行联组会议，开展专题询问。', '2024-11-15', null],
  ])('%s', (_name, lede, published, expected) => {
    const view = normalize(lede);
    expect(relativeDay(view, [[0, view.length]], published, dateIn)?.iso ?? null).toBe(expected);
  });

  it('through readDate: the day before the page\'s date', () => {
    const view = normalize('昨天下午，澄川市十七届人大常委会第二十二次会议举行联组会议，开展专题询问。');
    expect(readDate(view, [[0, view.length]], { iso: '2024-11-15', span: [0, 0] }, []).date?.iso).toBe('2024-11-14');
  });
});

describe('[relative-days] the year of a periodical\'s issue', () => {
  it.each<[string, string | null]>([
    ['来源：《滨江人大》2024年第4期', '2024'],
    ['《人大建设》2023年第12期', '2023'],
    // near-misses: a meeting's number, a year alone
    ['市第十七届人大常委会第十五次会议', null],
    ['2024年全市排水防涝工作', null],
  ])('%s → %s', (line, year) => {
    const view = normalize(line);
    expect(issueYear(view, [0, view.length])).toBe(year);
  });

  it('through readDate: a month and day in the lede take the issue\'s year', () => {
    const text = normalize('来源：《滨江人大》2024年第4期\n\n7月30日，滨江市第十七届人大常委会第十五次会议举行联组会议，开展专题询问。');
    const lede = text.indexOf('7月');
    expect(readDate(text, [[lede, text.length]], null, [], null, [0, text.length]).date?.iso).toBe('2024-07-30');
  });
});
