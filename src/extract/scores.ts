/**
 * Scores in 分: "市生态环境局测评得分为86.4分" → 86.4 分, "满分100分，得分85.5分" → 100 分 and 85.5 分,
 * "考核扣2分", "该项权重提高到15分". 分 after a numeral is a score only where the clause speaks of scoring
 * (得分, 满分, 测评, 考评, 评分, 扣…分) or a verb of reaching stands right before the figure (提高到15分);
 * elsewhere 分 is a minute (3点15分, 分钟), a share (三分之一, read before this), a branch (3分局) or
 * the adverb 十分 ("very"), and no score.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import type { NumeralMatch } from './numerals.js';

/** Words of scoring in the clause before the figure (back to its stop, at most SCORE_REACH code units). */
const SCORE_WORD = /得分|满分|总分|平均分|评分|打分|计分|积分|分值|测评|考评|考核|评价|评估|评比|扣|加分/u;
/** A verb of reaching or changing right before the figure: 提高到15分, 下降至80分. */
const REACH_BEFORE = /(?:提高|提升|上升|增加|增长|下降|降低|回落)(?:到|至)$/u;
const SCORE_REACH = 16;
/** The clause before the figure, from its last stop. */
const CLAUSE_BEFORE = /[^。;!?\n]*$/u;
/** What may follow the 分 of a score: no Han character (punctuation, an end), or 以上/以下/左右/的/和/及/、. */
const AFTER_SCORE = /^(?:[^\p{sc=Han}]|$|以[上下内]|左右|的|和|及|与|或|、)/u;

/**
 * Where a score in 分 after the numeral `n` ends, or 0 when the 分 at its end is no score.
 * The numeral is Arabic (85.5分) or Chinese of two characters at least (九十分): a lone 十分 is "very".
 */
export function scoreEnd(view: string, n: NumeralMatch, written: string): number {
  if (view[n.end] !== '分' || n.indefinite || (!n.arabic && written.length < 2)) return 0;
  if (!AFTER_SCORE.test(view.slice(n.end + 1, n.end + 3))) return 0;
  const before = view[n.start - 1] ?? '';
  if (before === '点' || before === '时' || before === ':') return 0; // 3点15分, 8时30分: a time of day
  const clause = CLAUSE_BEFORE.exec(view.slice(Math.max(0, n.start - SCORE_REACH), n.start))![0];
  return SCORE_WORD.test(clause) || REACH_BEFORE.test(clause) ? n.end + 1 : 0;
}
