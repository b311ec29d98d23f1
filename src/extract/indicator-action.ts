/**
 * The action a count of people measures when no noun names the people: "城镇新增就业6235人" → 城镇新增就业,
 * "带动就业2400余人" → 带动就业, "完成新增就业6235人" → 新增就业. The figure counts the people the action reached
 * (2,400 people found work), and a verb whose object is itself a verb (新增|就业, 带动|就业) leaves no noun to name
 * them, so the verb phrase, with the noun of its subject before it (城镇), is the indicator. Read only where the
 * noun-phrase walk (indicator-before.ts) found nothing; a verb of a predicate before two verbs (完成|新增|就业) is the
 * clause's, not the action's. Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { between, isArea, isNominal, isPunct, isVerb, CLAUSE_END, MAX_LENGTH, NEVER, PEOPLE_NOUN, PREDICATE_VERBS, SCOPE, SPEECH_VERBS, toSpan } from './indicator-words.js';

/** A figure counting people: 6235人, 2400余人, 2万人以上, 120名, 3000人次. */
const PEOPLE_COUNT = /(?:人次?|名)(?:以上|以下|左右|以内)?$/u;

/** A clause closing with its figure and its measure word, then , or 、: the count after is one of a tally. */
const TALLY_BEFORE = /[\d零〇两三四五六七八九十百千万亿][^\d,、。;:!?\n]{0,3}[,、]$/u;

/** The verb phrase before the count of people at [start, end) of `view`, or null. */
export function actionBefore(view: string, start: number, end: number, segmenter: Segmenter): [number, number] | null {
  if (!PEOPLE_COUNT.test(view.slice(start, end))) return null;
  let from = start;
  while (from > 0 && start - from < MAX_LENGTH && !CLAUSE_END[view.charCodeAt(from - 1)] && view.charCodeAt(from - 1) !== 0x3001 /* 、 */) from--;
  if (from === start) return null;
  const tokens = segmenter.tag(view.slice(from, start));
  let k = tokens.length - 1;
  while (k >= 0 && between(tokens[k])) k--; // 带动就业|达2400人
  const kept: Token[] = [];
  // The verbs, the last one the object (就业), none of speech or intention (表示, 力争).
  while (k >= 0 && isVerb(tokens[k]) && !NEVER.has(tokens[k].text) && !SPEECH_VERBS.has(tokens[k].text)) kept.unshift(tokens[k--]);
  // 发生事故23起,死亡19人 (受伤7人, 失踪2人): in a tally, after a clause closing with its figure, one verb of two characters
  // opening its clause (a scope at most before it) and opening no predicate of its own (完成, 培训, 涉及 are PREDICATE_VERBS:
  // their object is what they count) names what befell the people. Alone (就业860人) it says too little.
  if (kept.length === 1 && kept[0].text.length === 2 && !PREDICATE_VERBS.has(kept[0].text) && TALLY_BEFORE.test(view.slice(Math.max(0, from - 8), from))
    && tokens.slice(0, k + 1).every((t) => isArea(t.text) || SCOPE.has(t.text))) return toSpan(kept, from);
  // Verbs of two characters at least: 应到|会29人 (会 an auxiliary, 应到会 "due to attend") is no action reaching people.
  if (kept.length < 2 || kept[kept.length - 1].text.length < 2 || kept[kept.length - 2].text.length < 2) return null;
  // 完成|新增|就业: the action is the last verb and the one before it; a noun before the first is no subject of theirs.
  if (kept.length > 2) return toSpan(kept.slice(-2), from);
  // The noun of the sector the action is in, written right before the verbs (城镇|新增就业); not a scope (全县, 累计), an
  // intention (力争/nz), nor the people themselves (困难人员|实现就业: the people the count counts are its subject, the
  // action is what it measures).
  while (k >= 0 && subject(tokens[k])) kept.unshift(tokens[k--]);
  return toSpan(kept, from);
}

/** A word of the sector an action is in (城镇, 农村): nominal, no scope, intention, numeral or noun of people. */
function subject(t: Token): boolean {
  return isNominal(t) && !isPunct(t.text) && !isArea(t.text) && !SCOPE.has(t.text) && !NEVER.has(t.text) && t.tag !== 'm' && !PEOPLE_NOUN.test(t.text);
}
