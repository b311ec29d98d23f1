import { describe, expect, it } from 'vitest';
import { backgroundWeight, promiseIdf } from '../../src/compare/promise-idf.js';
import type { IdfTable } from '../../src/segment/keywords.js';

const TABLE: Record<string, number> = { 完成: 5, 改造: 6.5, 管网: 9.4, 专项: 7.6, 整治: 7.6, 矛盾: 6.2, 纠纷: 7.8 };
const table: IdfTable = { idf: (w) => TABLE[w], average: 11.7 };

describe('[compare/promise-idf] background weight', () => {
  it.each([
    ['管网', 9.4], // in the table
    ['专项整治', 7.6], // a compound of two known words: its rarer part
    ['矛盾纠纷', 7.8],
    ['桐山', 11.7], // a name: the table's average
  ])('%s → %d', (term, weight) => {
    expect(backgroundWeight(table)(term)).toBeCloseTo(weight, 6);
  });
});

describe('[compare/promise-idf] weight in a comparison', () => {
  const A = [['完成', '管网', '改造'], ['供水', '巡查'], ['供水', '水质']];
  const B = [['完成', '管网', '改造'], ['供水', '监测'], ['水表']];
  const w = promiseIdf(A, B, backgroundWeight(table));

  it('a term both sessions use weighs as much as one used once: shared is not common', () => {
    const plain = promiseIdf(A, B);
    expect(plain('管网')).toBe(plain('巡查'));
  });

  it('a term that runs through one session weighs less', () => {
    const plain = promiseIdf(A, B);
    expect(plain('供水')).toBeLessThan(plain('巡查'));
  });

  it('a generic verb weighs less than the object of the promise', () => {
    expect(w('完成')).toBeLessThan(w('改造'));
    expect(w('改造')).toBeLessThan(w('管网'));
  });

  it.each(['完成', '供水', '巡查', '水表', '专项整治'])('the weight of %s is the same with A and B swapped', (term) => {
    expect(promiseIdf(B, A, backgroundWeight(table))(term)).toBe(w(term));
  });
});
