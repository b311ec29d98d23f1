/**
 * One lexicon of intention (intention-words.ts): each word read where it looks ahead, and left alone where it does not
 * (原计划, 将近, 去年底前, 截至2023年, 已再新增); each reader's own exceptions checked through that reader.
 */
import { describe, expect, it } from 'vitest';
import * as W from '../../src/compare/intention-words.js';
import { commitments } from '../../src/compare/prose-promises.js';
import { doneEarly } from '../../src/compare/restated.js';
import { reportsDone } from '../../src/compare/done-lists.js';

const reads = (source: string, text: string) => new RegExp(`(?:${source})`, 'u').test(text);

describe('[compare/intention-words] the words of intention', () => {
  it.each([
    ['RESOLVE', W.RESOLVE, '力争年底前完成改造120公里'],
    ['RESOLVE', W.RESOLVE, '确保群众喝上放心水'],
    ['PLAN', W.PLAN, '比原计划提前两个月'],
    ['PLAN_NOW', W.PLAN_NOW, '计划明年新建幸福院15所'],
    ['FORESEE', W.FORESEE, '预计年底前建成'],
    ['FORESEE', W.FORESEE, '拟新建口袋公园8个'],
    ['WILL', W.WILL, '我们将推行一体化运维'],
    ['NEXT_STEP', W.NEXT_STEP, '下一步加大执法力度'],
    ['YEAR_END', W.YEAR_END, '今年底前完成'],
    ['WITHIN_YEAR', W.WITHIN_YEAR, '年内完成移交管网150公里'],
    ['BY_YEAR', W.BY_YEAR, '到2025年底，移交管网150公里'],
    ['FURTHER', W.FURTHER, '今年全市再新增公共停车泊位1万个'],
  ])('%s reads %s', (_name, source, text) => {
    expect(reads(source, text)).toBe(true);
  });
  it.each([
    ['PLAN_NOW', W.PLAN_NOW, '原计划30所'],
    ['PLAN_NOW', W.PLAN_NOW, '原来计划改造46条'],
    ['WILL', W.WILL, '将近300个'],
    ['YEAR_END', W.YEAR_END, '去年底前已新开公交线路34条'],
    ['YEAR_END', W.YEAR_END, '前年年底前完成'],
    ['WITHIN_YEAR', W.WITHIN_YEAR, '去年内完成'],
    ['BY_YEAR', W.BY_YEAR, '截至2023年底，普及率为88.6%'],
    ['BY_YEAR', W.BY_YEAR, '截止到2023年底'],
    ['FURTHER', W.FURTHER, '已再新增泊位500个'],
    ['FURTHER', W.FURTHER, '又再改造20处'],
    ['FURTHER', W.FURTHER, '再次强调'],
  ])('%s leaves alone %s', (_name, source, text) => {
    expect(reads(source, text)).toBe(false);
  });
});

describe('[compare/intention-words] each reader its own exceptions', () => {
  it('prose promises: 计划 of a compound and 预计 are no pledge; 接下来 and 我们要 are', () => {
    expect(commitments('接下来，加大路检路查力度。')).toHaveLength(1);
    expect(commitments('我们要严格落实河长巡河制度。')).toHaveLength(1);
    expect(commitments('落实计划生育奖励扶助政策。')).toEqual([]);
    expect(commitments('预计全年完成改造120公里。')).toEqual([]);
    expect(commitments('原计划30所幼儿园开设托班。')).toEqual([]);
  });
  it('a report of a target met: a word of intention before it makes a promise, 即将 does not', () => {
    expect(doneEarly('提前完成改造任务')).toBe(true);
    expect(doneEarly('力争提前完成改造任务')).toBe(false);
    expect(doneEarly('预计提前完成改造任务')).toBe(false);
    expect(doneEarly('将提前完成改造任务')).toBe(false);
    expect(doneEarly('即将提前完成改造任务')).toBe(true);
  });
  it('a list item of work done: a commitment beside it keeps it a promise; 将于 a date does not commit', () => {
    expect(reportsDone({ text: '全省4.3万名田长已全部到位' })).toBe(true);
    expect(reportsDone({ text: '全省4.3万名田长已全部到位，下一步继续加强考核' })).toBe(false);
    expect(reportsDone({ text: '已于今年3月印发实施，将于明年修订' })).toBe(true);
  });
});
