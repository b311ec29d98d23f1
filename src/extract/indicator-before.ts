/**
 * The noun phrase written before a figure, read backwards from it to the clause start: the
 * predicate between phrase and figure skipped (仅为, 由2021年的), then leading verbs, scope and
 * area words dropped, prefixes the tagger cut off kept (不|合格率, 按时|办结率), an age condition
 * taken in (60周岁以上|老年人口).
 *
 * Example: "今年以来全市矛盾纠纷化解率达96.50%" → 矛盾纠纷化解率 (达 skipped, 全市 and 今年以来 end the
 * walk); "完成生命防护工程591公里" → 生命防护工程 (the leading verb 完成 left out). Offsets are UTF-16
 * code units into the normalized view, spans end-exclusive.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { perAt } from './rate-prefix.js';
import { splitComparison } from './glued-tokens.js';
import { gapWord } from './subject-gap.js';
import { PROGRESS_HEAD, shareHolder } from './share-holder.js';
import { closesLevelList } from './level-lists.js';
import { HANDLING, handledMatter } from './handled-matter.js';
import {
  LIFE_STAGE, FOCUS, REACH, REACH_TO, SPEECH_VERBS, MANNER, PEOPLE_NOUN, MEASURE_NOUN, NEGATION, NEVER, PREDICATE_VERBS, RATE_NOUN, isPunct, SCOPE, SHARE, CHANGE, LINKING, PREDICATE_END,
  between, endsPredicate, ends, GLUED, isArea, isLocative, isMarker, isNominal, isNumeric, isVerb, taggedNumeral,
  CLAUSE_END, MAX_LENGTH, toSpan, GROWTH, PAIRED,
} from './indicator-words.js';

/** The prepositions of comparison, 比 and 较, as one-character words. */
const COMPARE = new Uint8Array(0x10000);
for (const c of '比较') COMPARE[c.charCodeAt(0)] = 1;

/** A figure's numeral (and 个) right before a word: that word is the figure's unit (/[\d零〇两三四五六七八九十百千万亿][个名项]?$/). */
const FIGURE_DIGIT = new Uint8Array(0x10000);
for (const c of '0123456789零〇两三四五六七八九十百千万亿') FIGURE_DIGIT[c.charCodeAt(0)] = 1;

/** A round magnitude and its measure word, written as a word (千吨, 万人, 百亿): no digits, no other numeral. */
const ROUND_MAGNITUDE = /^[百千万亿][\u4e00-\u9fff]$/u;

/** A numeral, or a numeral and 个/名/项, right before `pos` (read by code unit: this runs for every token walked over). */
function figureBefore(view: string, pos: number): boolean {
  if (pos <= 0) return false;
  const last = view.charCodeAt(pos - 1);
  if (FIGURE_DIGIT[last]) return true;
  return pos >= 2 && (last === 0x4e2a || last === 0x540d || last === 0x9879) && FIGURE_DIGIT[view.charCodeAt(pos - 2)] === 1; // 个 名 项
}

/** The digits right before `pos` close a Latin code (PM2.5, PM10, COD): no figure, so the word after is no unit of it. */
function latinCodeBefore(view: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && /[\d.]/.test(view[k])) k--;
  return k >= 0 && k < pos - 1 && /[A-Za-z]/.test(view[k]);
}

/** The word opens with a Latin letter (/^[A-Za-z]/): 5G, PM2.5. */
function latinFirst(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20; // A-Z folded onto a-z; nothing else lands there
  return c >= 0x61 && c <= 0x7a;
}

/** A token ending in a letter or digit (5G, A, V2X), which a hyphen after it joins to the next. */
const ALNUM_END = /[A-Za-z0-9]$/;

/** The token `k` is a one-character head noun after a verb (起降|点, 充电|桩), tagged as a numeral or measure word. */
function headAfterVerb(view: string, from: number, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text.length !== 1 || !(t.tag === 'm' || t.tag === 'q') || FIGURE_DIGIT[t.text.charCodeAt(0)] || k === 0) return false;
  const v = tokens[k - 1];
  return v.span[1] === t.span[0] && v.text.length === 2 && isVerb(v) && !PREDICATE_VERBS.has(v.text) && !figureBefore(view, from + v.span[0]);
}

/**
 * The token `k` is a one-character head noun (点/m) after a predicate verb (收集) that is itself glued after a noun or a verb
 * of the compound's own (粪污|收集|点, 集中|收集|点), not after a predicate verb or an adverb.
 */
function inCompound(view: string, from: number, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (k < 2 || t.text.length !== 1 || !(t.tag === 'm' || t.tag === 'q') || FIGURE_DIGIT[t.text.charCodeAt(0)]) return false;
  const v = tokens[k - 1];
  const w = tokens[k - 2];
  if (v.span[1] !== t.span[0] || w.span[1] !== v.span[0] || v.text.length !== 2 || !isVerb(v) || !PREDICATE_VERBS.has(v.text)) return false;
  return (w.tag?.[0] === 'n' || (isVerb(w) && !PREDICATE_VERBS.has(w.text))) && w.text.length >= 2 && !figureBefore(view, from + w.span[0]);
}

/** The token `k`, one character tagged as a numeral or measure word, and the last character of the noun before it make a noun. */
function closesNoun(view: string, from: number, tokens: Token[], k: number, segmenter: Segmenter): boolean {
  const t = tokens[k];
  if (k === 0 || t.text.length !== 1 || !(t.tag === 'm' || t.tag === 'q') || FIGURE_DIGIT[t.text.charCodeAt(0)] || !segmenter.tagOf) return false;
  const n = tokens[k - 1];
  if (n.span[1] !== t.span[0] || n.text.length < 2 || n.tag?.[0] !== 'n' || figureBefore(view, from + n.span[0])) return false;
  return segmenter.tagOf(n.text[n.text.length - 1] + t.text)?.[0] === 'n';
}

/** The token `k` is a word of period (周期, 工期; taggers say t) glued after a verb: a noun of measure (报销|周期). */
function periodNoun(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t.tag === 't' && t.text.length === 2 && t.text.endsWith('期') && k > 0 && isVerb(tokens[k - 1]) && tokens[k - 1].span[1] === t.span[0];
}

/** The word is digits only (/^\d+$/). */
function allDigits(word: string): boolean {
  if (!word) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * A verb opening the phrase that belongs to the predicate (完成|生命防护工程, 组建|医共体), not
 * one that names the process measured (审批时间, 出警时间: a verb right before a noun of measure).
 */
/** One-character suffixes of agents that make a verb a trade's noun (保育师, 护理员, 保洁工, 劳动者). */
export const AGENT_SUFFIX = /^[师员工者]$/u;

/** The verbs of speech (SPEECH_VERBS) that only report: not 补充/说明/解释/汇报/回答/答复/回应, which also name things (补充医疗保险, 答复率). */
const REPORTING = new Set([...SPEECH_VERBS].filter((v) => !/补充|说明|解释|汇报|回答|答复|回应/u.test(v)));

/** `tokens[k]` (完成) follows a two-character verb glued to a noun before it (管网|改造|完成): the work named as a noun. */
function workDone(tokens: Token[], k: number): boolean {
  const v = tokens[k - 1], n = tokens[k - 2];
  return v.text.length === 2 && isVerb(v) && v.span[1] === tokens[k].span[0] && n.span[1] === v.span[0] && (n.tag?.[0] === 'n' || n.tag === 'vn') && !PREDICATE_VERBS.has(n.text);
}

/** 不可 and 不能 opening a privative modifier (不可移动文物, 不可再生资源, 不能自理老人). */
const PRIVATIVE = /^不[可能]$/u;

/** Verbs of commitment that report a target as speech does (承诺, 保证): what follows them is the promise. */
const COMMITTING = new Set(['承诺', '保证', '表态', '许诺']);

function leadingVerb(kept: Token[], linked = false, opens = false): boolean {
  // 无|责任事故率, 非诉|案件, 未结|案件, 无证|经营户: a negation, or a verb it opens, qualifies the phrase (taggers say v).
  if (NEGATION.has(kept[0].text) || (kept[0].text.length === 2 && NEGATED_VERB.test(kept[0].text))) return false;
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
function verbRun(kept: Token[]): boolean {
  for (let k = 1; k < kept.length - 1; k++) if (!isVerb(kept[k]) || PREDICATE_VERBS.has(kept[k].text)) return false;
  return true;
}

/**
 * 越|冬候鸟: a character the tagger cut off a word that the phrase's first token completes — the character and the token's
 * first character are a word of the dictionary (越冬), the token's rest is one too (候鸟) — is that word's first character,
 * no adverb or verb before the phrase. Only with a dictionary that tags both (small fakes have none).
 */
function cutAcross(segmenter: Segmenter, t: Token, next: Token): boolean {
  // (an adverb may be a word's first character, 越|冬; a locative, preposition or particle is none: 公交车|中|新能源)
  if (t.text.length !== 1 || next.text.length < 3 || t.span[1] !== next.span[0] || !segmenter.tagOf || NEVER.has(t.text) || COMPARE[t.text.charCodeAt(0)] || (ends(t.tag) && t.tag !== 'd')) return false;
  const word = segmenter.tagOf(t.text + next.text[0]);
  // 全|年发电量: a time, numeral or place word so formed (全年/m) is the scope of the sentence, left to SPLIT_TIME.
  return !!word && !NOT_CUT_ACROSS.includes(word[0]) && !isArea(t.text + next.text[0]) && !!segmenter.tagOf(next.text.slice(1));
}
/** First letters of the tags of words that are no part of a noun phrase: time, numeral, measure, pronoun, place, function words. */
const NOT_CUT_ACROSS = 'tmqrfpcuy';

/** The noun phrase ending at `pos`: tokens walked backwards to the clause start, leading verbs and scope words dropped. */
export function before(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let from = pos;
  // Twice the phrase's length: the predicate skipped first (由2020年的) takes room too.
  while (from > 0 && pos - from < 2 * MAX_LENGTH && !CLAUSE_END[view.charCodeAt(from - 1)] && view.charCodeAt(from - 1) !== 0x3001 /* 、 */) from--;
  // 比“十二五”时期|增长: a period in quotation marks after 比/较 is the base of a comparison, no clause of its own.
  from = quotedBase(view, from);
  // X占比达21.5%: the share of X (taggers cut 占|比达), so the phrase is X and 占比.
  // 生态系统生产总值(GEP)|为5024.5亿元: an abbreviation in brackets after the noun, with only linking words after it, is
  // passed over: the phrase is the noun before the brackets.
  const abbr = view[from - 1] === ')' ? ABBREVIATION.exec(view.slice(Math.max(0, from - 14), from)) : null;
  if (abbr && (from === pos || segmenter.tag(view.slice(from, pos)).every(between))) {
    const open = from - abbr[0].length;
    const noun = open > 0 && !CLAUSE_END[view.charCodeAt(open - 1)] ? before(view, open, segmenter) : null;
    if (noun && noun[1] === open) return noun;
  }
  if (from === pos) return null; // nothing before the figure in its clause: no tokens, no phrase
  const share = SHARE.exec(view.slice(from, pos));
  if (share) {
    const at = pos - share[0].length;
    const x = before(view, at, segmenter);
    // 中央和省级补助|占比约45%, 选择产权调换的|占比为47.3%: a holder ending on a verb taggers read (补助, 调换的) names what is
    // shared all the same (share-holder.ts).
    return x && x[1] === at ? [x[0], at + 2] : shareHolder(view, pos, segmenter);
  }
  // 项目资金支出|进度为92.5%: the progress of spending is its holder's, as a share is (进度 is an adverb to taggers).
  const progress = PROGRESS_HEAD.test(view.slice(from, pos)) ? shareHolder(view, pos, segmenter) : null;
  if (progress) return progress;
  // 增速/v|高于, 支出/v|621.4亿元: a rate of growth, or a head of a pair before a sum, is the noun of its clause, never its verb
  // (支出|38% stays a verb: a share of what is spent is no sum).
  const sum = SUM_AFTER.test(view.slice(pos, pos + 16));
  const tokens = splitComparison(segmenter.tag(view.slice(from, pos))).map((t) => (isVerb(t) && (GROWTH.has(t.text) || (sum && PAIRED[t.text])) ? { ...t, tag: 'n' } : t));
  // 设立|规模为50亿元|的|基金: a figure closed by 的 and a noun sits in a relative clause; the verb before it is the clause's.
  const relative = RELATIVE_FIGURE.test(view.slice(pos, pos + 16));
  const kept: Token[] = [];
  // The predicate between the phrase and the figure is skipped first: 入住率|为, 托位数|仅为,
  // 用时|已压缩至, 治理率|由2021年的 (a few words at most).
  let last = tokens.length - 1;
  // 老旧管网|改造|完成|1520公里: 完成 right before the figure after a noun and a verb glued to it: the verb names the work
  // (管网改造, a verbal noun), the subject of 完成; 完成 is the predicate, passed over like a linking verb.
  if (last >= 2 && tokens[last].text === '完成' && workDone(tokens, last)) {
    tokens[last - 1] = { ...tokens[last - 1], tag: 'vn' };
    last--;
  }
  // 已发展|到, 增长|到, 扩大|到: a verb of growth reaching the figure through 到/至 links like 达到; so through 为 (调整|为10万元).
  // 签约率|虽然|达到|了, 比例|要|达到: a word of concession, 了 and a modal around the linking verb are passed over with it (subject-gap.ts).
  const links = (t: Token, k: number) => between(t) || (REACH.has(t.text) && k + 1 < tokens.length && (REACH_TO.has(tokens[k + 1].text) || tokens[k + 1].text === '为'));
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
  else if (last >= 1 && last === tokens.length - 1 && (AGAIN_CHANGE.test(tokens[last].text) || NEED.has(tokens[last].text))) last--;
  // 副市长柳德明表示|: a speech clause names who speaks, never what is measured.
  if (last >= 0 && SPEECH_VERBS.has(tokens[last].text)) return null;
  // The phrase walked before a comparison's reference (不低于|总投资的10%), kept in case no subject stands before it.
  let reference: Token[] | null = null;
  // 租金按不高于|同地段同品质市场租金|的九成: a comparative bound before a base closed by 的 is read at once, whatever words the
  // base holds (同/p would end the walk inside it); the walk goes on before the bound, to the subject.
  let k0 = last;
  if (view[pos - 1] === '的') for (let r = last - 1; r > 0 && !isPunct(tokens[r].text); r--) if (REFERENCE.has(tokens[r].text)) { reference = tokens.slice(r + 1, last + 1); k0 = r - 1; while (k0 > 0 && (tokens[k0].tag === 'd' || NEGATION.has(tokens[k0].text) || BASIS[tokens[k0].text])) k0--; break; }
  // 环比|上季度|下降21%, 比|各项贷款增速|高13.3个百分点: what follows a comparison word is the base the figure is read
  // against, never what it measures (a scope in it, 各项, would end the walk on the base); the walk starts before it.
  k0 = beforeComparison(view, from, pos, tokens, k0);
  for (let k = k0; k >= 0; k--) {
    const t = tokens[k];
    // 居民出资比例原则上不低于|总投资的|10%, 降幅高于|全区平均水平|1.2个百分点: what a comparative verb is followed by is
    // the reference the figure is read against, not what it measures; the subject stands before the verb (and before its
    // adverbs and negation: 原则上不低于). (全区 is read with its reference: 高于|全区平均水平.)
    const area = kept.length > 0 && isArea(t.text) && k > 0 && REFERENCE.has(tokens[k - 1].text);
    if (kept.length && (REFERENCE.has(t.text) || area)) {
      if (area) k--;
      reference = kept.slice();
      kept.length = 0;
      // (租金|按|不高于…: a coverb of basis before the bound goes with it; the subject stands before it)
      while (k > 0 && (tokens[k - 1].tag === 'd' || NEGATION.has(tokens[k - 1].text) || (BASIS[tokens[k - 1].text] && k - 1 > 0))) k--;
      continue;
    }
    // 可支付|月|数为14.6个月: a unit of time glued to 数 (月数, 天数, 年数) counts those units; with no numeral before it, it
    // is no figure's unit but the noun's first character.
    if (kept.length && t.text.length === 1 && TIME_UNIT[t.text.charCodeAt(0)] && t.span[1] === kept[0].span[0] && view[from + kept[0].span[0]] === '数' && !figureBefore(view, from + t.span[0])) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 在|建文旅项目, 在|建工地: 在 glued to one verb character names a state (在建, 在营, 在岗, 在校, 在册 …), no
    // preposition, though taggers cut the word across; the phrase keeps it.
    if (kept.length && t.text === '在' && t.span[1] === kept[0].span[0] && IN_STATE.test(view.slice(from + t.span[0], from + t.span[0] + 3))) { kept.unshift({ ...t, tag: 'b' }); continue; }
    // 老年人|口 (taggers cut 人口 after a word in 人): 口 closes the noun 人口, it is no measure word.
    if (t.text === '口' && k > 0 && tokens[k - 1].text.endsWith('人') && tokens[k - 1].span[1] === t.span[0] && (!kept.length || kept[0].span[0] === t.span[1])) { kept.unshift(t); continue; }
    // 亩/q|均/d|投入, 县|均|投入: X均 (每X, rate-prefix.ts) glued before the phrase is one word of it, as 人均/j is (亩均投入).
    if (kept.length && t.text === '均' && k > 0 && t.span[1] === kept[0].span[0] && tokens[k - 1].text.length === 1 && tokens[k - 1].span[1] === t.span[0] && perAt(view, from + tokens[k - 1].span[0]) === from + t.span[1]) {
      kept.unshift({ text: tokens[k - 1].text + t.text, span: [tokens[k - 1].span[0], t.span[1]], tag: 'j' });
      k--;
      continue;
    }
    // 老年/t|助|餐点: a stage of life before a noun qualifies it, it is no time of the sentence.
    if (kept.length && LIFE_STAGE.has(t.text) && t.span[1] === kept[0].span[0]) { kept.unshift(t); continue; }
    if (kept.length && latinFirst(kept[0].text) && allDigits(t.text)) { kept.unshift(t); break; } // 5G基站, 4K
    // 5G-A基站, C-V2X: a hyphen between letters or digits joins one Latin code, no clause break.
    if (kept.length > 1 && kept[1].text === '-' && latinFirst(kept[0].text) && !ALNUM_END.test(t.text)) break; // (部署|C-V2X: the code opens the phrase)
    if (kept.length && latinFirst(kept[0].text) && t.text === '-' && t.span[1] === kept[0].span[0] && k > 0 && tokens[k - 1].span[1] === t.span[0] && ALNUM_END.test(tokens[k - 1].text)) { kept.unshift(t); continue; }
    // 起降|点/m, 充电|桩/q: a one-character word the tagger reads as a numeral or measure word, right before the figure and
    // right after a verb, with no figure of its own before it, is the head noun of a compound (起降点, 充电桩, 集散点).
    if (!kept.length && headAfterVerb(view, from, tokens, k)) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 粪污|集中|收集|点/m: so is a verb of the predicate's lexicon glued between words of the compound (收集点), the verb read
    // as part of the name (not 建成|收集点 or 已|收集|点: a predicate or an adverb before it leaves the verb the predicate).
    if (!kept.length && inCompound(view, from, tokens, k)) { kept.unshift({ ...tokens[k - 1], tag: 'vn' }, { ...t, tag: 'n' }); k--; continue; }
    // 燃气管|道/q|281公里, 监测点|位/q|3000个: a measure word right before the figure that closes a noun of the dictionary with
    // the noun glued before it (管道, 点位) is that noun's last character, no measure word of a figure before it.
    if (!kept.length && closesNoun(view, from, tokens, k, segmenter)) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // PM2|.|5平均浓度: a Latin code with a decimal names what is measured (taggers cut it at the point).
    if (kept.length && allDigits(t.text) && k >= 2 && tokens[k - 1].text === '.' && latinFirst(tokens[k - 2].text)) { kept.unshift(tokens[k - 2], tokens[k - 1], t); k -= 2; continue; }
    // 不|合格率, 按时|办结率: a prefix the tagger cut off the phrase is part of it; the walk goes on (食品抽检不合格率).
    if (kept.length && prefixOf(view, from, t, kept)) { kept.unshift(t); continue; }
    // 农村居民收入比|城镇居民|低3000元, …,比|去年同期|减少2天: what follows 比/较 is the baseline of a comparison, never
    // what is measured; the walk goes on to the subject before it (none in the clause: the figure's subject is the one
    // before, indicator.ts).
    if (kept.length && COMPARE[t.text.charCodeAt(0)] && t.text.length === 1) { kept.length = 0; continue; }
    // 国三及|以下|排放标准营运柴油货车, 规模|以上|企业: a bound between a grade and the noun grades it, part of its name (as
    // after a figure, indicator-after.ts); after a figure and its unit (10蒸吨|以下) it closes the figure's range instead.
    if (kept.length && GRADE[t.text] && t.span[1] === kept[0].span[0] && k > 0 && tokens[k - 1].span[1] === t.span[0] && !isNumeric(tokens[k - 1]) && !isPunct(tokens[k - 1].text) && !ends(tokens[k - 1].tag) && !figureBefore(view, from + tokens[k - 1].span[0])) { kept.unshift(t); continue; }
    // 秒|批率: a unit the tagger reads as a numeral (秒/m), with no numeral before it, glued to the phrase is the first
    // character of its noun (秒批率, like 月|数), no figure's unit.
    if (kept.length && t.tag === 'm' && t.text.length === 1 && !NUMERAL_CHAR.test(t.text) && t.span[1] === kept[0].span[0] && !figureBefore(view, from + t.span[0])) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 月|平均工资, 年|产值 opening the clause: a unit of time with no numeral or time word before it makes the noun a monthly
    // or yearly one (月平均工资); after a word glued to it (今|年, 2023|年) it closes a time and ends the walk.
    if (kept.length && t.tag === 'm' && PERIOD_OF[t.text] && (k === 0 || isPunct(tokens[k - 1].text)) && t.span[1] === kept[0].span[0] && isNominal(kept[0])) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 千吨|万人供水工程: two round magnitudes with their measure words, glued, grade the noun after them (a works of a
    // thousand tonnes a day for ten thousand people): one name, no figure of its own.
    if (kept.length && t.span[1] === kept[0].span[0] && ROUND_MAGNITUDE.test(t.text) && ROUND_MAGNITUDE.test(kept[0].text.slice(0, 2))) {
      kept.unshift({ ...t, tag: 'n' });
      if (k > 0 && !/^[ns]/.test(tokens[k - 1].tag ?? 'n')) break; // 新建改扩建|千吨万人…: the grade opens the name, the verb before is no part of it
      continue;
    }
    if (kept.length && isHan(t.text.charCodeAt(0)) && !isNumeric(t) && cutAcross(segmenter, t, kept[0])) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 就|地/uv|转化率: 地 is no adverbial particle before a noun; with the character glued before it, it is a word of place
    // (就地, 本地, 异地, 属地) that qualifies the phrase.
    if (kept.length && t.text === '地' && t.tag?.[0] === 'u' && t.span[1] === kept[0].span[0] && isNominal(kept[0]) && k > 0 && tokens[k - 1].text.length === 1 && tokens[k - 1].span[1] === t.span[0] && isHan(tokens[k - 1].text.charCodeAt(0))) {
      kept.unshift({ ...tokens[k - 1], tag: 'b' }, { ...t, tag: 'b' });
      k--;
      continue;
    }
    // 国家和|省级|集采药品: a distinguishing word right after a conjunction is the last of coordinated modifiers, which all
    // qualify the head after it; one of them alone would narrow what is counted, so the phrase is the head (集采药品).
    if (kept.length > 1 && COORDINATING.has(t.text) && kept[0].tag === 'b' && t.span[1] === kept[0].span[0]) { kept.shift(); break; }
    // 报销|周期/t, 建设|工期/t: a word of period glued after the verb of the process it times is a noun (the period of
    // reimbursement), no time of the sentence.
    if (periodNoun(tokens, k) && (!kept.length || kept[0].span[0] === t.span[1])) { kept.unshift({ ...t, tag: 'n' }); continue; }
    // 比|第七次|人口普查时|提高了: the phrase after 比/较 and the numeral opening it is the comparison's base, not measured.
    if (kept.length && isNumeric(t) && k > 0 && COMPARE[tokens[k - 1].text.charCodeAt(0)] && tokens[k - 1].text.length === 1) { kept.length = 0; break; }
    // 万元|GDP能耗, 万元|工业增加值能耗: a round sum with no numeral before it, opening the phrase, is the base the noun is
    // measured per (energy per ten thousand yuan of GDP), no figure's unit.
    if (kept.length && PER_SUM.test(t.text) && t.span[1] === kept[0].span[0] && !figureBefore(view, from + t.span[0]) && (k === 0 || !isNumeric(tokens[k - 1]))) { kept.unshift({ ...t, tag: 'n' }); break; }
    if (isPunct(t.text) || isNumeric(t) || (ends(t.tag) && !taggedNumeral(t)) || NEVER.has(t.text) || FROM_ON.test(t.text)) break;
    // 我们来远镇|有|县级文保单位|9处: the verb of existence after a place says what the place holds; the phrase is its object.
    // (职务|有|变化/vn|0人: before a verbal noun 有 makes the predicate "has changed", and the phrase keeps its subject)
    if (kept.length && t.text === '有' && isVerb(t) && isNominal(kept[0]) && !kept[0].tag?.startsWith('v')) break;
    // 整治|率, 办理|量: a verb glued to a one-character head of rate or amount names the process measured (整治率), one
    // compound noun the tagger cut; only a verb before a whole phrase opens its predicate (完成|整治1021个).
    // 帮扶|车间|共有412个, 建设|项目|达到: a predicate verb glued to a noun of two characters, the two opening the clause and only
    // linking words between them and the figure, are the clause's subject, one compound noun (the verb names the kind).
    if (kept.length && kept[0] === tokens[k + 1] && PREDICATE_VERBS.has(t.text) && !relative && subjectCompound(tokens, k, view[pos] === '由' || view[pos] === '从')) { kept.unshift({ ...t, tag: 'vn' }); continue; }
    // 城镇|新增|就业人数|达到, 补充|医疗保险|参保|人数|达到: a verb opening the subject of a linking verb, before a noun and a
    // count of heads, names the kind counted (newly employed, supplementary insurance); the clause's predicate is the link.
    if (kept.length && kept[0] === tokens[k + 1] && isVerb(t) && !relative && countedKind(tokens, k, kept)) { kept.unshift({ ...t, tag: 'vn' }); continue; }
    // 共受理|供暖|投诉|3260件: the object of a verb of handling matters is what is counted, verbs to the tagger (handled-matter.ts).
    if (kept.length && HANDLING.has(t.text) && handledMatter(kept)) return toSpan(kept, from);
    if (kept.length && PREDICATE_VERBS.has(t.text) && !(kept[0].span[0] === t.span[1] && RATE_HEAD[kept[0].text])) break;
    // 市民政局承诺|社会化运营率年底前达到80%: a verb of speech or commitment after its agent (a noun glued before it) opens what
    // is said or promised; the phrase starts after it (承诺覆盖率, 去年承诺|审批时限: no agent, a noun's first word or a time's).
    if (kept.length && k > 0 && isVerb(t) && (REPORTING.has(t.text) || COMMITTING.has(t.text)) && tokens[k - 1].span[1] === t.span[0] && /^n/.test(tokens[k - 1].tag ?? '')) break;
    // 县、乡、村|三级|路长: a 、-list of levels and their number qualify the noun after them (level-lists.ts).
    if (kept.length && closesLevelList(view, from + t.span[0], t.text)) break;
    // The scope and time of the sentence stand before the phrase (今年以来|全市|矛盾纠纷化解率): walking back, they end it.
    if (kept.length && (isArea(t.text) || t.text.endsWith('以来'))) break;
    // 600|元至|1200元, 由20个|工作日|压缩至5个工作日: the unit of the figure before, not a phrase.
    if (!latinFirst(t.text) && figureBefore(view, from + t.span[0]) && !latinCodeBefore(view, from + t.span[0])) break;
    kept.unshift(t);
  }
  // 车间|共有|412个, 参保率|稳定|在: a verb links the phrase to its figure, so the phrase is the clause's subject.
  let linked = false;
  // (用于山区|的|有510万元: a phrase closed by 的 is a relative clause, its verb a verb)
  for (let j = last + 1; j < tokens.length && !linked; j++) linked = isVerb(tokens[j]) || CHANGE.has(tokens[j].text);
  for (let j = last + 1; j < tokens.length && linked; j++) if (tokens[j].text === '的') linked = false;
  if (relative) linked = false;
  if (kept.length > 1 && endsPredicate(kept[kept.length - 1]) && isVerb(kept[kept.length - 1])) linked = true;
  // 建成|后展/x|陈|面积: a verb and 后/前 close a clause of time (after it is built); taggers glue the locative to an unknown
  // word after it. The phrase starts after the locative.
  // 在金寨、霍山两县|发展|林下中药材种植2万亩: after a coverb of place opening the clause, the walk stopped at a 、 of the
  // places listed; the last place and the verb after it are the coverb's object and the predicate, the phrase is the verb's object.
  if (kept.length > 2 && view[from - 1] === '、' && placeListBefore(view, from)) {
    // (发展/vn after the places, 霍山|两县|发展: a verbal noun right after a place is the predicate's verb all the same)
    const verb = kept.findIndex((t, j) => j > 0 && j < kept.length - 1 && (t.tag === 'v' || (t.tag === 'vn' && PLACE_END.test(kept[j - 1].text))));
    if (verb > 0 && kept.slice(verb + 1).some(isNominal)) kept.splice(0, verb + 1);
  }
  // 但县/x|博物馆, 但涉/x|老|诈骗案件: so is a conjunction opening the clause glued to the unknown word after it; it links the
  // clause to the one before and is no part of what is measured.
  const first = kept.length > 1 ? tokens.indexOf(kept[0]) : -1;
  if (first >= 0 && kept[0].tag === 'x' && kept[0].text.length === 2 && ((first > 0 && TIME_LOCATIVE.test(kept[0].text) && isVerb(tokens[first - 1]) && tokens[first - 1].span[1] === kept[0].span[0])
    || (GLUED_CONJUNCTION.test(kept[0].text) && tokens.slice(0, first).every((t) => isPunct(t.text) || t.tag === 't' || isArea(t.text))))) {
    kept[0] = { text: kept[0].text.slice(1), span: [kept[0].span[0] + 1, kept[0].span[1]], tag: 'x' };
  }
  const at = kept.length ? tokens.indexOf(kept[0]) : -1;
  let opens = at >= 0;
  for (let j = 0; j < at && opens; j++) opens = isArea(tokens[j].text) || tokens[j].tag === 't' || isPunct(tokens[j].text) || isMarker(tokens[j].text);
  const phrase = nounPhrase(view, from, kept, linked, opens);
  return withCondition(view, withBracket(view, phrase ?? (reference ? nounPhrase(view, from, reference) : null), segmenter));
}

/**
 * The verb `tokens[k]` (two characters) and the noun after it (two characters, glued) open their clause (a scope or a time
 * at most before them) and only linking or predicate words follow them up to the figure (共有, 达到, 为), or 由/从 opening
 * a change follows them (`changeFrom`: 办理时限|由20个工作日压缩至…).
 */
function subjectCompound(tokens: Token[], k: number, changeFrom: boolean): boolean {
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
function countedKind(tokens: Token[], k: number, kept: Token[]): boolean {
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

/** A conjunction or adverb of contrast opening an unknown word at the clause start (但县, 但涉, 而该): no word of a noun phrase. */
const GLUED_CONJUNCTION = /^[但而却][\u4e00-\u9fff]$/u;

/** A time phrase from a point on (从明年起, 自今年起, 从下月开始): the time of the sentence, never what is measured. */
const FROM_ON = /^[从自].{1,6}(?:起|开始)$/u;

/** Localizers of inside standing as their own word (内, 以内, 之内, 里): they close a place. */
const INSIDE: Readonly<Record<string, 1>> = { 内: 1, 以内: 1, 之内: 1, 里: 1 };

/** The last character of a place or a count of places (两县, 各区, 霍山): a place suffix. */
const PLACE_END = /[省市县区镇乡村州旗山河湖]$/u;

/** A clause opened by a coverb of place (在, 于) and a 、-list of places reaching `at` (在淠河、史河、|杭埠河…). */
function placeListBefore(view: string, at: number): boolean {
  let k = at - 1;
  while (k > 0 && !CLAUSE_END[view.charCodeAt(k - 1)]) k--;
  return /^[在于][^、]{1,8}、/u.test(view.slice(k, at));
}

/** 后 or 前 opening an unknown word (后展): the locative closing a clause of time before it (建成后). */
const TIME_LOCATIVE = /^[后前][\u4e00-\u9fff]$/u;

/** An aspect or repetition word glued by taggers to one verb character (已压, 再压, 已减): the first half of 压减至 and the like. */
const ASPECT_GLUED = /^[已再又将][\u4e00-\u9fff]$/u;
/** A verb of change after an adverb of repetition (再降, 又增, 再提高, 再压减): a predicate, no part of the subject. */
const AGAIN_CHANGE = /^[再又][降增升减]|^[再又](?:提高|提升|下降|降低|减少|增加|增长|压减|压缩|缩短)/u;

/** Verbs of need right before a figure (需要1200万元, 尚需3亿元): the predicate. */
const NEED = new Set(['需要', '需', '还需', '尚需', '仍需', '还需要', '尚需要']);

/** A sum of money right after the phrase, a hedge or a bound at most before it (621.4亿元, 不到3500元, 约三千万元). */
const SUM_AFTER = /^(?:不到|不足|超过|约|近|逾|达|为)?[\d.零〇一二两三四五六七八九十百千万亿]+[万亿]*元/u;

/** A round sum as a base of measure (万元GDP, 亿元产值). */
const PER_SUM = /^[万亿]元$/u;

/** Words that open the base of a comparison (比上年, 较去年, 环比上季度, 相比上年同期); 比/较 alone as one token. */
const COMPARE_WORD = new Set(['比', '较', '环比', '同比', '相比', '相较', '较之', '对比']);

/** A comparison's predicate reaching the figure (高, 低于, 增长了, 下降约): what stands between it and 比/较 is the base. */
const COMPARED_END = /(?:增长|增加|上升|提高|提升|上涨|下降|减少|降低|回落|下跌|缩短|压缩|延长|扩大|缩小|高出|低出|多出|少出|高|低|多|少|快|慢|增|降|减|升)(?:了|约|近|达|超)*$/u;

/**
 * The index to walk back from when the tokens up to `k0` hold a comparison word with its base after it (比|各项贷款增速|高):
 * the token before that word; else `k0`. Only a base of words (no punctuation, no figure: 比|上年|增长 is read the same)
 * closed by a comparison's predicate (大数据|比|对…纳入 compares nothing), and not the 比 of a share (占|比).
 */
function beforeComparison(view: string, from: number, pos: number, tokens: Token[], k0: number): number {
  for (let r = k0 - 1; r >= 0; r--) {
    const t = tokens[r];
    // (比|"|十二五|"|时期|增长: quotation marks inside the base name a period, they end no clause)
    if ((isPunct(t.text) && !QUOTE.test(t.text)) || (isNumeric(t) && !(r > 0 && QUOTE.test(tokens[r - 1].text)))) return k0;
    // (比非/x|项目区|高出: a tagger's unknown word glued to 比 or 较 opens the base as well)
    if (!COMPARE_WORD.has(t.text) && !(t.tag === 'x' && t.text.length === 2 && COMPARE_WORD.has(t.text[0]))) continue;
    if (t.text === '比' && r > 0 && tokens[r - 1].text.endsWith('占') && tokens[r - 1].span[1] === t.span[0]) return k0;
    return COMPARED_END.test(view.slice(from + t.span[1], pos)) ? r - 1 : k0;
  }
  return k0;
}

/** 比 or 较 and a quoted name of a period (比“十二五”, 较“十三五”末) closing at `from`. */
const QUOTED_BASE = /(?:比|较|相比)“[^“”,。;:!?\n]{1,8}”$/u;

/**
 * Where the clause read back from `from` starts, when it stops at the quotation mark closing the base of a comparison
 * (比“十二五”|时期增长): the quoted name is part of the clause; the walk goes on before 比. Else `from`.
 */
export function quotedBase(view: string, from: number): number {
  if (view[from - 1] !== '”') return from;
  const m = QUOTED_BASE.exec(view.slice(Math.max(0, from - 14), from));
  if (!m) return from;
  let at = from - m[0].length;
  while (at > 0 && !CLAUSE_END[view.charCodeAt(at - 1)] && view.charCodeAt(at - 1) !== 0x3001) at--;
  return at;
}

/** Quotation marks (half and full width, as normalized or not). */
const QUOTE = /^["“”'‘’「」『』]$/u;

/** A figure (numeral, a unit of five characters at most) closed by 的: 50亿元的 (a relative clause's figure). */
const RELATIVE_FIGURE = /^[\d.零〇一二两三四五六七八九十百千万亿]+[^\d,。;:!?\n的]{0,5}的/u;

/** A Latin abbreviation in brackets (GEP, GDP, PM2.5). */
const ABBREVIATION = /\([A-Za-z][A-Za-z0-9.]{0,9}\)$/u;

/** Conjunctions that coordinate modifiers (国家和省级, 市及县级). */
const COORDINATING = new Set(['和', '及', '与', '或', '以及']);

/** A short bracketed insert inside a term (执业(助理)医师, 村(社区)): one to four Han characters, no figure. */
const INSERT = /[\u4e00-\u9fff]\(([\u4e00-\u9fff]{1,4})\)$/u;

/**
 * 每千人口执业(助理)医师数: a short insert in brackets glued inside a term is part of it, though its brackets end a clause
 * for the walk; the phrase before the brackets, glued to them, opens the indicator (执业(助理)医师数, not 医师数).
 */
function withBracket(view: string, span: [number, number] | null, segmenter: Segmenter): [number, number] | null {
  if (!span) return span;
  const m = INSERT.exec(view.slice(Math.max(0, span[0] - 7), span[0]));
  if (!m) return span;
  const open = span[0] - m[1].length - 2;
  const head = before(view, open, segmenter);
  return head && head[1] === open && span[1] - head[0] <= MAX_LENGTH ? [head[0], span[1]] : span;
}

/**
 * Comparative verbs before a reference and the figure read against it (不低于总投资的10%, 只有…的二分之一, 高于全区平均水平1.2个
 * 百分点). Not 占: a share's whole (老年人口已占|总人口的五分之一) is read as its indicator (indicator.test.ts).
 */
const REFERENCE = new Set(['低于', '高于', '少于', '多于', '大于', '小于', '超过', '超出', '不足', '相当于', '只有', '仅为', '仅有']);

/** One-character heads of a rate or an amount that make a compound noun with the verb before them (整治率, 办理量). */
const RATE_HEAD: Record<string, true> = { 率: true, 量: true };

/** Coverbs of basis before a comparative bound (租金按不高于…的九成确定): 按, 按照. */
const BASIS: Record<string, true> = { 按: true, 按照: true };

/** Units of time that open a noun of amount per period (月平均工资, 年产值, 日处理量). */
const PERIOD_OF: Record<string, true> = { 年: true, 月: true, 日: true };

/** Characters of numerals and of the time units taggers glue to them (a one-character m token that is none of these is a unit). */
const NUMERAL_CHAR = /[\d%零〇○一二两三四五六七八九十百千万亿几数多余半年月日天周]/u;

/** Bounds that grade the noun after them (以上, 以下). */
const GRADE: Record<string, true> = { 以上: true, 以下: true };

/** A rate's base as one token right before the figure (每年 is r and ends the walk anyway; 每小时, 每平方米). */
const RATE_BASE = /^每[^每\d]{1,3}$/u;

/** Units of time that make a count noun with 数 after them (月数, 天数, 年数, 周数, 日数, 次数). */
const TIME_UNIT = new Uint8Array(0x10000);
for (const c of '年月日天周次') TIME_UNIT[c.charCodeAt(0)] = 1;

/**
 * 在 and one verb character that make a word of state (在建项目, 在营企业, 在岗职工, 在校学生, 在册人员, 在押人员, 在用设备,
 * 在运, 在研, 在售, 在读, 在办): not when the character opens a verb of its own (在|建设, 在|办理, 在|运行) or 职工 (在|职工中).
 */
const IN_STATE = /^在(?!建设|建立|建成|建议|办理|运行|用于|职工|校园)[建营岗校职册押用运研售读办]/u;

/**
 * An age bound or range written right before the phrase (60周岁以上|老年人口, 0至3岁|婴幼儿) is a condition of what is
 * counted, part of the indicator: the figure counts 60周岁以上老年人口, not 老年人口.
 */
const AGE_CONDITION = /(?:(?:\d+|[零一二两三四五六七八九十百]+)(?:周岁|岁)?(?:至|到|-|~|—|－))?(?:\d+|[一二两三四五六七八九十百]+)(?:周岁|岁)(?:及以上|及以下|以上|以下|以内)?(?:的)?$/u;
function withCondition(view: string, span: [number, number] | null): [number, number] | null {
  if (!span) return span;
  const m = AGE_CONDITION.exec(view.slice(Math.max(0, span[0] - 12), span[0]));
  if (!m || span[1] - span[0] + m[0].length > MAX_LENGTH) return span;
  return [span[0] - m[0].length, span[1]];
}

/** A two-character verb opened by a negating prefix that names a kind of case or holder (非诉, 未结, 无证, 非法), not a predicate (无法 is one). */
/** A word of two characters opened by a privative negation (非公, 非遗, 无证, 未成): not 非常, 无法, 未必, 未来, 没有. */
const PRIVATIVE_WORD = /^[非无未](?![常法必来曾免须需能可])/u;

const NEGATED_VERB = /^[非未无](?![法需须能可])/u;

/** After a negation these open a predicate, no phrase: 不|超过每生每学期300元, 未|达到, 不|是, 无|法. */
const NEGATED_PREDICATE = /^(?:超过|超|低于|高于|少于|多于|大于|小于|足|到|及|达|达到|是|在|再|会|能|得|要|应|可|必|断|仅|但|法)$/u;

/**
 * `t`, right before the phrase `kept` (no gap), opens it: a negating prefix (不|合格率, 无|责任事故率, 零|就业家庭;
 * 零 after a numeral is a digit: 三年零|二个月), or a word of manner before a rate (按时|办结率, 一次性|通过率).
 */
function prefixOf(view: string, from: number, t: Token, kept: Token[]): boolean {
  if (t.span[1] !== kept[0].span[0]) return false;
  // 非公/d|企业|职工, 非遗/j|项目: a word of two characters the negation opens, which taggers call an adverb or prefix, before
  // a noun is a privative modifier (non-public), part of the phrase (非常, 无法, 未必 open no noun).
  if (t.text.length === 2 && PRIVATIVE_WORD.test(t.text) && /^[dhbj]/.test(t.tag ?? '') && isNominal(kept[0]) && !isVerb(kept[0])) return true;
  if (NEGATION.has(t.text)) return !(t.text === '零' && figureBefore(view, from + t.span[0])) && !NEGATED_PREDICATE.test(kept[0].text);
  if (!MANNER.has(t.text)) return false;
  return RATE_NOUN.test(view.slice(from + kept[0].span[0], from + kept[kept.length - 1].span[1]));
}

/**
 * The noun phrase of the tokens walked over before a figure (`kept`, offsets from `from`):
 * leading verbs, scope and area words, markers and locatives dropped, linking words and a
 * predicate word last dropped, at most MAX_LENGTH long. (Apart from before(): run once per
 * figure, it need not be compiled with before's token walk.)
 */
function nounPhrase(view: string, from: number, kept: Token[], linked = false, opens = false): [number, number] | null {
  // 严格/ad|砍除|病树: an adjective used as an adverb before the verb it qualifies goes with the verb; not in a subject linked
  // to its figure, nor before a rate, a measure or people, which it qualifies with the verb (直接|结算|率, 积分|兑换|额度,
  // 直接|受益|人口).
  while (kept.length && !parallelCompound(view, from + kept[0].span[0]) && !unreadPlaceName(kept) && (leadingVerb(kept, linked, opens) || (kept[0].tag === 'ad' && !linked && kept.length > 2 && isVerb(kept[1]) && kept[1].span[0] === kept[0].span[1] && !RATE_NOUN.test(kept[kept.length - 1].text) && !MEASURE_NOUN.test(kept[kept.length - 1].text) && !PEOPLE_NOUN.test(kept[kept.length - 1].text)) || SCOPE.has(kept[0].text) || isArea(kept[0].text) || (kept[0].tag === 'a' && !(kept[1] && isVerb(kept[1])) && !qualifiesNoun(kept) && !opensTerm(kept) && !typeOrGrade(kept) && !boundHead(kept)) || isMarker(kept[0].text) || isLocative(kept[0].text))) kept.shift();
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
 * A one-character adjective right before a noun (no gap) qualifies it (重|污染|天数, 老|城区, 全|社会|用电量): the phrase keeps
 * it; but 全 before a time or an area is the whole of a scope (全|年发电量: the tagger's cut of 全年).
 */
function qualifiesNoun(kept: Token[]): boolean {
  return kept[0].text.length === 1 && (kept[0].text !== '全' || !FULL_SCOPE.test(kept[1]?.text[0] ?? '')) && kept.length > 1 && kept[1].span[0] === kept[0].span[1] && isNominal(kept[1]);
}

/**
 * An adjective that classifies rather than praises: glued to 型 it makes a type (紧密|型|县域医共体, 节约|型), and the grades
 * of a danger or an accident (重大|危险源, 较大|事故) name a class counted apart; dropping either cuts the name in two.
 */
function typeOrGrade(kept: Token[]): boolean {
  return kept.length > 1 && kept[1].span[0] === kept[0].span[1] && (kept[1].text[0] === '型' || (GRADE_ADJECTIVE.has(kept[0].text) && isNominal(kept[1])));
}
const GRADE_ADJECTIVE = new Set(['重大', '较大', '特大', '特别重大']);

/**
 * 低效/a|林/ng, 病/a|树: an adjective glued to a noun of one character makes one compound (低效林, a kind of forest); the
 * character alone is a bound morpheme, never the whole or the head of what is measured (林 of 改造低效林10万亩, 林|改造).
 */
function boundHead(kept: Token[]): boolean {
  return kept.length >= 2 && kept[1].text.length === 1 && kept[1].span[0] === kept[0].span[1] && isNominal(kept[1]) && kept[0].text.length >= 2;
}

/** What 全 makes a scope or a time of (全|年, 全|市 cut by the tagger); before other nouns it opens a term (全社会, 全口径). */
const FULL_SCOPE = /^[年月日天周国省市县区州镇乡旗盟村]/u;

/**
 * An adjective right before a distinguishing word (一般|公共/b|预算收入, 基本|公共/b|服务): a distinguishing word only ever
 * modifies a noun, so the adjective before it names the same class of thing with it, one fixed term (一般公共预算 is the
 * budget's legal name); it is no evaluation of the phrase to be dropped.
 */
function opensTerm(kept: Token[]): boolean {
  return kept.length > 2 && kept[1].tag === 'b' && kept[1].span[0] === kept[0].span[1];
}

/**
 * A parallel compound of two verb-object pairs sharing their object, AXBX (追责|问责, 拆违|控违, 稳岗|扩岗): four Han
 * characters whose second and fourth are the same are one word, which taggers cut across (追/v|责问/n|责/n), so its
 * first character is no verb of the predicate (追责问责48人 → 追责问责, not 责问责).
 */
function parallelCompound(view: string, at: number): boolean {
  const x = view.charCodeAt(at + 1);
  return x === view.charCodeAt(at + 3) && isHan(view.charCodeAt(at)) && isHan(x) && isHan(view.charCodeAt(at + 2)) && view.charCodeAt(at) !== view.charCodeAt(at + 2);
}
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

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
