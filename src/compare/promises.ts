/**
 * Promises: measures of B that repeat or resemble a measure of A, then the new and the dropped.
 *
 * Example: A promised "推进综治中心规范化建设" and B promises "持续推进综治中心规范化建设":
 * a "similar" pair whose shared terms (综治中心, 规范化, 建设, 推进) show why; the same words
 * after folding punctuation and width make a "repeated" pair. Measures of A matched by
 * nothing in B are "not seen again"; measures of B matched by nothing in A are "new".
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { PromisesSection, SharedTerm } from './types.js';
import { contentTerms } from './terms.js';
import { cosine, tfidfVectors } from './tfidf.js';
import { alignGreedy, type Candidate } from './align.js';
import { measureRefs } from './refs.js';
import { textKey } from './fold.js';

const SHOWN_TERMS = 8;

export function comparePromises(a: InquiryRecord, b: InquiryRecord, segmenter: Segmenter, threshold: number): PromisesSection {
  const refsA = measureRefs(a);
  const refsB = measureRefs(b);
  const docsA = refsA.map((m) => contentTerms(m.text, segmenter));
  const docsB = refsB.map((m) => contentTerms(m.text, segmenter));
  const vectors = tfidfVectors([...docsA, ...docsB]);
  const keysA = refsA.map((m) => textKey(m.text));
  const keysB = refsB.map((m) => textKey(m.text));
  const candidates: Candidate<SharedTerm[]>[] = [];
  refsA.forEach((_, i) => refsB.forEach((_, j) => {
    const same = keysA[i] !== '' && keysA[i] === keysB[j];
    const { score, terms } = cosine(vectors[i], vectors[refsA.length + j]);
    // Identical words always pair, even when they carry no content term ("依法办事").
    candidates.push({ i, j, score: same ? 1 : score, detail: terms.slice(0, SHOWN_TERMS) });
  }));
  const pairs = alignGreedy(candidates, threshold);
  const usedA = new Set(pairs.map((p) => p.i));
  const usedB = new Set(pairs.map((p) => p.j));
  return {
    pairs: pairs.map((p) => ({
      a: refsA[p.i],
      b: refsB[p.j],
      kind: keysA[p.i] === keysB[p.j] ? 'repeated' : 'similar',
      score: p.score,
      terms: p.detail,
    })),
    onlyA: refsA.filter((_, i) => !usedA.has(i)),
    onlyB: refsB.filter((_, j) => !usedB.has(j)),
  };
}
