/**
 * TF-IDF vectors and their cosine, with the terms that explain it.
 *
 * Example: the measures "提升科学民主依法决策水平" (A) and "提升依法决策水平" (B) share
 * 提升, 依法, 决策, 水平; each shared term's part of the score is the product of its
 * two normalized weights, and the parts sum to the cosine, so the score is never a
 * black box. IDF is computed over the documents of both sessions together and every
 * sum runs in sorted term order, so cosine(x, y) === cosine(y, x) bit for bit.
 */
import type { SharedTerm } from './types.js';

/** A document as an L2-normalized TF-IDF vector. */
export type Vector = ReadonlyMap<string, number>;

/** Smoothed IDF (ln((1 + N) / (1 + df)) + 1) over all documents, then one unit vector per document. */
export function tfidfVectors(documents: readonly (readonly string[])[]): Vector[] {
  const df = documentFrequencies(documents);
  const n = documents.length;
  return weightedVectors(documents, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
}

/** In how many of `documents` each term occurs. */
export function documentFrequencies(documents: readonly (readonly string[])[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/** One unit vector per document: term count times `idf(term)`, terms inserted in sorted order. */
export function weightedVectors(documents: readonly (readonly string[])[], idf: (term: string) => number): Vector[] {
  return documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const term of doc) tf.set(term, (tf.get(term) ?? 0) + 1);
    const terms = [...tf.keys()].sort();
    const raw = terms.map((t) => tf.get(t)! * idf(t));
    const norm = Math.sqrt(raw.reduce((s, w) => s + w * w, 0));
    return new Map(terms.map((t, i) => [t, norm ? raw[i] / norm : 0]));
  });
}

/**
 * The cosine alone, without the explanation: fast enough to run on every pair. Both vectors
 * hold their terms in sorted order (tfidfVectors inserts them so), so walking the smaller
 * one sums the shared terms in sorted order whichever is passed first: the same bits.
 */
export function similarity(x: Vector, y: Vector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let score = 0;
  for (const [term, w] of small) {
    const v = large.get(term);
    if (v !== undefined) score += w * v;
  }
  return round(Math.min(1, score));
}

/** How many terms two vectors share. */
export function sharedCount(x: Vector, y: Vector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let n = 0;
  for (const term of small.keys()) if (large.has(term)) n++;
  return n;
}

/** Cosine of two unit vectors and the shared terms, largest part first. */
export function cosine(x: Vector, y: Vector): { score: number; terms: SharedTerm[] } {
  const terms: SharedTerm[] = [];
  for (const [term, w] of x) {
    const v = y.get(term);
    if (v !== undefined) terms.push({ term, weight: round(w * v) });
  }
  terms.sort((p, q) => q.weight - p.weight || (p.term < q.term ? -1 : p.term > q.term ? 1 : 0));
  return { score: similarity(x, y), terms };
}

/** Four decimals: enough to rank, stable to print and compare. */
export function round(x: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
