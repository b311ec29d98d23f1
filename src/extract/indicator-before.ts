/**
 * The noun phrase written before a figure, read backwards from it to the clause start: the
 * predicate between phrase and figure skipped (仅为, 由2021年的), then leading verbs, scope and
 * area words dropped, prefixes the tagger cut off kept (不|合格率, 按时|办结率), an age condition
 * taken in (60周岁以上|老年人口).
 *
 * Example: "今年以来全市矛盾纠纷化解率达96.50%" → 矛盾纠纷化解率 (达 skipped, 全市 and 今年以来 end the
 * walk); "完成生命防护工程591公里" → 生命防护工程 (the leading verb 完成 left out). Offsets are UTF-16
 * code units into the normalized view, spans end-exclusive.
 *
 * Here the walk itself; its rule families each have their module: the predicate skipped (predicate-skip.ts), the
 * base of a comparison and a reference (comparison-base.ts), words and modifiers glued to the phrase (glued-words.ts,
 * glued-modifiers.ts, cut-compounds.ts, phrase-prefixes.ts), a verb naming a subject's kind (subject-compounds.ts),
 * the clause's openers (clause-openers.ts), and the phrase trimmed from what was walked (phrase-trim.ts,
 * leading-verbs.ts, phrase-adjectives.ts).
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { splitComparison } from './glued-tokens.js';
import { PROGRESS_HEAD, shareHolder, wholeShareHolderEnd } from './share-holder.js';
import { closesLevelList } from './level-lists.js';
import { HANDLING, handledMatter } from './handled-matter.js';
import { predicateStart } from './predicate-skip.js';
import { BASIS, REFERENCE, quotedBase, walkStart } from './comparison-base.js';
import { NONE, STOP, gluedWord } from './glued-words.js';
import { gluedModifier } from './glued-modifiers.js';
import { dropClauseOpeners } from './clause-openers.js';
import { countedKind, subjectCompound } from './subject-compounds.js';
import { nounPhrase } from './phrase-trim.js';
import { withCondition } from './phrase-prefixes.js';
import { figureBefore, latinCodeBefore, latinFirst } from './cut-compounds.js';
import {
  NEGATION, NEVER, PREDICATE_VERBS, isPunct, SHARE, CHANGE, COMMITTING, REPORTING, SPEECH_VERBS,
  between, endsPredicate, ends, isArea, isMarker, isNominal, isNumeric, isVerb, taggedNumeral,
  CLAUSE_END, MAX_LENGTH, toSpan, GROWTH, PAIRED,
} from './indicator-words.js';

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
  // 涉老诈骗案件仍占|发案总数的|21%: a share of a whole measures its holder's share; the whole is its denominator (share-holder.ts).
  const holderEnd = view.charCodeAt(pos - 1) === 0x7684 /* 的 */ ? wholeShareHolderEnd(view.slice(from, pos)) : -1;
  if (holderEnd > 0) {
    const x = before(view, from + holderEnd, segmenter);
    if (x && x[1] === from + holderEnd) return x;
  }
  // 项目资金支出|进度为92.5%: the progress of spending is its holder's, as a share is (进度 is an adverb to taggers).
  const progress = PROGRESS_HEAD.test(view.slice(from, pos)) ? shareHolder(view, pos, segmenter) : null;
  if (progress) return progress;
  // 增速/v|高于, 支出/v|621.4亿元: a rate of growth, or a head of a pair before a sum, is the noun of its clause, never its verb
  // (支出|38% stays a verb: a share of what is spent is no sum).
  const sum = SUM_AFTER.test(view.slice(pos, pos + 16));
  // (罚没款/v|1460万元, 罚没款/v|达|…: a word closing on a noun of money, 款 金 费, with only linking words between it and a sum
  // names that money, a noun; before another noun, 暂|付款|余额, it is no head and is left as read.)
  const tokens = splitComparison(segmenter.tag(view.slice(from, pos))).map((t, i, all) => (isVerb(t) && (GROWTH.has(t.text) || (sum && (PAIRED[t.text] || (MONEY_WORD.test(t.text) && linksToFigure(all, i))))) ? { ...t, tag: 'n' } : t));
  // 设立|规模为50亿元|的|基金: a figure closed by 的 and a noun sits in a relative clause; the verb before it is the clause's.
  const relative = RELATIVE_FIGURE.test(view.slice(pos, pos + 16));
  const kept: Token[] = [];
  // The predicate between the phrase and the figure is skipped first: 入住率|为, 托位数|仅为,
  // 用时|已压缩至, 治理率|由2021年的 (a few words at most; predicate-skip.ts).
  const last = predicateStart(tokens);
  // 副市长柳德明表示|: a speech clause names who speaks, never what is measured.
  if (last >= 0 && SPEECH_VERBS.has(tokens[last].text)) return null;
  // The phrase walked before a comparison's reference (不低于|总投资的10%), kept in case no subject stands before it; the walk
  // starts before a bound closing on 的 or a comparison's base (comparison-base.ts).
  const start = walkStart(view, from, pos, tokens, last);
  let reference = start.reference;
  const k0 = start.k0;
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
    // Words glued to the phrase that the tagger cut off or misread (glued-words.ts), modifiers it keeps or ends on
    // (glued-modifiers.ts): each answers the index to walk on from, STOP or NONE.
    let read = gluedWord(view, from, tokens, k, kept, segmenter);
    if (read === NONE) read = gluedModifier(view, from, tokens, k, kept, segmenter);
    if (read === STOP) break;
    if (read !== NONE) { k = read; continue; }
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
  // 建成|后展/x|陈|面积, 但县/x|博物馆, 在金寨、霍山两县|发展|…: words opening the clause that are no part of the phrase.
  dropClauseOpeners(view, from, tokens, kept);
  const at = kept.length ? tokens.indexOf(kept[0]) : -1;
  let opens = at >= 0;
  for (let j = 0; j < at && opens; j++) opens = isArea(tokens[j].text) || tokens[j].tag === 't' || isPunct(tokens[j].text) || isMarker(tokens[j].text);
  const phrase = nounPhrase(view, from, kept, linked, opens);
  return withCondition(view, withBracket(view, phrase ?? (reference ? nounPhrase(view, from, reference) : null), segmenter));
}

/** A figure (numeral, a unit of five characters at most) closed by 的: 50亿元的 (a relative clause's figure). */
const RELATIVE_FIGURE = /^[\d.零〇一二两三四五六七八九十百千万亿]+[^\d,。;:!?\n的]{0,5}的/u;

/** A Latin abbreviation in brackets (GEP, GDP, PM2.5). */
const ABBREVIATION = /\([A-Za-z][A-Za-z0-9.]{0,9}\)$/u;


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

/** One-character heads of a rate or an amount that make a compound noun with the verb before them (整治率, 办理量). */
const RATE_HEAD: Record<string, true> = { 率: true, 量: true };



/** A time phrase from a point on (从明年起, 自今年起, 从下月开始): the time of the sentence, never what is measured. */
const FROM_ON = /^[从自].{1,6}(?:起|开始)$/u;

/** A word of two characters or more closing on a noun of money (罚没款, 赔偿金, 补助费): the money, though taggers say v. */
const MONEY_WORD = /^\p{sc=Han}+[款金费]$/u;

/** Only linking words stand after \`tokens[i]\` up to the figure. */
function linksToFigure(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j++) if (!between(tokens[j])) return false;
  return true;
}

/** A sum of money right after the phrase, a hedge or a bound at most before it (621.4亿元, 不到3500元, 约三千万元). */
const SUM_AFTER = /^(?:不到|不足|超过|约|近|逾|达|为)?[\d.零〇一二两三四五六七八九十百千万亿]+[万亿]*元/u;

