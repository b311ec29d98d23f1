/**
 * Parallel clauses leave out what they share with the figure before them: "职工医保基金收入1.52亿元、支出1.38亿元" → 1.38亿元
 * measures 职工医保基金支出 (the subject 职工医保基金 is carried, the head 支出 is the clause's own); "城镇居民人均可支配收入
 * 达到4.5万元,农村居民达到2.1万元" → 2.1万元 measures 农村居民人均可支配收入 (the head is carried after the same linking verb).
 * The clause holds one word and at most a linking verb before its figure, the figure has the unit of the one before, and the
 * word takes the place of a word of the same tag in that figure's indicator (a head taking the place of a head names a figure of
 * its own: 支出, 人数) (收入/v for 支出/v, 城镇居民/n for 农村居民/nr: the first letter of the tag):
 * "新建城市公园12个、改造8个" carries nothing (改造/v is no 公园/n). Offsets: UTF-16 code units, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { MEASURED } from './respectively.js';
import { MEASURE_NOUN } from './indicator-words.js';

/** A word naming a figure of its own (收入, 支出, 人数, 面积 …): the head a parallel clause may put in place of another. */
const FIGURE_HEAD = new RegExp(`^${MEASURED}$`, 'u');

/** A clause after the figure before: 、 or a comma, one word of Han characters, a linking verb (为, 达到 …) at most. */
const CLAUSE = /^[,、]([\u4e00-\u9fff]{2,6}?)(为|达|达到|共|约|是)?$/u;

/** Sets the indicator of each figure whose parallel clause leaves out part of the one before (see the header). */
export function carrySubjects(pair: TextPair, quantities: Quantity[], segmenter: Segmenter): void {
  const { view } = pair;
  for (let i = 1; i < quantities.length; i++) {
    const q = quantities[i];
    const prev = quantities[i - 1];
    const p = prev.indicator;
    // (元/人 and 元 agree: a rate's base is read from the subject, 人均, which the clause leaves out too.)
    if (p === null || q.unit === null || prev.unit === null || q.unit.split('/')[0] !== prev.unit.split('/')[0] || q.kind !== prev.kind) continue;
    const m = CLAUSE.exec(view.slice(prev.span[1], q.span[0]));
    if (!m) continue;
    const word = m[1];
    const own = segmenter.tag(word);
    if (own.length !== 1) continue; // one word: a phrase of its own needs nothing carried
    const words = segmenter.tag(p);
    if (words.length < 2) continue;
    if (q.indicator === null) {
      // 收入1.52亿元、支出1.38亿元: the head of the indicator before is replaced, its subject carried.
      const head = words[words.length - 1];
      // The new head names a figure of its own (支出, 人数): 已完成除险加固21座,剩余17座 carries nothing (剩余 is a verb).
      if (sameClass(head.tag, own[0].tag) && head.text !== word && head.text.length === word.length && FIGURE_HEAD.test(word)) q.indicator = p.slice(0, p.length - head.text.length) + word;
    } else if (q.indicator === word && m[2] !== undefined && !MEASURE_NOUN.test(word)) {
      // (…网上可办率为86%,全程网办率为52%: a word with a head of measure of its own, 率, is a second indicator, nothing carried.)
      // 城镇居民人均可支配收入达到4.5万元,农村居民达到2.1万元: the same linking verb after the subject before, the head carried.
      const at = view.lastIndexOf(p, prev.span[0]);
      const first = words[0];
      if (at >= 0 && view.slice(at + p.length, prev.span[0]) === m[2] && sameClass(first.tag, own[0].tag) && first.text !== word) q.indicator = word + p.slice(first.text.length);
    }
  }
}

/** Two tags of one part of speech (n, nr, ns …; v, vn): their first letters agree (no tag, no class). */
function sameClass(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0];
}
