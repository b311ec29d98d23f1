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

describe('[compare/promise-idf] a session of a single measure tells nothing of what runs through it', () => {
  // A closing of several pledges against one pledge of the other session (两年内基本缓解老城区停车难 / 力争明年底基本缓解老城区停车难).
  const A = [['两年', '基本', '缓解', '老城区', '停车难'], ['停车', '设施', '民生'], ['老城区', '主干道', '泊位'], ['规划', '用地'], ['平台', '接入']];
  const one = [['基本', '缓解', '老城区', '停车难']];
  const two = [['基本', '缓解', '老城区', '停车难'], ['新增', '泊位']];
  it.each<[string, string[][], string, string, 'equal' | 'less']>([
    // Must: against one measure, a shared term weighs as the other side says (here as much as the term A alone has).
    ['one measure: a term of both in one measure of A weighs as A\'s rare term', one, '停车难', '两年', 'equal'],
    ['one measure: a term in two of A\'s measures weighs less than one in a single', one, '老城区', '停车难', 'less'],
    // Near-miss: two measures on the other side do tell — a term in all of them runs through that session.
    ['two measures: a term in one of B\'s two measures weighs as B says, below A\'s rare term', two, '停车难', '两年', 'less'],
  ])('%s', (_, B, x, y, how) => {
    const w = promiseIdf(A, B);
    if (how === 'equal') expect(w(x)).toBeCloseTo(w(y), 9);
    else expect(w(x)).toBeLessThan(w(y));
    // And the same with A and B swapped.
    expect(promiseIdf(B, A)(x)).toBe(w(x));
  });
  it('two sessions of one measure each: every factor 1, the background alone', () => {
    const w = promiseIdf([['缓解', '停车难']], [['缓解', '老城区']]);
    expect([w('缓解'), w('停车难'), w('老城区')]).toEqual([1, 1, 1]);
  });
});
