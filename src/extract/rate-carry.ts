/**
 * The figure a rate changes to keeps its denominator: "补贴标准由每人每月80元提高到100元" → 100元 in 元/人/月, as 80元
 * is; "从每亩200元增至300元" → 元/亩; "由每吨2.5元调整为3元" → 元/吨. The second figure
 * is written in the rate's base unit only (元), after a verb of change (提高到, 增至, 调整为, 下调了), right after the first.
 * So is the other bound of a rate joined to it: "每人每月不低于400元、最高1000元" → 1000元 in 元/人/月, as 400元 (a floor and a
 * ceiling, each with its qualifier: two figures, not one range, so that neither bound word is lost).
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** A verb of change to (or by) a new level, alone between the two figures. */
const CHANGE_TO = /^(?:提高|提升|增加|增长|上调|调高|调增|调整|下调|调低|调减|降低|下降|减少|增|升|降|减)(?:到|至|为|了)$/u;

/** A bound word that opens the second figure of a floor-and-ceiling pair. */
const BOUNDS = new Set(['最高', '最低', '最多', '最少', '不低于', '不高于', '不超过', '不少于', '不多于', '至少', '至多']);
/** What joins the two bounds: 、 or a comma, alone. */
const JOINED = /^[、,]$/u;

/** Give each figure that a rate changes to the rate's unit (in place: `out` is in reading order). */
export function carryRates(pair: TextPair, out: Quantity[]): void {
  for (let k = 1; k < out.length; k++) {
    const from = out[k - 1];
    const to = out[k];
    if (from.unit === null || to.unit === null || from.kind !== to.kind || !from.unit.startsWith(`${to.unit}/`)) continue;
    const between = pair.view.slice(from.span[1], to.span[0]);
    const otherBound = JOINED.test(between) && to.qualifier !== null && BOUNDS.has(to.qualifier) && from.qualifier !== null && BOUNDS.has(from.qualifier);
    if (otherBound || CHANGE_TO.test(between)) out[k] = { ...to, unit: from.unit };
  }
}
