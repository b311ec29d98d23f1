/**
 * A figure given for each of several places or units: "在5个区县各建设1个以上中央厨房" promises at least one in each of 5
 * counties — 5 in all, so 3 built is short of it, not "300%" of 1.
 *
 * Read from the words before the figure in its clause: a count of places or units (5个区县, 12个乡镇) then
 * 各 and at most a verb (各建设, 各建, 各配备) right before the figure. Not 各 of 各类/各级/各地/各项 (every kind: no count),
 * nor a count with no 各 (在5个区县建设中央厨房12个: 12 in all), nor a 各 whose count is no count of places (各1个).
 */
/**
 * A count in digits (half or full width; compare reads no parsing stage, so a count in Chinese numerals, 三个街道, is left
 * alone) with its measure word, the things counted, then 各 and a short verb at the end of the lead.
 */
const EACH = /([0-9０-９]+)(?:个|家|所|座)?([\p{Script=Han}（）()]{1,6}?)各(?![类级地项种方])[\p{Script=Han}]{0,3}$/u;

export interface Distribution { count: number; over: string }

/** The count the figure is given for each of (5, 区县), or null. `lead`: the words of its clause before it. */
export function distribution(lead: string): Distribution | null {
  const m = EACH.exec(lead);
  if (!m) return null;
  const count = Number(m[1].replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
  return Number.isFinite(count) && count > 1 ? { count, over: m[2] } : null;
}
