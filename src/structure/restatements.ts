/**
 * The chair restating a member's question for the official to answer: "韩某：周委员的问题实际上是统计口径的问题。我再把
 * 问题重复一下：已开工但未竣工的电梯怎么统计？请市统计局回答。", "主持人：孟委员的问题是，去年的73处整改得怎么样？请岳局长
 * 再回答一下。", "我把梁委员的意思再明确一下…". The question is the member's, the chair only puts it again: the turn is
 * the moderator's (narration of the exchange under way), and the chair asks nothing — unless he says he asks himself
 * ("我也想问一下…"). Matching runs on the view (ASCII punctuation).
 */

/**
 * A member's question or meaning named as what is said ("周委员的问题是", "汤委员的意思是说", "刚才提的问题实际上是"), or
 * put again ("把问题重复一下", "把这个问题再问得具体一点", "把梁委员的意思再明确一下").
 */
const RESTATES = /(?:^|[。,!?;:])\s*(?:[\u4e00-\u9fff]{1,4}(?:委员|代表)|刚才)(?:的|提的|提出的|所提的|说的|所说的)(?:问题|意思)(?:实际上|其实|主要)?(?:就)?是|把(?:这个|这一|刚才的|[\u4e00-\u9fff]{1,4}(?:委员|代表)的)?(?:问题|意思)(?:再)?(?:重复|复述|明确|归纳|概括|问得具体|说得具体|讲得具体)/u;
/** The chair asking in his own name after all: "我也想问一下", "我还想了解". */
const OWN_QUESTION = /我(?:也|还|再)?想(?:问|了解|请教)|我(?:也|还)(?:问|提)(?:一下|一个|一句)/u;

/** True when `words` (a chair's or host's turn) restate a member's question without asking one of the chair's own. */
export function restatesQuestion(words: string): boolean {
  return RESTATES.test(words) && !OWN_QUESTION.test(words);
}
