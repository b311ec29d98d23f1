/**
 * Relative clauses around a count (the grammar of 的): who a count is of when a clause describes them, and which noun a
 * figure inside such a clause measures.
 *
 * Example: "纳入关爱服务的有42.6万人" → 纳入关爱服务 (the clause before 的有 describes those counted); "其中实现“一网通办”的有
 * 1709项" → 实现“一网通办”; "撤销了38个就业率低于60%的专业" → 38个 counts 专业 (the noun after 的), 低于60% measures 就业率
 * (the noun opening the clause). Offsets are UTF-16 code units into the normalized view, end-exclusive. Used by indicator.ts.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { CLAUSE_END, MAX_LENGTH, MEASURE_NOUN, SCOPE_WORDS } from './indicator-words.js';
import { after } from './indicator-after.js';

/** 的 and a verb of being or holding right before a count (…的有, …的共有, …的达): the count is of those the clause before 的 describes. */
export const RELATIVE_HAS = /^的(?:共有|有|达|为)$/u;
/** A scope or a time opening the clause (全市, 目前, 其中), no part of the description. */
const OPENING_SCOPE = new RegExp(`^(?:${SCOPE_WORDS}|,)+`, 'u');

/** The phrase ends on a verb or a verbal noun (关爱|服务/vn, 正常|运转/v): an action describes those counted, no noun names them. */
export function endsVerbal(view: string, span: [number, number], segmenter: Segmenter): boolean {
  const tokens = segmenter.tag(view.slice(span[0], span[1]));
  const last = tokens[tokens.length - 1];
  return last !== undefined && /^(?:v|vn|vd)$/u.test(last.tag ?? '');
}

/** A threshold or a grade inside a relative clause: 超10亿元, 超过15年, 60岁以上, 为一级 (removed before looking for a figure). */
const QUOTES = '“”‘’';
/** A quoted name (“一网通办”): its characters are words, never a figure. */
const QUOTED = /“[^“”]*”|‘[^‘’]*’/gu;
const THRESHOLD = /(?:超过|超|不足|不到|低于|高于|达到|在)?[\d.]+(?:[万亿]?元|年|岁|个月|天|%)(?:以上|以下)?|为[一二三四五]级|[一二三四五]星级/gu;

/** The relative clause of "纳入关爱服务的有42.6万人" (纳入关爱服务), from its clause's start (scope words left out), or null. */
export function relativeHolders(view: string, start: number, bounds = false): [number, number] | null {
  const end = view.lastIndexOf('的', start - 1);
  if (end < 0 || !RELATIVE_HAS.test(view.slice(end, start))) return null;
  let from = end;
  // (`bounds`: a quoted name inside is part of the clause, 实现“一网通办”的)
  const stops = (at: number) => CLAUSE_END[view.charCodeAt(at)] === 1 && !(bounds && QUOTES.includes(view[at]));
  while (from > 0 && end - from < MAX_LENGTH && !stops(from - 1)) from--;
  if (from > 0 && !stops(from - 1)) return null; // longer than a noun phrase: no description of people
  const scope = OPENING_SCOPE.exec(view.slice(from, end));
  if (scope) from += scope[0].length;
  // 已完成治理的有129个, 正在施工的有45台: the aspect or the modal opening the clause says when, not who (完成治理, 施工).
  const aspect = /^(?:已经|已|正在|需要|需)/u.exec(view.slice(from, end));
  if (aspect && end - from - aspect[0].length >= 2) from += aspect[0].length;
  // A figure inside is another figure's (…的3个村中有…); two characters at least, no figure. (`bounds`: a threshold that
  // marks out those counted, 营收超10亿元的, 使用超过15年的, 60岁以上的, or a grade, 评估为一级的, is part of the description.)
  const inside = view.slice(from, end);
  const figure = bounds ? /[\d零一二两三四五六七八九十百千万亿]/u.test(inside.replace(THRESHOLD, '').replace(QUOTED, '')) : /[\d零一二两三四五六七八九十百千万亿]/u.test(inside);
  return end - from >= 2 && !figure ? [from, end] : null;
}

/**
 * After a count, a relative clause holding a figure and closed by 的 (就业率低于60%的, 平均用时超过3天的): a noun of measure
 * (MEASURE_NOUN, group 1), a bound word maybe, the figure and its unit, 的. No punctuation inside.
 */
const RELATIVE_WITH_FIGURE = /^([\u4e00-\u9fff]{1,8}?)(?:低于|高于|超过|不足|不到|达到|在|为)?[\d.]+(?:%|‰|[\u4e00-\u9fff]{1,3}?)(?:以上|以下)?的/u;

/** A count's numeral and measure word, then the noun a relative clause opens with, right before its figure (38个|就业率). */
const COUNT_THEN_NOUN = /[\d零一二两三四五六七八九十百千万]+[个项家所座条名位户]([\u4e00-\u9fff]{2,8})$/u;

/** The noun counted past a relative clause with a figure of its own (撤销了38个|就业率低于60%的|专业), from the count's end. */
export function countedPastRelative(view: string, end: number, segmenter: Segmenter): [number, number] | null {
  const m = RELATIVE_WITH_FIGURE.exec(view.slice(end, end + 24));
  // (有3家企业超过80%的警戒线: 企业 is counted and 超过 its predicate; a property measured opens a relative clause: 就业率.)
  const head = m && MEASURE_NOUN.test(m[1]) ? after(view, end + m[0].length, segmenter) : null;
  return head && head[0] === end + m![0].length ? head : null;
}

/** The noun opening a relative clause right after a count's measure word (38个|就业率|低于60%的), which the clause's figure measures. */
export function relativeOpeningNoun(view: string, start: number): [number, number] | null {
  const m = COUNT_THEN_NOUN.exec(view.slice(Math.max(0, start - 12), start));
  return m ? [start - m[1].length, start] : null;
}

/**
 * A relative clause before 的有 read whole (其中评估为一级的|有6家), thresholds and quoted names inside it; none after 已 or 已经
 * (已完成治理的|有129个: a status of the set named before, which status-carry.ts gives).
 */
export function describedSet(view: string, start: number): [number, number] | null {
  const clause = relativeHolders(view, start, true);
  if (!clause) return null;
  const before = view.slice(Math.max(0, clause[0] - 2), clause[0]);
  return /已$/u.test(before) || /已经$/u.test(before) ? null : clause;
}
