/**
 * Return periods of a design standard: "行洪标准达到50年一遇" → 50, "由1~2年一遇提高到3~5年一遇" → [1, 2] and [3, 5],
 * "防洪标准全部达到百年一遇" → 100, "五十年一遇的洪水" → 50. N年一遇 ("once in N years") is a standard, no span of time:
 * it is kind other, unit 年一遇, value N (a range's lower bound, the range kept), never a duration in 年 (measured.ts
 * leaves N年 before 一遇 unread for that reason). A round 百/千 reads alone here (百年一遇), as it does nowhere else.
 * "几十年一遇" is approximate as 几十人 is (qualifier 几); "多少年一遇" has no numeral and gives nothing.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive [start, end).
 */
import type { NumeralMatch } from './numerals.js';
import { finish, type Reading } from './quantity-reading.js';

/** 年一遇 after the numeral (一遇 is "met once"): the whole of the unit. */
const ONCE_IN = '年一遇';

/**
 * A verb of change right after an earlier return period ("由1~2年一遇提高到|3~5年一遇"): the figure has no noun of its own
 * before it (一遇 is the earlier figure's unit); it measures what the earlier one does (change-carry.ts).
 */
const AFTER_PERIOD = /年一遇(?:提高|提升|上升|降低|下降|调整|增加)?(?:到|至)$/u;

/** The return period whose numeral is `n`, as a reading (kind other, unit 年一遇), or null when 年一遇 does not follow it. */
export function returnPeriod(view: string, n: NumeralMatch): Reading | null {
  if (!view.startsWith(ONCE_IN, n.end)) return null;
  const r = finish(view, n.start, n.end + ONCE_IN.length, [n.start, n.end], n.value, ONCE_IN, 'other', n.indefinite ?? null, n.range);
  return AFTER_PERIOD.test(view.slice(Math.max(0, r.span[0] - 8), r.span[0])) ? { ...r, subject: null } : { ...r, dimensionless: true };
}
