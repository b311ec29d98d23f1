/**
 * A share whose own clause names no subject: ",占中央一般公共预算支出的72.5%" and ",占比80.4%" are shares of the subject
 * of the figure ending the clause before ("转移支付10.3万亿元,占…的72.5%" → 转移支付; "民生支出33.51亿元,占比80.4%" →
 * 民生支出占比), and so is a change of it after ("…,占比80.4%,比上年提高1.6个百分点"). Offsets are UTF-16 code units into
 * the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { CLAUSE_END } from './indicator-words.js';
import { CHANGE_CLAUSE, subjectBefore } from './indicator-compared.js';

/** A clause that is only the word of a share and its linking words (占比为, 约占, 占): the figure after it is a share. */
const BARE_SHARE = /^(?:约|仅|只|共|分别)?占比?(?:为|约为|达到|达|是)?$/u;

/**
 * The indicator of a share whose clause is only 占(比) ("民生支出33.51亿元,占比80.4%" → 民生支出占比): the subject of the
 * figure ending the clause before, with 占比 (the share of it), sliced from the decoded text; else null.
 */
export function bareShare(pair: TextPair, start: number, segmenter: Segmenter): string | null {
  const view = pair.view;
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !BARE_SHARE.test(view.slice(from, start))) return null;
  const subject = subjectBefore(view, from, segmenter, 1);
  return subject ? pair.text.slice(subject[0], subject[1]) + '占比' : null;
}

/** A change in points whose clause is only the comparison, after a bare share ("…,占比80.4%,比上年提高1.6个百分点"): the share's indicator. */
export function changeOfShare(pair: TextPair, start: number, segmenter: Segmenter): string | null {
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
export function shareSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !SHARE_CLAUSE.test(view.slice(from, start))) return null;
  return subjectBefore(view, from, segmenter, 1);
}
