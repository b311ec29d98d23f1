/**
 * Appending a list to a list, or taking the least and greatest of one, whatever their length: `a.push(...b)`,
 * `a.splice(0, n, ...b)` and `Math.max(...b)` pass every item as an argument of one call, and a transcript of
 * 400,000 lines ("委员 王某：请问？" each) gives lists longer than a call takes (RangeError: Maximum call stack size
 * exceeded). Example: `append(frameLines, framing)` where `frameLines.push(...framing)` would overflow.
 */

/** Push every item of `items` onto `target` (as `target.push(...items)`); returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** Make `target` hold `items` instead (as `target.splice(0, target.length, ...items)`, in place). */
export function replaceAll<T>(target: T[], items: readonly T[]): void {
  const copy = items === target ? [...items] : items;
  target.length = 0;
  append(target, copy);
}

/** The least of `xs` (as `Math.min(...xs)`: Infinity for none). */
export function least(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) m = x < m || Number.isNaN(x) ? x : m;
  return m;
}

/** The greatest of `xs` (as `Math.max(...xs)`: -Infinity for none). */
export function greatest(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) m = x > m || Number.isNaN(x) ? x : m;
  return m;
}
