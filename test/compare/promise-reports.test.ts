/** What a report says of a promise it meets (promise-reports.ts): done early, held reports, the order of done promises. */
import { describe, expect, it } from 'vitest';
import { doneOrder, early, holdReports, inOrder } from '../../src/compare/promise-reports.js';
import { promiseTerms } from '../../src/compare/promise-terms.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import type { DonePromise, MeasureRef } from '../../src/compare/types.js';
import type { Report } from '../../src/compare/reports.js';

const jieba = defaultSegmenter();

describe('[compare/promise-reports] done early, on whichever path paired the promise with its report', () => {
  const stemsOf = (text: string) => promiseTerms(text, jieba).map((t) => t.term);
  const at = (report: string, clause: string | null): [number, number] | null => {
    if (clause === null) return null;
    const k = report.indexOf(clause);
    return [100 + k, 100 + k + clause.length];
  };
  it.each<[string, string, string, string | null, boolean]>([
    // The early word in the matched clause or after it, its thing unsaid (the clause goes on).
    ['early after the matched clause', '年底前新增公共停车泊位1.2万个', '去年全市新增公共停车泊位1.38万个，比原计划多1800个，比原计划提前一个月完成', '去年全市新增公共停车泊位1.38万个', true],
    // A clause before the matched one whose thing is the promise's: the plan approved early, its reserve the matched clause.
    ['early clause before, of the promise\'s thing', '我们正在编制停车设施专项规划，计划明年6月底前完成审批，并在规划中预留公共停车场用地不少于60处',
      '专项规划比原计划提前两个月，于今年4月获批，规划预留公共停车场用地68处', '规划预留公共停车场用地68处', true],
    ['whole report read when no clause matched', '年底前完成全部易涝点整治', '易涝点整治提前3个月完成', null, true],
    // Near-misses: an early clause before the matched one of another thing; an early finish promised; no early word.
    ['early clause before, of another thing', '年底前完成全部易涝点整治', '管网改造比原计划提前一个月完成，易涝点整治已全部完成', '易涝点整治已全部完成', false],
    ['力争提前完成 before: a promise', '年底前完成全部易涝点整治', '易涝点整治力争提前完成，目前已完成改造42处', '目前已完成改造42处', false],
    ['no early word', '年内接入停车场300个', '智慧停车平台已接入停车场326个，超过300个的目标', '智慧停车平台已接入停车场326个', false],
  ])('%s', (_, promise, report, clause, want) => {
    const span = at(report, clause);
    expect(early(report, [100, 100 + report.length], span && { span }, promise, stemsOf)).toEqual(want ? { progress: { early: true } } : {});
  });
});

describe('[compare/promise-reports] reports held apart from the promises', () => {
  const ref = (path: string, span: [number, number]): MeasureRef => ({ question: 1, path, marker: null, text: 'x', span, responder: null });
  it('a ref a list item of done work or a change of plan overlaps is held; one only touching it is not', () => {
    const [kept, held] = holdReports([ref('1', [0, 10]), ref('2', [10, 20]), ref('p1', [30, 40])], [
      { span: [0, 10], item: true } as unknown as Report,
      { span: [35, 38], progress: { status: 'postponed' } } as unknown as Report,
      // near-miss: a report that is neither a list item nor a progress report holds nothing
      { span: [10, 20] } as unknown as Report,
    ]);
    expect(kept.map((m) => m.path)).toEqual(['2']);
    expect(held.map((m) => m.path)).toEqual(['1', 'p1']);
    expect(inOrder([...kept, ...held].reverse(), held).map((m) => m.path)).toEqual(['p1', '1']);
  });
  it("done promises: A's first, then B's, each in reading order", () => {
    const done = (side: 'a' | 'b', at: number) => ({ side, promise: { span: [at, at + 1] }, report: { span: [0, 1] } } as unknown as DonePromise);
    expect([done('b', 1), done('a', 9), done('a', 2)].sort(doneOrder).map((d) => `${d.side}${d.promise.span[0]}`)).toEqual(['a2', 'a9', 'b1']);
  });
});
