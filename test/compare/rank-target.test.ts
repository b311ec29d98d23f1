/** One place in one league promised again (rank-target.ts): 进入全省前三名 in both wordings; near-misses left apart. */
import { describe, expect, it } from 'vitest';
import { sharedRank } from '../../src/compare/rank-target.js';
import { parse } from '../../src/pipeline.js';
import type { InquiryRecord } from '../../src/model/record.js';
import type { MeasureRef } from '../../src/compare/types.js';

/** A session whose closing pledge is `pledge`, and that pledge as a measure reference. */
function side(pledge: string): [InquiryRecord, MeasureRef] {
  const text = `某市人大常委会开展营商环境专题询问\n委员宓佳音问：营商环境怎么优化？\n市发展改革委主任韩建民回答：我们将持续优化审批流程。\n副市长邓家明表态：${pledge}\n`;
  const r = parse(text, { name: 'x' });
  const at = text.indexOf(pledge);
  return [r, { question: null, path: 'p1', marker: null, text: pledge, span: [at, at + pledge.length], responder: null }];
}

describe('[compare/rank-target] sharedRank', () => {
  it.each<[string, string, boolean]>([
    ['市政府将力争明年全市营商环境评价进入全省前三名。', '市政府将对标先进，力争今年进入全省前三名。', true],
    ['力争年内跻身全国前十。', '确保明年跻身全国前十。', true],
    // near-misses: two leagues; another place; a rank reported, not promised; no league named
    ['力争进入全省前三名。', '力争进入全国前三名。', false],
    ['力争进入全省前三名。', '力争进入全省前五名。', false],
    ['力争进入全省前三名。', '我市排名第五，未进入全省前三。', false],
    ['力争排名前三。', '力争排名前三。', false],
  ])('%s / %s → %s', (x, y, want) => {
    const [a, ma] = side(x);
    const [b, mb] = side(y);
    expect(sharedRank(a, ma, b, mb)).toBe(want);
  });
});
