/**
 * One-to-one alignment of two lists by a similarity score.
 *
 * Example: questions 1…6 of A against 1…5 of B: every pair scoring at least the
 * threshold is a candidate; candidates are taken best first, each item at most once.
 * Ties are broken by a secondary score when the caller gives one (`tie`: for promises, the
 * similarity of the whole texts, so the inner item "聚焦本质安全,推进综治中心规范化建设" wins
 * over the list holding it), then by closeness of position (|i − j|), then by i + j: two candidates
 * that compete for the same item never tie completely, so the result does not
 * depend on which session is called A (compare(b, a) mirrors compare(a, b)).
 */
export interface Candidate<T> {
  i: number;
  j: number;
  score: number;
  /** Secondary score for equal scores, symmetric in the two sides (default 0). */
  tie?: number;
  detail: T;
}

export function alignGreedy<T>(candidates: readonly Candidate<T>[], threshold: number): Candidate<T>[] {
  const ranked = candidates
    .filter((c) => c.score >= threshold && c.score > 0)
    .sort((p, q) => q.score - p.score || (q.tie ?? 0) - (p.tie ?? 0) || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || (p.i + p.j) - (q.i + q.j) || p.i - q.i);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const taken: Candidate<T>[] = [];
  for (const c of ranked) {
    if (usedI.has(c.i) || usedJ.has(c.j)) continue;
    usedI.add(c.i);
    usedJ.add(c.j);
    taken.push(c);
  }
  return taken.sort((p, q) => p.i - q.i || p.j - q.j);
}
