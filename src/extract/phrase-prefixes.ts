/**
 * What stands right before a noun phrase and is part of it, though taggers cut it off: a negating prefix (不|合格率,
 * 无|责任事故率, 非公|企业), a word of manner before a rate (按时|办结率), 在 naming a state (在|建项目), and an age
 * condition of what is counted (60周岁以上|老年人口). Dropping a negation reverses what is measured.
 *
 * Example: "食品抽检不合格率为1.2%" → 食品抽检不合格率; "60周岁以上老年人口达86.5万人" → 60周岁以上老年人口.
 */
import type { Token } from '../segment/segmenter.js';
import { figureBefore } from './cut-compounds.js';
import { MANNER, MAX_LENGTH, NEGATION, RATE_NOUN, isNominal, isVerb } from './indicator-words.js';

/** A word of two characters opened by a privative negation (非公, 非遗, 无证, 未成): not 非常, 无法, 未必, 未来, 没有. */
const PRIVATIVE_WORD = /^[非无未](?![常法必来曾免须需能可])/u;

/** After a negation these open a predicate, no phrase: 不|超过每生每学期300元, 未|达到, 不|是, 无|法. */
const NEGATED_PREDICATE = /^(?:超过|超|低于|高于|少于|多于|大于|小于|足|到|及|达|达到|是|在|再|会|能|得|要|应|可|必|断|仅|但|法)$/u;

/**
 * `t`, right before the phrase `kept` (no gap), opens it: a negating prefix (不|合格率, 无|责任事故率, 零|就业家庭;
 * 零 after a numeral is a digit: 三年零|二个月), or a word of manner before a rate (按时|办结率, 一次性|通过率).
 */
export function prefixOf(view: string, from: number, t: Token, kept: Token[]): boolean {
  if (t.span[1] !== kept[0].span[0]) return false;
  // 非公/d|企业|职工, 非遗/j|项目: a word of two characters the negation opens, which taggers call an adverb or prefix, before
  // a noun is a privative modifier (non-public), part of the phrase (非常, 无法, 未必 open no noun).
  if (t.text.length === 2 && PRIVATIVE_WORD.test(t.text) && /^[dhbj]/.test(t.tag ?? '') && isNominal(kept[0]) && !isVerb(kept[0])) return true;
  if (NEGATION.has(t.text)) return !(t.text === '零' && figureBefore(view, from + t.span[0])) && !NEGATED_PREDICATE.test(kept[0].text);
  if (!MANNER.has(t.text)) return false;
  return RATE_NOUN.test(view.slice(from + kept[0].span[0], from + kept[kept.length - 1].span[1]));
}

/**
 * 在 and one verb character that make a word of state (在建项目, 在营企业, 在岗职工, 在校学生, 在册人员, 在押人员, 在用设备,
 * 在运, 在研, 在售, 在读, 在办): not when the character opens a verb of its own (在|建设, 在|办理, 在|运行) or 职工 (在|职工中).
 */
export const IN_STATE = /^在(?!建设|建立|建成|建议|办理|运行|用于|职工|校园)[建营岗校职册押用运研售读办]/u;

/**
 * An age bound or range written right before the phrase (60周岁以上|老年人口, 0至3岁|婴幼儿) is a condition of what is
 * counted, part of the indicator: the figure counts 60周岁以上老年人口, not 老年人口.
 */
const AGE_CONDITION = /(?:(?:\d+|[零一二两三四五六七八九十百]+)(?:周岁|岁)?(?:至|到|-|~|—|－))?(?:\d+|[一二两三四五六七八九十百]+)(?:周岁|岁)(?:及以上|及以下|以上|以下|以内)?(?:的)?$/u;
export function withCondition(view: string, span: [number, number] | null): [number, number] | null {
  if (!span) return span;
  const m = AGE_CONDITION.exec(view.slice(Math.max(0, span[0] - 12), span[0]));
  if (!m || span[1] - span[0] + m[0].length > MAX_LENGTH) return span;
  return [span[0] - m[0].length, span[1]];
}
