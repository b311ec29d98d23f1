/**
 * Term vectors of promises and of their clauses, and the shared terms a pair is shown by: the arithmetic under the promises'
 * pairing (promise-score.ts).
 *
 * Example: "推进综治中心规范化建设" is found inside "聚焦本质安全,推进综治中心规范化建设,推行主动警务" by its closest clause pair
 * (cosine 0.7 or more on three shared terms, or 0.8 on two); "年底前建成老年助餐点80个" / "年底前将老年助餐点增加到150个" share
 * 老年 and 餐点 and nothing else of weight (0.89). A shared term written differently is shown by its stem with both forms
 * (一网通办 / 一网通办); two stems written alike are one entry whose weight is their sum, so the list adds up to the score.
 */
import type { SharedTerm, MeasureRef } from './types.js';
import type { PromiseTerm } from './promise-terms.js';
import { promiseIdf } from './promise-idf.js';
import { round, sharedCount, similarity, weightedVectors, type Vector } from './tfidf.js';
import { clauses, type Clause } from './clauses.js';

/** Shared terms shown for a pair. */
export const SHOWN_TERMS = 8;

/**
 * A clause pair counts when its cosine reaches CLAUSE_MIN and it shares at least CLAUSE_TERMS
 * terms, or two terms that carry CLAUSE_STRONG of both clauses: with deadlines and units out of
 * the terms, "年底前建成老年助餐点80个" / "年底前将老年助餐点增加到150个" share 老年 and 餐点
 * and nothing else of weight (0.89).
 */
const CLAUSE_MIN = 0.7;
const CLAUSE_TERMS = 3;
const CLAUSE_STRONG = 0.8;

export interface ClauseVec { clause: Clause; vector: Vector; size: number; forms: Forms }

/** Stem → the form a document first writes it in. */
export type Forms = ReadonlyMap<string, string>;

/** Term vectors of the documents of A then B, and their written forms. */
export interface Docs { vectors: Vector[]; forms: Forms[] }

/** A clause with its term vector and written forms. */
export type ClauseWith = Clause & { vector: Vector; forms: Forms };

/** Clause vectors of every measure, weighted over all clauses of both sessions; clauses with fewer than two terms dropped. */
export function clauseVectors(refsA: MeasureRef[], refsB: MeasureRef[], termsOf: (text: string) => PromiseTerm[], idf?: (term: string) => number): [ClauseVec[][], ClauseVec[][]] {
  const all = [...refsA, ...refsB].map((m) => clauses(m.text).map((clause) => ({ clause, terms: termsOf(clause.text) })));
  const clausesOfA = all.slice(0, refsA.length).reduce((s, l) => s + l.length, 0);
  const flat = all.flat();
  const { vectors, forms } = vectorsOf(flat.map((c) => c.terms), clausesOfA, idf);
  let k = 0;
  const withVectors = all.map((list) => list.map((c) => ({ clause: c.clause, vector: vectors[k], forms: forms[k++], size: new Set(c.terms.map((t) => t.term)).size })).filter((c) => c.size >= 2));
  return [withVectors.slice(0, refsA.length), withVectors.slice(refsA.length)];
}

/** Vectors of documents whose first `nA` are A's, weighted by promiseIdf, with each document's written forms. */
export function vectorsOf(lists: PromiseTerm[][], nA: number, background?: (term: string) => number): Docs {
  const stems = lists.map((l) => l.map((t) => t.term));
  const weight = promiseIdf(stems.slice(0, nA), stems.slice(nA), background);
  const forms = lists.map((l) => {
    const m = new Map<string, string>();
    for (const t of l) if (!m.has(t.term)) m.set(t.term, t.form);
    return m;
  });
  return { vectors: weightedVectors(stems, weight), forms };
}

/**
 * Each shared term listed once: two stems shown alike (the same written form on both sides) are
 * one entry whose weight is their sum, so the list still adds up to the score.
 */
export function once(terms: SharedTerm[]): SharedTerm[] {
  const out: SharedTerm[] = [];
  const seen = new Map<string, number>();
  for (const t of terms) {
    const key = t.forms ? `${t.term}\u0000${t.forms.a}\u0000${t.forms.b}` : t.term;
    const k = seen.get(key);
    if (k === undefined) { seen.set(key, out.length); out.push(t); } else out[k] = { ...out[k], weight: round(out[k].weight + t.weight) };
  }
  return out.sort((p, q) => q.weight - p.weight || (p.term < q.term ? -1 : p.term > q.term ? 1 : 0));
}

/** A shared term as written: the common form when both sides write it alike, else the stem and both forms. */
export function written(t: SharedTerm, fx: Forms, fy: Forms): SharedTerm {
  const a = fx.get(t.term) ?? t.term;
  const b = fy.get(t.term) ?? t.term;
  return a === b ? { term: a, weight: t.weight } : { term: t.term, weight: t.weight, forms: { a, b } };
}

/**
 * The closest clause pair that passes the bar and beats `floor`, or null; ties go to the pair
 * whose texts sort first (either way round), so both directions choose alike.
 */
export function bestClause(xs: ClauseVec[], ys: ClauseVec[], floor: number): { score: number; a: Clause & { vector: Vector; forms: Forms }; b: Clause & { vector: Vector; forms: Forms } } | null {
  let best: { score: number; a: ClauseVec; b: ClauseVec; key: string } | null = null;
  for (const x of xs) for (const y of ys) {
    const score = similarity(x.vector, y.vector);
    if (score < CLAUSE_MIN || score <= floor || (best && score < best.score) || sharedCount(x.vector, y.vector) < (score >= CLAUSE_STRONG ? 2 : CLAUSE_TERMS)) continue;
    const key = [x.clause.text, y.clause.text].sort().join('\u0000');
    if (!best || score > best.score || key < best.key) best = { score, a: x, b: y, key };
  }
  return best && { score: best.score, a: { ...best.a.clause, vector: best.a.vector, forms: best.a.forms }, b: { ...best.b.clause, vector: best.b.vector, forms: best.b.forms } };
}

export function located(m: MeasureRef, c: Clause): { text: string; span: [number, number] } {
  return { text: c.text, span: [m.span[0] + c.offset, m.span[0] + c.offset + c.text.length] };
}
