/**
 * What a report says of a promise it meets: its status and share done, a postponement, a changed target, done early; and which
 * refs are reports held apart from the promises.
 *
 * Example: A "今年完成加装电梯150部", B "完成132部…，剩余18部已调整为今年6月底前完成，目前已全部完工" (partly done 132/150, the
 * rest given a new date, done since: late); B "目标已调整为27所，目前已开设25所" (changed 30 → 27, now 25); B "专项规划比原计划
 * 提前两个月，于今年4月获批" (done early); a list item of work done (done-lists.ts) or a change of plan in prose (计划推迟到2026年)
 * is held apart as a report.
 */
import type { Quantity } from '../model/record.js';
import type { DonePromise, MeasureRef } from './types.js';
import type { Report } from './reports.js';
import { restDeadline } from './slip.js';
import { doneEarly, earlyClauses } from './restated.js';
import { REST } from './status-words.js';

/**
 * The report as it meets the promise: with the status of the clause that carries the promise (done.ts) when that differs from
 * the part's; a done report short of the promised figure is partly done, its share read from the figures from its clause on.
 */
export function asMatched(r: Report, d: { status?: Report['status']; clause: { span: [number, number] } | null }): Report {
  if (!d.status) return r;
  if (d.status !== 'partly-done') return { ...r, status: d.status, progress: undefined };
  return { ...r, status: d.status, progress: r.progress ?? { status: 'partly-done', share: null, done: d.clause ? d.clause.span[0] - r.span[0] : 0, thing: '' } };
}

const overlaps = (x: readonly [number, number], y: readonly [number, number]) => x[0] < y[1] && y[0] < x[1];

/**
 * Refs that are reports, held apart from the promises: a list item that reports (done-lists.ts), and a prose promise
 * that is a change of plan or a share done (计划推迟到2026年, 将…目标调整为3000万元: progress.ts).
 */
export function holdReports(refs: MeasureRef[], reps: readonly Report[]): [MeasureRef[], MeasureRef[]] {
  const held = (m: MeasureRef) => reps.some((r) => (r.item || r.progress) && overlaps(r.span, m.span));
  return [refs.filter((m) => !held(m)), refs.filter(held)];
}

/** Held refs whose report met no promise of the other side: a prose promise stays a promise; a list item of done work is none. */
export function unmet(held: MeasureRef[], done: readonly DonePromise[]): MeasureRef[] {
  return held.filter((m) => m.marker === null && /^p/u.test(m.path) && !done.some((d) => overlaps(d.report.span, m.span)));
}

/** The refs of `some` in the order of `all` (list items, prose, closing). */
export function inOrder(all: readonly MeasureRef[], some: readonly MeasureRef[]): MeasureRef[] {
  const keep = new Set(some);
  return all.filter((m) => keep.has(m));
}

/**
 * What a report says beyond done: the share of a promise partly done (its own 约六成, else the first reported figure in
 * the promised figure's unit over that figure: 8000亩 of 1.2万亩) with the rest's deadline against the promise's
 * (slip.ts: 年内 → 明年6月底前), a postponement's new time, a changed target (the promise's figure in the new one's
 * unit → the figure after 调整为); `late` when what was left is reported done since (…，目前已全部完工): the promise done, late.
 */
export function progressDetail(
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
