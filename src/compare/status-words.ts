/**
 * The words a report uses to say where it stands against a target: not reached, short of it, or over it — one lexicon,
 * read by the figures' verdict (verdict.ts: MISSED / ABOVE) and by the reports' status (reports.ts: UNMET / DONE), so the
 * two never read one phrase two ways.
 *
 * Example: "电子营业执照应用率为57%，没有达到六成的目标" (not reached), "还差3个没有完成" (short), "距离…1500部的目标还有374部"
 * (a gap still left), "脱贫人口务工就业3.35万人，超过3.2万人的目标" (over). Each export is a regular-expression source, so
 * each reader builds the pattern it needs (verdict.ts wants a target named after 没有达到, reports.ts does not).
 */

/** A negation before a verb of reaching: 没有, 没有按期, 没能, 未能, 未, 尚未, 还没有. */
export const NOT = '(?:尚未|还没有|没有(?:按期|如期)?|没能|未能|未)';

/** Verbs of reaching a target: 完成, 实现, 达到, 达标. */
export const REACH = '(?:完成|实现|达到|达标)';

/** What is reached: 目标, 任务, 承诺 (没有实现翻番目标, 未实现…目标任务). */
export const GOAL = '(?:目标|任务|承诺)';

/** Short of it, said outright: 还差3个, 尚差, 仍差. */
export const SHORT = '(?:还|尚|仍)差';

/**
 * A gap still left to a target, up to its verb: 距离三年内85%以上的目标还有差距, 离七成的目标还差一点, 距离…1500部的目标还有374部.
 * A gap counted (还有374部) says how far, not that the target was missed: verdict.ts reads only 还有差距/距离 as a miss.
 */
export const GAP_TO = '(?:距离?|离)[^。；;，,]{0,24}?(?:目标|任务)(?:还|仍|尚)';
export const GAP = `${GAP_TO}(?:有|差)`;

/** Past a target: 超过3.2万人的目标 — met, whatever the report. */
export const PASSED = '超过[^，,。；;]{0,12}?的?(?:目标|任务)';

/**
 * Over a target: 超过3.2万人的目标, 超出目标3天, 高于…目标, 目标超出. 超出/高于 are said of a ceiling too (重污染天数…超出目标3天:
 * a miss), so only a reader that knows the target's kind (verdict.ts) reads them; reports.ts reads PASSED.
 */
export const ABOVE = `${PASSED}|(?:超出|高于|多于)[^，,。；;]{0,12}?的?(?:目标|任务)|目标[^，,；;]{0,2}(?:超过|超出)`;

/**
 * The share of a target done, right before its percent: 完成年度目标的87%, 完成全年任务的106%, 完成目标的84.4%. The percent is
 * the figure before it in its sentence set against its target (共推动87家开放，完成年度目标的87%), no figure of its own.
 */
export const SHARE_OF_GOAL = '完成了?(?:年度|全年|今年|当年|本年度?)?(?:目标|任务|计划)(?:任务)?的';

/**
 * What is left of a whole, right before its figure: 剩余18部, 其余9个, 余下, 尚余, 剩下. In a target (完成剩余68处) it is what
 * is still to do; in a report (完成132部…剩余18部已调整为…) the part not done — never the part done, nor a level.
 */
export const REST = '(?:剩余|其余|剩下|余下|尚余)';
