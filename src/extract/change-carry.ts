/**
 * The level a change reaches measures what its starting level measures: "整改率由85.2%提高到96.3%" → 96.3% measures
 * 整改率, as 85.2% does; "整改金额占比由上年的78%提升至今年的91%" → 91% measures what 78% does; "从1.2万户增至
 * 2.6万户" the same. The second figure has no phrase of its own (the verb of change and at most a time word and 的
 * stand between the two), and the first follows 由/从 (so "补贴标准提高到96%" alone carries nothing).
 * The level after a change measures what the change does: "执结率同比上升2.3个百分点至96.7%" → 96.7% measures 执结率, as
 * 2.3个百分点 does; "较去年提高0.8个百分点,达99.1%" and "执行到位金额同比下降3.4%,为2.15亿元" the same — the change
 * follows its verb (上升, 提高, 下降 …), the level follows 至/到 or a comma and 达/达到/为 (`carryLevels`).
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';

/** 由 / 从 before the first figure, past a time word and 的 ("由上年的78%", "从2021年的"; no figure in it but a year's). */
const FROM = /[由从](?:[^,。;:!?\n]{0,7}的)?$/u;
/** A verb of change to a new level (or 到/至 alone: "由85%到96%"), then at most a time word and 的, between the two figures. */
const CHANGE_TO = /^(?:(?:提高|提升|增加|增长|上升|上调|调高|调增|调整|下调|调低|调减|降低|下降|减少|压缩|缩短|缩减|扩大|增|升|降|减)(?:到|至|为)|到|至)(?:[^\d,。;:!?\n]{0,6}的)?$/u;

/** A verb of change right before the change figure (上升|2.3个百分点, 下降了|3.4%, 增长约|15%). */
const CHANGED_BY = /(?:提高|提升|增加|增长|上升|上涨|下降|降低|减少|回落|下滑|下跌|缩短|压缩|扩大|缩小|增|降)(?:了|约|近)?$/u;
/** Between the change and the level it reaches: 至/到, or a comma then 达/达到/为 or 升至/降至/增至 (…2.3个百分点至|96.7%, …0.8个百分点,达|99.1%). */
const REACHING = /^(?:至|到|,(?:达到?|为|[升降增减]至|[升降增减]到))$/u;

/**
 * Whether a change figure of `change` kind can reach a level of `level` kind: the same kind, a relative change (%) of any
 * level, or percentage points of a percent.
 */
function reaches(change: Quantity['kind'], level: Quantity['kind']): boolean {
  if (level === 'year' || level === 'other') return false;
  return change === level || change === 'percent' || (change === 'percentage_point' && level === 'percent');
}

/** Give each level a change reaches, with no indicator of its own, the change's indicator (in place: `out` is in reading order). */
export function carryLevels(pair: TextPair, out: Quantity[]): void {
  for (let k = 1; k < out.length; k++) {
    const change = out[k - 1];
    const level = out[k];
    if (level.indicator !== null || change.indicator === null || !reaches(change.kind, level.kind)) continue;
    if (!REACHING.test(pair.view.slice(change.span[1], level.span[0]))) continue;
    if (CHANGED_BY.test(pair.view.slice(Math.max(0, change.span[0] - 6), change.span[0]))) out[k] = { ...level, indicator: change.indicator };
  }
}

/** Where a clause ends: its punctuation. */
const CLAUSE_END = /[,。;:!?\n]/u;

/**
 * Give each figure a change reaches the indicator of the level it starts from (in place: `out` is in reading order). The
 * years of the two levels stand between them ("由2023年的426家增加到2025年的783家": 2025年 is the second level's time,
 * written Y when the words between are read). What the second figure was given is its own only when written between the
 * two or after it in its clause ("由3家医院扩大到12家卫生院" → 卫生院), or the first's subject read whole; a phrase found
 * farther back (a topic opening the sentence: "在服务企业方面,全关区备案企业由…") or inside the first figure's unit is none
 * of the second's.
 */
export function carryIndicators(pair: TextPair, out: Quantity[]): void {
  for (let k = 1; k < out.length; k++) {
    const to = out[k];
    if (to.kind === 'year') continue;
    let f = k - 1;
    while (f >= 0 && out[f].kind === 'year') f--; // the years between: each level's time
    if (f < 0) continue;
    const from = out[f];
    if (from.kind !== to.kind) continue;
    if (!FROM.test(pair.view.slice(Math.max(0, from.span[0] - 10), from.span[0]))) continue;
    let between = '';
    let at = from.span[1];
    for (let y = f + 1; y < k; y++) { between += pair.view.slice(at, out[y].span[0]) + 'Y'; at = out[y].span[1]; }
    between += pair.view.slice(at, to.span[0]);
    if (!CHANGE_TO.test(between)) continue;
    const indicator = from.indicator;
    if (indicator === null) continue;
    if (to.indicator !== null && ownIndicator(pair, from, to, to.indicator)) continue;
    out[k] = { ...to, indicator };
  }
}

/**
 * The second level's indicator is its own: written between the two figures or after the second, in its clause, or the
 * subject of 由 read whole where the first level got only a part of it ("线上销售占比由两成提高到三成至四成": 线上销售占比,
 * where 两成 got 线上销售) — it ends no earlier than the first level's.
 */
function ownIndicator(pair: TextPair, from: Quantity, to: Quantity, indicator: string): boolean {
  if (pair.text.slice(from.span[1], to.span[0]).includes(indicator)) return true;
  let end = to.span[1];
  while (end < pair.view.length && !CLAUSE_END.test(pair.view[end])) end++;
  if (pair.text.slice(to.span[1], end).includes(indicator)) return true;
  const first = from.indicator!;
  const firstAt = pair.text.lastIndexOf(first, from.span[0] - first.length);
  const at = pair.text.lastIndexOf(indicator, from.span[0] - indicator.length);
  return firstAt >= 0 && at >= 0 && at + indicator.length >= firstAt + first.length;
}
