/**
 * Topics: questions of A and B aligned by what they are about.
 *
 * Example: A's "市检察院要如何更好地发挥公益诉讼维护公共利益的职能?" and B's
 * "检察公益诉讼如何守护好公共利益?" share 公益诉讼, 公共利益, 检察 … and align with
 * their TF-IDF cosine (question text and answers, segmented); questions scoring below
 * the threshold with every question of the other side are listed as unaligned.
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TopicsSection } from './types.js';
import { contentTerms } from './terms.js';
import { cosine, tfidfVectors } from './tfidf.js';
import { alignGreedy, type Candidate } from './align.js';
import { questionContent, questionRef } from './refs.js';
import type { SharedTerm } from './types.js';

/** How many shared terms to keep per pair (the strongest). */
const SHOWN_TERMS = 8;

export function compareTopics(a: InquiryRecord, b: InquiryRecord, segmenter: Segmenter, threshold: number, units?: ReadonlySet<string>): TopicsSection {
  const docsA = a.questions.map((q) => contentTerms(questionContent(q, a.questions), segmenter, units));
  const docsB = b.questions.map((q) => contentTerms(questionContent(q, b.questions), segmenter, units));
  const vectors = tfidfVectors([...docsA, ...docsB]);
  const candidates: Candidate<SharedTerm[]>[] = [];
  docsA.forEach((_, i) => docsB.forEach((_, j) => {
    const { score, terms } = cosine(vectors[i], vectors[docsA.length + j]);
    candidates.push({ i, j, score, detail: terms.slice(0, SHOWN_TERMS) });
  }));
  const pairs = alignGreedy(candidates, threshold);
  const usedA = new Set(pairs.map((p) => p.i));
  const usedB = new Set(pairs.map((p) => p.j));
  return {
    pairs: pairs.map((p) => ({ a: questionRef(a.questions[p.i], a.questions), b: questionRef(b.questions[p.j], b.questions), score: p.score, terms: p.detail })),
    onlyA: a.questions.filter((_, i) => !usedA.has(i)).map((q) => questionRef(q, a.questions)),
    onlyB: b.questions.filter((_, j) => !usedB.has(j)).map((q) => questionRef(q, b.questions)),
  };
}
