/**
 * A session reporting in the past tense on the other's promises for the year (compare/past-reports.ts).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { reportsOn } from '../../src/compare/past-reports.js';

/** A session whose one official answers `answer`. */
const session = (answer: string) => parse(['衡水市人大常委会开展农村饮水安全专题询问', '', '市人大常委会委员马春生问：工作怎么推进？', '', `市水务局局长王立新：${answer}`, ''].join('\n'), { name: 'x' });

describe('[compare/past-reports] last year\'s result answering this year\'s promise', () => {
  it.each([
    ['the same task and unit, near the target', '去年完成地表水置换村庄446个，比原计划多26个。', '年底前完成地表水置换村庄420个。', '去年完成地表水置换村庄446个'],
    ['了 and 全部 before the figure', '去年完成了全部128个水源地保护区划定。', '我们将在年内完成全市128个千吨万人水源地保护区划定。', '去年完成了全部128个水源地保护区划定'],
    ['万 in both figures', '去年全市新增公共停车泊位1.38万个。', '确保年底前新增公共停车泊位1.2万个。', '去年全市新增公共停车泊位1.38万个'],
  ])('%s', (_, past, promise, want) => {
    expect(reportsOn(session(past), session(promise))).toBe(want);
  });
  it.each([
    // Near-misses: a baseline far from the target (the first session's own past work); another unit; another task; a
    // quoted promise (去年承诺, 去年计划: order.ts's quotes); no figure; no deadline this year.
    ['a baseline, far from a cumulative target', '去年全市完成加装电梯386部。', '确保今年底前累计完成加装电梯1500部。'],
    ['another unit', '去年完成管网改造1520公里。', '今年改造管网1800处。'],
    ['another task', '去年完成县级水厂提标改造6座。', '年底前完成地表水置换村庄420个。'],
    ['a quoted promise', '去年承诺新增公共停车泊位1.2万个。', '确保年底前新增公共停车泊位1.2万个。'],
    ['a plan of last year', '去年计划完成地表水置换村庄420个。', '年底前完成地表水置换村庄420个。'],
    ['no figure', '去年完成了水源地保护区划定。', '年内完成水源地保护区划定。'],
    ['no deadline this year', '去年完成地表水置换村庄446个。', '到2021年完成地表水置换村庄420个。'],
  ])('no report: %s', (_, past, promise) => {
    expect(reportsOn(session(past), session(promise))).toBeNull();
  });
});
