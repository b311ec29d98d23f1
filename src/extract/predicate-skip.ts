/**
 * The predicate written between a noun phrase and its figure, skipped before the indicator walk starts: linking and
 * change verbs (为, 达到, 已压缩至), a verb of growth reaching the figure through 到/至/为 (已发展|到), an adverb after the
 * noun (原则上), the base of a rate (达到|每小时), a verb of change after an adverb of repetition (再降) or a verb of need
 * (需要), and 完成 after the work it completes (管网|改造|完成).
 *
 * Example: "托位数仅为2.8个" → the walk starts at 托位数 (仅为 skipped); "事故总量再降10%" → at 事故总量; "老旧管网改造完成
 * 1520公里" → 完成 skipped and 改造 read as a verbal noun (管网改造 is the subject of 完成).
 */
import type { Token } from '../segment/segmenter.js';
import { gapWord } from './subject-gap.js';
import { periodNoun } from './cut-compounds.js';
import { PREDICATE_VERBS, REACH, REACH_TO, between, isNominal, isVerb } from './indicator-words.js';

/**
 * The index of the last token before the predicate skipped (-1: nothing is left). `tokens` are the clause's tagged words
 * up to the figure; 改造 of 管网|改造|完成 is retagged vn in place (the work named as a noun, the subject of 完成).
 */
export function predicateStart(tokens: Token[]): number {
  let last = tokens.length - 1;
  // 老旧管网|改造|完成|1520公里: 完成 right before the figure after a noun and a verb glued to it: the verb names the work
  // (管网改造, a verbal noun), the subject of 完成; 完成 is the predicate, passed over like a linking verb.
  if (last >= 2 && tokens[last].text === '完成' && workDone(tokens, last)) {
    tokens[last - 1] = { ...tokens[last - 1], tag: 'vn' };
    last--;
  }
  // 配套资金|还|差|600万元, 资金|尚差|1200万元: a shortfall right before the figure (差 after an adverb, or the tagger's one word)
  // is the predicate; the figure is what the subject still lacks. (峰谷电价差|拉大到: 差 not before the figure is a noun's head.)
  if (last >= 1 && tokens[last].text === '差' && tokens[last - 1].tag === 'd' && tokens[last - 1].span[1] === tokens[last].span[0]) last -= 2;
  else if (last >= 0 && SHORTFALL.test(tokens[last].text)) last--;
  // 已发展|到, 增长|到, 扩大|到: a verb of growth reaching the figure through 到/至 links like 达到; so through 为 (调整|为10万元).
  // 签约率|虽然|达到|了, 比例|要|达到: a word of concession, 了 and a modal around the linking verb are passed over with it (subject-gap.ts).
  // 培训基层干部|等|2000名: 等 closing the examples of what is counted ends that noun phrase, no word of it. Not the verb 等
  // "to wait", with its aspect particle: 有的家庭|等|了|三四年 — the figure is how long, not a count of families.
  const links = (t: Token, k: number) => between(t) || (REACH.has(t.text) && k + 1 < tokens.length && (REACH_TO.has(tokens[k + 1].text) || tokens[k + 1].text === '为'))
    || ((t.text === '等' || t.text === '等等') && k > 0 && isNominal(tokens[k - 1]) && !(k + 1 < tokens.length && ASPECT.has(tokens[k + 1].text)));
  for (let n = 0; n < 6 && last >= 0 && !periodNoun(tokens, last) && (links(tokens[last], last) || gapWord(tokens, last, links)); n++) last--;
  // 居民出资比例原则上|不低于总投资的10%: an adverb of two characters or more right after a noun, before a figure whose text
  // opens with its qualifier, stands between subject and predicate (a noun phrase never ends on one).
  // (普遍/ad, 明显/ad: an adjective used as that adverb too: 月收入普遍|不到3500元)
  if (last >= 1 && last === tokens.length - 1 && (tokens[last].tag === 'd' || tokens[last].tag === 'ad') && tokens[last].text.length > 1 && isNominal(tokens[last - 1])) last--;
  // 调蓄能力达到|每小时|95万立方米, 每/zg|小时: the base of a rate written before its figure is the unit's (立方米/小时,
  // units.ts), not the phrase's; the linking words before it are skipped as above.
  // Only after a linking verb (达到|每小时): 开展|每期|5天培训 is a verb's object, the noun after the figure.
  const base = last >= 1 && tokens[last - 1].text === '每' && tokens[last - 1].span[1] === tokens[last].span[0] ? 2 : last >= 0 && RATE_BASE.test(tokens[last].text) ? 1 : 0;
  if (base && last - base >= 0 && between(tokens[last - base])) last -= base;
  for (let n = 0; n < 6 && last >= 0 && between(tokens[last]) && !periodNoun(tokens, last); n++) last--;
  // 压|减至, 下|降到: a one-character verb glued to a skipped verb of change that reaches the figure is its first character
  // (压减至), which taggers cut off; it belongs to the predicate. (率/v is a noun's head: 达标|率|达到.)
  // (已压/x|减至: taggers may glue an aspect word to that character, 已压, 再压; it is the predicate's too.)
  if (last >= 0 && last + 1 < tokens.length && ((tokens[last].text.length === 1 && tokens[last].text !== '率' && isVerb(tokens[last])) || ASPECT_GLUED.test(tokens[last].text))
    && tokens[last].span[1] === tokens[last + 1].span[0] && /^.[到至]$/u.test(tokens[last + 1].text)) last--;
  // 事故总量|再降|10%, 发案数|又增: a verb of change after an adverb of repetition, right before the figure, is the predicate;
  // so is a verb of need (维修资金|需要|1200万元).
  // (整改资金|约|需|2100万元, 资金|还|需要: a hedge or an adverb before that verb is the predicate's too.)
  else if (last >= 1 && last === tokens.length - 1 && (AGAIN_CHANGE.test(tokens[last].text) || NEED.has(tokens[last].text))) {
    last--;
    for (let n = 0; n < 2 && last >= 1 && (between(tokens[last]) || tokens[last].tag === 'd') && tokens[last].span[1] === tokens[last + 1].span[0]; n++) last--;
  }
  return last;
}

/** `tokens[k]` (完成) follows a two-character verb glued to a noun before it (管网|改造|完成): the work named as a noun. */
function workDone(tokens: Token[], k: number): boolean {
  const v = tokens[k - 1], n = tokens[k - 2];
  return v.text.length === 2 && isVerb(v) && v.span[1] === tokens[k].span[0] && n.span[1] === v.span[0] && (n.tag?.[0] === 'n' || n.tag === 'vn') && !PREDICATE_VERBS.has(n.text);
}

/** Aspect particles after a verb (等了, 等着, 等过): the 等 before them is the verb, not the list's closer. */
const ASPECT = new Set(['了', '着', '过']);
/** A shortfall the tagger reads as one word (尚差, 还差, 仍差, 只差, 仅差). */
const SHORTFALL = /^[尚还仍只仅]差$/u;

/** An aspect or repetition word glued by taggers to one verb character (已压, 再压, 已减): the first half of 压减至 and the like. */
const ASPECT_GLUED = /^[已再又将][\u4e00-\u9fff]$/u;
/** A verb of change after an adverb of repetition (再降, 又增, 再提高, 再压减): a predicate, no part of the subject. */
const AGAIN_CHANGE = /^[再又][降增升减]|^[再又](?:提高|提升|下降|降低|减少|增加|增长|压减|压缩|缩短)/u;

/** Verbs of need right before a figure (需要1200万元, 尚需3亿元): the predicate. */
const NEED = new Set(['需要', '需', '还需', '尚需', '仍需', '还需要', '尚需要']);

/** A rate's base as one token right before the figure (每年 is r and ends the walk anyway; 每小时, 每平方米). */
const RATE_BASE = /^每[^每\d]{1,3}$/u;
