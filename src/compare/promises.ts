/**
 * Promises: measures of B that repeat or resemble a measure of A, then the new and the dropped.
 *
 * Example: A promised "推进综治中心规范化建设" and B promises "持续推进综治中心规范化建设":
 * a "similar" pair whose shared terms (综治中心, 规范化, 建设) show why; the same words
 * after folding punctuation and width make a "repeated" pair, the same headline with a new
 * elaboration ("提升科学民主依法决策水平。强化…" / "提升科学民主依法决策水平,严格…") a
 * "same-headline" pair. Texts are compared on their stemmed promise terms (promise-terms.ts:
 * "明年6月底前全面完成城关镇…" and "今年底前完成城关…" both give 完成 城关 …), each weighted by
 * promise-idf.ts (jieba's background IDF times a per-session factor); a shared term written
 * differently is shown by its stem with both forms. A pair scores the better cosine of the whole
 * texts and of their headlines (headline.ts); when neither reaches the threshold, of their closest
 * clauses (clauses.ts) if those share at least three terms and score at least 0.7 (two terms at 0.8) — so "推进综治中心规范化建设" is found
 * inside "聚焦本质安全,推进综治中心规范化建设,推行主动警务" ("shared-clause", both clauses
 * shown with their spans). The terms of the winning cosine are shown. Measures of A
 * matched by nothing in B are "not seen again"; measures of B matched by nothing in A are "new".
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { DonePromise, FigurePair, PromisePair, PromisesSection, ReversedPair, SharedTerm } from './types.js';
import { promiseTerms, splitCompounds, type PromiseTerm } from './promise-terms.js';
import { backgroundWeight, promiseIdf } from './promise-idf.js';
import { cosine, round, sharedCount, similarity, weightedVectors } from './tfidf.js';
import { figureReports } from './figure-reports.js';
import { alignGreedy, type Candidate } from './align.js';
import { measureRefs } from './refs.js';
import { prosePromises } from './prose-promises.js';
import { closingPromises } from './closing.js';
import { textKey } from './fold.js';
import { headline } from './headline.js';
import { clauses, type Clause } from './clauses.js';
import { otherPlaces, places } from './places.js';
import { reverses, type Halt } from './reversal.js';
import type { Vector } from './tfidf.js';
import type { MeasureRef } from './types.js';
import { reports, type Report } from './reports.js';
import type { Quantity } from '../model/record.js';
import { quantitiesIn, reportedDone } from './done.js';
import { restDeadline } from './slip.js';
import { doneEarly, earlyClauses, fulfilled, keptTarget, restatement, sharedTarget } from './restated.js';
import { followUp } from './framing.js';
import { sessionPlace } from './place.js';
import type { Framing } from './types.js';
import { append } from '../model/append.js';
import { REST } from './status-words.js';

/** A headline this short ("加强", "一是") says too little to count as the same promise. */
const MIN_HEADLINE_KEY = 4;

const SHOWN_TERMS = 8;
/**
 * A clause pair counts when its cosine reaches CLAUSE_MIN and it shares at least CLAUSE_TERMS
 * terms, or two terms that carry CLAUSE_STRONG of both clauses: with deadlines and units out of
 * the terms, "年底前建成老年助餐点80个" / "年底前将老年助餐点增加到150个" share 老年 and 餐点
 * and nothing else of weight (0.89).
 */
const CLAUSE_MIN = 0.7;
const CLAUSE_TERMS = 3;
const CLAUSE_STRONG = 0.8;

interface ClauseVec { clause: Clause; vector: Vector; size: number; forms: Forms }
/** Stem → the form a document first writes it in. */
type Forms = ReadonlyMap<string, string>;
/** Term vectors of the documents of A then B, and their written forms. */
interface Docs { vectors: Vector[]; forms: Forms[] }
/** What a candidate pair rests on; its shared terms are worked out only for the pairs kept. */
interface Detail {
  kind: PromisePair['kind']; source: 'whole' | 'head' | 'clause'; clause: { a: Clause & { vector: Vector; forms: Forms }; b: Clause & { vector: Vector; forms: Forms } } | null;
  places: PromisePair['places']; halt: { side: 'a' | 'b'; halt: Halt } | null;
}

/** `later`: the session dated later, or null; only the earlier session's promises are looked for in the other's reports. */
/**
 * `framing`: what the sessions are to each other (framing.ts); unless B follows A up, no pair is restated or met and no
 * promise reported done, and between two bodies every pair is marked with the two places (异地).
 */
/**
 * `figures`: the figures section's pairs; a promise whose target is paired with the other session's figure is reported on by
 * that figure's sentence part (figure-reports.ts), when no report's words meet it.
 */
export function comparePromises(
  a: InquiryRecord, b: InquiryRecord, segmenter: Segmenter, threshold: number, later: 'a' | 'b' | null = null, framing?: Framing,
  figures: readonly FigurePair[] = [],
): PromisesSection {
  const follows = !framing || followUp(framing);
  // List items and, from answers with no list, prose commitments (下一步我们将…); then the pledges of the closing's 表态.
  // Less what reports (a list item of work done, a change of plan: reports.ts), held back to meet the other's promises.
  const repsA = reports(a);
  const repsB = reports(b);
  const allA = [...measureRefs(a), ...prosePromises(a), ...closingPromises(a)];
  const allB = [...measureRefs(b), ...prosePromises(b), ...closingPromises(b)];
  // (Only the later session's reports meet promises: the earlier one's stay what they were.)
  const [refsA, heldA] = holdReports(allA, later === 'b' ? [] : repsA);
  const [refsB, heldB] = holdReports(allB, later === 'a' ? [] : repsB);
  const headsA = refsA.map((m) => headline(m.text));
  const headsB = refsB.map((m) => headline(m.text));
  const raw = [...refsA, ...refsB].map((m) => promiseTerms(m.text, segmenter));
  // The stems of every measure of both sessions: a compound meets its parts only among these,
  // and a term both sessions use is left whole.
  const stems = (docs: PromiseTerm[][]) => docs.flatMap((d) => d.filter((t) => !t.run).map((t) => t.term));
  const vocabulary = new Set(stems(raw));
  const inA = new Set(stems(raw.slice(0, refsA.length)));
  const inBoth = new Set(stems(raw.slice(refsA.length)).filter((t) => inA.has(t)));
  const table = segmenter.idfTable?.();
  const known = table && ((word: string) => table.idf(word) !== undefined);
  const split = (list: PromiseTerm[]) => splitCompounds(list, vocabulary, inBoth, known);
  const terms = (texts: string[]) => texts.map((t) => split(promiseTerms(t, segmenter)));
  const idf = table && backgroundWeight(table);
  const docs = (lists: PromiseTerm[][], nA: number) => vectorsOf(lists, nA, idf);
  const fullDocs = docs(raw.map(split), refsA.length);
  const headDocs = docs(terms([...headsA, ...headsB]), refsA.length);
  const full = fullDocs.vectors;
  const heads = headDocs.vectors;
  const keysA = refsA.map((m) => textKey(m.text));
  const keysB = refsB.map((m) => textKey(m.text));
  const headKeysA = headsA.map(textKey);
  const headKeysB = headsB.map(textKey);
  const [clausesA, clausesB] = clauseVectors(refsA, refsB, (t) => terms([t])[0], idf);
  const placeCache = new Map<string, string[]>();
  const placesOf = (text: string) => placeCache.get(text) ?? placeCache.set(text, places(text, segmenter)).get(text)!;
  const stemsOf = (text: string) => terms([text])[0].map((t) => t.term);
  const candidates: Candidate<Detail>[] = [];
  const n = refsA.length;
  // Only pairs that share a term or a key can score above 0: an index keeps long sessions fast.
  const termsOf = (k: number, clauseList: ClauseVec[]) => new Set([...full[k].keys(), ...heads[k].keys(), ...clauseList.flatMap((c) => [...c.vector.keys()])]);
  const index = new Map<string, Set<number>>();
  const post = (key: string, j: number) => { if (!index.has(key)) index.set(key, new Set()); index.get(key)!.add(j); };
  refsB.forEach((_, j) => {
    for (const term of termsOf(n + j, clausesB[j])) post(`t${term}`, j);
    if (keysB[j]) post(`k${keysB[j]}`, j);
    if (headKeysB[j]) post(`h${headKeysB[j]}`, j);
  });
  refsA.forEach((_, i) => {
    const near = new Set<number>();
    const keys = [...[...termsOf(i, clausesA[i])].map((t) => `t${t}`), `k${keysA[i]}`, `h${headKeysA[i]}`];
    for (const key of keys) for (const j of index.get(key) ?? []) near.add(j);
    for (const j of [...near].sort((x, y) => x - y)) examine(i, j);
  });

  function examine(i: number, j: number) {
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
    // A follow-up that keeps a target by its indicator's name (护理型床位占比目标不变) restates that promise, on those two clauses.
    if (score < threshold && follows) {
      const kept = keptTarget(a, refsA[i], b, refsB[j]);
      const [ca, cb] = kept ? [clausesA[i].find((c) => c.clause.offset === kept.a.offset), clausesB[j].find((c) => c.clause.offset === kept.b.offset)] : [];
      if (ca && cb) {
        kind = 'shared-clause'; source = 'clause'; score = Math.max(threshold, similarity(ca.vector, cb.vector));
        clause = { a: { ...ca.clause, vector: ca.vector, forms: ca.forms }, b: { ...cb.clause, vector: cb.vector, forms: cb.forms } };
      }
    }
    if (score < threshold || score <= 0) return;
    // A promise for another place (城东 / 河西) is at most "similar", on its own cosine.
    const [x, y] = clause ? [clause.a.text, clause.b.text] : kind === 'same-headline' || source === 'head' ? [headsA[i], headsB[j]] : [refsA[i].text, refsB[j].text];
    const [pa, pb] = [placesOf(x), placesOf(y)];
    const elsewhere = kind !== 'repeated' && otherPlaces(pa, pb);
    if (elsewhere && kind !== 'similar') {
      kind = 'similar'; source = head > whole ? 'head' : 'whole'; clause = null; score = Math.max(whole, head);
      if (score < threshold || score <= 0) return;
    }
    // A halt word on one side only (不再新增… / 新增…) reverses the promise.
    const ha = reverses(refsA[i].text, refsB[j].text, stemsOf);
    const hb = reverses(refsB[j].text, refsA[i].text, stemsOf);
    const halt = ha && !hb ? { side: 'a' as const, halt: ha } : hb && !ha ? { side: 'b' as const, halt: hb } : null;
    candidates.push({ i, j, score, tie: whole, detail: { kind, source, clause, places: elsewhere ? { a: pa, b: pb } : null, halt } });
  }

  // Repeats first; a promise for another place only among the measures left; a reversal last.
  const round = (keep: (d: Detail) => boolean, taken: Candidate<Detail>[]) => {
    const used = (c: Candidate<Detail>) => taken.some((t) => t.i === c.i || t.j === c.j);
    return alignGreedy(candidates.filter((c) => keep(c.detail) && !used(c)), threshold);
  };
  const same = round((d) => !d.halt && !d.places, []);
  const elsewhere = round((d) => !d.halt && !!d.places, same);
  const pairs = [...same, ...elsewhere].sort((p, q) => p.i - q.i || p.j - q.j);
  const halted = round((d) => !!d.halt, pairs);
  // A promise the other session reports done is no dropped promise, and no reversal of what that session halts now.
  const paired = (side: 'a' | 'b') => new Set(pairs.map((p) => (side === 'a' ? p.i : p.j)));
  const doneOf = (side: 'a' | 'b'): (DonePromise & { index: number })[] => {
    if (later === side || !follows) return [];
    const [own, other] = side === 'a' ? [refsA, b] : [refsB, a];
    const taken = paired(side);
    const open = own.map((m, k) => ({ m, k })).filter(({ k }) => !taken.has(k));
    const reps = side === 'a' ? repsB : repsA;
    const figures = { promised: (m: MeasureRef) => quantitiesIn(side === 'a' ? a : b, m.span), reported: (span: [number, number]) => quantitiesIn(other, span) };
    return reportedDone(open.map((x) => x.m), reps, (t) => terms([t])[0], threshold, idf, figures).map((d) => {
      const rep = asMatched(reps[d.report], d);
      return {
        side, promise: open[d.promise].m, report: { question: rep.question, text: rep.text, span: rep.span },
        clause: d.clause, score: d.score, terms: d.terms, status: rep.progress?.finished ? 'done' as const : rep.status, index: open[d.promise].k,
        ...progressDetail(rep, open[d.promise].m, figures.promised(open[d.promise].m), figures.reported(rep.span),
          { promise: (side === 'a' ? a : b).session.date, report: other.session.date }),
      };
    });
  };
  // Last, the promises paired with nothing and reported by no words whose target the figures section set against the other's
  // figure: reported on by that figure.
  const byFigure = (side: 'a' | 'b', taken: ReadonlySet<number>): (DonePromise & { index: number })[] => {
    if (later === side || !follows) return [];
    const own = side === 'a' ? refsA : refsB;
    const open = own.map((m, k) => ({ m, k })).filter(({ k }) => !taken.has(k));
    const more = figureReports(open.map((x) => x.m), side, figures, side === 'a' ? b : a).map((f) => {
      const { m, k } = open[f.promise];
      const [x, y] = weightedVectors([m.text, f.report.text].map((t) => terms([t])[0].map((w) => w.term)), idf ?? (() => 1));
      const { score, terms: shared } = cosine(x, y);
      return { side, promise: m, report: f.report, clause: f.clause, score: Number(score.toFixed(4)), terms: shared.slice(0, SHOWN_TERMS), status: f.status, index: k, ...(f.progress ? { progress: f.progress } : {}) };
    });
    return more;
  };
  const doneA = doneOf('a');
  const doneB = doneOf('b');
  const doneI = new Set(doneA.map((d) => d.index));
  const doneJ = new Set(doneB.map((d) => d.index));
  const reversed = halted.filter((p) => !doneI.has(p.i) && !doneJ.has(p.j));
  const explain = (i: number, j: number, d: Detail): SharedTerm[] => {
    const [x, y, fx, fy] = d.source === 'clause' ? [d.clause!.a.vector, d.clause!.b.vector, d.clause!.a.forms, d.clause!.b.forms]
      : d.source === 'head' ? [heads[i], heads[n + j], headDocs.forms[i], headDocs.forms[n + j]]
        : [full[i], full[n + j], fullDocs.forms[i], fullDocs.forms[n + j]];
    return once(cosine(x, y).terms.map((t) => written(t, fx, fy))).slice(0, SHOWN_TERMS);
  };
  const firstA = new Set([...pairs.map((p) => p.i), ...reversed.map((p) => p.i), ...doneI]);
  const firstB = new Set([...pairs.map((p) => p.j), ...reversed.map((p) => p.j), ...doneJ]);
  // A measure left over that repeats (or halts) a measure already paired, or one clause of it: one sentence of several
  // clauses (实施“留云计划”，力争…，城镇调查失业率控制在百分之五点五以内) pairs with several items of the other side.
  // Only a measure of several clauses (each with two terms or more) pairs again; each side's leftovers are read
  // against the other's paired measures, both from the first round: mirrored alike.
  const clauseOf = (c: Candidate<Detail>) => !c.detail.places;
  const bestOf = (list: Candidate<Detail>[], key: (c: Candidate<Detail>) => number) => {
    const best = new Map<number, Candidate<Detail>>();
    for (const c of alignOrder(list)) if (!best.has(key(c))) best.set(key(c), c);
    return [...best.values()];
  };
  const second = [
    ...bestOf(candidates.filter((c) => clauseOf(c) && !firstB.has(c.j) && firstA.has(c.i) && !doneI.has(c.i) && clausesA[c.i].length >= 2), (c) => c.j),
    ...bestOf(candidates.filter((c) => clauseOf(c) && !firstA.has(c.i) && firstB.has(c.j) && !doneJ.has(c.j) && clausesB[c.j].length >= 2), (c) => c.i),
  ].filter((c) => c.score >= threshold);
  append(pairs, second.filter((c) => !c.detail.halt));
  pairs.sort((p, q) => p.i - q.i || p.j - q.j);
  append(reversed, second.filter((c) => !!c.detail.halt));
  reversed.sort((p, q) => p.i - q.i || p.j - q.j);
  const usedA = new Set([...firstA, ...second.map((c) => c.i)]);
  const usedB = new Set([...firstB, ...second.map((c) => c.j)]);
  const figureA = byFigure('a', usedA);
  const figureB = byFigure('b', usedB);
  for (const d of figureA) usedA.add(d.index);
  for (const d of figureB) usedB.add(d.index);
  // Two bodies' promises: each pair is of two places (柳州市 / 桂林市), alike and no more.
  const where = (r: InquiryRecord, body: string | null) => sessionPlace(r)?.name ?? body;
  const [placeA, placeB] = framing?.kind === 'two-bodies' ? [where(a, framing.bodies.a), where(b, framing.bodies.b)] : [null, null];
  const bodiesApart = () => (placeA && placeB ? { a: [placeA], b: [placeB] } : null);
  const pair = (p: Candidate<Detail>): PromisePair => ({
    a: refsA[p.i],
    b: refsB[p.j],
    kind: p.detail.kind,
    score: p.score,
    terms: explain(p.i, p.j, p.detail),
    clause: p.detail.clause && {
      a: located(refsA[p.i], p.detail.clause.a),
      b: located(refsB[p.j], p.detail.clause.b),
    },
    places: p.detail.places ?? bodiesApart(),
    ...restatedOf(p),
  });
  // A new target value or deadline in the second wording: the promise restated, with what changed (a pair resting on clauses:
  // the deadlines of those clauses, never a sibling clause's).
  // A whole pair of one clause against several (力争明年底基本缓解老城区停车难 / 确保年底前新增…1.2万个，两年内基本缓解老城区停车难)
  // rests on the clause of the longer wording that meets it: its deadline is that clause's (两年内), not a sibling's (年底前).
  const restatedOf = (p: Candidate<Detail>) => {
    if (!follows) return {};
    const single = !p.detail.clause && (clauses(refsA[p.i].text).length === 1) !== (clauses(refsB[p.j].text).length === 1);
    const within = single ? bestClause(clausesA[p.i], clausesB[p.j], 0) : null;
    const rest = p.detail.clause ?? within;
    const parts = rest ? { a: located(refsA[p.i], rest.a), b: located(refsB[p.j], rest.b) } : undefined;
    const r = restatement(a, refsA[p.i], b, refsB[p.j], parts);
    return r ? { restated: r } : {};
  };
  // A pair whose later wording reports the earlier promise met (回收网点已达到620个 of 年底前…达到600个; 提前完成目标) is a promise
  // reported done, never restated: the same judgement as the figures section's 已达标 (target-met.ts).
  const earlier = later === 'b' ? 'a' : later === 'a' ? 'b' : null;
  const met = (p: Candidate<Detail>) => follows && earlier !== null && !p.detail.places && (earlier === 'a'
    ? fulfilled(a, refsA[p.i], b, refsB[p.j], p.detail.clause ? located(refsB[p.j], p.detail.clause.b) : undefined)
    : fulfilled(b, refsB[p.j], a, refsA[p.i], p.detail.clause ? located(refsA[p.i], p.detail.clause.a) : undefined));
  const kept = pairs.filter((p) => !met(p));
  const metDone: DonePromise[] = pairs.filter(met).map((p) => {
    const [promise, report, clause] = earlier === 'a'
      ? [refsA[p.i], refsB[p.j], p.detail.clause ? located(refsB[p.j], p.detail.clause.b) : null]
      : [refsB[p.j], refsA[p.i], p.detail.clause ? located(refsA[p.i], p.detail.clause.a) : null];
    return { side: earlier!, promise, report: { question: report.question ?? 0, text: report.text, span: report.span }, clause, score: p.score, terms: explain(p.i, p.j, p.detail), status: 'done', ...early(report.text, report.span, null, promise.text, stemsOf) };
  });
  return {
    pairs: kept.map(pair),
    reversed: reversed.map((p): ReversedPair => {
      const { side, halt } = p.detail.halt!;
      const ref = side === 'a' ? refsA[p.i] : refsB[p.j];
      const at = ref.span[0] + halt.offset;
      return { ...pair(p), halt: { side, text: halt.text, span: [at, at + halt.text.length], clause: located(ref, halt.clause) } };
    }),
    done: [...[...doneA, ...doneB, ...figureA, ...figureB].map(({ index: _index, ...d }): DonePromise => (d.status === 'done' && !d.progress ? { ...d, ...early(d.report.text, d.report.span, d.clause, d.promise.text, stemsOf) } : d)), ...metDone].sort(doneOrder),
    onlyA: inOrder(allA, [...refsA.filter((_, i) => !usedA.has(i)), ...unmet(heldA, doneB)]),
    onlyB: inOrder(allB, [...refsB.filter((_, j) => !usedB.has(j)), ...unmet(heldB, doneA)]),
  };
}

/**
 * The report as it meets the promise: with the status of the clause that carries the promise (done.ts) when that differs from
 * the part's; a done report short of the promised figure is partly done, its share read from the figures from its clause on.
 */
function asMatched(r: Report, d: { status?: Report['status']; clause: { span: [number, number] } | null }): Report {
  if (!d.status) return r;
  if (d.status !== 'partly-done') return { ...r, status: d.status, progress: undefined };
  return { ...r, status: d.status, progress: r.progress ?? { status: 'partly-done', share: null, done: d.clause ? d.clause.span[0] - r.span[0] : 0, thing: '' } };
}

const overlaps = (x: readonly [number, number], y: readonly [number, number]) => x[0] < y[1] && y[0] < x[1];

/**
 * Refs that are reports, held apart from the promises: a list item that reports (done-lists.ts), and a prose promise
 * that is a change of plan or a share done (计划推迟到2026年, 将…目标调整为3000万元: progress.ts).
 */
function holdReports(refs: MeasureRef[], reps: readonly Report[]): [MeasureRef[], MeasureRef[]] {
  const held = (m: MeasureRef) => reps.some((r) => (r.item || r.progress) && overlaps(r.span, m.span));
  return [refs.filter((m) => !held(m)), refs.filter(held)];
}

/** Held refs whose report met no promise of the other side: a prose promise stays a promise; a list item of done work is none. */
function unmet(held: MeasureRef[], done: readonly DonePromise[]): MeasureRef[] {
  return held.filter((m) => m.marker === null && /^p/u.test(m.path) && !done.some((d) => overlaps(d.report.span, m.span)));
}

/** The refs of `some` in the order of `all` (list items, prose, closing). */
function inOrder(all: readonly MeasureRef[], some: readonly MeasureRef[]): MeasureRef[] {
  const keep = new Set(some);
  return all.filter((m) => keep.has(m));
}

/**
 * What a report says beyond done: the share of a promise partly done (its own 约六成, else the first reported figure in
 * the promised figure's unit over that figure: 8000亩 of 1.2万亩) with the rest's deadline against the promise's
 * (slip.ts: 年内 → 明年6月底前), a postponement's new time, a changed target (the promise's figure in the new one's
 * unit → the figure after 调整为); `late` when what was left is reported done since (…，目前已全部完工): the promise done, late.
 */
function progressDetail(
  r: Report, m: MeasureRef, promised: readonly Quantity[], reported: readonly Quantity[], dates: { promise: string | null; report: string | null },
): Pick<DonePromise, 'progress'> {
  const p = r.progress;
  if (!p) return {};
  const goals = [...promised].filter((q) => q.unit && q.value !== null).sort((x, y) => x.span[0] - y.span[0]);
  const got = [...reported].filter((q) => q.unit && q.value !== null).sort((x, y) => x.span[0] - y.span[0]);
  const ref = (q: Quantity | undefined) => (q ? { text: q.text, span: q.span } : null);
  // (What was left, given a new date, is done since: the promise is done, late.)
  const late = p.finished ? { late: true as const } : {};
  if (p.status === 'partly-done') {
    const pair = p.share != null ? undefined
      : got.filter((q) => q.span[0] >= r.span[0] + (p.done ?? 0) && !REST_BEFORE.test(r.text.slice(0, q.span[0] - r.span[0]))).map((q) => ({ q, goal: goals.filter((g) => sameUnit(g, q)).pop() })).find((x) => x.goal);
    const rest = restDeadline(m, pair?.goal ?? null, r, p.rest, dates);
    const deadline = { ...(rest ? { deadline: rest } : {}), ...late };
    if (p.share != null) return { progress: { share: p.share, ...deadline } };
    return { progress: { share: pair ? Number((pair.q.value! / pair.goal!.value!).toFixed(4)) : null, from: ref(pair?.goal), to: ref(pair?.q), ...deadline } };
  }
  if (p.status === 'postponed') return { progress: { until: p.until, ...late } };
  if (p.status === 'changed') {
    const to = got.find((q) => q.span[0] >= r.span[0] + (p.to ?? 0));
    // (What stands against the new target: a later figure of its unit said as a state, 目标已调整为27所，目前已开设25所.)
    const now = to && got.find((q) => q.span[0] > to.span[1] && sameUnit(q, to) && STANDS.test(r.text.slice(to.span[1] - r.span[0], q.span[0] - r.span[0]).split(/[，,]/u).pop()!));
    return { progress: { from: ref(to && goals.filter((g) => sameUnit(g, to)).pop()), to: ref(to), ...(now ? { now: ref(now)! } : {}) } };
  }
  return {};
}

/** Words of a state before a figure in its clause: 目前已开设, 现有, 已建成. */
const STANDS = /目前|现有|现已|已(?!调整)/u;

/** The rest still to do right before a figure (剩余13家, 其余9个, 还有3家; status-words.ts): the part not done, never the share done. */
const REST_BEFORE = new RegExp(`(?:${REST}|还有|另有)的?$`, 'u');

/** One unit, a rate's and a count's alike (每年2000户以上 read 户, 每年1500户以上 户/年: one target's unit). */
const sameUnit = (x: Quantity, y: Quantity) => x.unit!.split('/')[0] === y.unit!.split('/')[0];

/** Candidates best first, in the order alignGreedy takes them. */
function alignOrder<T>(list: Candidate<T>[]): Candidate<T>[] {
  return [...list].sort((p, q) => q.score - p.score || (q.tie ?? 0) - (p.tie ?? 0) || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || (p.i + p.j) - (q.i + q.j) || p.i - q.i);
}

/**
 * A report of a thing done ahead of the plan (比原计划提前两个月, 提前一个月完成): the promise done, early. Read from the clause
 * that meets the promise on (…划定，比原计划提前一个月); a clause before it counts when the thing it says was early is the
 * promise's (专项规划比原计划提前两个月，…，规划预留公共停车场用地68处 of 编制停车设施专项规划: the plan is the promise's), never
 * when it is another thing (管网改造比原计划提前一个月完成，易涝点整治… of 易涝点整治). However the pair was found — on the
 * promises' words, on a report's, on a figure's — the same reading: a pair the later wording reports met is read whole.
 */
export function early(
  report: string, span: readonly [number, number], clause: { span: readonly [number, number] } | null, promise: string, stemsOf: (text: string) => string[],
): Pick<DonePromise, 'progress'> {
  const from = clause ? Math.max(0, clause.span[0] - span[0]) : 0;
  if (doneEarly(report.slice(from))) return { progress: { early: true } };
  const own = new Set(stemsOf(promise));
  const before = earlyClauses(report.slice(0, from)).some((c) => c.thing !== '' && stemsOf(c.thing).some((t) => own.has(t)));
  return before ? { progress: { early: true } } : {};
}

/** Done promises of A first, then of B, each in reading order. */
export function doneOrder(p: DonePromise, q: DonePromise): number {
  return p.side === q.side ? p.promise.span[0] - q.promise.span[0] || p.report.span[0] - q.report.span[0] : p.side === 'a' ? -1 : 1;
}

/** Clause vectors of every measure, weighted over all clauses of both sessions; clauses with fewer than two terms dropped. */
function clauseVectors(refsA: MeasureRef[], refsB: MeasureRef[], termsOf: (text: string) => PromiseTerm[], idf?: (term: string) => number): [ClauseVec[][], ClauseVec[][]] {
  const all = [...refsA, ...refsB].map((m) => clauses(m.text).map((clause) => ({ clause, terms: termsOf(clause.text) })));
  const clausesOfA = all.slice(0, refsA.length).reduce((s, l) => s + l.length, 0);
  const flat = all.flat();
  const { vectors, forms } = vectorsOf(flat.map((c) => c.terms), clausesOfA, idf);
  let k = 0;
  const withVectors = all.map((list) => list.map((c) => ({ clause: c.clause, vector: vectors[k], forms: forms[k++], size: new Set(c.terms.map((t) => t.term)).size })).filter((c) => c.size >= 2));
  return [withVectors.slice(0, refsA.length), withVectors.slice(refsA.length)];
}

/** Vectors of documents whose first `nA` are A's, weighted by promiseIdf, with each document's written forms. */
function vectorsOf(lists: PromiseTerm[][], nA: number, background?: (term: string) => number): Docs {
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
function once(terms: SharedTerm[]): SharedTerm[] {
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
function written(t: SharedTerm, fx: Forms, fy: Forms): SharedTerm {
  const a = fx.get(t.term) ?? t.term;
  const b = fy.get(t.term) ?? t.term;
  return a === b ? { term: a, weight: t.weight } : { term: t.term, weight: t.weight, forms: { a, b } };
}

/**
 * The closest clause pair that passes the bar and beats `floor`, or null; ties go to the pair
 * whose texts sort first (either way round), so both directions choose alike.
 */
function bestClause(xs: ClauseVec[], ys: ClauseVec[], floor: number): { score: number; a: Clause & { vector: Vector; forms: Forms }; b: Clause & { vector: Vector; forms: Forms } } | null {
  let best: { score: number; a: ClauseVec; b: ClauseVec; key: string } | null = null;
  for (const x of xs) for (const y of ys) {
    const score = similarity(x.vector, y.vector);
    if (score < CLAUSE_MIN || score <= floor || (best && score < best.score) || sharedCount(x.vector, y.vector) < (score >= CLAUSE_STRONG ? 2 : CLAUSE_TERMS)) continue;
    const key = [x.clause.text, y.clause.text].sort().join('\u0000');
    if (!best || score > best.score || key < best.key) best = { score, a: x, b: y, key };
  }
  return best && { score: best.score, a: { ...best.a.clause, vector: best.a.vector, forms: best.a.forms }, b: { ...best.b.clause, vector: best.b.vector, forms: best.b.forms } };
}

function located(m: MeasureRef, c: Clause): { text: string; span: [number, number] } {
  return { text: c.text, span: [m.span[0] + c.offset, m.span[0] + c.offset + c.text.length] };
}
