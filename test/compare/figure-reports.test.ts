/**
 * Promises reported on through their figure: a promise whose target the figures section paired with the later session's
 * figure is reported on (done, partly done, unmet), not dropped — even when the report's words say no 已 or 完成.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { compare } from '../../src/compare/compare.js';

/** An invented county session on `date`: `answer` before the measures (一是…二是…), or the whole answer when `measures` is ''. */
const session = (date: string, answer: string, measures = '') => {
  const r = parse([
    '信丰县人大常委会开展脱贫人口就业专题询问',
    '问题一:脱贫人口务工收入增长放缓，县人社局有什么举措?',
    '县人大常委会委员黄志勇:脱贫人口务工收入增长放缓，请问县人社局有什么举措?',
    `县人社局局长谢文涛:${answer}${measures}`,
    '',
  ].join('\n'), { name: 'x' });
  r.session.date = date;
  return r;
};
const A = (measures: string) => session('2023-08-29', '', measures);

describe('[compare/figure-reports] a promise reported on by its figure', () => {
  it.each<[string, string, string, [string, string, number | null][]]>([
    ['the target reached', '一是开展订单式技能培训，今年培训脱贫劳动力1200人次；二是完善考核机制。',
      '去年全县脱贫人口务工就业3.35万人；培训脱贫劳动力1356人次。', [['开展订单式技能培训，今年培训脱贫劳动力1200人次', 'done', null]]],
    ['short of the target', '一是开展订单式技能培训，今年培训脱贫劳动力1200人次；二是完善考核机制。',
      '去年全县脱贫人口务工就业3.35万人；培训脱贫劳动力900人次。', [['开展订单式技能培训，今年培训脱贫劳动力1200人次', 'partly-done', 0.75]]],
    // Near-miss: another indicator's figure pairs with nothing, and the promise stays not seen again.
    ['another indicator', '一是开展订单式技能培训，今年培训脱贫劳动力1200人次；二是完善考核机制。',
      '去年全县新增公益性岗位320个。', []],
  ])('%s', (_, measuresA, answerB, expected) => {
    const c = compare(A(measuresA), session('2024-09-26', answerB));
    const byFigure = c.promises.done.filter((d) => d.promise.text.includes('培训'));
    expect(byFigure.map((d) => [d.promise.text, d.status, d.progress?.share ?? null])).toEqual(expected);
    for (const d of byFigure) {
      // The report is the figure's sentence part, in B's text.
      expect(d.report.text).toContain('培训脱贫劳动力');
      expect(c.promises.onlyA.map((m) => m.text)).not.toContain(d.promise.text);
    }
    if (!expected.length) expect(c.promises.onlyA.map((m) => m.text)).toContain(measuresA.slice(2, measuresA.indexOf('；')));
  });
  it('the later session\'s promises are not reported on by the earlier one\'s figures', () => {
    const c = compare(session('2024-09-26', '', '一是开展订单式技能培训，今年培训脱贫劳动力1200人次；二是完善考核机制。'),
      session('2023-08-29', '去年培训脱贫劳动力1356人次。'));
    expect(c.promises.done.filter((d) => d.promise.text.includes('培训'))).toEqual([]);
  });
});
