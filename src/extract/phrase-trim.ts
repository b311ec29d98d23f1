/**
 * The noun phrase of the tokens walked back from a figure: leading verbs, scope and area words, markers and locatives
 * dropped, linking words and a predicate word last dropped, at most MAX_LENGTH long, the frame of a plan (实际, 目标) and
 * the time word the tagger glued to it (全|年发电量, 月底|前赋|码率) cut off.
 *
 * Example: "今年以来全市矛盾纠纷化解率达" → 矛盾纠纷化解率 (全市 an area word); "建设控制地带内的有9宗" → none (a phrase
 * closed by 内 is a place); "黄坭乡人民政府满意率" → kept whole (a place name the tagger cut into characters).
 */
import type { Token } from '../segment/segmenter.js';
import { leadingVerb } from './leading-verbs.js';
import { isHan } from './cut-compounds.js';
import { boundHead, fundKind, opensTerm, qualifiesNoun, typeOrGrade } from './phrase-adjectives.js';
import {
  GLUED, LINKING, MAX_LENGTH, MEASURE_NOUN, PEOPLE_NOUN, RATE_NOUN, SCOPE, between, endsPredicate, isArea, isLocative, isMarker,
  isNominal, isVerb, toSpan,
} from './indicator-words.js';

/** Localizers of inside standing as their own word (内, 以内, 之内, 里): they close a place. */
const INSIDE: Readonly<Record<string, 1>> = { 内: 1, 以内: 1, 之内: 1, 里: 1 };

/** Bounds that grade the noun after them (以上, 以下). */
export const GRADE: Record<string, true> = { 以上: true, 以下: true };

/**
 * The noun phrase of the tokens walked over before a figure (`kept`, offsets from `from`):
 * leading verbs, scope and area words, markers and locatives dropped, linking words and a
 * predicate word last dropped, at most MAX_LENGTH long. (Apart from before(): run once per
 * figure, it need not be compiled with before's token walk.)
 */
export function nounPhrase(view: string, from: number, kept: Token[], linked = false, opens = false): [number, number] | null {
  // 严格/ad|砍除|病树: an adjective used as an adverb before the verb it qualifies goes with the verb; not in a subject linked
  // to its figure, nor before a rate, a measure or people, which it qualifies with the verb (直接|结算|率, 积分|兑换|额度,
  // 直接|受益|人口).
  while (kept.length && !parallelCompound(view, from + kept[0].span[0]) && !unreadPlaceName(kept) && (leadingVerb(kept, linked, opens) || (kept[0].tag === 'ad' && !linked && kept.length > 2 && isVerb(kept[1]) && kept[1].span[0] === kept[0].span[1] && !RATE_NOUN.test(kept[kept.length - 1].text) && !MEASURE_NOUN.test(kept[kept.length - 1].text) && !PEOPLE_NOUN.test(kept[kept.length - 1].text)) || SCOPE.has(kept[0].text) || isArea(kept[0].text) || (kept[0].tag === 'a' && !(kept[1] && isVerb(kept[1])) && !qualifiesNoun(kept) && !opensTerm(kept) && !typeOrGrade(kept) && !boundHead(kept) && !fundKind(kept)) || isMarker(kept[0].text) || isLocative(kept[0].text))) kept.shift();
  while (kept.length && (LINKING.has(kept[kept.length - 1].text) || between(kept[kept.length - 1]))) kept.pop();
  // A noun phrase ends with its noun: a verb, adverb or adjective last is the predicate (商家|共有, 设施|建成, 亩产|平均).
  while (kept.length > 1 && endsPredicate(kept[kept.length - 1])) kept.pop();
  if (kept.length === 1 && endsPredicate(kept[0])) return null; // 全部|实行24小时
  // 建设控制地带|内|的有9宗, 范围|内|有: a phrase closed by a localizer of inside is a place (within the zone), what is
  // counted there is not written; no indicator.
  if (kept.length > 1 && INSIDE[kept[kept.length - 1].text]) return null;
  while (kept.length && kept[kept.length - 1].span[1] - kept[0].span[0] > MAX_LENGTH) kept.shift(); // a noun phrase, not a clause
  // 县级|以上|集中式…达标率 cut to length: a grade's bound left first has lost its grade (以上集中式…), it goes too.
  if (kept.length > 1 && GRADE[kept[0].text]) kept.shift();
  // 实际|完成, 目标|为, 超额完成, 没有: the frame of a plan and its result (what was planned, what was done) names nothing measured.
  while (kept.length && FRAME.has(kept[0].text)) kept.shift();
  const span = kept.some(isNominal) ? toSpan(kept, from) : null;
  // 月底|前赋|码率: the locative closing a time, glued by the tagger to the phrase's first word, is the time's (月底前).
  if (span && span[1] - span[0] > 2 && span[0] > from && LOCATIVE_AFTER_TIME.test(view.slice(span[0] - 1, span[0] + 1))) span[0]++;
  // 全|年发电量, 当|日办结率: the tagger glued the time word's last character to the phrase; the time word is the
  // scope, the phrase starts after it (never in the middle of 全年).
  if (span && span[1] - span[0] > 2 && span[0] > from && SPLIT_TIME.test(view.slice(span[0] - 1, span[0] + 2))) span[0]++;
  // “十四五”末|要达到: 末, 初 or 底 right after a quoted period's name closes that period (the time of the target), no word
  // of the phrase; what is left is read as before (要 alone names nothing).
  if (span && span[1] - span[0] >= 2 && view[span[0] - 1] === '”' && /[末初底]/u.test(view[span[0]])) span[0]++;
  return span ? trimTail(view, span) : null;
}
/**
 * The phrase opens with a place name the tagger could not read, cut into single characters up to its level word
 * (黄/a|坭/g|乡/n|人民政府|满意率: a rare character in 黄坭乡): the first character is the name's, no adjective or verb to
 * drop, so the indicator is 黄坭乡人民政府满意率 whole. Not a scope (全|县, 各|乡, 每|村) nor a word before the level
 * (新|乡村: 乡村 is a word, no level).
 */
function unreadPlaceName(kept: Token[]): boolean {
  if (kept[0].text.length !== 1 || NOT_PLACE_FIRST.has(kept[0].text)) return false;
  for (let j = 1; j < kept.length && j <= 3; j++) {
    if (kept[j].span[0] !== kept[j - 1].span[1]) return false;
    if (PLACE_LEVEL.has(kept[j].text)) return j >= 2 && j + 1 < kept.length && kept[j + 1].span[0] === kept[j].span[1];
    if (kept[j].text.length !== 1) return false;
  }
  return false;
}
/** The level word closing a place name (乡, 镇, 街道, 苏木, 嘎查…), and what opens a scope rather than a name. */
const PLACE_LEVEL = new Set(['乡', '镇', '村', '县', '区', '市', '州', '旗', '盟', '街道', '社区', '苏木', '嘎查']);
const NOT_PLACE_FIRST = new Set([...'全我本各每该此这那其某两几多']);

/**
 * A parallel compound of two verb-object pairs sharing their object, AXBX (追责|问责, 拆违|控违, 稳岗|扩岗): four Han
 * characters whose second and fourth are the same are one word, which taggers cut across (追/v|责问/n|责/n), so its
 * first character is no verb of the predicate (追责问责48人 → 追责问责, not 责问责).
 */
function parallelCompound(view: string, at: number): boolean {
  const x = view.charCodeAt(at + 1);
  return x === view.charCodeAt(at + 3) && isHan(view.charCodeAt(at)) && isHan(x) && isHan(view.charCodeAt(at + 2)) && view.charCodeAt(at) !== view.charCodeAt(at + 2);
}

/** The frame of a target and its result: 实际 (actually), 目标 (the target), 超额完成 (over-fulfilled), 没有 (not). */
const FRAME = new Set(['实际', '目标', '超额', '超额完成', '没有', '实际上']);

/** A time's last character (月底, 年, 6月) and a locative closing it (前, 后, 内). */
const LOCATIVE_AFTER_TIME = /^[底末初年月日天周][前后内]$/u;

/** A time word (全年, 今年, 当日, 每月 …) whose last character opens the phrase, not as a word of its own (年度, 月份, 日均 stay). */
const SPLIT_TIME = /^(?:[全今去明当每上本同历往常]年|[全本上当每]月|[今当每全]日|[当每全]天)(?![度份初底末内中间均])/u;

/** The phrase without the linking words the tagger glued to its end (分担率为 → 分担率). */
function trimTail(view: string, span: [number, number]): [number, number] | null {
  let end = span[1];
  for (let m = GLUED.exec(view.slice(span[0], end)); m && m.index > 0; m = GLUED.exec(view.slice(span[0], end))) end = span[0] + m.index;
  return [span[0], end];
}
