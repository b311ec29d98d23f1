/**
 * The words opening a phrase read back from a figure that belong to the predicate, not to what is measured: a leading
 * verb (完成|生命防护工程, 组建|医共体) is dropped, while a verb that names the process measured (审批|时间), the kind of
 * people counted (脱贫|人口), a trade (保育|师) or a compound the tagger cut (充电|桩, 不可|移动|文物) stays.
 *
 * Example: "完成生命防护工程591公里" → 生命防护工程 (完成 leads the predicate); "脱贫人口参保率达100%" → 脱贫人口参保率 (脱贫
 * says which people); "审批时间压缩至5个工作日" → 审批时间 (a verb right before a noun of measure names the process).
 */
import type { Token } from '../segment/segmenter.js';
import {
  CHANGE, FOCUS, KIND_NOUN, LINKING, MEASURE_NOUN, NEGATION, PEOPLE_NOUN, PREDICATE_END, PREDICATE_VERBS, REACH, REPORTING,
  MANNER, between, endsPredicate, isNominal, isVerb,
} from './indicator-words.js';

/** One-character suffixes of agents that make a verb a trade's noun (保育师, 护理员, 保洁工, 劳动者). */
export const AGENT_SUFFIX = /^[师员工者]$/u;

/** One-character heads of a rate or an amount (率, 量): with a verb glued before them, one noun (整治率, 办理量). */
const RATE_HEAD_CHAR = /^[率量]$/u;

/** 不可 and 不能 opening a privative modifier (不可移动文物, 不可再生资源, 不能自理老人). */
const PRIVATIVE = /^不[可能]$/u;

/** A word of two characters opened by a negating prefix that names a kind of case or holder (非诉, 未结, 无证, 非法), not a predicate (无法 is one). */
const NEGATED_VERB = /^[非未无](?![法需须能可])/u;

/**
 * A verb opening the phrase that belongs to the predicate (完成|生命防护工程, 组建|医共体), not
 * one that names the process measured (审批时间, 出警时间: a verb right before a noun of measure).
 */
export function leadingVerb(kept: Token[], linked = false, opens = false): boolean {
  // 无|责任事故率, 非诉|案件, 未结|案件, 无证|经营户: a negation, or a verb it opens, qualifies the phrase (taggers say v).
  if (NEGATION.has(kept[0].text) || (kept[0].text.length === 2 && NEGATED_VERB.test(kept[0].text))) return false;
  // 配备|率/v, 整治|率, 办理|量: a verb of two characters glued to a one-character head of rate or amount names the process
  // measured (配备率: the rate of staffing), one noun the tagger cut; dropping the verb leaves 率 alone, which names nothing.
  if (kept.length === 2 && kept[0].text.length === 2 && RATE_HEAD_CHAR.test(kept[1].text) && kept[0].span[1] === kept[1].span[0] && !CHANGE.has(kept[0].text) && !LINKING.has(kept[0].text) && !REACH.has(kept[0].text)) return false;
  // 去年说|全程网办率要提高到七成, 他表示|覆盖率…: a verb of speech before the phrase reports it, no part of what is measured.
  if (kept.length > 1 && REPORTING.has(kept[0].text)) return true;
  if (PREDICATE_VERBS.has(kept[0].text) && !/^(?:n|nz|vn)$/.test(kept[0].tag ?? 'n')) return true; // 惠及/ns or /x; but 培训/vn names what is counted
  if (!isVerb(kept[0])) return false;
  // 起降|点, 充电|桩: a two-character verb glued to a one-character head noun is one compound noun, no predicate.
  if (kept.length === 2 && kept[0].text.length === 2 && kept[1].text.length === 1 && kept[0].span[1] === kept[1].span[0] && !PREDICATE_VERBS.has(kept[0].text) && isNominal(kept[1])) return false;
  // 超标|车/zg|清零率: so is such a compound before the noun it opens (超标车清零率), a one-character noun taggers leave untagged (zg).
  if (kept.length > 2 && kept[0].text.length === 2 && kept[1].tag === 'zg' && kept[1].text.length === 1 && kept[0].span[1] === kept[1].span[0] && kept[1].span[1] === kept[2].span[0] && !PREDICATE_VERBS.has(kept[0].text) && !PREDICATE_END.has(kept[0].text) && !between(kept[0]) && !LINKING.has(kept[0].text) && !CHANGE.has(kept[0].text) && isNominal(kept[2])) return false;
  // 保育|师|培训, 护理|员|补贴: a verb of two characters glued to a one-character suffix of agents (师, 员, 工, 者) names the
  // trade, a noun (保育师), whatever follows it; the phrase keeps its first word.
  if (kept.length >= 2 && kept[0].text.length === 2 && kept[1].text.length === 1 && AGENT_SUFFIX.test(kept[1].text) && kept[0].span[1] === kept[1].span[0] && !PREDICATE_VERBS.has(kept[0].text) && !between(kept[0])) return false;
  // 脱贫|人口, 返乡|农民工, 受益|群众: a verb of two characters right before a noun of people, opening no predicate,
  // says which people are counted (占|总人口, 会|组成人员: a linking verb or an auxiliary does not).
  if (kept.length === 2 && kept[0].text.length === 2 && PEOPLE_NOUN.test(kept[1].text) && !PREDICATE_VERBS.has(kept[0].text) && !between(kept[0])) return false;
  // 脱贫|人口|参保率, 帮扶|车间|共有, 援建|项目|共有: the same verb glued to a noun of people, or to a plain noun that alone
  // is the subject of the clause (a linking verb before the figure), names a kind of thing (a compound the tagger cut);
  // with the figure right after them it is the verb and its object (计划砍除|病树|约35万株), and before more nouns it may
  // be a verb of the clause (划定|乡镇级|…保护区, 入网|餐饮|商家). Only a verb opening its clause (`opens`: a scope or a
  // time at most before it): after an adverb (共|接听|群众来电, 已|成立|业委会) it is the predicate.
  if (opens && modifyingVerb(kept, linked)) return false;
  // 入|职(满3年的), 就|业: a verb of one character glued to a noun of one character is a word of two the tagger cut.
  // (到|岗|服务, 到|户|率: 到 links a figure only right before it; glued to a noun of one character with more words after, it is
  // the verb of a verb-object word, 到岗, that names the service measured.)
  if (kept.length >= 2 && kept[0].text.length === 1 && kept[1].text.length === 1 && kept[0].span[1] === kept[1].span[0] && isNominal(kept[1]) && (!between(kept[0]) || (kept[0].text === '到' && kept.length > 2 && kept[1].span[1] === kept[2].span[0]))) return false;
  // 不可|移动|文物, 不可|再生|资源: 不可 before the verb it negates makes a privative modifier (immovable), no predicate; dropping
  // it reverses what is counted.
  if (kept.length > 2 && PRIVATIVE.test(kept[0].text) && kept[1].tag?.[0] === 'v' && kept[0].span[1] === kept[1].span[0]) return false;
  // 维修|养护|资金, 维修|养护|补助|资金, 劝导|站|补助|资金: verbs in a row (the tagger's) before a noun of funds or
  // measure name what it pays for or measures; the predicate verbs (安排, 落实) have ended the walk before them.
  if (kept.length >= 3 && kept.length <= 4 && MEASURE_NOUN.test(kept[kept.length - 1].text) && verbRun(kept)) return false;
  // 低保|对象, 集中|充电|设施: verbs glued in a row before a noun of a kind (indicator-words.ts) name that kind; the predicate
  // verbs (建成, 纳入) have ended the walk or are trimmed before them.
  if (kept.length >= 2 && kept.length <= 3 && KIND_NOUN.test(kept[kept.length - 1].text) && kindVerbs(kept)) return false;
  // The phrase's length without the predicate words left last (接诊|量|日均: 日均 is cut after).
  let length = kept.length;
  while (length > 2 && endsPredicate(kept[length - 1])) length--;
  // 提高|覆盖率: a verb of change before a word that is a rate by itself changes it, it names no process.
  if (CHANGE.has(kept[0].text) && length === 2 && kept[1].text.length > 1 && kept[1].text.endsWith('率')) return true;
  return PREDICATE_VERBS.has(kept[0].text) || length !== 2 || !MEASURE_NOUN.test(kept[1].text);
}

/**
 * A verb of two characters glued to a plain noun (tag n…, not a verbal noun) of two characters or more that opens the
 * phrase: 脱贫|人口|参保率, 帮扶|车间|共有 (`linked`: a verb links the phrase to its figure; then the two are all of it). A verb of the predicate (完成, 新增), of linking or change (达到, 提高, 扩大) or of
 * attention (聚焦) is trimmed as before.
 */
function modifyingVerb(kept: Token[], linked: boolean): boolean {
  if (kept.length < 2 || !((linked && subjectLength(kept) === 2 && kept[1].text.length === 2) || PEOPLE_NOUN.test(kept[1].text)) || kept[0].text.length !== 2 || !isVerb(kept[0]) || kept[0].span[1] !== kept[1].span[0]) return false;
  const next = kept[1];
  if (next.text.length < 2 || !next.tag || next.tag[0] !== 'n' || next.tag === 'nr' || PREDICATE_VERBS.has(kept[0].text)) return false;
  return !between(kept[0]) && !CHANGE.has(kept[0].text) && !REACH.has(kept[0].text) && !FOCUS.has(kept[0].text) && !LINKING.has(kept[0].text);
}

/** The phrase's length in tokens without the predicate words left last (车间|共有: 1 … 帮扶|车间|共有: 2). */
function subjectLength(kept: Token[]): number {
  let length = kept.length;
  while (length > 1 && endsPredicate(kept[length - 1])) length--;
  return length;
}

/** All tokens but the last are verbs none of which opens a predicate (维修|养护|补助|资金). */
/**
 * All but the last of `kept` are verbs of two characters glued in a row to it, none of the predicate, linking or change; a
 * verb before the one next to the noun only as a word of manner (集中|充电|设施; 纳入|低保|对象: 纳入 is the predicate's).
 */
function kindVerbs(kept: Token[]): boolean {
  for (let k = 0; k < kept.length - 1; k++) {
    const t = kept[k];
    if (t.text.length !== 2 || !isVerb(t) || t.span[1] !== kept[k + 1].span[0] || PREDICATE_VERBS.has(t.text) || between(t) || CHANGE.has(t.text) || REACH.has(t.text) || FOCUS.has(t.text)) return false;
    if (k < kept.length - 2 && !MANNER.has(t.text)) return false;
  }
  return true;
}

function verbRun(kept: Token[]): boolean {
  for (let k = 1; k < kept.length - 1; k++) if (!isVerb(kept[k]) || PREDICATE_VERBS.has(kept[k].text)) return false;
  return true;
}
