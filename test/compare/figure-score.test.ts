/** The pairing score of two figures (figure-score.ts): alike names score, and kinds, stances, periods and flows gate. */
import { describe, expect, it } from 'vitest';
import { matchScore, modifierDropped } from '../../src/compare/figure-score.js';
import type { Figure } from '../../src/compare/figure-reading.js';

const figure = (indicator: string, more: Partial<Figure> = {}): Figure => ({
  text: '10个', value: 10, unit: '个', kind: 'count', indicator, question: 1, part: 'question', span: [0, 3], stance: null, flow: null,
  purpose: null, key: indicator, period: null, deadline: null, ofNew: false, rate: null, region: '', named: [], late: false, superseded: false,
  partOf: null, targetYear: null, asked: false, further: false, ...more,
} as Figure);
const anywhere = () => true;

describe('[compare/figure-score] matchScore', () => {
  it.each<[string, Figure, Figure, (s: number) => boolean]>([
    ['the same name', figure('矛盾纠纷化解率'), figure('矛盾纠纷化解率'), (s) => s === 1],
    ['a name holding the other', figure('矛盾纠纷化解率'), figure('今年以来全市矛盾纠纷化解率'), (s) => s > 0.5 && s < 1],
    ['a target against a report of one body first', figure('改造管网', { stance: 'target' }), figure('改造管网', { stance: 'done' }), (s) => s > 1],
    // near-misses: a kind, a period, an increment against a level, a cited figure, a short name inside a longer one elsewhere
    ['two kinds', figure('化解率', { kind: 'percent', unit: '%' }), figure('化解率'), (s) => s === 0],
    ['a year against a running total', figure('改造小区', { period: 'year' }), figure('改造小区', { period: 'cumulative' }), (s) => s === 0],
    ['an increment against a level', figure('助餐点', { flow: 'increment' }), figure('助餐点', { flow: 'level' }), (s) => s === 0],
    ['a figure quoted back', figure('助餐点', { stance: 'cited' }), figure('助餐点'), (s) => s === 0],
    ['a generic head of other questions', figure('资金'), figure('维修养护资金'), (s) => s === 0],
  ])('%s', (_name, a, b, ok) => {
    const sameTopic = _name === 'a generic head of other questions' ? () => false : anywhere;
    expect(ok(matchScore(a, b, sameTopic, true))).toBe(true);
  });
});

describe('[compare/figure-score] a head noun with a modifier dropped', () => {
  it.each<[string, string, boolean]>([
    ['无物业小区', '无物业老旧小区', true],
    ['公共泊位', '公共停车泊位', true],
    ['电子执照应用率', '电子营业执照应用率', true],
    // near-misses: only the head shared; one character before it; a scope alone before it; a modifier swapped, not dropped
    ['老旧小区', '无物业老旧小区', false],
    ['新公交车', '新能源公交车', false],
    ['全市床位', '全市养老机构床位', false],
    ['无物业小区', '有物业老旧小区', false],
    ['城区绿化比例', '城区雨污分流比例', false],
  ])('%s / %s → %s', (short, long, want) => {
    expect(modifierDropped(short, long)).toBe(want);
  });
  it('pairs inside aligned questions, below the same name; not across questions not aligned', () => {
    const [a, b] = [figure('无物业老旧小区', { stance: 'target' }), figure('无物业小区', { stance: 'done' })];
    expect(matchScore(a, b, anywhere, true)).toBeGreaterThan(1);
    expect(matchScore(a, b, () => false, true)).toBe(0);
    expect(matchScore(a, b, anywhere, true)).toBeLessThan(matchScore(a, figure('无物业老旧小区', { stance: 'done' }), anywhere, true));
  });
});
