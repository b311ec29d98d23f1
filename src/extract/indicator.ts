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
 * The walks on either side of the figure are indicator-before.ts and indicator-after.ts; here: which side is read first and
 * what the phrase read there yields to. The other readings each have their module: the full phrase an anaphoric head
 * (资金) takes up (indicator-antecedent.ts), the subject a change or a multiple is compared with (indicator-compared.ts,
 * "GEP是GDP的3.1倍" → GEP, not GDP), shares with no subject of their own (indicator-shares.ts), figures given or paid
 * (indicator-giving.ts), the thing work was done to (indicator-patient.ts), both ends of a change from A to B
 * (indicator-change.ts), and the subject in the clause before (indicator-clause-before.ts).
 */
import type { QuantityKind } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { isVerb, PREDICATE_VERBS, CLAUSE_END, TIME_FRAME } from './indicator-words.js';
import { RELATIVE_HAS, countedPastRelative, describedSet, endsVerbal, relativeHolders, relativeOpeningNoun } from './indicator-relatives.js';
import { before } from './indicator-before.js';
import { after } from './indicator-after.js';
import { actionBefore } from './indicator-action.js';
import { antecedent } from './indicator-antecedent.js';
import { baseSubject, comparedSubject, subjectBefore } from './indicator-compared.js';
import { bareShare, changeOfShare, shareSubject } from './indicator-shares.js';
import { appliedStandard, withoutGiving } from './indicator-giving.js';
import { patientBefore } from './indicator-patient.js';
import { changeSubject } from './indicator-change.js';
import { clauseBeforeSubject, judgedSubject } from './indicator-clause-before.js';
import { beforeCoverb, predicateWords } from './indicator-coverbs.js';
import { footnoteMarkAt } from '../structure/back-matter.js';
import { joinedBefore } from './wrapped-lines.js';
import { withTransfer } from './case-recipient.js';
import { sharedHead } from './shared-head.js';
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

/** A holder and a verb of holding opening a phrase, with a noun still after it (卫生院共有|执业医师, 园区拥有|企业). */
const HOLDING = /^[^,。;:!?\n]+?(?:共有|拥有)(?!量|率|产权|者)(?=[\u4e00-\u9fff]{2})/u;

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
  // the verb applying it (indicator-giving.ts).
  if (kind === 'money') {
    const applied = appliedStandard(pair.view, end, segmenter);
    if (applied) return applied;
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
    // 年底|前要|完成30个, 先建|10个: a modal glued to a time's locative, an adverb glued to a verb: words of the predicate.
    if (found && sides[s] === 'before' && predicateWords(pair.view.slice(found[0], found[1]), segmenter)) found = null;
    // 专项资金|由县财政安排|200万元: a coverb's object is who acts; the subject before the coverb is what is measured, or none
    // (indicator-coverbs.ts).
    if (found && sides[s] === 'before') {
      const subject = beforeCoverb(pair.view, found, start, segmenter);
      if (subject !== undefined) found = subject;
    }
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
  // "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement whose own clause holds no noun names its subject at the
  // end of the clause before (indicator-clause-before.ts).
  if (kind === 'quantity' || kind === 'money') {
    const subject = clauseBeforeSubject(pair.view, start, segmenter);
    if (subject) return subject;
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
