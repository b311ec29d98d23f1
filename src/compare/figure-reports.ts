/**
 * Promises reported on through their figure: a promise whose target the figures section paired with the other session's
 * figure is by that fact reported on, not dropped — the figure's sentence part is its report.
 *
 * Example: A "开展订单式技能培训，今年培训脱贫劳动力1200人次" and B "…超过3.2万人的目标；培训脱贫劳动力1356人次": the part
 * "培训脱贫劳动力1356人次" says no 已 or 完成, so it is no report by its words (reports.ts), but the figures section sets
 * 1356人次 against the target 1200人次 (已达标): the promise is done. A target not met is partly done (its share) or unmet,
 * one whose deadline is still ahead (进行中) in progress. Only a pair of a target inside the promise and a figure of the other
 * session that is no target itself counts (figures.ts's progress).
 */
import type { InquiryRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { DonePromise, FigurePair, FigureRef, MeasureRef } from './types.js';

export interface FigureReport {
  /** Index of the promise in the list given. */
  promise: number;
  report: { question: number; text: string; span: Span };
  /** The clause holding the figure, when the part has several; else null. */
  clause: { text: string; span: Span } | null;
  status: DonePromise['status'];
  progress?: DonePromise['progress'];
}

/** Sentence parts, as reports.ts cuts them; clauses inside them. */
const PART = /[^。！？!?；;：:\n]+/gu;
const CLAUSE = /[^，,]+/gu;

/**
 * The promises (of `side`) whose target figure `pairs` set against a figure of `other`, with that figure's sentence part;
 * each promise once, by its first paired target.
 */
export function figureReports(promises: readonly MeasureRef[], side: 'a' | 'b', pairs: readonly FigurePair[], other: InquiryRecord): FigureReport[] {
  const out: FigureReport[] = [];
  promises.forEach((m, k) => {
    for (const p of pairs) {
      if (!p.progress || p.progress.target !== side) continue;
      const [target, got] = side === 'a' ? [p.a, p.b] : [p.b, p.a];
      if (target.span[0] < m.span[0] || target.span[1] > m.span[1]) continue;
      const part = partHolding(other, got.span);
      if (!part) continue;
      out.push({ promise: k, report: part.report, clause: part.clause, ...verdict(p.progress, target, got) });
      return;
    }
  });
  return out;
}

/** The status a figure pair gives: met, under way before its deadline, a share of a count, or unmet. */
function verdict(progress: NonNullable<FigurePair['progress']>, target: FigureRef, got: FigureRef): Pick<FigureReport, 'status' | 'progress'> {
  if (progress.met) return { status: 'done' };
  if (progress.pending || progress.met === undefined) return { status: 'in-progress' };
  if (progress.percent !== null && progress.percent > 0) {
    return { status: 'partly-done', progress: { share: Number((progress.percent / 100).toFixed(4)), from: { text: target.text, span: target.span }, to: { text: got.text, span: got.span } } };
  }
  return { status: 'unmet' };
}

/** The sentence part of a responder's turn (or the closing's 表态) that holds `span`, with the clause that holds it. */
function partHolding(record: InquiryRecord, span: Span): Pick<FigureReport, 'report' | 'clause'> | null {
  const texts: { question: number; text: string; span: Span }[] = [
    ...record.questions.flatMap((q) => q.turns.filter((t) => t.role === 'responder').map((t) => ({ question: t.answerTo ?? q.index, text: t.text, span: t.span }))),
    ...(record.session.closing?.statements ?? []).map((s) => ({ question: 0, text: s.text, span: s.span })),
  ];
  const holder = texts.find((t) => t.span[0] <= span[0] && span[1] <= t.span[1]);
  if (!holder) return null;
  for (const m of holder.text.matchAll(PART)) {
    const text = m[0].trim();
    const start = holder.span[0] + m.index! + m[0].length - m[0].trimStart().length;
    if (span[0] < start || span[1] > start + text.length) continue;
    const report = { question: holder.question, text, span: [start, start + text.length] as Span };
    const clauses = [...text.matchAll(CLAUSE)];
    const own = clauses.length > 1 ? clauses.find((c) => start + c.index! <= span[0] && span[1] <= start + c.index! + c[0].length) : undefined;
    const clause = own ? { text: own[0].trim(), span: [start + own.index! + own[0].length - own[0].trimStart().length, start + own.index! + own[0].length - own[0].trimStart().length + own[0].trim().length] as Span } : null;
    return { report, clause };
  }
  return null;
}
