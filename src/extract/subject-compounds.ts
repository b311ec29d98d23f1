/**
 * A verb opening the subject of a linking verb that names the kind of what is counted, one compound with the noun after
 * it though taggers cut it (帮扶|车间|共有412个, 城镇|新增|就业人数|达到3.2万人), not the predicate of the clause.
 *
 * Example: "帮扶车间共有412个" → 帮扶车间 (only a linking word between it and the figure); "今年补充教师800名" → 教师 (no
 * link: 补充 is the predicate).
 */
import type { Token } from '../segment/segmenter.js';
import { CHANGE, FOCUS, LINKING, REACH, SCOPE, SPEECH_VERBS, between, endsPredicate, isArea, isMarker, isNominal, isPunct, isVerb } from './indicator-words.js';

/**
 * The verb `tokens[k]` (two characters) and the noun after it (two characters, glued) open their clause (a scope or a time
 * at most before them) and only linking or predicate words follow them up to the figure (共有, 达到, 为), or 由/从 opening
 * a change follows them (`changeFrom`: 办理时限|由20个工作日压缩至…).
 */
export function subjectCompound(tokens: Token[], k: number, changeFrom: boolean): boolean {
  const v = tokens[k], n = tokens[k + 1];
  if (v.text.length !== 2 || !n || n.text.length !== 2 || n.span[0] !== v.span[1] || n.tag?.[0] !== 'n' || (k + 2 >= tokens.length && !changeFrom)) return false;
  for (let j = k + 2; j < tokens.length; j++) if (!between(tokens[j]) && !endsPredicate(tokens[j])) return false;
  for (let j = 0; j < k; j++) if (!isArea(tokens[j].text) && !SCOPE.has(tokens[j].text) && tokens[j].tag !== 't' && !isPunct(tokens[j].text)) return false;
  return true;
}


/** The head of a subject that counts heads or things (就业人数, 托位数, 机构数量): what a linked subject's verb may name the kind of. */
const COUNT_HEAD = /(?:人数|[^倍]数|数量)$/u;

/**
 * The verb `tokens[k]` (two characters, not one of linking, change or attention) is glued to the nouns `kept` that end on a
 * count (COUNT_HEAD), only linking words follow up to the figure (at least one verb among them), and before the verb stand
 * only a scope, a time, a marker or one place noun of kind (城镇, 农村): 城镇|新增|就业人数|达到3.2万人. Not with no link
 * (今年补充|教师800名: the verb is the predicate) nor after an adverb (已|新增|…).
 */
export function countedKind(tokens: Token[], k: number, kept: Token[]): boolean {
  const v = tokens[k];
  if (v.text.length !== 2 || kept[0].span[0] !== v.span[1] || !isNominal(kept[0]) || !COUNT_HEAD.test(kept[kept.length - 1].text)) return false;
  if (CHANGE.has(v.text) || REACH.has(v.text) || FOCUS.has(v.text) || LINKING.has(v.text) || between(v) || SPEECH_VERBS.has(v.text) && !/补充|说明/u.test(v.text)) return false;
  const end = tokens.indexOf(kept[kept.length - 1]);
  let linkedVerb = false;
  for (let j = end + 1; j < tokens.length; j++) {
    if (!between(tokens[j]) && !endsPredicate(tokens[j])) return false;
    if (isVerb(tokens[j]) || LINKING.has(tokens[j].text)) linkedVerb = true;
  }
  if (!linkedVerb) return false;
  for (let j = 0; j < k; j++) {
    const t = tokens[j];
    if (isArea(t.text) || SCOPE.has(t.text) || t.tag === 't' || isPunct(t.text) || isMarker(t.text)) continue;
    if (j === k - 1 && (t.tag === 'ns' || t.tag === 's') && t.span[1] === v.span[0]) continue;
    return false;
  }
  return true;
}
