/**
 * How far a report says a promise got beyond done: partly done, postponed, cancelled, a target changed; and the thing
 * it speaks of.
 */
import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/compare/progress.js';

describe('[compare/progress] partial progress and changes of plan', () => {
  it.each<[string, string, { status: string; share?: number | null; until?: string; thing: string }]>([
    ['a share in 成', '雨污分流改造已完成约七成', { status: 'partly-done', share: 0.7, thing: '雨污分流改造' }],
    ['done in part, the rest to come', '城北片区管网改造完成了12公里，剩余6公里将于明年3月底前完成', { status: 'partly-done', share: null, thing: '城北片区管网改造' }],
    ['the object after 完成', '去年完成农村户厕改造3200户，其余800户计划今年完成', { status: 'partly-done', share: null, thing: '农村户厕改造' }],
    ['postponed to a year', '城南污水处理厂扩建因用地调整尚未开工，计划推迟到2027年', { status: 'postponed', until: '2027年', thing: '城南污水处理厂扩建' }],
    ['postponed to a month', '智慧停车平台建设延期至明年6月底', { status: 'postponed', until: '明年6月底', thing: '智慧停车平台建设' }],
    ['cancelled: 暂不出台', '住宅小区停车收费指导办法经反复论证，暂不出台', { status: 'cancelled', thing: '住宅小区停车收费指导办法' }],
    ['cancelled: 不再实施', '中心城区单双号限行不再实施', { status: 'cancelled', thing: '中心城区单双号限行' }],
    ['a target changed', '今年我们将养老床位建设目标调整为新增800张', { status: 'changed', thing: '养老床位建设' }],
  ])('%s', (_, text, expected) => {
    expect(progressOf(text)).toMatchObject(expected);
  });
  it.each<[string, string]>([
    // Near-misses: done outright, a plan, a completion rate (reports.ts reads it), a halt inside a noun, 调整 with no 为.
    ['done outright', '城北片区管网改造已全部完成'],
    ['a plan', '我们将在年底前完成城北片区管网改造'],
    ['a completion rate', '新建社区养老服务中心36个，完成率90%'],
    ['a halt inside a noun', '建立低效企业退出机制'],
    ['调整 with no new value', '优化调整公交线网结构'],
    ['a 成 that is no share', '完成成果验收'],
  ])('%s: nothing', (_, text) => {
    expect(progressOf(text)).toBeNull();
  });
});
