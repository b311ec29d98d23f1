/**
 * The subject a figure is compared with or read against: a change whose clause is only the comparison measures the subject
 * of the figure before ("安排养老服务专项资金5.8亿元,同比增长15.2%" → 养老服务专项资金), and a multiple or share read
 * against a base measures the subject, not the base ("GEP是GDP的3.1倍" → GEP). Offsets are UTF-16 code units into the
 * normalized view, 0-based, end-exclusive.
 */
import type { QuantityKind } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import { isMarker, CLAUSE_END, clauseStart } from './indicator-words.js';
import { RELATIVE_HAS, endsVerbal, relativeHolders } from './indicator-relatives.js';
import { before } from './indicator-before.js';
import { quotedBase } from './comparison-base.js';
import { rateBefore } from './rate-before.js';
import { qualifierBefore } from './quantity-reading.js';

/**
 * A clause of change with no noun of its own: 同比增长, 较上年增加, 增长 (the change figure follows); a conjunction may
 * open it (发案数同比上升12.4%,但环比下降8.7%: the chain goes on with the same subject).
 */
export const CHANGE_CLAUSE = /^(?:但是?|而|却|并)?(?:已经?|现已)?(?:(?:同比|环比|较|比)(?:“[^“”]{1,6}”)?[^,。;:“”]{0,6}?)?(?:压减至|压减到|减至|降至|增至|增长|增加|上升|提高|提升|上涨|下降|减少|降低|回落|下跌|缩短|压缩|延长|扩大|缩小|高出|低出|多出|少出|低|高|多|少|增幅为?|降幅为?)(?:了|约|近|达)?$/u;
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
export function comparedSubject(view: string, start: number, segmenter: Segmenter, depth: number): [number, number] | null {
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
export function subjectBefore(view: string, from: number, segmenter: Segmenter, depth: number): [number, number] | null {
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
export function baseSubject(view: string, start: number, end: number, kind: QuantityKind, segmenter: Segmenter, depth: number): [number, number] | null | undefined {
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
