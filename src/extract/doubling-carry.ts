/**
 * A doubling in a clause of its own measures the subject of the figure ending the clause before: "每千人口托位数达到4.5个,
 * 较2020年翻一番以上" → 翻一番以上 measures 每千人口托位数 (the level reached is what doubled); so with only a base, a span
 * of time or intent before 翻 (",较2020年翻一番", ",五年来已经翻了一番"). A doubling whose clause names a subject keeps
 * it ("投入比2019年翻两番"), and one after a sentence end or a figure with no subject stays without one.
 * Offsets: UTF-16 code units, 0-based, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';
import { DOUBLING_PREDICATE } from './unitless.js';

/** Where a clause starts, walking back (the view is normalized: ASCII punctuation). */
const CLAUSE_START = /[,。;:!?\n]/u;

/** Give each doubling with no indicator, alone in its clause after a comma, the indicator of the figure ending the clause before (in place). */
export function carryDoublings(pair: TextPair, out: Quantity[]): void {
  const view = pair.view;
  for (let k = 1; k < out.length; k++) {
    const q = out[k];
    if (q.indicator !== null || q.unit !== '倍' || !q.text.startsWith('翻')) continue;
    let from = q.span[0];
    while (from > 0 && !CLAUSE_START.test(view[from - 1])) from--;
    const own = view.slice(from, q.span[0]);
    if (from === 0 || view[from - 1] !== ',' || !DOUBLING_PREDICATE.test(own)) continue;
    // The figure ending the clause before: the last one before the comma, no year (2020年 is the base), in that clause.
    let j = k - 1;
    while (j >= 0 && (out[j].span[1] > from - 1 || out[j].kind === 'year')) j--;
    if (j < 0) continue;
    const prev = out[j];
    let end = prev.span[1];
    while (end < from - 1 && /[以上下左右余多]/u.test(view[end])) end++;
    if (end !== from - 1 || prev.indicator === null) continue;
    out[k] = { ...q, indicator: prev.indicator };
  }
}
