import { describe, expect, it } from 'vitest';
import { distribution } from '../../src/compare/distributive.js';
import { figurePair } from '../../src/compare/figure-progress.js';
import type { FigureRef } from '../../src/compare/types.js';

describe('[compare/distributive] a figure given for each of several places', () => {
  it.each<[string, { count: number; over: string } | null]>([
    ['推行“中央厨房+配送”模式，在5个区县各建设', { count: 5, over: '区县' }],
    ['在３个街道各配备', { count: 3, over: '街道' }],
    ['12个乡镇各', { count: 12, over: '乡镇' }],
    // Near-misses: no 各 (a total), 各 of every kind (no count), a count of one.
    ['在5个区县建设中央厨房', null],
    ['全市各类养老机构', null],
    ['在5个区县各级', null],
    ['在1个区县各建设', null],
  ])('%s → %j', (lead, want) => {
    expect(distribution(lead)).toEqual(want);
  });
});

describe('[compare/distributive] the whole target is what the other session meets', () => {
  const fig = (text: string, value: number, stance: FigureRef['stance'], each?: FigureRef['each']): FigureRef => ({
    text, value, unit: '个', kind: 'count', indicator: '中央厨房', question: 2, part: 'question', span: [0, text.length], stance, flow: null, ...(each ? { each } : {}),
  } as FigureRef);
  it('在5个区县各建设1个以上 against 3 built: 5 in all, not met', () => {
    const p = figurePair(fig('1个以上', 1, 'target', { count: 5, over: '区县' }), fig('3个', 3, 'done'));
    expect(p.progress).toMatchObject({ target: 'a', percent: 60, met: false, text: '目标 5个 (5个区县各1个以上), 完成 3个 (60%, 未达标)' });
  });
  it('a target of one figure in all (no 各) against 3 built: met', () => {
    expect(figurePair(fig('1个以上', 1, 'target'), fig('3个', 3, 'done')).progress).toMatchObject({ met: true, percent: 300 });
  });
});

describe('[compare/distributive] a count in Chinese numerals is left alone (no parsing stage here)', () => {
  it('在三个街道各配备 → null', () => {
    expect(distribution('在三个街道各配备')).toBeNull();
  });
});
