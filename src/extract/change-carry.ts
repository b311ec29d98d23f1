/**
 * The level a change reaches measures what its starting level measures: "整改率由85.2%提高到96.3%" → 96.3% measures
 * 整改率, as 85.2% does; "整改金额占比由上年的78%提升至今年的91%" → 91% measures what 78% does; "从1.2万户增至
 * 2.6万户" the same. The second figure has no phrase of its own (the verb of change and at most a time word and 的
 * stand between the two), and the first follows 由/从 (so "补贴标准提高到96%" alone carries nothing).
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** 由 / 从 before the first figure, past a time word and 的 ("由上年的78%", "从2021年的"; no figure in it but a year's). */
const FROM = /[由从](?:[^,。;:!?\n]{0,7}的)?$/u;
/** A verb of change to a new level (or 到/至 alone: "由85%到96%"), then at most a time word and 的, between the two figures. */
const CHANGE_TO = /^(?:(?:提高|提升|增加|增长|上升|上调|调高|调增|调整|下调|调低|调减|降低|下降|减少|压缩|缩短|缩减|扩大|增|升|降|减)(?:到|至|为)|到|至)(?:[^\d,。;:!?\n]{0,6}的)?$/u;

/** Give each figure a change reaches with no indicator of its own the indicator of the level it starts from (in place: `out` is in reading order). */
export function carryIndicators(pair: TextPair, out: Quantity[]): void {
  for (let k = 1; k < out.length; k++) {
    const from = out[k - 1];
    const to = out[k];
    if (to.indicator !== null || from.indicator === null || from.kind !== to.kind) continue;
    if (!FROM.test(pair.view.slice(Math.max(0, from.span[0] - 10), from.span[0]))) continue;
    if (CHANGE_TO.test(pair.view.slice(from.span[1], to.span[0]))) out[k] = { ...to, indicator: from.indicator };
  }
}
