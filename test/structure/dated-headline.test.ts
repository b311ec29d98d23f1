import { describe, expect, it } from 'vitest';
import { datedHeadline } from '../../src/structure/dated-headline.js';
import { normalize } from '../../src/source/normalize.js';

describe('[dated-headline] a date written before or after the headline', () => {
  it.each<[string, string, string]>([
    ['2022年9月1日 区人大常委会联组会议开展专题询问', '区人大常委会联组会议开展专题询问', '2022年9月1日'],
    ['2022年9月1日区人大常委会开展养老服务专题询问', '区人大常委会开展养老服务专题询问', '2022年9月1日'],
    ['【2022年9月1日】区人大常委会开展专题询问', '区人大常委会开展专题询问', '2022年9月1日'],
    ['2022.9.1　区人大常委会开展专题询问', '区人大常委会开展专题询问', '2022.9.1'],
    ['2022-09-01 区人大常委会开展专题询问', '区人大常委会开展专题询问', '2022-09-01'],
    ['2022/9/1 区人大常委会开展专题询问', '区人大常委会开展专题询问', '2022/9/1'],
    ['9月1日，区人大常委会开展养老服务专题询问', '区人大常委会开展养老服务专题询问', '9月1日'],
    ['9月1日上午 区人大常委会联组会议开展专题询问', '区人大常委会联组会议开展专题询问', '9月1日'],
    ['区人大常委会开展专题询问　2022年9月1日', '区人大常委会开展专题询问', '2022年9月1日'],
    ['区人大常委会开展专题询问（2022年9月1日）', '区人大常委会开展专题询问', '2022年9月1日'],
    ['区人大常委会开展专题询问 2022.9.1', '区人大常委会开展专题询问', '2022.9.1'],
  ])('%s', (line, title, date) => {
    const d = datedHeadline(normalize(line));
    expect(d).not.toBeNull();
    expect(line.slice(...d!.title)).toBe(title);
    expect(line.slice(...d!.date)).toBe(date);
  });
  it.each([
    // ledes: sentences, a second clause
    '2022年9月1日，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。',
    '9月1日上午，区人大常委会举行联组会议，就养老服务开展专题询问',
    // no word of the inquiry after the date
    '2022年9月1日 星期四',
    // no date
    '区人大常委会开展专题询问',
    // a year-less date after the words, or glued to them
    '区人大常委会开展专题询问（9月1日）',
    '区人大常委会2022年9月1日开展专题询问',
    // not a year: a code in figures
    '0871-65-12 区人大常委会开展专题询问',
  ])('%s has no dateline', (line) => {
    expect(datedHeadline(normalize(line))).toBeNull();
  });
});
