/**
 * The deadline a partly-done report gives the rest, against the one the promise gave the whole, each read against its
 * own session's date.
 */
import { describe, expect, it } from 'vitest';
import { restDeadline } from '../../src/compare/slip.js';
import { progressOf } from '../../src/compare/progress.js';
import type { Quantity } from '../../src/model/record.js';
import type { MeasureRef } from '../../src/compare/types.js';

const measure = (text: string, at = 100): MeasureRef => ({ question: 1, path: '1.1', marker: null, text, span: [at, at + text.length] }) as unknown as MeasureRef;
const figure = (m: MeasureRef, text: string): Quantity => {
  const at = m.span[0] + m.text.indexOf(text);
  return { text, span: [at, at + text.length] } as unknown as Quantity;
};
const slip = (promise: string, goal: string | null, report: string, dates: [string | null, string | null]) => {
  const m = measure(promise);
  const r = { text: report, span: [500, 500 + report.length] as [number, number] };
  return restDeadline(m, goal ? figure(m, goal) : null, r, progressOf(report)?.rest, { promise: dates[0], report: dates[1] });
};

describe('[compare/slip] the rest\'s deadline against the promise\'s', () => {
  it.each<[string, string, string | null, string, [string | null, string | null], object]>([
    ['年内 of 2024 → 明年6月底前 of 2025', '实施阅海湖、鸣翠湖退化湿地修复工程，年内完成退化湿地修复1.2万亩', '1.2万亩',
      '去年阅海湖、鸣翠湖退化湿地修复完成了8000亩，剩余4000亩将于明年6月底前完成', ['2024-08-29', '2025-09-24'],
      { from: { text: '年内' }, to: { text: '明年6月底前' }, resolved: { from: '2024-12', to: '2026-06' } }],
    ['the figure\'s clause, not the measure\'s first date', '今年启动城北片区管网改造，2025年底前完成改造12公里', '12公里',
      '城北片区管网改造完成了8公里，剩余4公里将于2026年6月底前完成', ['2024-05-10', '2025-06-20'],
      { from: { text: '2025年底前' }, resolved: { from: '2025-12', to: '2026-06' } }],
    ['a share with the rest dated', '12月底前完成建后质量全面排查', null,
      '建后质量“回头看”排查工作已完成约六成，剩余部分将于今年年底前完成', ['2022-11-23', '2024-09-26'],
      { from: { text: '12月底前' }, to: { text: '今年年底前' }, resolved: { from: '2022-12', to: '2024-12' } }],
    ['the promise names no deadline', '完成农村户厕改造4000户', '4000户',
      '完成农村户厕改造3200户，其余800户计划明年6月底前完成', ['2024-05-10', '2025-06-20'],
      { from: null, to: { text: '明年6月底前' } }],
    ['no session date: as written', '年底前完成管网改造12公里', '12公里',
      '管网改造完成了8公里，剩余4公里将于2026年6月底前完成', [null, null],
      { from: { text: '年底前' }, to: { text: '2026年6月底前' } }],
  ])('%s', (_, promise, goal, report, dates, expected) => {
    const got = slip(promise, goal, report, dates);
    expect(got).toMatchObject(expected);
    if (!('resolved' in expected)) expect(got?.resolved).toBeUndefined();
  });
  it.each<[string, string, string]>([
    // Near-misses: the rest without a date, done outright, a date of the part done only (去年, 3月底前完成了…).
    ['the rest undated', '年内完成退化湿地修复1.2万亩', '退化湿地修复完成了8000亩，剩余4000亩将继续推进'],
    ['no rest named', '年内完成退化湿地修复1.2万亩', '雨污分流改造已完成约七成'],
    ['only the part done dated', '年内完成退化湿地修复1.2万亩', '2025年3月底前完成了8000亩退化湿地修复'],
  ])('%s: none', (_, promise, report) => {
    expect(slip(promise, null, report, ['2024-08-29', '2025-09-24'])).toBeNull();
  });
  it('the rest\'s offset points at 剩余 / 其余', () => {
    const text = '城北片区管网改造完成了12公里，剩余6公里将于明年3月底前完成';
    expect(text.slice(progressOf(text)!.rest)).toMatch(/^剩余/u);
    expect(progressOf('雨污分流改造已完成约七成')!.rest).toBeUndefined();
  });
});
