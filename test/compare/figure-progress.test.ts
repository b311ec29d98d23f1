/** A pair of matched figures (figure-progress.ts): a change of two states, or the progress on a target. */
import { describe, expect, it } from 'vitest';
import { figurePair } from '../../src/compare/figure-progress.js';
import type { FigureRef } from '../../src/compare/types.js';

const ref = (text: string, value: number, more: Partial<FigureRef> = {}): FigureRef =>
  ({ text, value, unit: '公里', kind: 'quantity', indicator: '改造管网', question: 1, part: 'question', span: [0, text.length], stance: null, flow: null, ...more } as FigureRef);

describe('[compare/figure-progress] figurePair', () => {
  it('a target against what was done is progress, with the share done', () => {
    const p = figurePair(ref('120公里', 120, { stance: 'target' }), ref('96公里', 96, { stance: 'done' }));
    expect(p.change).toBeNull();
    expect(p.progress?.text).toBe('目标 120公里, 完成 96公里 (80%, 未达标)');
  });
  it('short of a target not yet due is 进行中', () => {
    expect(figurePair(ref('120公里', 120, { stance: 'target' }), ref('96公里', 96, { stance: 'done' }), true, true).progress?.text).toBe('目标 120公里, 完成 96公里 (80%, 进行中)');
  });
  it('a ceiling is met at or below it, no share', () => {
    const p = figurePair(ref('20个工作日', 20, { unit: '个工作日', stance: 'target', ceiling: true }), ref('15个工作日', 15, { unit: '个工作日' }));
    expect(p.progress).toMatchObject({ met: true, percent: null });
  });
  it('two states change', () => {
    expect(figurePair(ref('96公里', 96), ref('120公里', 120)).change?.text).toBe('+24 公里 (+25%)');
  });
  // near-misses: an increment beside a level shows no change; two bodies (not progressive) show a target beside a state, no progress
  it('an increment beside a level shows no change', () => {
    expect(figurePair(ref('60公里', 60, { flow: 'increment' }), ref('300公里', 300, { flow: 'level' })).change).toBeNull();
  });
  it('a target beside a state of another body is no progress', () => {
    const p = figurePair(ref('120公里', 120, { stance: 'target' }), ref('96公里', 96, { stance: 'done' }), false);
    expect(p.progress).toBeNull();
    expect(p.change).toBeNull();
  });
});
