import { describe, expect, it } from 'vitest';
import { change } from '../../src/compare/figure-change.js';
import type { FigureRef } from '../../src/compare/types.js';

const fig = (text: string, value: number | null, kind: FigureRef['kind'], unit: string | null): FigureRef =>
  ({ text, value, unit, kind, indicator: '指标', question: 1, part: 'question', span: [0, text.length] });

describe('[compare/figure-change] change', () => {
  it.each([
    ['97.78%', 97.78, '98.60%', 98.6, 'percent', '%', '+0.82 个百分点', 0.82, null],
    ['98.6%', 98.6, '97.78%', 97.78, 'percent', '%', '−0.82 个百分点', -0.82, null],
    ['1200件', 1200, '1380件', 1380, 'count', '件', '+180 件 (+15%)', 180, 15],
    ['40家', 40, '30家', 30, 'count', '家', '−10 家 (−25%)', -10, -25],
    ['1.5万人', 15000, '1.5万人', 15000, 'count', '人', '无变化', 0, 0],
    ['0件', 0, '3件', 3, 'count', '件', '+3 件', 3, null],
    ['5.6亿元', 5.6e8, '6.3亿元', 6.3e8, 'money', '元', '+0.7 亿元 (+12.5%)', 7e7, 12.5],
    ['1.5万平方米', 15000, '2.74万平方米', 27400, 'quantity', '平方米', '+1.24 万平方米 (+82.7%)', 12400, 82.7],
    ['9000元', 9000, '1.2万元', 12000, 'money', '元', '+3000 元 (+33.3%)', 3000, 33.3],
    // both sides scaled, differently: the larger multiplier, never raw yuan
    ['98.6亿元', 98.6e8, '1126000万元', 1126000e4, 'money', '元', '+14 亿元 (+14.2%)', 14e8, 14.2],
    ['1126000万元', 1126000e4, '98.6亿元', 98.6e8, 'money', '元', '−14 亿元 (−12.4%)', -14e8, -12.4],
    ['9.6亿元', 9.6e8, '110000万元', 110000e4, 'money', '元', '+1.4 亿元 (+14.6%)', 1.4e8, 14.6],
    ['3800万元', 3800e4, '4275万元', 4275e4, 'money', '元', '+475 万元 (+12.5%)', 475e4, 12.5],
    ['12千米', 12, '15.5千米', 15.5, 'quantity', '千米', '+3.5 千米 (+29.2%)', 3.5, 29.2],
    ['8个', 8, '3个', 3, 'count', '个', '−5 个 (−62.5%)', -5, -62.5],
    ['6.8‰', 6.8, '5.9‰', 5.9, 'percent', '‰', '−0.9 个千分点', -0.9, null],
    ['3‱', 3, '2‱', 2, 'percent', '‱', '−1 个万分点', -1, null],
  ] as const)('%s → %s', (ta, va, tb, vb, kind, unit, text, difference, percent) => {
    const c = change(fig(ta, va, kind, unit), fig(tb, vb, kind, unit));
    expect(c).toMatchObject({ text, difference, percent });
  });

  it('a value that cannot be read gives no change', () => {
    expect(change(fig('若干件', null, 'count', '件'), fig('3件', 3, 'count', '件'))).toBeNull();
  });
});
