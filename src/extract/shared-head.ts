/**
 * A bare head that takes up a subject named before it: a rate of growth opening its clause (增速, 增幅) is the growth of
 * the subject of the figure before it, and one of a coordinated pair (收入…;支出…) shares the modifiers of the other.
 *
 * Example: "中央财政科技支出今年达到3280.2亿元,比上年增长7.2%,增速高于一般公共预算支出2.1个百分点" → 2.1个百分点 measures
 * 中央财政科技支出增速, not 增速; "统筹基金收入698.3亿元,同比增长6.2%;支出621.4亿元" → 621.4亿元 measures 统筹基金支出.
 * The indicator is then the subject's modifiers and the head, read from two places of the text. Offsets are UTF-16 code
 * units, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { CLAUSE_END, GROWTH, PAIRED } from './indicator-words.js';
import { before } from './indicator-before.js';


/**
 * A total named by its measure alone (总里程, 总量, 总数, 总面积, 总规模): opening its clause after a figure, it totals what
 * that figure measured ("去年新增公交专用道42公里,总里程达到262公里" → 公交专用道总里程), as a bare 增速 takes up its subject.
 */
const TOTAL = /^总(?:里程|长度|量|数|数量|面积|规模|容量|人数|户数|金额|投资|产值|装机|座数|床位)$/u;

/** The unit closing a figure at the end of a clause (42公里 → 公里, 3.5万吨 → 吨) and the one of the figure opening a stretch. */
const UNIT_BEFORE = /\d(?:\.\d+)?[万亿]?([^\d\s,。;:!?、万亿]{1,4})$/u;
const UNIT_AFTER = /^[^\d,。;:!?]{0,8}?\d+(?:\.\d+)?[万亿]?([^\d\s,。;:!?、万亿]{1,4}?)(?=[,。;:!?、\s]|$)/u;

/** The figure ending the clause before `from` and the one after `end` (the head's) are written in the same unit. */
function sameUnit(view: string, from: number, end: number): boolean {
  let prev = from - 1;
  while (prev > 0 && from - 1 - prev < 40 && !CLAUSE_END[view.charCodeAt(prev - 1)]) prev--;
  const a = UNIT_BEFORE.exec(view.slice(prev, from - 1));
  let to = end;
  while (to < view.length && to - end < 24 && !CLAUSE_END[view.charCodeAt(to)]) to++;
  const b = UNIT_AFTER.exec(view.slice(end, to));
  return !!a && !!b && a[1] === b[1];
}

/** Where a sentence ends, for the look back to the partner of a pair: 。!? and line breaks (not ; or ,). */
const SENTENCE_END = /[。!?\n]/u;

/** How far back (code units) a bare head looks for what it takes up. */
const REACH = 80;

/**
 * The text to put before the bare head at `span` in `view` (`text`: the decoded text, same length), or '' when the head
 * is not bare or nothing before names its subject. `subjectBefore(from)` is the subject of the figure ending the clause
 * before `from` (indicator-compared.ts).
 */
export function sharedHead(text: string, view: string, span: [number, number], segmenter: Segmenter, subjectBefore: (from: number) => [number, number] | null, depth = 2): string {
  const head = view.slice(span[0], span[1]);
  const total = TOTAL.test(head);
  if (!GROWTH.has(head) && !PAIRED[head] && !total) return '';
  // The head opens its clause or a member of a list (收入9.6亿元、支出8.7亿元): nothing but spaces before it (营业收入 or
  // 县级支出 is no bare head).
  let from = span[0];
  while (from > 0 && view[from - 1] === ' ') from--;
  if (from === 0 || (!CLAUSE_END[view.charCodeAt(from - 1)] && view[from - 1] !== '、')) return '';
  if (GROWTH.has(head) || total) {
    if (view[from - 1] !== ',') return '';
    // 新增公交专用道42公里,|总里程达到262公里: a total takes up the figure before only in the same unit (公里, 公里); 设计日处理能力
    // 300吨,|总投资1.2亿元 totals the plant's cost, not its capacity.
    if (total && !sameUnit(view, from, span[1])) return '';
    const subject = subjectBefore(from);
    if (!subject || subject[1] - subject[0] < 2) return '';
    // the subject may be bare too (…;支出621.4亿元,同比增长11.7%,增速…): read with what it takes up
    const outer = depth > 0 ? sharedHead(text, view, subject, segmenter, subjectBefore, depth - 1) : '';
    return outer + text.slice(subject[0], subject[1]);
  }
  // 统筹基金收入698.3亿元…;支出…: the partner closing a longer phrase earlier in the sentence gives its modifiers.
  const partner = PAIRED[head];
  let at = from;
  while (at > 0 && from - at < REACH && !SENTENCE_END.test(view[at - 1])) at--;
  const end = view.lastIndexOf(partner, from - 1);
  if (end < at || end <= 0) return '';
  const phrase = before(view, end + partner.length, segmenter);
  if (!phrase || phrase[1] !== end + partner.length || phrase[0] >= end) return '';
  return text.slice(phrase[0], end);
}
