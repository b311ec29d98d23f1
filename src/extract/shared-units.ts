/**
 * A unit written once after the last figure of a list is every figure's: "弃风率、弃光率分别下降1.6个和0.9个百分点" →
 * 1.6 百分点 (the 个 before 和 is the front half of 个百分点, no count); "利用小时数分别增加120和85小时" → 120 小时 (the first
 * figure bare); "补助3和5万元" → 30000 元. Chinese writes the shared unit once, at the end of the coordination.
 *
 * Only two figures joined by 和, 、, 及, 与, 或 or 以及 alone, the first written in digits with nothing after its number
 * but the front of the second's unit — a whole unit of its own that is no front of the other's ("30%和5个百分点", "3个县和
 * 5个百分点": not adjacent) keeps its reading, and so do years ("2023和2024年": no figure of a unit).
 * Offsets: UTF-16 code units, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity } from '../model/record.js';
import type { TextPair } from '../structure/types.js';
import { matchUnit } from './units.js';

/** What alone joins the two figures of a coordination. */
const JOIN = /^(?:和|、|及|与|或|以及)$/u;
/** A figure in digits and what follows its number in its text ("1.6个" → "1.6", "个"; "120" → "120", ""). */
const DIGITS = /^(\d+(?:\.\d+)?)(\D*)$/u;

/** Give the first of two coordinated figures the unit written once after the second (`out`, in text order, is mutated). */
export function shareLastUnits(pair: TextPair, out: Quantity[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.kind === 'year' || b.kind === 'year' || b.unit === null || b.kind === 'other' || a.identifier || b.identifier || a.rank || b.rank) continue;
    if (a.range !== null || a.qualifier !== null || !JOIN.test(pair.view.slice(a.span[1], b.span[0]))) continue;
    const first = DIGITS.exec(a.text);
    const second = DIGITS.exec(b.text);
    if (!first || !second || second[2].length <= first[2].length || !second[2].startsWith(first[2])) continue;
    const unit = matchUnit(pair.view, b.span[0] + second[1].length);
    if (!unit || unit.end !== b.span[1]) continue; // (a qualifier or a bracket after the unit: read as it is)
    out[k] = { ...a, value: Number(first[1]) * unit.multiplier, unit: b.unit, kind: b.kind, indicator: a.indicator ?? b.indicator };
  }
}
