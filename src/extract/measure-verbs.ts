/**
 * The light verbs that open a measure, maybe after a modal: "加强管网改造", "要推进水质检测", "进一步完善机制".
 *
 * Example: "要推进管网改造;要加强水质检测;要落实维修资金" opens every clause with one, so the clauses are parallel
 * measures (enumeration-series.ts); "一来强化工业源治理;二来强化移动源管控" lists measures, while "一来交通不便,
 * 二来人手不够" gives reasons (lai-ordinals.ts). "加强了监管" (a verb with 了) reports a done effect, no measure to take.
 * One lexicon for every reader of a measure's opening verb.
 */

const MEASURE_MODALS = '要|将|需|需要|应|还要|继续|进一步|着力|全力|切实|大力|全面';
const MEASURE_VERBS = '加强|加快|加大|推进|推动|落实|完善|健全|强化|提升|提高|深化|建立|建设|构建|打造|抓好|做好|抓实|压实|夯实|严格|规范|优化|开展|实施|实行|推行|推广|坚持|扩大|创新|探索|统筹|引导|鼓励|支持|保障|确保|聚焦|围绕|突出|注重|狠抓|用好|发挥|加紧|改进|改善|整治|治理|排查|督促';
const MEASURE_VERB = new RegExp(`^(?:${MEASURE_MODALS})?(?:${MEASURE_VERBS})`);
/** The units a MEASURE_VERB match opens with: a clause opening with none is no measure, found without compiling it. */
const MEASURE_FIRST = new Set(`${MEASURE_MODALS}|${MEASURE_VERBS}`.split('|').map((w) => w.charCodeAt(0)));

/** The length of the measure verb (with its modal) opening `view` at `at`, or 0 when none opens there. */
export function measureVerbAt(view: string, at: number): number {
  if (!MEASURE_FIRST.has(view.charCodeAt(at))) return 0;
  return MEASURE_VERB.exec(view.slice(at, at + 8))?.[0].length ?? 0;
}
