/**
 * The pairing score of a promise of A and one of B: the better cosine of their whole texts and of their headlines, else of
 * their closest clauses; identical words (repeated) or headlines (same-headline) score 1; a follow-up's target for one
 * indicator, or a target kept by name, is the promise restated; a promise for another place is at most similar; a halt word on
 * one side only reverses it.
 *
 * Example: "推进综治中心规范化建设" / "持续推进综治中心规范化建设" (similar, on 综治中心 规范化 建设); "提升科学民主依法决策水平。强化…"
 * / "提升科学民主依法决策水平,严格…" (same-headline); "全年重污染天数控制在20天以内" / "同时把重污染天数压减到15天以内" (one
 * target of one indicator: restated); "力争明年…进入全省前三名" / "力争今年进入全省前三名" (one rank in one league: restated); "在城东新建口袋公园" / "在河西新建口袋公园" (another place: similar at most); "新增…" /
 * "不再新增…" (reversed).
 */
import type { InquiryRecord } from '../model/record.js';
import type { MeasureRef, PromisePair } from './types.js';
import type { Candidate } from './align.js';
import { similarity, type Vector } from './tfidf.js';
import { otherPlaces } from './places.js';
import { reverses, type Halt } from './reversal.js';
import { keptTarget, sharedTarget } from './restated.js';
import { sharedRank } from './rank-target.js';
import { bestClause, type ClauseVec, type ClauseWith } from './promise-vectors.js';

/** A headline this short ("加强", "一是") says too little to count as the same promise. */
const MIN_HEADLINE_KEY = 4;

/** What a candidate pair rests on; its shared terms are worked out only for the pairs kept. */
export interface Detail {
  kind: PromisePair['kind']; source: 'whole' | 'head' | 'clause'; clause: { a: ClauseWith; b: ClauseWith } | null;
  places: PromisePair['places']; halt: { side: 'a' | 'b'; halt: Halt } | null;
}

/** What the pairing reads: both sessions' promises, their vectors (A's then B's), keys, clauses and the readers of a text. */
export interface Pairing {
  a: InquiryRecord; b: InquiryRecord; refsA: MeasureRef[]; refsB: MeasureRef[]; headsA: string[]; headsB: string[];
  full: Vector[]; heads: Vector[]; keysA: string[]; keysB: string[]; headKeysA: string[]; headKeysB: string[];
  clausesA: ClauseVec[][]; clausesB: ClauseVec[][]; threshold: number; follows: boolean;
  placesOf: (text: string) => string[]; stemsOf: (text: string) => string[];
}

/** The candidate pair of A's promise i and B's promise j, or null when it does not reach the threshold. */
export function scorePair(p: Pairing, i: number, j: number): Candidate<Detail> | null {
  const { a, b, refsA, refsB, headsA, headsB, full, heads, keysA, keysB, headKeysA, headKeysB, clausesA, clausesB, threshold, follows, placesOf, stemsOf } = p;
  const n = refsA.length;
  const whole = similarity(full[i], full[n + j]);
  const head = similarity(heads[i], heads[n + j]);
  let kind: PromisePair['kind'] = keysA[i] !== '' && keysA[i] === keysB[j] ? 'repeated'
    : headKeysA[i].length >= MIN_HEADLINE_KEY && headKeysA[i] === headKeysB[j] ? 'same-headline' : 'similar';
  let source: Detail['source'] = head > whole ? 'head' : 'whole';
  let score = Math.max(whole, head);
  let clause: Detail['clause'] = null;
  // The clauses rescue a promise found inside a longer measure; when the whole texts (or their
  // headlines) already pass, they explain the pair better: all their shared terms, not one clause's.
  if (kind === 'similar' && score < threshold) {
    const c = bestClause(clausesA[i], clausesB[j], score);
    if (c) { kind = 'shared-clause'; source = 'clause'; score = c.score; clause = { a: c.a, b: c.b }; }
  }
  // Identical words always pair, even when they carry no content term ("依法办事").
  if (kind === 'repeated' || kind === 'same-headline') score = 1;
  // A follow-up's target for the indicator an earlier promise set one for is that promise again, however worded
  // (全年重污染天数控制在20天以内 / 同时把重污染天数压减到15天以内): restated, not dropped and new.
  if (score < threshold && score > 0 && follows && sharedTarget(a, refsA[i], b, refsB[j])) score = threshold;
  // So is one place in one league promised again (力争明年…进入全省前三名 / 力争今年进入全省前三名: rank-target.ts).
  if (score < threshold && score > 0 && follows && sharedRank(a, refsA[i], b, refsB[j])) score = threshold;
  // A follow-up that keeps a target by its indicator's name (护理型床位占比目标不变) restates that promise, on those two clauses.
  if (score < threshold && follows) {
    const kept = keptTarget(a, refsA[i], b, refsB[j]);
    const [ca, cb] = kept ? [clausesA[i].find((c) => c.clause.offset === kept.a.offset), clausesB[j].find((c) => c.clause.offset === kept.b.offset)] : [];
    if (ca && cb) {
      kind = 'shared-clause'; source = 'clause'; score = Math.max(threshold, similarity(ca.vector, cb.vector));
      clause = { a: { ...ca.clause, vector: ca.vector, forms: ca.forms }, b: { ...cb.clause, vector: cb.vector, forms: cb.forms } };
    }
  }
  if (score < threshold || score <= 0) return null;
  // A promise for another place (城东 / 河西) is at most "similar", on its own cosine.
  const [x, y] = clause ? [clause.a.text, clause.b.text] : kind === 'same-headline' || source === 'head' ? [headsA[i], headsB[j]] : [refsA[i].text, refsB[j].text];
  const [pa, pb] = [placesOf(x), placesOf(y)];
  const elsewhere = kind !== 'repeated' && otherPlaces(pa, pb);
  if (elsewhere && kind !== 'similar') {
    kind = 'similar'; source = head > whole ? 'head' : 'whole'; clause = null; score = Math.max(whole, head);
    if (score < threshold || score <= 0) return null;
  }
  // A halt word on one side only (不再新增… / 新增…) reverses the promise.
  const ha = reverses(refsA[i].text, refsB[j].text, stemsOf);
  const hb = reverses(refsB[j].text, refsA[i].text, stemsOf);
  const halt = ha && !hb ? { side: 'a' as const, halt: ha } : hb && !ha ? { side: 'b' as const, halt: hb } : null;
  return { i, j, score, tie: whole, detail: { kind, source, clause, places: elsewhere ? { a: pa, b: pb } : null, halt } };
}
