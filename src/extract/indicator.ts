/**
 * The indicator of a quantity: the short noun phrase naming what is measured, read from the
 * segmenter's tagged tokens of the clause around the number.
 *
 * Example: "矛盾纠纷化解率97.78%" → 矛盾纠纷化解率 (the phrase just before a percent);
 * "11台无人机" → 无人机 (the noun after a measure word); "完成生命防护工程591公里" →
 * 生命防护工程 (before a unit, with the leading verb 完成 left out); "安排养老服务专项资金5.8亿元,同比增长
 * 15.2%" → 15.2% measures 养老服务专项资金, the subject of the figure it is compared with. Years and identifiers
 * have none. Offsets are UTF-16 code units, end-exclusive; the phrase is sliced from the
 * decoded text, the tokens are read from the same-length normalized view.
 *
 * The walks on either side of the figure are indicator-before.ts and indicator-after.ts; here: which
 * side is read first, the full phrase an anaphoric head (资金) takes up, the subject a change is
 * compared with, and the subject of a multiple read against a base ("GEP是GDP的3.1倍" → GEP, not GDP).
 */
import type { QuantityKind } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { isMarker, isPunct, isNominal, isNumeric, isVerb, PEOPLE_NOUN, BETWEEN, LINKING, PREDICATE_VERBS, CLAUSE_END, clauseStart, MAX_LENGTH, MEASURE_NOUN, TIME_FRAME } from './indicator-words.js';
import { RELATIVE_HAS, countedPastRelative, describedSet, endsVerbal, relativeHolders, relativeOpeningNoun } from './indicator-relatives.js';
import { before } from './indicator-before.js';
import { quotedBase } from './comparison-base.js';
import { AGENT_SUFFIX } from './leading-verbs.js';
import { after, nounAfter } from './indicator-after.js';
import { actionBefore } from './indicator-action.js';
import { matchUnit } from './units.js';
import { rateBefore } from './rate-before.js';
import { footnoteMarkAt } from '../structure/back-matter.js';
import { joinedBefore } from './wrapped-lines.js';
import { withTransfer } from './case-recipient.js';
import { INSTITUTION_WORD } from '../model/org-names.js';
import { sharedHead } from './shared-head.js';
import { qualifierBefore } from './quantity-reading.js';
import { besideControls } from './control-sequences.js';
import { perBaseOfGroup } from './age-groups.js';
import { documentHolders } from './document-holders.js';
import { perEachBase } from './per-each.js';
import { totalOfList } from './total-lists.js';

/** Which side to look at first for each kind; years and identifiers get no indicator. */
const SIDES: Record<QuantityKind, Array<'before' | 'after'>> = {
  percent: ['before', 'after'],
  percentage_point: ['before'],
  count: ['after', 'before'],
  quantity: ['before', 'after'],
  money: ['before', 'after'],
  year: [],
  other: [],
};

/** A word of discourse or an adverb read alone as a phrase (另 of 另有, 要, 还, 再): no indicator. */
const DISCOURSE = /^(?:另|另外|要|还|再|也|又|并|都|均|共|已|将|仍|尚|需|需要|就|才)$/u;

/** A coverb of joint action opening a phrase (会同州财政局研究, 联合市场监管局开展): an action with a partner, no noun phrase. */
const JOINT_ACTION = /^(?:会同|联合|协同|配合|会商)/u;

/** A holder and a verb of holding opening a phrase, with a noun still after it (卫生院共有|执业医师, 园区拥有|企业). */
const HOLDING = /^[^,。;:!?\n]+?(?:共有|拥有)(?!量|率|产权|者)(?=[\u4e00-\u9fff]{2})/u;

/** A qualifier written after a figure, read alone as a phrase (1200万元|左右). */
const POST_QUALIFIER = /^(?:左右|上下|以上|以下|以内|之内|有余|多|余)$/u;

/** 的标准 (补助标准) and a verb applying it after a figure of money (…20元的标准落实管护资金). */
const STANDARD_AFTER = /^的(?:补助|补贴|资助|奖补)?标准(?:落实|安排|拨付|发放|给予|下达|筹集|兑现|配套|保障|核定|补助|补贴)/u;

/** A time with 内 in its text (3个月内, 两年半内, 30分钟内; not 以内/之内, bounds of an amount): a deadline too. */
const WITHIN_END = /[^以之]内$/u;

/** An age bound looks after the figure first: 3岁以下婴幼儿. */
const AGE_SIDES: Array<'before' | 'after'> = ['after', 'before'];

/**
 * The indicator for the quantity at [start, end) of `pair` (qualifiers included, UTF-16),
 * or null when no noun phrase stands next to it.
 */
export function findIndicator(pair: TextPair, start: number, end: number, kind: QuantityKind, segmenter: Segmenter): string | null {
  const located = locate(pair, start, end, kind, segmenter);
  if (located === null || typeof located === 'string') return located;
  // "\u001b[1m整改率\u001b[0m达到96%": a control sequence parts words, never one of them (control-sequences.ts).
  const found = besideControls(pair.text, located[0], located[1], located[1] <= start);
  if (found === null) return null;
  if (found[0] !== located[0] || found[1] !== located[1]) return pair.text.slice(found[0], found[1]);
  // 增速高于…, …;支出621.4亿元: a bare head taken up from the subject before it is read with that subject's modifiers (shared-head.ts).
  return sharedHead(pair.text, pair.view, found, segmenter, (from) => subjectBefore(pair.view, from, segmenter, 2)) + pair.text.slice(found[0], found[1]);
}

/** The span of the indicator (or, across a wrapped line, its text) for the quantity at [start, end), or null. */
function locate(pair: TextPair, start: number, end: number, kind: QuantityKind, segmenter: Segmenter): [number, number] | string | null {
  // 维修养护资金⏎850万元: a line wrapped inside a paragraph right before the figure is layout; read as one line (wrapped-lines.ts).
  const joined = kind === 'year' || kind === 'other' ? null : joinedBefore(pair, start);
  if (joined) return findIndicator(joined.pair, start - joined.shift, end - joined.shift, kind, segmenter);
  // An age bound (3岁以下, 60周岁以上) qualifies the people written after it: 3岁以下婴幼儿.
  // 三个月内向区人大常委会报告: a deadline measures nothing (the locative may be glued to the next word).
  if (TIME_FRAME.test(pair.view.slice(end - 1, end + 1)) || WITHIN_END.test(pair.view.slice(Math.max(0, end - 3), end))) return null;
  // 保护区19个②; 培训3000人³: a footnote's mark after the figure is no word of the clause (structure/back-matter.ts).
  end += footnoteMarkAt(pair.view, end);
  const age = kind === 'quantity' && /岁/u.test(pair.view.slice(start, end));
  // GEP是GDP的3.1倍: the noun between 是/相当于 and 的 is the base of the multiple, the subject measures it.
  const based = baseSubject(pair.view, start, end, kind, segmenter, 2);
  if (based !== undefined) return based;
  // 转移支付10.3万亿元,占中央一般公共预算支出的72.5%: a share whose clause opens on 占 has no subject of its own (the noun
  // after 占 is its denominator); it is the share of the subject of the figure ending the clause before.
  const share = kind === 'percent' ? shareSubject(pair.view, start, segmenter) : null;
  if (share) return share;
  // 民生支出33.51亿元,|占比80.4%, 新能源装机3120万千瓦,|占31.6%: a share whose clause is only 占(比) is the share of the
  // subject of the figure before; so is a change of it in the clause after (…占比80.4%,|比上年提高1.6个百分点).
  const bare = kind === 'percent' ? bareShare(pair, start, segmenter) : kind === 'percentage_point' ? changeOfShare(pair, start, segmenter) : null;
  if (bare) return bare;
  // 按照每亩每年不低于20元|的标准落实|管护资金: a standard set by the figure and then applied names what it measures after
  // the verb applying it.
  if (kind === 'money') {
    const m = STANDARD_AFTER.exec(pair.view.slice(end, end + 12));
    const applied = m ? after(pair.view, end + m[0].length, segmenter) : null;
    // (…的标准给予|运营|补助: the word of payment closing the phrase is the noun paid, though taggers call it a verb.)
    const paid = applied ? PAID_AFTER.exec(pair.view.slice(applied[1], applied[1] + 3)) : null;
    if (applied && applied[0] === end + m![0].length) return paid ? [applied[0], applied[1] + paid[0].length] : applied;
  }
  // 撤销了38个|就业率低于60%的|专业: a relative clause with a figure of its own, closed by 的, stands between the measure word
  // and the noun counted; the count is of the noun after 的 (the rate before the figure is that figure's).
  if (kind === 'count') {
    const head = countedPastRelative(pair.view, end, segmenter);
    if (head) return head;
  }
  // 38个|就业率|低于60%的专业: the figure of such a relative clause measures the noun opening it, right after the count's
  // measure word (no phrase the count would claim: the count is of the noun after 的).
  if (kind !== 'count' && pair.view[end] === '的') {
    const noun = relativeOpeningNoun(pair.view, start);
    if (noun) return noun;
  }
  const sides = age ? AGE_SIDES : SIDES[kind];
  for (let s = 0; s < sides.length; s++) { // index loops here and below: most of a batch runs this code unoptimized
    let found = sides[s] === 'before' ? before(pair.view, start, segmenter) : after(pair.view, end, segmenter, age);
    // 用两到三年时间完成|42公里|老旧管网改造: a figure between a predicate verb and the noun glued after it measures that
    // object; the phrase before the verb is the clause's subject or its time (一般公共预算收入完成|52.7亿元, with none after, stays).
    if (found && sides[s] === 'before' && PREDICATE_VERBS.has(pair.view.slice(start - 2, start)) && found[1] <= start - 2) {
      const object = after(pair.view, end, segmenter, age);
      if (object && object[0] === end) found = object;
    }
    // 招聘具|有3年以上: a phrase whose end cuts the verb before the figure in two (the tagger's cut of the clause alone) is
    // no phrase of the sentence; the verb is the predicate, the figure is read on its other side.
    if (found && sides[s] === 'before' && cutsVerb(pair.view, found[1], start, segmenter)) found = null;
    // 另有|2亿多元资金, 今年要|保持…: a discourse word or an adverb alone (另, 要, 还) before the figure names nothing; the
    // noun after the figure may.
    if (found && sides[s] === 'before' && DISCOURSE.test(pair.view.slice(found[0], found[1]))) found = null;
    // 平均每个卫生院|16.9人: the noun after 每个 is the base of an average, never what is counted (per-each.ts carries that).
    if (found && sides[s] === 'before' && kind === 'count' && perEachBase(pair.view, found, start)) return null;
    // 乡镇卫生院共有|执业医师186人: a verb of holding inside the phrase parts the holder from what it holds; the figure counts
    // what is held (not 拥有量, a noun, nor 共有产权住房, co-owned).
    if (found && sides[s] === 'before') {
      const held = HOLDING.exec(pair.view.slice(found[0], found[1]));
      if (held) found = [found[0] + held[0].length, found[1]];
    }
    // 每千人口拥有|3岁以下婴幼儿托位数|3.1个: a held rate opening on an age group is named by its base and head (age-groups.ts).
    const perGroup = found && sides[s] === 'before' && kind === 'count' ? perBaseOfGroup(pair.view, found) : null;
    if (perGroup) return pair.text.slice(perGroup[0], perGroup[1]) + pair.text.slice(perGroup[2], found![1]);
    let span = found && sides[s] === 'before' ? antecedent(pair.view, found, segmenter) ?? found : found;
    if (span && sides[s] === 'before' && (kind === 'money' || kind === 'count')) span = withoutGiving(pair.view, span, end, segmenter);
    // 移送公安机关4起: cases handed to an institution are counted, not the institution (case-recipient.ts).
    if (span && sides[s] === 'before' && kind === 'count') span = withTransfer(pair.view, span, start, end, segmenter);
    // 委员会组成人员和代表共6人: 共 sums the whole list before it (total-lists.ts).
    if (span && sides[s] === 'before' && kind === 'count') span = totalOfList(pair.view, span, start, end, segmenter);
    // 暂扣安全生产许可证|2家: 家 counts the firms holding the document, named earlier in the sentence or not at all (document-holders.ts).
    const holders = span && sides[s] === 'before' && kind === 'count' ? documentHolders(pair.view, span, start, end) : null;
    if (holders !== null) return holders === false ? null : holders;
    // 纳入关爱服务的|有42.6万人: a phrase read up to 的 before 有 is the last word of a relative clause naming those counted
    // (服务 of 纳入关爱服务): the clause is read whole (…的有120名学生 has its noun after: found there first).
    // (全区已成立|业委会|的有139个: a plain noun closing the clause is what is counted, left as read.)
    if (span && kind === 'count' && sides[s] === 'before' && pair.view[span[1]] === '的' && RELATIVE_HAS.test(pair.view.slice(span[1], start)) && endsVerbal(pair.view, span, segmenter)) return relativeHolders(pair.view, start) ?? span;
    if (span) return span;
    // 其中实现“一网通办”的|有1709项, 其中评估为一级的|有6家: no phrase before 的 (a quote, a grade), yet the relative clause
    // describes those counted; it is read whole rather than leaving the count without one.
    if (kind === 'count' && sides[s] === 'before') {
      // (已完成治理的|有129个: a status of the set named before; status-carry.ts gives that set, 行政村.)
      const clause = describedSet(pair.view, start);
      if (clause) return clause;
    }
  }
  // 电梯智能阻车装置已加装|1260部, 主体工程已完成|75%: a status (已) and a verb of work done to a thing, right before the
  // figure, count that thing, the subject written before 已 (not money: 县财政已拨付|300万元 names the payer).
  if (kind === 'count' || kind === 'quantity' || kind === 'percent') {
    const done = patientBefore(pair.view, start, segmenter);
    if (done) return done;
  }
  // 利用率由五年前的不足五成|提高到七成以上, 报销周期由原来的平均45天缩短到…: both ends of a change from A to B measure the
  // subject written before 由/从, however the words between read (a time with its locative, an adjective of bound).
  const changed = changeSubject(pair.view, start, segmenter);
  if (changed && kind !== 'year' && kind !== 'other') return changed;
  // 城镇新增就业6235人, 带动就业2400余人: no noun names the people counted, the action that reached them does.
  const action = kind === 'count' ? actionBefore(pair.view, start, end, segmenter) : null;
  if (action) return action;
  // "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement whose own clause holds no noun
  // (only a year, 从, 增至) names its subject at the end of the clause before.
  if (kind === 'quantity' || kind === 'money') {
    let from = start;
    while (from > 0 && !CLAUSE_END[pair.view.charCodeAt(from - 1)]) from--;
    const own = segmenter.tag(pair.view.slice(from, start)).filter((t) => !isNumeric(t) && !isPunct(t.text));
    // 年内完成|退化湿地修复|1.2万亩: the work a predicate verb of the clause names, right up to the figure, is what is
    // measured, though taggers read it all as verbs and modifiers (退化/v 湿地/z 修复/v).
    const work = workAfterPredicate(pair.view, from, start, segmenter);
    if (work) return work;
    let span = from > 0 && pair.view[from - 1] === ',' && !own.some((t) => isNominal(t) && t.tag !== undefined) ? before(pair.view, from - 1, segmenter) : null;
    // 实施阅海湖、|鸣翠湖…工程: a phrase cut at a list's 、 is one member of the list, not what is measured.
    if (span && pair.view[span[0] - 1] === '、') span = null;
    // 将会同州财政局研究,|争取明年提高到…8000元: a coverb of joint action (会同, 联合, 协同) opens what is done with a partner,
    // an action, no subject the figure measures.
    if (span && JOINT_ACTION.test(pair.view.slice(span[0], span[1]))) span = null;
    // …需要1200万元|左右,目前到位约800万元: a qualifier closing the figure before is that figure's, no subject.
    if (span && POST_QUALIFIER.test(pair.view.slice(span[0], span[1]))) span = null;
    // …压缩至68个工作日,较2022年减少22个工作日: the clause before ends with a figure's unit, not a subject; …一块五毛钱左右测算,
    // 全年需要几百万元: a phrase opening on a numeral and its unit is a figure and its words (五毛钱左右测算), no subject either
    // (二靠县级配套 opens on a list marker: a phrase).
    if (span && !/[\d零〇一二两三四五六七八九十百千万亿][个名项]?$/u.test(pair.view.slice(0, span[0])) && !figureOpens(pair.view, span[0])) return span;
  }
  // 基层卫生人员占比偏低,仅为百分之三十八点六: a share whose own clause is only its linking words (仅为) measures the subject
  // of the clause before when that clause only judges it (偏低, 较高).
  if (kind === 'percent') {
    const judged = judgedSubject(pair.view, start, segmenter);
    if (judged) return judged;
  }
  const compared = comparedSubject(pair.view, start, segmenter, 2);
  return compared;
}

/**
 * Verbs of work done to a thing (built, fitted, rebuilt, recognised, connected): after 已 right before a figure, the figure
 * counts what the subject names (装置已加装1260部); a verb of doing to people or of paying (培训, 拨付) is not one.
 */
const DONE_TO = /(?:已经?|均已|已全部|现已)(?:完成|建成|建设|加装|安装|改造|改建|认定|配备|接入|开通|投用|铺设|整改|整治|修复|设立|验收)$/u;

/** The subject before 已 and a verb of work done, right before the figure at `start` (the phrase ends at 已), or null. */
function patientBefore(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  const m = DONE_TO.exec(view.slice(Math.max(0, start - 6), start));
  if (!m) return null;
  const at = start - m[0].length;
  const span = before(view, at, segmenter);
  if (!span || span[1] !== at) return null;
  // 医院已建成|186张, 企业已安装|300台, 居民已改造…: an institution or people before 已 did the work (the agent), they are
  // not what is counted; only a count of such places (服务中心已建成|12个) counts the subject.
  const subject = view.slice(span[0], span[1]);
  if ((AGENT.test(subject) || PEOPLE_NOUN.test(subject)) && !PLACES.test(view.slice(start, start + 8))) return null;
  return withModifyingVerb(view, span, segmenter);
}

/**
 * 定制|公交线路已开通41条: the subject before 已 opens its clause; a verb of two characters glued before it there, with only
 * a scope or a time before that verb, names the kind (定制公交线路), no predicate (the predicate is after 已).
 */
function withModifyingVerb(view: string, span: [number, number], segmenter: Segmenter): [number, number] {
  let from = span[0];
  while (from > 0 && span[0] - from < 8 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  const tokens = segmenter.tag(view.slice(from, span[0]));
  const k = tokens.length - 1;
  if (k < 0 || from + tokens[k].span[1] !== span[0] || tokens[k].text.length !== 2 || !isVerb(tokens[k]) || PREDICATE_VERBS.has(tokens[k].text)) return span;
  for (let j = 0; j < k; j++) if (tokens[j].tag !== 't' && !/^(?:全[市省县区]|我[市省县区]|目前|现在|其中)$/u.test(tokens[j].text)) return span;
  return [from + tokens[k].span[0], span[1]];
}
/** An institution word (organisations' lexicon, model/org-names.ts), a firm or a school, closing the subject: an agent. */
const AGENT = new RegExp(`(?:${INSTITUTION_WORD}|企业|学校|医院|单位|机构)$`, 'u');
/** A figure whose measure word counts places or bodies (12个, 3家, 5所, 2座, 4处). */
const PLACES = /^[\d.零〇一二两三四五六七八九十百千万亿余多]+[个家所座处]/u;

/**
 * The end of a phrase read before a figure (`at`) falls inside a verb of the sentence that runs up to the figure (`start`):
 * the clause tagged with the figure's first character (具有3 is tagged 具有, the clause cut before the figure 具|有).
 */
function cutsVerb(view: string, at: number, start: number, segmenter: Segmenter): boolean {
  if (at >= start || start - at > 3) return false;
  let from = at;
  while (from > 0 && at - from < 8 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  const tokens = segmenter.tag(view.slice(from, start + 1));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (from + t.span[0] < at && from + t.span[1] === start && isVerb(t)) return true;
  }
  return false;
}

/** 由 or 从 opening the change, then what stands between it and the figure (no clause break), then the figure. */
const CHANGE_FROM = /[由从]([^,。;:!?()\n由从]{0,16})$/u;
/** A verb of change reaching its end (提高到, 缩短到, 扩大至, 降至, 增至, 变为): the figure after it is the change's end. */
const CHANGE_TO = /(?:提高|提升|增长|增加|扩大|缩短|压缩|降低|下降|减少|上升|缩小|延长|增|降|减|升|变|调整)(?:到|至|为)$/u;

/**
 * The subject of a change from A to B ("X由A提高到B"), for the figure at `start` (A or B): the phrase ending right at
 * 由/从, when the stretch after it holds a figure of change and its verb reaching B (for B) or only A's words (for A: the
 * verb of change follows the figure in the clause).
 */
function changeSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  const m = CHANGE_FROM.exec(view.slice(Math.max(0, start - 17), start));
  if (!m) return null;
  const at = start - m[0].length;
  const isEnd = CHANGE_TO.test(m[1]);
  if (!isEnd) {
    // A: the verb of change reaching B follows in the same clause.
    let end = start;
    while (end < view.length && end - start < 24 && !CLAUSE_END[view.charCodeAt(end)]) end++;
    if (!/(?:提高|提升|增长|增加|扩大|缩短|压缩|降低|下降|减少|上升|缩小|延长|增|降|减|升|变|调整)(?:到|至|为)/u.test(view.slice(start, end))) return null;
  }
  const span = before(view, at, segmenter);
  return span && span[1] === at ? span : null;
}

/** An evaluation closing a clause: the subject is judged low or high, with no figure of its own (占比偏低, 比例较高). */
const JUDGED = /(?:偏低|偏高|较低|较高|过低|过高|不高|不足|很低|很高)$/u;

/** The subject of a judging clause right before the figure's clause, when that clause holds only linking words (,仅为|38.6%). */
function judgedSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',') return null;
  const own = segmenter.tag(view.slice(from, start)).filter((t) => !isPunct(t.text));
  if (!own.length || !own.every((t) => LINKING.has(t.text) || BETWEEN.has(t.text) || /^(?:仅为|只有|仅有|约为|还不到|不到)$/u.test(t.text))) return null;
  const m = JUDGED.exec(view.slice(Math.max(0, from - 3), from - 1));
  if (!m) return null;
  const at = from - 1 - m[0].length;
  const span = before(view, at, segmenter);
  return span && span[1] === at ? span : null;
}

/**
 * The words between a predicate verb of the clause (完成, 实施) and the figure at `start`, when they are two characters or
 * more with no figure or punctuation among them and hold a modifier (湿地/z) or noun, as the verb's object: 年内完成|
 * 退化湿地修复|1.2万亩 → 退化湿地修复. `from` is the clause's start. Else null.
 */
function workAfterPredicate(view: string, from: number, start: number, segmenter: Segmenter): [number, number] | null {
  const tokens = segmenter.tag(view.slice(from, start));
  let k = tokens.length - 1;
  while (k >= 0 && !WORK_VERBS.has(tokens[k].text)) k--;
  if (k < 0 || k === tokens.length - 1) return null;
  const rest = tokens.slice(k + 1);
  // Only words of a noun phrase of work (nouns, verbs, modifiers): a particle, locative, pronoun or adverb (改造|后的小区过,
  // 落实…补助|每月) makes it a clause.
  if (rest.some((t) => !t.tag || !/^(?:n|nz|ns|vn|v|z|b|j)$/.test(t.tag)) || !rest.some((t) => /^[nzb]/.test(t.tag ?? ''))) return null;
  const at = from + rest[0].span[0];
  return start - at >= 2 && start - at <= MAX_LENGTH ? [at, start] : null;
}

/** Verbs of completing work whose object is the work a figure measures (完成|退化湿地修复|1.2万亩). */
const WORK_VERBS = new Set(['完成', '实施', '累计完成', '新完成']);

/** A numeral at `at` with a unit right after it (五毛钱, 3个): a figure opens there. */
function figureOpens(view: string, at: number): boolean {
  const m = /^[\d零〇一二两三四五六七八九十百千万亿.]+/u.exec(view.slice(at, at + 12));
  return m !== null && matchUnit(view, at + m[0].length) !== null;
}

/**
 * Verbs of giving and paying: what the figure is given as, never what it measures (对困难群众给予|500元救助,
 * 向企业发放|200万元奖励资金, 县财政拨付|30万元); 转移支付 (a transfer payment) is a noun, its 支付 no verb.
 */
const GIVING_VERBS = '(?:给予|发放|安排|拨付|下达|(?<!转移)支付|划拨|兑付|兑现|发给)';
const GIVING = new RegExp(`${GIVING_VERBS}$`, 'u');
/** Nouns of payment that are verbs too: a verb only after the recipient a coverb names (对企业奖励|50万元, 向农户补贴|200元). */
const PAYING = /(?:奖励|补贴|补助|奖补|资助)$/u;
/** A word of payment alone after the figure, closing its clause (30万元|补助。). */
const PAID_AFTER = /^(?:奖励|补贴|补助|奖补|资助|救助)(?=[,。;:!?\n]|$)/u;
/**
 * A coverb naming a recipient (对, 向, 给) and the recipient's modifiers, in the clause before the phrase. Not 为: it
 * closes verbs more often than it names a recipient (调整为|基础补贴5万元: 补贴 is the noun).
 */
const RECIPIENT = /[对向给][^,。;:!?、\n]{0,12}$/u;
/** A verb of giving anywhere in a stretch of text (给予一次性|交通补助: 补助 is then the noun given). */
const GIVING_IN = new RegExp(GIVING_VERBS, 'u');

/** The recipient of the payment is named before `at` (对|考核优秀的服务站|奖励), and no other verb gives to it. */
function recipientBefore(view: string, at: number): boolean {
  const m = RECIPIENT.exec(view.slice(Math.max(0, at - 13), at));
  return m !== null && !GIVING_IN.test(m[0]);
}

/**
 * An indicator read before a money or count figure that ends on a verb of giving or paying names the giver or
 * recipient and the act (困难群众给予), not what is measured: the noun written after the figure in its clause
 * (500元|救助, 每餐3元|补贴, 200万元|奖励资金) is the indicator; else the phrase without the verb, or none.
 * `end` is the figure's end (UTF-16, end-exclusive).
 */
function withoutGiving(view: string, span: [number, number], end: number, segmenter: Segmenter): [number, number] | null {
  const phrase = view.slice(span[0], span[1]);
  // 奖励/补贴/补助 are verbs only after the recipient the coverb names, right before them (对|服务站奖励); alone they are the
  // noun given (给予一次性|奖补6000元).
  const giving = GIVING.exec(phrase) ?? (phrase.length > 2 && recipientBefore(view, span[0]) ? PAYING.exec(phrase) : null);
  if (!giving) return span;
  // 500元|的|生活补贴: the figure modifies the noun through 的.
  const noun = after(view, view[end] === '的' ? end + 1 : end, segmenter);
  if (noun) return noun;
  // 30万元|补助。: the word of payment closing the clause is the noun paid, though taggers call 补助 a verb.
  const paid = PAID_AFTER.exec(view.slice(end, end + 3));
  if (paid) return [end, end + paid[0].length];
  const cut = span[0] + giving.index;
  if (cut <= span[0]) return null;
  const rest = segmenter.tag(view.slice(span[0], cut));
  return rest.some(isNominal) ? [span[0], cut] : null;
}

/** Where a sentence ends, for the look back of an anaphoric head: 。;!? and line breaks (not the comma). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。;!?\n') SENTENCE_END[c.charCodeAt(0)] = 1;
/** How far back (code units) an anaphoric head looks for its full phrase. */
const ANTECEDENT_REACH = 60;

/** A figure in a clause (digits, or a Chinese numeral and a measure word): the phrase before has a figure of its own. */
const CLAUSE_FIGURE = /\d|[一二两三四五六七八九十百千万亿][个家名项件元人次所座条户处]/u;

/**
 * "落实县级农村供水工程维修养护资金,今年安排资金300万元": a bare generic head of one or two characters (资金,
 * 经费, 案件) before a figure takes up the full noun phrase ending in the same head earlier in the sentence,
 * which names what is measured. Only a phrase that ends there (the head is its last word: 资金|投入 may
 * follow, not 资金投入 nor 问题|专项排查) and has no figure of its own in its clause (全市A级旅游景区达到57家,
 * 其中5A级景区2家: two counts); never for a head modified in place (无证经营的|商家87家). In the phrase
 * found, a verb opening its object ends the modifiers before it (…纳入|老旧小区 → 老旧小区), and a phrase
 * still opened by a verb is no noun phrase (加大|资金). `span` is the head found before the figure.
 */
function antecedent(view: string, span: [number, number], segmenter: Segmenter): [number, number] | null {
  if (span[1] - span[0] > 2 || view[span[0] - 1] === '的') return null;
  const head = view.slice(span[0], span[1]);
  // 今年计划招聘|教师800名: a verb of the figure's own clause right before the head, not one of its predicate verbs
  // (安排|资金, 投入|资金 arrange what the sentence named before), names what is counted there: the own clause first.
  const own = span[0] >= 2 ? segmenter.tag(view.slice(span[0] - 2, span[1]))[0] : undefined;
  if (own && own.text.length === 2 && isVerb(own) && !PREDICATE_VERBS.has(own.text) && !MEASURE_NOUN.test(head)) return null;
  let from = span[0];
  while (from > 0 && span[0] - from < ANTECEDENT_REACH && !SENTENCE_END[view.charCodeAt(from - 1)]) from--;
  const at = view.lastIndexOf(head, span[0] - 1);
  const end = at + head.length;
  if (at <= from || end > span[0]) return null;
  let clauseEnd = end;
  while (clauseEnd < span[0] && !CLAUSE_END[view.charCodeAt(clauseEnd)]) clauseEnd++;
  if (CLAUSE_FIGURE.test(view.slice(end, clauseEnd))) return null;
  const full = before(view, end, segmenter);
  // 城关、|石桥两镇老旧管网: a phrase cut at a list's 、 is one member of the list, not what is measured.
  if (!full || full[1] !== end || full[1] - full[0] <= head.length || view[full[0] - 1] === '、') return null;
  // Tagged from the clause start (taggers cut a phrase alone otherwise): the head must end the last word, whole
  // (专项资金 holds 资金; in 入|职奖|补 no word holds 奖补).
  let base = full[0];
  while (base > 0 && full[0] - base < MAX_LENGTH && !CLAUSE_END[view.charCodeAt(base - 1)]) base--;
  const all = segmenter.tag(view.slice(base, Math.min(clauseEnd, end + 6)));
  const at0 = all.findIndex((t) => base + t.span[0] === full[0]);
  const tokens = at0 < 0 ? [] : all.slice(at0).map((t) => ({ ...t, span: [t.span[0] + base - full[0], t.span[1] + base - full[0]] as [number, number] }));
  const last = tokens.findIndex((t) => full[0] + t.span[1] === end);
  if (last < 0 || full[0] + tokens[last].span[0] > at || (tokens[last + 1] && nounAfter(tokens[last + 1]))) return null;
  // …设施|纳入|老旧小区: the object of a verb after a noun or verb (a clause: subject, verb, object), the verb neither
  // in a run of verbs nor right before the head; after a distinguishing word it is a modifier (县级|互助|幸福院).
  let first = 0;
  for (let k = 1; k < last - 1; k++) if (isVerb(tokens[k]) && !isVerb(tokens[k + 1]) && /^[nv]/.test(tokens[k - 1].tag ?? '')) first = k + 1;
  // (保育|师|职业技能培训: a verb glued to a suffix of agents is a trade's noun, not a verb opening a clause: leading-verbs.ts.)
  if (isVerb(tokens[first]) && !(first + 1 < last && isVerb(tokens[first + 1])) && !(first + 1 < last && AGENT_SUFFIX.test(tokens[first + 1].text) && tokens[first].span[1] === tokens[first + 1].span[0])) return null;
  // 按照省定标准|补充|教师, …今年计划招聘教师800名: a noun, a verb, then a head that is no noun of measure or funds is a
  // clause (subject, verb, object), not a noun phrase; the figure's own clause names what it counts (招聘教师 → 教师).
  // (维修|养护|资金, 劝导站|补助|资金: verbs before a noun of funds name what it pays for, a phrase.)
  if (last >= 2 && isVerb(tokens[last - 1]) && !isVerb(tokens[last - 2]) && isNominal(tokens[last - 2]) && !MEASURE_NOUN.test(head)) return null;
  return [full[0] + tokens[first].span[0], end];
}

/**
 * A clause of change with no noun of its own: 同比增长, 较上年增加, 增长 (the change figure follows); a conjunction may
 * open it (发案数同比上升12.4%,但环比下降8.7%: the chain goes on with the same subject).
 */
const CHANGE_CLAUSE = /^(?:但是?|而|却|并)?(?:已经?|现已)?(?:(?:同比|环比|较|比)(?:“[^“”]{1,6}”)?[^,。;:“”]{0,6}?)?(?:压减至|压减到|减至|降至|增至|增长|增加|上升|提高|提升|上涨|下降|减少|降低|回落|下跌|缩短|压缩|延长|扩大|缩小|高出|低出|多出|少出|低|高|多|少|增幅为?|降幅为?)(?:了|约|近|达)?$/u;
/**
 * The figure ending a clause (5.8亿元, 120万元, 93%, 百分之八十六): its numeral and a unit of at most six characters; after
 * digits a unit may open on 千, 百 or 万 (42.7亿千瓦时, 3万千瓦), which is no numeral there.
 */
const FIGURE_ENDING = /(?:\d+(?:,\d{3}(?!\d))*(?:\.\d+)?(?:万亿|[万亿])?(?:[千百万](?=[^\d零〇一二两三四五六七八九十百千万亿,。;:]))?|(?:[百千万]分之)?[零〇一二两三四五六七八九十百千万亿]+)(?:[^\d零〇一二两三四五六七八九十百千万亿,。;:]{0,6}|个?百分点[^\d,。;:]{0,2})$/u;

/** Hedges written right before a figure (约, 近, 逾): its qualifier (quantity-reading.ts), never the subject's. */
const HEDGE = new Uint8Array(0x10000);
for (const c of '约近逾') HEDGE[c.charCodeAt(0)] = 1;

/**
 * A share of a reference before its figure ("完成年度目标的83.4%", "占全年任务的76%"): the reference names the
 * denominator, not the subject a change after it is compared with.
 */
const SHARE_OF = /^(?:完成|占|达到|达|相当于)[^\d,。;:]{1,12}的$/u;

/**
 * "安排养老服务专项资金5.8亿元,同比增长15.2%": a change whose own clause is only the comparison
 * measures the subject of the figure ending the clause before (养老服务专项资金); through one more
 * such clause at most ("…资金520万元,较上年增加120万元,增长30%"). `depth` bounds the walk back.
 */
function comparedSubject(view: string, start: number, segmenter: Segmenter, depth: number): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  from = quotedBase(view, from);
  if (from === 0 || view[from - 1] !== ',' || !CHANGE_CLAUSE.test(view.slice(from, start).trim())) return null;
  return subjectBefore(view, from, segmenter, depth);
}

/**
 * The subject of the figure ending the clause before `from` (a clause's start after a comma). A share of a reference
 * is passed over: "一般公共预算收入完成9.86亿元,完成年度目标的83.4%,同比增长5.2%" — 5.2% measures the revenue, the
 * subject of the clause before the share, not 年度目标.
 */
function subjectBefore(view: string, from: number, segmenter: Segmenter, depth: number): [number, number] | null {
  // (法律援助案件1,235件,同比上升12.3%: the comma inside the figure separates thousands, it ends no clause)
  const prev = clauseStart(view, from - 1);
  const figure = FIGURE_ENDING.exec(view.slice(prev, from - 1));
  if (!figure) return null;
  // 个人缴费标准为每人每年|380元,比上年提高30元: the denominator before the figure is the figure's own (rate-before.ts),
  // never a subject; the subject stands before it.
  const per = rateBefore(view, prev + figure.index, true);
  let at = per && per.between === null && per.start >= prev ? per.start : prev + figure.index;
  // 老年人口约|11.3万人: a hedge before the figure is the figure's qualifier, no part of the subject.
  // 去向落实率接近|九成: a qualifier of two characters or more (接近, 不到, 超过) is the figure's too, no end of the subject.
  const bound = at > prev ? qualifierBefore(view, at) : undefined;
  if (bound && at - bound.length >= prev) at -= bound.length;
  while (at > prev && HEDGE[view.charCodeAt(at - 1)]) at--;
  const based = baseSubject(view, at, from - 1, 'percent', segmenter, depth);
  if (based !== undefined) return based;
  if (SHARE_OF.test(view.slice(prev, at))) return prev > 0 && view[prev - 1] === ',' ? subjectBefore(view, prev, segmenter, depth) : null;
  const span = before(view, at, segmenter);
  // 申请司法确认的有1,906件,占比43.6%: the count's subject is the relative clause before 的有, read whole as the count reads it.
  if (span && view[span[1]] === '的' && RELATIVE_HAS.test(view.slice(span[1], at)) && endsVerbal(view, span, segmenter)) return relativeHolders(view, at) ?? span;
  return span ?? (depth > 1 ? comparedSubject(view, at, segmenter, depth - 1) : null);
}

/** A clause that is only the word of a share and its linking words (占比为, 约占, 占): the figure after it is a share. */
const BARE_SHARE = /^(?:约|仅|只|共|分别)?占比?(?:为|约为|达到|达|是)?$/u;

/**
 * The indicator of a share whose clause is only 占(比) ("民生支出33.51亿元,占比80.4%" → 民生支出占比): the subject of the
 * figure ending the clause before, with 占比 (the share of it), sliced from the decoded text; else null.
 */
function bareShare(pair: TextPair, start: number, segmenter: Segmenter): string | null {
  const view = pair.view;
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !BARE_SHARE.test(view.slice(from, start))) return null;
  const subject = subjectBefore(view, from, segmenter, 1);
  return subject ? pair.text.slice(subject[0], subject[1]) + '占比' : null;
}

/** A change in points whose clause is only the comparison, after a bare share ("…,占比80.4%,比上年提高1.6个百分点"): the share's indicator. */
function changeOfShare(pair: TextPair, start: number, segmenter: Segmenter): string | null {
  const view = pair.view;
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !CHANGE_CLAUSE.test(view.slice(from, start).trim())) return null;
  let prev = from - 1;
  while (prev > 0 && !CLAUSE_END[view.charCodeAt(prev - 1)]) prev--;
  const figure = /[约近逾]?\d+(?:\.\d+)?%$/u.exec(view.slice(prev, from - 1));
  return figure ? bareShare(pair, prev + figure.index, segmenter) : null;
}

/** A clause that is only a share of a whole: 占|X|的 (约占, 仅占 too), the figure after it. */
const SHARE_CLAUSE = /^(?:约|仅|只|共|分别)?占[^\d,。;:!?()、\n]{1,16}的$/u;

/** The subject of a share whose clause opens on 占 (",占X的72.5%"): the subject of the figure ending the clause before, or null. */
function shareSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !SHARE_CLAUSE.test(view.slice(from, start))) return null;
  return subjectBefore(view, from, segmenter, 1);
}

/**
 * A multiple or share read against a base ("GEP是GDP的3.1倍", "相当于全国平均水平的1.2倍"): 是/相当于, the base, 的, the
 * figure. The base is what the figure is compared with, never what it measures.
 */
const BASE_OF = /(?:是|相当于)([^\d,。;:!?()、\n的是]{1,12})的$/u;

/**
 * The subject of a figure read against a base (`start`, `end`: the figure, UTF-16): the phrase before 是/相当于 in its
 * clause, else the subject of the figure ending the clause before ("总值为5024.5亿元,是GDP的3.1倍"), else none; undefined
 * when the figure has no base (only multiples 倍 and percents are read so: 是农村的3000户 names whose households).
 */
function baseSubject(view: string, start: number, end: number, kind: QuantityKind, segmenter: Segmenter, depth: number): [number, number] | null | undefined {
  if (kind !== 'percent' && !(kind === 'quantity' && view.slice(start, end).includes('倍'))) return undefined;
  const m = BASE_OF.exec(view.slice(Math.max(0, start - 16), start));
  if (!m) return undefined;
  const at = start - m[0].length;
  // 三是|统筹福彩公益金的55%: 是 closing a list marker (indicator-words.ts) links no subject to a base.
  if (isMarker(view.slice(at - 1, at + 1))) return undefined;
  let from = at;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from < at) {
    const span = before(view, at, segmenter);
    return span && span[1] === at ? span : null;
  }
  return from > 0 && view[from - 1] === ',' && depth > 0 ? subjectBefore(view, from, segmenter, depth - 1) : null;
}
