/**
 * Distinctive terms: the words most characteristic of each session, by the weighted
 * log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
 * "Fightin' Words", eq. 16–22).
 *
 * Example: a session on food safety against one on the rule of law: 食品 gets a large
 * positive z for A, 执法 for B. For a term w with counts y_a, y_b (session totals n_a,
 * n_b) and prior α_w (α_0 = Σ α_w):
 *   δ_w = ln((y_a+α_w)/(n_a+α_0−y_a−α_w)) − ln((y_b+α_w)/(n_b+α_0−y_b−α_w))
 *   σ²_w ≈ 1/(y_a+α_w) + 1/(y_b+α_w),   z_w = δ_w / σ_w.
 * The prior is informative: α_w is the pooled frequency of w scaled to `priorSize`
 * pseudo-counts, so rare words are shrunk toward no difference. δ for B is exactly −δ
 * for A, so both directions agree.
 */
import type { Sides, TermScore, TermsSection } from './types.js';
import { round } from './tfidf.js';

/** |z| from which a difference is unlikely to be chance (two-sided 5%). */
export const SIGNIFICANT = 1.96;

export interface DistinctiveOptions {
  /** How many terms per side (default 12). */
  count?: number;
  /** Only terms with z above this (default 0: every term leaning to the side, strongest first). */
  minZ?: number;
  /** Total pseudo-counts of the prior, α_0 (default: the pooled token count, i.e. α_w = pooled count). */
  priorSize?: number;
}

export function distinctiveTerms(termsA: readonly string[], termsB: readonly string[], options: DistinctiveOptions = {}): TermsSection {
  const count = options.count ?? 12;
  const minZ = options.minZ ?? 0;
  const ya = tally(termsA);
  const yb = tally(termsB);
  const na = termsA.length;
  const nb = termsB.length;
  const pooled = na + nb;
  const a0 = options.priorSize ?? pooled;
  const vocabulary = [...new Set([...ya.keys(), ...yb.keys()])].sort();
  const scored = vocabulary.map((term) => {
    const ca = ya.get(term) ?? 0;
    const cb = yb.get(term) ?? 0;
    const alpha = ((ca + cb) / pooled) * a0;
    const la = Math.log((ca + alpha) / (na + a0 - ca - alpha));
    const lb = Math.log((cb + alpha) / (nb + a0 - cb - alpha));
    const sigma = Math.sqrt(1 / (ca + alpha) + 1 / (cb + alpha));
    return { term, deltaA: la - lb, deltaB: lb - la, sigma, count: { a: ca, b: cb } as Sides<number> };
  });
  const pick = (side: 'A' | 'B'): TermScore[] => scored
    .map((s) => {
      const delta = side === 'A' ? s.deltaA : s.deltaB;
      return { term: s.term, z: delta / s.sigma, delta, count: s.count };
    })
    .filter((s) => Number.isFinite(s.z) && s.z > minZ)
    .sort((p, q) => q.z - p.z || (p.term < q.term ? -1 : 1))
    .slice(0, count)
    .map((s) => ({ ...s, z: round(s.z, 3), delta: round(s.delta, 4), significant: Math.abs(s.z) >= SIGNIFICANT }));
  return { a: pick('A'), b: pick('B'), totals: { a: na, b: nb } };
}

function tally(terms: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}
