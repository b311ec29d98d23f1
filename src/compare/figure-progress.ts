/**
 * A pair of matched figures: their change (figure-change.ts), or — one a target, the other a state or done — the progress on
 * the target.
 *
 * Example: A "计划改造120公里" and B "已完成改造96公里" → "目标 120公里, 完成 96公里 (80%, 未达标)"; a ceiling (压缩至20个工作日)
 * is met at or below it (15个工作日: 已达标, no 75%); a target for each of 5 counties (在5个区县各建设1个以上) is 5 in all; the
 * report's own verdict (没有达到六成的目标, 超过3.2万人的目标) overrides the arithmetic; a reading of part of the target's year
 * (今年1至10月) is interim; a target not yet due at the other's date (到2025年底, B of 2025-09) falling short is 进行中.
 * An increment beside a figure not one (新增60个 / 300个) shows no change: a flow is not a level.
 */
import type { FigurePair, FigureProgress, FigureRef } from './types.js';
import { meetsTarget } from './target-met.js';
import { reportVerdict, type Verdict } from './verdict.js';
import { change } from './figure-change.js';

/**
 * What the report side says beside its figure, for judging a target (see progressOf): the words a verdict may stand in
 * (read against the target, a ceiling or a floor: 超出目标3天 misses a ceiling), or the verdict itself when already read.
 */
export interface Judgement { region?: string; verdict?: Verdict | null; named: readonly number[]; late: boolean; interim: boolean }

/**
 * The pair of two matched figures: their change, or the progress on a target when one side is one and
 * `progressive` (one body's sessions, the target not the later; see compareFigures). An increment beside
 * a figure not one (新增60个 / 300个) shows no change: a flow is not a level.
 */
export function figurePair(a: FigureRef, b: FigureRef, progressive = true, pending = false, judged?: Judgement): FigurePair {
  const progress = progressive && mixed(a, b) ? progressOf(a, b, pending, judged) : null;
  const unlike = (a.flow === 'increment') !== (b.flow === 'increment');
  // A change pairs two states or two targets: a target against a state is progress, or (two bodies) side by side.
  return { indicator: a.indicator, a, b, change: progress || unlike || mixed(a, b) ? null : change(a, b), progress };
}

/** One figure is a target and the other not (a state, or done). */
export function mixed(a: FigureRef, b: FigureRef): boolean {
  return (a.stance === 'target') !== (b.stance === 'target');
}

/**
 * The figure of the other side against the target: "目标 120公里, 实际 96公里 (80%)". `pending`: the target's deadline has
 * not passed at the other side's date (beforeDeadline), so a figure short of it is 进行中, not 未达标.
 */
function progressOf(a: FigureRef, b: FigureRef, pending = false, judged?: Judgement): FigureProgress {
  const target = a.stance === 'target' ? 'a' : 'b';
  const [given, other] = target === 'a' ? [a, b] : [b, a];
  // A target for each of 5 counties is 5 times its figure in all: "目标 5个 (5个区县各1个以上)".
  const goal: FigureRef = given.each && given.value !== null
    ? { ...given, value: given.value * given.each.count, text: `${given.value * given.each.count}${given.unit ?? ''} (${given.each.count}个${given.each.over}各${given.text})` } : given;
  // A ceiling (压缩至20个工作日, 控制在5.5%以内) is met at or below it: 15 of 20 is done, not 75% of it.
  // A floor (达到/提升到/不低于/改造260公里) is met at or above it.
  // The report's own verdict (没有达到六成的目标, 超过3.2万人的目标, 全部投入运行) overrides the arithmetic, when it names no
  // other target than this one; a reading of part of the target's year (今年1至10月) is interim, neither met nor missed.
  const verdict = judged ? judged.verdict ?? (judged.region ? reportVerdict(judged.region, !!goal.ceiling) : null) : null;
  const said = verdict && (judged!.named.length === 0 || judged!.named.includes(given.value ?? NaN)) ? verdict : null;
  const interim = !said && !!judged?.interim;
  const met = said ? said === 'met' : interim ? undefined : goal.value !== null && other.value !== null && comparable(goal, other)
    ? meetsTarget(goal.value, other.value, !!goal.ceiling) : undefined;
  // (What was left of a whole, 剩余68处, is met by the whole done, 216处, but 317.6% of it says nothing.)
  const percent = goal.ceiling || goal.remainder || goal.value === null || other.value === null || goal.value === 0 || (a.kind === 'percent' || a.kind === 'percentage_point')
    ? null : Number(((other.value / goal.value) * 100).toFixed(1)) + 0;
  const shown = target === 'a' ? `目标 ${goal.text}, ${other.stance === 'done' ? '完成' : '现状'} ${other.text}` : `${other.stance === 'done' ? '完成' : '现状'} ${other.text}, 目标 ${goal.text}`;
  // The percent whichever side holds the target: compare(b, a) says what compare(a, b) says.
  // A miss the report itself states (没有实现翻番目标) is 未达标 even before the deadline: its own word, not our arithmetic.
  const due = met === false && pending && !said;
  const late = met === true && !!judged?.late;
  const notes = [...(percent === null ? [] : [`${percent}%`]), ...(interim ? ['进行中, 年内读数'] : met === undefined ? [] : [met ? (late ? '已达标, 推迟完成' : '已达标') : due ? '进行中' : '未达标'])];
  const text = `${shown}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  if (interim) return { target, percent, interim: true, text };
  return met === undefined ? { target, percent, text } : { target, percent, met, ...(due ? { pending: true as const } : {}), ...(late ? { late: true as const } : {}), text };
}

/** Two figures whose values compare as they stand (values are in plain units: 3.5亿元 against 32000万元): both percents or neither. */
function comparable(a: FigureRef, b: FigureRef): boolean {
  const percent = (f: FigureRef) => f.kind === 'percent' || f.kind === 'percentage_point';
  return percent(a) === percent(b);
}
