/**
 * An average per each of a set, "平均每个卫生院16.9人": the noun after 每 is the base the figure is spread over, never what
 * it counts. What is counted is what the figure before counted in the same measure word ("全县11个乡镇卫生院共有执业（助理）
 * 医师186人,平均每个卫生院16.9人" → 执业（助理）医师, per 卫生院); with no such figure the count has no indicator.
 * Not a rate read into the unit (每千人口托位数: rate-prefix.ts), nor 每 before a time (每年, 每月).
 * Offsets: UTF-16 code units into the normalized view, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** 每 and the measure word of one member of a set, right before the base noun (每个, 每一个, 每所, 每家, 每座). */
const EACH = /每(?:一)?[个所家座户村]$/u;
/** The same with its base noun, right before the figure (每个卫生院|16.9人). */
const EACH_BASE = /每(?:一)?[个所家座户村][\u4e00-\u9fff]{1,8}$/u;
/** Where a sentence starts, walking back. */
const SENTENCE_START = /[。;!?\n]/u;

/** The phrase [span[0], start) right before the count at `start` is the base of an average per each (每个|卫生院). */
export function perEachBase(view: string, span: [number, number], start: number): boolean {
  return span[1] === start && EACH.test(view.slice(Math.max(0, span[0] - 3), span[0]));
}

/** The measure word closing a count's text (16.9人 → 人), or null. */
const measure = (q: Quantity) => /[\u4e00-\u9fff]$/u.exec(q.text)?.[0] ?? null;

/** Give each count averaged per each (its indicator null, 每个X before it) the indicator of the figure before it in the sentence in the same measure word (in place). */
export function carryPerEach(pair: TextPair, out: Quantity[]): void {
  const view = pair.view;
  for (let k = 1; k < out.length; k++) {
    const q = out[k];
    if (q.indicator !== null || q.kind !== 'count' || !EACH_BASE.test(view.slice(Math.max(0, q.span[0] - 12), q.span[0]))) continue;
    const prev = out[k - 1];
    if (prev.indicator === null || prev.kind !== 'count' || measure(prev) !== measure(q) || SENTENCE_START.test(view.slice(prev.span[1], q.span[0]))) continue;
    out[k] = { ...q, indicator: prev.indicator };
  }
}
