/**
 * The lengths a lexicon's terms have, by their first or last code unit, so that a lookup at a
 * position slices only the lengths some term has instead of every length up to the longest.
 *
 * Example: with the organizations 市政府, 市公安局 and 市, `lengthsFrom(orgs, '市'.charCodeAt(0))`
 * is [4, 3, 1] (longest first): at "市公安局局长" three slices are tried, not the twelve that
 * `maxOrg` would ask for, and at a character no term starts with, none. Lengths are in UTF-16
 * code units. The maps are the lexicon's, built once and never changed afterwards; the index is
 * made on first use and kept beside the map (a WeakMap, so a test's own lexicon goes away).
 */

type Index = Map<number, readonly number[]>;

const firstIndex = new WeakMap<Map<string, unknown>, Index>();
const lastIndex = new WeakMap<Map<string, unknown>, Index>();
const NONE: readonly number[] = [];

function build(map: Map<string, unknown>, last: boolean): Index {
  const sets = new Map<number, Set<number>>();
  for (const key of map.keys()) {
    if (key.length === 0) continue;
    const unit = key.charCodeAt(last ? key.length - 1 : 0);
    let set = sets.get(unit);
    if (!set) sets.set(unit, (set = new Set()));
    set.add(key.length);
  }
  const index: Index = new Map();
  for (const [unit, set] of sets) index.set(unit, [...set].sort((a, b) => b - a));
  return index;
}

/** The lengths of the terms of `map` that start with the code unit `unit`, longest first. */
export function lengthsFrom(map: Map<string, unknown>, unit: number): readonly number[] {
  let index = firstIndex.get(map);
  if (!index) firstIndex.set(map, (index = build(map, false)));
  return index.get(unit) ?? NONE;
}

/** The lengths of the terms of `map` that end with the code unit `unit`, longest first. */
export function lengthsTo(map: Map<string, unknown>, unit: number): readonly number[] {
  let index = lastIndex.get(map);
  if (!index) lastIndex.set(map, (index = build(map, true)));
  return index.get(unit) ?? NONE;
}
