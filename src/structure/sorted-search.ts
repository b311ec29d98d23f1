/**
 * Binary search over items kept in order, for the readers that look near a place instead of scanning all of a
 * long document's labels, mentions, events or lines ("which mentions stand on the line of this 问:?").
 *
 * Example: over starts [3, 8, 8, 15], `firstNotBelow(4, (i) => starts[i] < 8)` is 1.
 */

/** The first index in [0, length) where `below` is false, `below` being true on a prefix and false after it (length when none). */
export function firstNotBelow(length: number, below: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items of `sorted` (in order of `key`) whose key lies in [lo, hi), in their order. */
export function keyedWithin<T>(sorted: readonly T[], key: (item: T) => number, lo: number, hi: number): T[] {
  const from = firstNotBelow(sorted.length, (i) => key(sorted[i]) < lo);
  let end = from;
  while (end < sorted.length && key(sorted[end]) < hi) end++;
  return sorted.slice(from, end);
}

/**
 * A lookup of the items of `items` (in any order) whose key lies in [lo, hi), given in their order in `items`: a copy
 * sorted by key is made once, and each lookup halves it (each question of a long transcript took its events from the
 * whole list, quadratic in the number of questions).
 */
export function rangeLookup<T>(items: readonly T[], key: (item: T) => number): (lo: number, hi: number) => T[] {
  const order = items.map((_, i) => i).sort((a, b) => key(items[a]) - key(items[b]) || a - b);
  return (lo, hi) => {
    const from = firstNotBelow(order.length, (i) => key(items[order[i]]) < lo);
    const to = firstNotBelow(order.length, (i) => key(items[order[i]]) < hi);
    return order.slice(from, Math.max(from, to)).sort((a, b) => a - b).map((i) => items[i]);
  };
}
