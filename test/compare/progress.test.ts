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
    // 建成/实现 done, and a rest after 剩下 or after 还有 with a count, its plan a clause later or under way.
    ['建成, the rest planned a clause later', '全区已建成再生资源回收站点104个，剩下16个站点选址正在协调，计划明年上半年建成', { status: 'partly-done', share: null }],
    ['实现, 还有 a count under way', '监测平台已与6个部门实现数据比对，还有2个部门正在对接，预计年底前完成', { status: 'partly-done', share: null }],
    ['建成, 还有 one under way', '易腐垃圾资源化处理站点建成5座，还有1座正在调试', { status: 'partly-done', share: null }],
    ['postponed to a year', '城南污水处理厂扩建因用地调整尚未开工，计划推迟到2027年', { status: 'postponed', until: '2027年', thing: '城南污水处理厂扩建' }],
    ['postponed to a month', '智慧停车平台建设延期至明年6月底', { status: 'postponed', until: '明年6月底', thing: '智慧停车平台建设' }],
    ['cancelled: 暂不出台', '住宅小区停车收费指导办法经反复论证，暂不出台', { status: 'cancelled', thing: '住宅小区停车收费指导办法' }],
    ['cancelled: 不再实施', '中心城区单双号限行不再实施', { status: 'cancelled', thing: '中心城区单双号限行' }],
    ['a target changed', '今年我们将养老床位建设目标调整为新增800张', { status: 'changed', thing: '养老床位建设' }],
    // 调整为 + a time + a verb of completion moves the deadline, not the target (t68 finding 7).
    ['a time after 调整为: postponed', '因两处托育综合体场地改造滞后，未达到4.5个的目标，已调整为今年9月底前实现', { status: 'postponed', until: '今年9月底前' }],
    ['原定…的目标已调整为 a time', '市属国企物业平台已承接无物业小区47个，原定60个的目标已调整为今年底前完成', { status: 'postponed', until: '今年底前' }],
    ['the rest given a new date, done since', '加装电梯方面，完成132部，因部分居民意见不统一导致进度滞后，剩余18部已调整为今年6月底前完成，目前已全部完工',
      { status: 'partly-done', share: null, finished: true }],
    ['剩余任务已调整为 a time, done since', '老旧管网改造完成1520公里，完成年度目标的84.4%，剩余任务已调整为今年6月底前完成，目前已全部完工', { status: 'partly-done', finished: true }],
    ['a value after 目标已调整为: changed', '原计划30所，其中3所幼儿园因生源减少被撤并，目标已调整为27所，目前已开设25所', { status: 'changed' }],
  ])('%s', (_, text, expected) => {
    expect(progressOf(text)).toMatchObject(expected);
  });
  it.each<[string, string]>([
    // Near-misses of finished: the rest only planned, or done before the new date is given.
    ['the rest only given a new date', '完成132部，剩余18部已调整为今年6月底前完成'],
    ['a postponement with nothing done since', '未达到4.5个的目标，已调整为今年9月底前实现'],
  ])('%s: not finished', (_, text) => {
    expect(progressOf(text)?.finished).toBeUndefined();
  });
  it('a frequency after 调整为 is no new date', () => {
    expect(progressOf('工作例会调整为每月一次')?.status).not.toBe('postponed');
    expect(progressOf('调整为2个批次完成')?.status).not.toBe('postponed');
  });
  it.each<[string, string]>([
    // Near-misses: done outright, a plan, a completion rate (reports.ts reads it), a halt inside a noun, 调整 with no 为.
    ['done outright', '城北片区管网改造已全部完成'],
    ['a plan', '我们将在年底前完成城北片区管网改造'],
    ['a completion rate', '新建社区养老服务中心36个，完成率90%'],
    ['a halt inside a noun', '建立低效企业退出机制'],
    ['调整 with no new value', '优化调整公交线网结构'],
    ['a 成 that is no share', '完成成果验收'],
    // 还有 with no count is no rest
    ['还有 with no count', '城区小区分类已实现全覆盖，还有一些问题正在整改'],
  ])('%s: nothing', (_, text) => {
    expect(progressOf(text)).toBeNull();
  });
});

describe('[compare/progress] where the part done is read from', () => {
  it.each<[string, string, string]>([
    // A share of the target (完成年度目标的87%) measures the clause before it: the figure done is read from there.
    ['a share of the target', '机关企事业单位停车场开放方面，共推动87家开放，完成年度目标的87%，剩余13家因内部改造滞后，预计今年底前开放', '共推动87家开放'],
    // near-miss: a verb of completion with its figure after it is read from the verb.
    ['the verb, its figure after it', '城北片区管网改造完成了12公里，剩余6公里将于明年3月底前完成', '完成了12公里'],
  ])('%s', (_, text, from) => {
    const p = progressOf(text);
    expect(text.slice(p!.done!)).toMatch(new RegExp(`^${from}`, 'u'));
  });
});
