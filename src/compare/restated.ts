/**
 * A promise made again with a new target value or a new deadline: what changed between the two wordings.
 *
 * Example: A "力争2024年底前将季节性缺水人口减少到1万人以下", B "力争2026年6月底前将季节性缺水人口减少到5000人以下":
 * the deadline 2024年底前 → 2026年6月底前 and the target 1万人以下 → 5000人以下 (one unit, 人, on both sides). A
 * deadline is a time ending in 前 (2024年底前, 6月底前, 年底前) or a year named as the period (今年, 明年, 2025年内). Only
 * what both wordings state is compared: a deadline or a unit given on one side only is not stated, no change; a
 * figure of a unit the other side lacks is another figure, not the target. Times are no target value (年, 月 are
 * the deadline's). Values are compared as numbers (百分之六十 / 60%, 12000个 / 1.2万个, 90% / 90%以上: one target); the
 * words of the two deadlines as written (年底前 in two sessions is the same words).
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { MeasureRef, Restatement } from './types.js';
import { quantitiesIn } from './done.js';

const DEADLINE = /(?:(?:\d{4}|[今明后本])年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|年?底|年?末|上半年|下半年)前|(?:\d{4}年|[今明本]年)(?:内|底|末)?/u;
/** Units of time: a deadline's, not a target's. */
const TIME = /^(?:年|月|日|天|个月|周|季度|小时|个工作日|工作日)$/u;

function deadline(m: MeasureRef): { text: string; span: [number, number] } | null {
  const hit = DEADLINE.exec(m.text);
  return hit ? { text: hit[0], span: [m.span[0] + hit.index, m.span[0] + hit.index + hit[0].length] } : null;
}

/** The last figure of each unit in a measure (a target is stated after what it counts). */
function figures(record: InquiryRecord, m: MeasureRef): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const q of [...quantitiesIn(record, m.span)].sort((x, y) => x.span[0] - y.span[0])) if (q.unit && !TIME.test(q.unit) && q.kind !== 'year') out.set(q.unit, q);
  return out;
}

/** What changed between two wordings of one promise, or null when neither the target nor the deadline did. */
export function restatement(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef): Restatement | null {
  const [da, db] = [deadline(ma), deadline(mb)];
  const deadlineChanged = da && db && da.text.replace(/前$/u, '') !== db.text.replace(/前$/u, '') ? { a: da, b: db } : null;
  const [fa, fb] = [figures(a, ma), figures(b, mb)];
  let value: Restatement['value'] = null;
  for (const [unit, qa] of fa) {
    const qb = fb.get(unit);
    // The number, not its writing: 百分之六十 and 60%, 12000个 and 1.2万个, 90% and 90%以上 are one target.
    if (!qb || qa.value === null || qb.value === null || qa.value === qb.value) continue;
    value = { a: { text: qa.text, span: qa.span }, b: { text: qb.text, span: qb.span } };
    break;
  }
  return deadlineChanged || value ? { value, deadline: deadlineChanged } : null;
}
