import { describe, expect, it } from 'vitest';
import { reportVerdict } from '../../src/compare/verdict.js';
import { statusOf } from '../../src/compare/reports.js';

// One lexicon read two ways: a phrase the verdict calls a miss, the report's status calls unmet; one it calls met (a floor
// passed), the report calls done.
describe('status words shared by verdict.ts and reports.ts', () => {
  it.each([
    ['没有达到六成的目标', 'missed', 'unmet'],
    ['未能实现翻番目标', 'missed', 'unmet'],
    ['距离三年内85%以上的目标还有差距', 'missed', 'unmet'],
    ['超过3.2万人的目标', 'met', 'done'],
  ])('%s → %s / %s', (text, verdict, status) => {
    expect(reportVerdict(text, false)).toBe(verdict);
    expect(statusOf(text)).toBe(status);
  });
  it.each([
    // A gap counted says how far, before the deadline: no verdict, but not yet reached.
    ['距离今年底1500部的目标还有374部', null, 'unmet'],
  ])('near miss %s', (text, verdict, status) => {
    expect(reportVerdict(text, false)).toBe(verdict);
    expect(statusOf(text)).toBe(status);
  });
  it('over a ceiling (超出目标3天) is a miss for the verdict, which knows the ceiling, and no report of done', () => {
    expect(reportVerdict('重污染天数为23天，超出目标3天', true)).toBe('missed');
    expect(statusOf('重污染天数为23天，超出目标3天')).toBe(null);
  });
});
