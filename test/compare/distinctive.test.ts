import { describe, expect, it } from 'vitest';
import { distinctiveTerms } from '../../src/compare/distinctive.js';

const repeat = (term: string, n: number) => Array.from({ length: n }, () => term);

describe('[compare/distinctive] weighted log-odds with an informative Dirichlet prior', () => {
  const a = [...repeat('食品', 20), ...repeat('安全', 10), ...repeat('监管', 10), ...repeat('群众', 10)];
  const b = [...repeat('执法', 20), ...repeat('安全', 10), ...repeat('规范', 10), ...repeat('群众', 10)];
  const t = distinctiveTerms(a, b, { minZ: 0 });

  it.each([['食品', 'a'], ['监管', 'a'], ['执法', 'b'], ['规范', 'b']] as const)('%s is characteristic of %s', (term, side) => {
    expect(t[side].map((x) => x.term)).toContain(term);
    expect(t[side === 'a' ? 'b' : 'a'].map((x) => x.term)).not.toContain(term);
  });

  it('the more frequent distinctive word ranks first, with a larger z', () => {
    expect(t.a[0].term).toBe('食品');
    expect(t.a[0].z).toBeGreaterThan(t.a.find((x) => x.term === '监管')!.z);
  });

  it('words used alike on both sides are not distinctive', () => {
    const equal = distinctiveTerms(a, b, { minZ: 1.96 });
    expect([...equal.a, ...equal.b].map((x) => x.term)).not.toContain('群众');
  });

  it('z ≥ 1.96 is marked significant', () => {
    for (const x of [...t.a, ...t.b]) expect(x.significant).toBe(x.z >= 1.96);
    expect(t.a[0].significant).toBe(true);
  });

  it('a session against itself has no distinctive term', () => {
    expect(distinctiveTerms(a, a)).toEqual({ a: [], b: [], totals: { a: a.length, b: a.length } });
  });

  it('swapping the sessions swaps the lists exactly', () => {
    const s = distinctiveTerms(b, a, { minZ: 0 });
    expect(s.a).toEqual(t.b.map((x) => ({ ...x, count: { a: x.count.b, b: x.count.a } })));
  });

  it('z is δ/σ with the pooled counts as prior (hand-computed for 食品)', () => {
    // y_a = 20, y_b = 0, n_a = n_b = 50, α_w = 20, α_0 = 100.
    const delta = Math.log(40 / (50 + 100 - 40)) - Math.log(20 / (50 + 100 - 20));
    const z = delta / Math.sqrt(1 / 40 + 1 / 20);
    expect(t.a[0].z).toBeCloseTo(z, 3);
    expect(t.a[0].count).toEqual({ a: 20, b: 0 });
  });

  it('empty sessions give empty lists', () => {
    expect(distinctiveTerms([], [])).toEqual({ a: [], b: [], totals: { a: 0, b: 0 } });
  });
});
