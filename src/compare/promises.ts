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
 * shown with their spans: promise-score.ts, on promise-vectors.ts). The terms of the winning cosine are shown. Measures of A
 * matched by nothing in B are "not seen again"; measures of B matched by nothing in A are "new".
 */
import type { InquiryRecord } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { DonePromise, FigurePair, PromisePair, PromisesSection, ReversedPair, SharedTerm } from './types.js';
import { promiseTerms, splitCompounds, type PromiseTerm } from './promise-terms.js';
import { backgroundWeight } from './promise-idf.js';
import { cosine, weightedVectors } from './tfidf.js';
import { figureReports } from './figure-reports.js';
import { alignGreedy, type Candidate } from './align.js';
import { measureRefs } from './refs.js';
import { prosePromises } from './prose-promises.js';
import { closingPromises } from './closing.js';
import { textKey } from './fold.js';
import { headline } from './headline.js';
import { clauses } from './clauses.js';
import { places } from './places.js';
import type { MeasureRef } from './types.js';
import { reports } from './reports.js';
import { quantitiesIn, reportedDone } from './done.js';
import { fulfilled, restatement } from './restated.js';
import { followUp } from './framing.js';
import { sessionPlaces } from './place.js';
import type { Framing } from './types.js';
import { append } from '../model/append.js';
import { SHOWN_TERMS, bestClause, clauseVectors, located, once, vectorsOf, written, type ClauseVec } from './promise-vectors.js';
import { scorePair, type Detail, type Pairing } from './promise-score.js';
import { asMatched, doneOrder, early, holdReports, inOrder, progressDetail, unmet } from './promise-reports.js';

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
  const stemsOf = (text: string) => terms([text])[0].map((t) => t.term);  const pairing: Pairing = { a, b, refsA, refsB, headsA, headsB, full, heads, keysA, keysB, headKeysA, headKeysB, clausesA, clausesB, threshold, follows, placesOf, stemsOf };
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
    for (const j of [...near].sort((x, y) => x - y)) {
      const c = scorePair(pairing, i, j);
      if (c) candidates.push(c);
    }
  });

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
  // Two bodies' promises: each pair is of two places (柳州市 / 桂林市), alike and no more — places only, never a body's name
  // (龙潭镇人大主席团 is no place; two bodies not both placed are told apart by the framing's header alone).
  const [placeA, placeB] = framing?.kind === 'two-bodies' ? sessionPlaces(a, b).map((p) => p?.name ?? null) : [null, null];
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

/** Candidates best first, in the order alignGreedy takes them. */
function alignOrder<T>(list: Candidate<T>[]): Candidate<T>[] {
  return [...list].sort((p, q) => q.score - p.score || (q.tie ?? 0) - (p.tie ?? 0) || Math.abs(p.i - p.j) - Math.abs(q.i - q.j) || (p.i + p.j) - (q.i + q.j) || p.i - q.i);
}
