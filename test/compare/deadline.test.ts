import { describe, expect, it } from 'vitest';
import { findDeadline, resolveDeadline } from '../../src/compare/deadline.js';

describe('[compare/deadline] where a measure names its deadline', () => {
  it.each<[string, string | null]>([
    ['确保2025年底前完成老旧小区改造任务', '2025年底前'],
    ['剩余部分将于今年年底前完成', '今年年底前'],
    ['明年6月底前全面完成枫桥镇老旧供水管网改造', '明年6月底前'],
    ['年内完成退化湿地修复1.2万亩', '年内'],
    // A date then a verb and 的 names which things are meant: the deadline is the next one, or none.
    ['确保2025年底前完成2000年底前建成的老旧小区改造任务', '2025年底前'],
    ['2000年底前建成的老旧小区改造任务将于今年年底前全面完成', '今年年底前'],
    ['对2019年底前登记的企业开展抽查', null],
    ['建立问题清单', null],
  ])('%s → %s', (text, want) => {
    expect(findDeadline(text)?.text ?? null).toBe(want);
  });
});

describe('[compare/deadline] the month a deadline means in its session', () => {
  it.each<[string, string | null, string | null]>([
    ['今年年底前', '2025-10-30', '2025-12'],
    ['年底前', '2024-06-20', '2024-12'],
    ['年内', '2024-08-29', '2024-12'],
    ['12月底前', '2022-11-23', '2022-12'],
    ['明年6月底前', '2024-06', '2025-06'],
    ['2025年底前', '2023-10-26', '2025-12'],
    ['2026年6月底前', null, '2026-06'],
    ['上半年前', '2024-01-10', '2024-06'],
    // A month already past in the session's year is next year's.
    ['6月底前', '2024-10-15', '2025-06'],
    // Near-misses: no year to read it against, a relative year alone (a yearly period).
    ['年底前', null, null],
    ['12月底前', 'unknown', null],
    ['今年', '2024-05-01', null],
    ['明年', '2024-05-01', null],
  ])('%s in a session of %s → %s', (text, date, want) => {
    expect(resolveDeadline(text, date)).toBe(want);
  });
});

describe('[compare/deadline] 年内 alone, not a span of years', () => {
  it.each<[string, string | null]>([['年内完成修复', '年内'], ['两年内完成修复', null], ['3年内完成修复', null], ['去年内完成修复', null]])('%s → %s', (text, want) => {
    expect(findDeadline(text)?.text ?? null).toBe(want);
  });
});

describe('[compare/deadline] a span of years runs from the session', () => {
  it.each<[string, string | null, string | null]>([
    ['三年内', '2019-11-14', '2022-11'],
    ['两年内', '2024-06-26', '2026-06'],
    ['3年内', '2024-06-26', '2027-06'],
    ['３年内', '2024-06', '2027-06'],
    ['三年内', '2024', '2027-12'],
    // Near-misses: no session date; 年内 alone is this year's.
    ['三年内', null, null],
    ['年内', '2024-06-26', '2024-12'],
  ])('%s in a session of %s → %s', (text, date, want) => {
    expect(resolveDeadline(text, date)).toBe(want);
  });
});
