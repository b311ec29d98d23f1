/**
 * Promises reported done: a promise of the earlier session that an official of the later one says
 * was carried out, so it is neither dropped (未再出现) nor reversed.
 *
 * Example: A "年底前完成城东、城西两个片区管网改造" / B "去年承诺的城东、城西两个片区管网改造已全部完工";
 * A "放开灵活就业人员在就业地参保的户籍限制" / B "2024年已全面取消灵活就业人员在就业地参保的户籍限制".
 * A report (reports.ts) meets a promise on the same promise terms and weights as promises meet each
 * other — the whole report part, or its closest clause ("截至4月底，全区累计完成…97个" reads 全区累计完成…) —
 * at the promise threshold, with at least two shared terms; a promise takes its best report, and one report part
 * may carry several promises (去年全区完成“免证办”改造216个高频事项，…十二个街道全部设立了“办不成事”反映窗口).
 * A report also meets a promise that holds the thing it names (object.ts): "千吨万人供水工程12处已全部建成投用" names
 * 千吨万人供水工程, which A's "…新建改扩建千吨万人供水工程12处" holds, whatever the other words score; one quoting a holder
 * ("全市1280名“所长”已全部到位") names the system A promised ("推行“所长制”": system-term.ts), and one quoting the plan's figure
 * ("原计划30所，…目标已调整为27所") the promise of that figure ("年内在30所公办幼儿园开设…托班"). The report's
 * status (done, in progress, unmet: reports.ts) is the promise's; only a done report must reach the promised figure.
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { MeasureRef, SharedTerm } from './types.js';
import type { PromiseTerm } from './promise-terms.js';
import type { Report } from './reports.js';
import { promiseIdf } from './promise-idf.js';
import { cosine, sharedCount, similarity, weightedVectors, type Vector } from './tfidf.js';
import type { Candidate } from './align.js';
import { clauses } from './clauses.js';
import { isCeiling } from './figure-context.js';
import { heldShare, objectOf, quotedHeld } from './object.js';
import { finishAhead, statusOf } from './reports.js';
import { systemNamed } from './system-term.js';
import { meetsTarget } from './target-met.js';

const SHOWN_TERMS = 8;
/** Fewest terms a promise and its report share: one common word (改造) is no report of the promise. */
const MIN_SHARED = 2;

/**
 * A promise of a figure is done only when the report's figure in that unit reaches it: "建设就业帮扶车间120个" /
 * "建成就业帮扶车间118个" is progress (the figures show it), "完成二百个高频事项…改造" / "完成…改造216个" is done; a
 * reduction (压缩至3个工作日 / 压缩至2个工作日) is reached from above. The last figure of a unit is the one promised or
 * reported ("全市312个村（社区）帮办代办服务点已建成286个": 286).
 */
function reaches(promised: readonly Quantity[], reported: readonly Quantity[], promise: string): boolean {
  for (const goal of lastByUnit(promised)) {
    const got = lastByUnit(reported).find((q) => q.unit === goal.unit);
    // A ceiling (压缩至3个工作日, 控制在5.5%以内: figure-context.ts) is reached from above.
    const at = promise.indexOf(goal.text);
    const down = at >= 0 && isCeiling(promise, at, at + goal.text.length);
    if (got && got.value !== null && goal.value !== null && !meetsTarget(goal.value, got.value, down)) return false;
  }
  return true;
}

function lastByUnit(qs: readonly Quantity[]): Quantity[] {
  const m = new Map<string, Quantity>();
  for (const q of [...qs].sort((x, y) => x.span[0] - y.span[0])) if (q.unit) m.set(q.unit, q);
  return [...m.values()];
}

/** The record's quantities inside a span. */
export function quantitiesIn(record: InquiryRecord, span: Span): Quantity[] {
  const all = [...record.session.quantities, ...record.questions.flatMap((q) => q.quantities), ...(record.session.closing?.quantities ?? [])];
  return all.filter((q) => span[0] <= q.span[0] && q.span[1] <= span[1]);
}

export interface DoneMatch {
  promise: number; report: number; score: number; terms: SharedTerm[]; clause: { text: string; span: [number, number] } | null;
  /**
   * What the window says of the promise, when not the report's own status: its clause's own (去年底…已压缩至0.8个工作日 of a part
   * whose next clause says 没有达到六成的目标), or 'partly-done' for a report of done whose figure falls short of the promised one
   * (已建成…104个 of 120个, 6个部门实现数据比对 of 8个部门). Absent when the report's status holds.
   */
  status?: Report['status'];
}

/**
 * How well a window meets a promise: the promise's main figure reported first (a window with a figure in the unit of the
 * promise's first amount: "全区已建成再生资源回收站点104个" of "建成再生资源回收站点120个，…，并培育2家骨干回收企业", not the side
 * clause "骨干回收企业已培育2家"), then the thing it names (the more of the name held, the better), then the cosine.
 */
const MAIN = 2;
const NAMED = 1;

/** The promise's main figure: its first amount with a unit, no year (2020年底) and no period to do it in (三年内, 年内). */
function mainFigure(promised: readonly Quantity[]): Quantity | undefined {
  return [...promised].sort((x, y) => x.span[0] - y.span[0])
    .find((q) => q.unit && q.value !== null && q.kind !== 'year' && !/(?<!以)内$/u.test(q.text));
}

/** The plan quoted before a figure: 原计划30所, 原定60个的目标, 原计划为…. */
const PLAN_QUOTED = /(?:原计划|原定|原来计划|原先计划|原目标|原定目标)(?:为|是)?$/u;

/**
 * The report quotes the plan's figure (原计划30所，…目标已调整为27所; 原定60个的目标已调整为今年底前完成) and the promise promised
 * that amount in that unit: the report speaks of that promise, whatever its other words.
 */
export function quotesPlan(r: { text: string; span: Span }, reported: readonly Quantity[], promised: readonly Quantity[]): boolean {
  return reported.some((q) => q.unit && q.value !== null && PLAN_QUOTED.test(r.text.slice(0, q.span[0] - r.span[0]))
    && promised.some((g) => g.unit === q.unit && g.value === q.value));
}

export function reportedDone(
  promises: readonly MeasureRef[], reports: readonly Report[], termsOf: (text: string) => PromiseTerm[],
  threshold: number, background?: (term: string) => number,
  figures: { promised: (m: MeasureRef) => Quantity[]; reported: (span: Span) => Quantity[] } = { promised: () => [], reported: () => [] },
): DoneMatch[] {
  if (!promises.length || !reports.length) return [];
  const stems = (text: string) => termsOf(text).map((t) => t.term);
  const promiseStems = promises.map((p) => stems(p.text));
  // Each report whole, then its clauses: the windows a promise may be found in.
  // A window names its own thing, or the whole part's when it holds it ("全市在用气瓶赋码率达到99.2%" of "…达到99.2%，没有
  // 达到100%的目标"): named alike, the closer words then choose the clause.
  const windows = reports.map((r) => {
    // (A report whose grammar names its thing — 《…》已印发, …排查工作已完成约六成 — holds that name: reports.ts.)
    const whole = r.thing || objectOf(r.text);
    return [{ text: r.text, offset: 0 }, ...clauses(r.text)].map((c) => {
      // (A clause is read with the clauses after it, which may judge its figure: "电子营业执照应用率为57%，没有达到六成的目标".)
      const own = objectOf(r.text.slice(c.offset));
      return { ...c, stems: stems(c.text), thing: (r.thing && c.text.includes(r.thing) ? r.thing : own) || (whole && c.text.includes(whole) ? whole : '') };
    });
  });
  const weight = promiseIdf(promiseStems, windows.flatMap((w) => w.map((c) => c.stems)), background);
  const [pv, ...wv] = [weightedVectors(promiseStems, weight), ...windows.map((w) => weightedVectors(w.map((c) => c.stems), weight))];
  const bestRank: number[] = [];
  type Detail = { window: number; terms: SharedTerm[]; status: Report['status'] };
  const best: (Candidate<Detail> | undefined)[] = [];
  pv.forEach((p: Vector, i) => wv.forEach((list, j) => {
    const promised = figures.promised(promises[i]);
    const main = mainFigure(promised);
    let top = { score: 0, rank: 0, window: -1, status: reports[j].status };
    list.forEach((v, k) => {
      const score = similarity(p, v);
      const w = windows[j][k];
      // (A holder quoted, “所长”, names the system A promised, 所长制: system-term.ts; a short name both quote, “一件事”.)
      const at = reports[j].span[0] + w.offset;
      const got = figures.reported([at, at + w.text.length]);
      // (A report that quotes the plan's figure, 原计划30所, names the promise of 30所: the same amount in the same unit.)
      const plan = quotesPlan(reports[j], got, promised) ? 1 : 0;
      const named = Math.max(heldShare(w.thing, promises[i].text), systemNamed(w.text, promises[i].text) ? 1 : 0, quotedHeld(w.thing, w.text, promises[i].text), plan);
      // (Among named windows the fuller name, then the closer words: the clause "千吨万人供水工程12处已全部建成投用", not its whole part.)
      let rank = named > 0 ? NAMED + named / 10 + score / 1000 : sharedCount(p, v) < MIN_SHARED || score < threshold ? 0 : score;
      if (rank === 0) return;
      if (main && got.some((q) => q.unit === main.unit)) rank += MAIN;
      if (rank <= top.rank) return;
      // A clause that states its own status speaks for itself, not the part's other clause (…已压缩至0.8个工作日，…没有达到六成
      // 的目标); a change of plan or a share done is the whole part's. A report of a thing done whose figure falls short of the
      // promised one (已建成104个 of 120个) is partly done: reported on, not dropped.
      const own = k > 0 && !reports[j].progress ? statusOf(w.text) : null;
      let status: Report['status'] = own ?? reports[j].status;
      if (status === 'done' && !reaches(promised, got, promises[i].text)) status = 'partly-done';
      // (A step done with the promise's end still foreseen after it — 主体工程已经完工，…，预计今年10月投入使用 — is under way;
      // a figure short of the promised one says more: partly done, 132万亩 of 150万亩, whatever the next year's plan.)
      if (status === 'done' && finishAhead(reports[j].text, k > 0 ? w.offset + w.text.length : null)) status = 'in-progress';
      top = { score, rank, window: k, status };
    });
    // The best report of each promise; an equal rank keeps the earlier report.
    if (top.window >= 0 && top.rank > (bestRank[i] ?? 0)) {
      bestRank[i] = top.rank;
      best[i] = { i, j, score: top.score, detail: { window: top.window, terms: cosine(p, list[top.window]).terms.slice(0, SHOWN_TERMS), status: top.status } };
    }
  }));
  return best.filter((c): c is Candidate<Detail> => !!c).map((c) => {
    const r = reports[c.j];
    const w = windows[c.j][c.detail.window];
    const clause = c.detail.window === 0 ? null : { text: w.text, span: [r.span[0] + w.offset, r.span[0] + w.offset + w.text.length] as [number, number] };
    return { promise: c.i, report: c.j, score: Number(c.score.toFixed(4)), terms: c.detail.terms, clause, ...(c.detail.status !== r.status ? { status: c.detail.status } : {}) };
  });
}
