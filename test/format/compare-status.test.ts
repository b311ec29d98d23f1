/** The status mark of a report on a promise: how far, and the rest's deadline slipped. */
import { describe, expect, it } from 'vitest';
import { statusMark } from '../../src/format/compare-status.js';
import type { DonePromise } from '../../src/compare/types.js';

const q = (text: string) => ({ text, span: [0, text.length] as [number, number] });
const done = (status: DonePromise['status'], progress?: DonePromise['progress']) => ({ status, progress }) as DonePromise;

describe('[format/compare-status] status marks', () => {
  it.each<[string, DonePromise, string]>([
    ['share and figures', done('partly-done', { share: 0.6667, from: q('1.2万亩'), to: q('8000亩') }), '（部分完成 67%: 8000亩/1.2万亩）'],
    ['with the slip in months', done('partly-done', { share: 0.6667, from: q('1.2万亩'), to: q('8000亩'), deadline: { from: q('年内'), to: q('明年6月底前'), resolved: { from: '2024-12', to: '2026-06' } } }),
      '（部分完成 67%: 8000亩/1.2万亩，期限 2024-12 → 2026-06）'],
    ['no share, the slip as written', done('partly-done', { share: null, deadline: { from: q('年底前'), to: q('2026年6月底前') } }), '（部分完成 期限 年底前 → 2026年6月底前）'],
    ['the promise undated: the rest\'s alone', done('partly-done', { share: 0.6, deadline: { from: null, to: q('明年6月底前') } }), '（部分完成 60%，剩余期限 明年6月底前）'],
    ['one month both: no slip shown', done('partly-done', { share: 0.6, deadline: { from: q('2025年底前'), to: q('今年年底前'), resolved: { from: '2025-12', to: '2025-12' } } }), '（部分完成 60%，剩余期限 2025-12）'],
    ['nothing known', done('partly-done', { share: null }), '（部分完成）'],
    ['postponed', done('postponed', { until: '2026年' }), '（推迟至2026年）'],
    ['done late: partly done by the date, the rest since', done('done', { share: 0.88, from: q('150部'), to: q('132部'), late: true, deadline: { from: q('今年'), to: q('今年6月底前'), resolved: { from: '2022-12', to: '2023-06' } } }),
      '（逾期完成 88%: 132部/150部，期限 2022-12 → 2023-06）'],
    ['done late after a postponement', done('done', { until: '今年9月底前', late: true }), '（逾期完成 推迟至今年9月底前）'],
    ['done early', done('done', { early: true }), '（提前完成）'],
    ['a target changed, with what stands', done('changed', { from: q('30所'), to: q('27所'), now: q('25所') }), '（目标调整 30所 → 27所，现状 25所）'],
    ['a target changed', done('changed', { from: q('800万元以上'), to: q('500万元以上') }), '（目标调整 800万元以上 → 500万元以上）'],
    // Near-miss: done with no lateness carries no mark.
    ['done', done('done', { share: 1 }), ''],
  ])('%s', (_, d, mark) => {
    expect(statusMark(d)).toBe(mark);
  });
});
