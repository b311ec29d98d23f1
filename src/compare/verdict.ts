/**
 * What a report says of a target in its own words, next to its figure: missed, met, or nothing.
 *
 * Example: "电子营业执照应用率为57%，没有达到六成的目标" → missed; "脱贫人口务工就业3.35万人，超过3.2万人的目标" → met;
 * "重污染天数为23天，超出目标3天" (a ceiling: over it is a miss) → missed; "目前12个点位全部投入运行" → met;
 * "全县认定帮扶车间27个，比去年增加5个，还差3个没有完成" → missed. The report's clause is read after its figure, in the
 * figure's clause and the clauses after it in its sentence, up to a clause that names another indicator's figure
 * ("…已压缩至0.8个工作日，电子营业执照应用率为57%，没有达到六成的目标": the miss is 57%'s, not 0.8's) or opens a new
 * intention (力争/计划/预计…: the next target, no verdict on the last). A target named in the verdict (六成 of 没有达到六成的目标)
 * must be the one judged: a verdict on another figure is none (compare: figures.ts). The status words are status-words.ts's, shared with reports.ts.
 */

import { ABOVE as ABOVE_GOAL, GAP_TO, GOAL, NOT, REACH, SHORT } from './status-words.js';
import { FORESEE, PLAN, RESOLVE, WILL } from './intention-words.js';

export type Verdict = 'met' | 'missed';

/**
 * A clause that opens a new intention: what follows speaks of the next target. intention-words.ts's words, any 计划, and of the
 * time ahead only 下一步, within a clause's first words.
 */
const INTENTION = new RegExp(`^[^，,；;]{0,8}?(?:${RESOLVE}|${PLAN}|${FORESEE}|下一步|${WILL})`, 'u');

/**
 * Misses said outright (还差3个, 未能按期, 没有完成, 未能实现) or a target not reached (没有达到…目标, 没有实现翻番目标,
 * 未实现…目标任务); 未能实现的 is a relative clause (未能实现的项目), no verdict.
 */
const MISSED = new RegExp(`${SHORT}|未能按期|${NOT}(?:全部)?完成|${NOT}${REACH}[^，,；;]{0,12}${GOAL}|未能实现(?!的)|差[^，,；;]{0,12}未(?:能)?达到|${GAP_TO}有(?:差距|距离)`, 'u');
/** A figure set beside its target by a comparison: above (超过/超出…目标), better (好于/优于), below (低于/少于). */
const ABOVE = new RegExp(ABOVE_GOAL, 'u');
const BETTER = /(?:好于|优于)[^，,；;]{0,12}(?:目标|承诺)/u;
const BELOW = /(?:低于|少于)[^，,；;]{0,12}目标/u;
/** Met said outright: 全部投入运行, 全部建成, 提前完成, 超额完成, 已完成…目标. */
const MET = /全部(?:投入运行|投入使用|建成|完成|到位|推出|实现|落实)|提前完成|超额完成|已(?:经)?(?:完成|实现)[^，,；;]{0,8}目标/u;

/**
 * The part of `following` (the rest of the figure's sentence after it) a verdict on the figure may stand in: its clause and
 * the clauses after it, up to one opening a new intention or one holding a figure of another indicator (`foreign`: the
 * offsets in `following` of such figures).
 */
export function verdictRegion(following: string, foreign: readonly number[]): string {
  let end = following.length;
  for (const at of foreign) {
    // The clause holding the foreign figure starts after the last comma before it.
    const cut = Math.max(following.lastIndexOf('，', at), following.lastIndexOf(',', at));
    if (cut >= 0 && cut < end) end = cut;
  }
  const clauses = following.slice(0, end).split(/(?=[，,])/u);
  const kept: string[] = [];
  for (const [k, c] of clauses.entries()) {
    if (k > 0 && INTENTION.test(c.replace(/^[，,]\s*/u, ''))) break;
    kept.push(c);
  }
  return kept.join('');
}

/** The report's own verdict on the target in `region` (see verdictRegion); `ceiling`: the target is a limit (以内, 压缩至). */
export function reportVerdict(region: string, ceiling: boolean): Verdict | null {
  if (MISSED.test(region)) return 'missed';
  if (ABOVE.test(region)) return ceiling ? 'missed' : 'met';
  if (BELOW.test(region)) return ceiling ? 'met' : 'missed';
  if (BETTER.test(region) || MET.test(region)) return 'met';
  return null;
}

/** A report that the work was done later than promised: 推迟到今年6月建成, 延期, 未能按期. */
const LATE = /推迟|延期|延后|顺延|未能按期/u;

/** The report's sentence (`sentence`: its clauses up to and after the figure) says the work came late. */
export function saidLate(sentence: string): boolean {
  return LATE.test(sentence);
}
