/**
 * The words that say a clause looks ahead — a target, a plan, a resolve — not what stands: one lexicon, read by the figures'
 * stance (figure-context.ts), the prose promises (prose-promises.ts), the reports of a target met (restated.ts), the verdict's
 * next intention (verdict.ts) and the lists of work done (done-lists.ts), so no two of them read one word two ways.
 *
 * Example: "力争年底前完成改造120公里" (a resolve and this year's deadline: a target), "计划明年新建幸福院15所" (a plan),
 * "我们将推行一体化运维" (the future modal), "到2025年底，移交管网150公里" (a dated year ahead), "今年全市再新增公共停车泊位
 * 1万个" (a further step) — against "原计划30所" (the old plan quoted), "将近300个" (nearly), "去年底前已新开…34条" (a year
 * past), "截至2023年底…88.6%" (a report's date), "已再新增" (done). Each export is a regular-expression source (alternatives,
 * to be put in a group); each reader builds the pattern it needs and states there the words it adds or leaves out.
 */

/** A resolve: 力争, 争取, 确保 (力争达到90%, 确保年底前完成). */
export const RESOLVE = '力争|争取|确保';

/** A plan, the word: 计划 — also 原计划, for a reader that asks only whether a clause looks ahead at all. */
export const PLAN = '计划';

/** A plan of now: 计划 — not 原计划 / 原来计划, the old plan quoted (原计划30所: a figure cited, no intention of now). */
export const PLAN_NOW = `(?<!原来?)${PLAN}`;

/** What is foreseen or proposed: 预计, 拟 (预计年底前建成, 拟新建). */
export const FORESEE = '预计|拟';

/** The future modal: 将 — not 将近, nearly (将近300个 is a count). */
export const WILL = '将(?!近)';

/** The time ahead, said as a step: 下一步, 今后. */
export const NEXT_STEP = '下一步|今后';

/** This year's end as a deadline: 年底前, 今年底前 — not a year-end already past (去年底前, 上年底前, 前年年底前: what was done by then). */
export const YEAR_END = '(?<![去上前]年年?)底前';

/** Within this year: 年内 — not within a year past (去年内, 上年内). */
export const WITHIN_YEAR = '(?<![去上前]年?)年内';

/** A dated year ahead: 到2025年, 至2026年 — not 截至 / 截止到 a year, the date of a report (截至2023年底，…为88%). */
export const BY_YEAR = '(?<!截止?)[到至]20\\d\\d年';

/**
 * A further step: 再 before a verb of building (今年全市再新增公共停车泊位1万个, 计划再整治20处) — a new target on top of the
 * last; not after 已/又 (已再新增: done).
 */
export const FURTHER = '(?<!已经?|又)再(?=新增|新建|增加|增设|改造|建设|建成|完成|整治|培训|投入|开设|开通)';
