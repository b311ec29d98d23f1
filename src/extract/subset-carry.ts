/**
 * A part of a set counted just before: "全市农村互助幸福院共1120个,其中正常运营的860个" — 860个 counts 农村互助幸福院 too (those
 * of the 1120 that run), not 运营: after 其中 a relative clause closed by 的, right before the figure, qualifies the noun the
 * figure leaves out, the set's. The figure before 其中 (same kind and unit, ending the clause right before, its indicator
 * before or after it) names the set; with no such figure the relative clause names nothing counted and the figure has none.
 * Not "其中正常运营的860个幸福院" (the noun is written after the figure) nor "其中5A级景区2家" (no 的: the phrase is a noun).
 * Offsets: UTF-16 code units, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** A clause opening on 其中 and ending on 的 right before the figure: a relative clause with its noun left out. */
const PART_OF = /(?:^|[,。;:!?\n])其中(?:[^\d,。;:!?\n的]{1,12})的$/u;

/** A clause break between the figure before and 其中 (a comma, at most a full stop). */
const BREAK = /^[,。;]$/u;

/**
 * Gives each figure counting a part (其中…的N个) the indicator of the set before it, or none (in place; see the header); a
 * figure read with none (其中正常使用的712座: no phrase found) takes the set's too.
 */
export function carrySubsets(pair: TextPair, out: Quantity[]): void {
  const { view, text } = pair;
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.rank || q.identifier || q.kind === 'year' || q.kind === 'other') continue;
    const m = PART_OF.exec(view.slice(Math.max(0, q.span[0] - 16), q.span[0]));
    if (!m) continue;
    // 其中正常运营的860个幸福院: the noun written after the figure is its own.
    if (q.indicator !== null && text.startsWith(q.indicator, q.span[1])) continue;
    const open = q.span[0] - m[0].length + (m[0].startsWith('其中') ? 0 : 1);
    const prev = i > 0 ? out[i - 1] : undefined;
    let from = prev ? prev.span[1] : -1;
    if (prev && prev.indicator !== null && text.startsWith(prev.indicator, from)) from += prev.indicator.length;
    const set = prev && prev.indicator !== null && prev.kind === q.kind && prev.unit === q.unit && BREAK.test(view.slice(from, open)) ? prev.indicator : null;
    out[i] = { ...q, indicator: set };
  }
}
