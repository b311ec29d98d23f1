/**
 * 一手抓…,一手抓…: the two halves of a pair of measures, as 一方面…另一方面… are (the pair family: markers.ts).
 *
 * Example: "我们坚持“两手抓”。一手抓源头治理,全面落实工资专户…;一手抓执法查处,今年立案查处欠薪案件73件" lists two
 * measures, 源头治理… and 执法查处…; so do "我们一手抓源头治理,…;另一手抓执法查处,…" and "一手抓源头治理,落实三项制度,
 * 一手抓执法查处,…". But "坚持一手抓发展,一手抓安全" and "一手抓建设,一手抓管理" name a principle: two bare verb-objects
 * inside one clause. The halves are measures when they are clause groups of their own: parted by a ; or a stop, or the
 * first going on past its object with a clause of its own (a comma inside it). A lone 一手抓, or a third, is no marker.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/** A half of a 一手抓 pair: "一手抓" (first, or second after a first) or "另一手抓" (second). */
export function isHand(m: Marker): boolean {
  return m.family === 'pair' && /^另?一手抓$/.test(m.text);
}

/** The number a 一手抓 found after `prev` (the pair marker before it, if any) claims: 2 after a first 一手抓, else 1. */
export function handOrdinal(prefix: string | undefined, prev: Marker | undefined): number {
  return prefix === '另' || (prev !== undefined && isHand(prev) && prev.ordinal === 1) ? 2 : 1;
}

/** A ; or a stop between the halves: each half is a clause group of its own. */
const CLAUSES_APART = /[;。!?\n]/;

/** The first half `[from, to)` (to: the second marker) is a clause group: a ; or stop ends it, or a comma parts it within. */
function clauseGroups(view: string, from: number, to: number): boolean {
  const between = view.slice(from, to).replace(/[,\s]+$/, '');
  return CLAUSES_APART.test(view.slice(from, to)) || between.includes(',');
}

/** The pair markers (reading order) with the 一手抓 halves that make no pair dropped (see the header). */
export function handPairs(view: string, pair: Marker[]): Marker[] {
  if (!pair.some(isHand)) return pair;
  const kept = new Set<Marker>();
  for (let k = 0; k + 1 < pair.length; k++) {
    const [first, second] = [pair[k], pair[k + 1]];
    if (!isHand(first) || !isHand(second) || first.ordinal !== 1 || second.ordinal !== 2) continue;
    if (clauseGroups(view, first.span[1], second.span[0])) kept.add(first).add(second);
  }
  return pair.filter((m) => !isHand(m) || kept.has(m));
}

/** True for the marker that closes a pair: 另一方面 / 另一个是 / 另一手抓, or the second 一手抓. */
export function closesPair(m: Marker): boolean {
  return m.family === 'pair' && (m.text[0] === '另' || (isHand(m) && m.ordinal === 2));
}
