/**
 * One office, one term: the spellings of an office that section 2 joined (县卫生健康局 in A, 县卫健局
 * in B) are counted as one term in the distinctive terms.
 *
 * Example: A says "县卫生健康局局长…" (a term 卫生健康局), B "县卫健局局长…" (a term 县卫健局): both
 * count as 县卫生健康局, the key section 2 gives the office, so neither spelling is listed as
 * characteristic of its session; it was questioned in both. Only offices in both sessions under two
 * spellings are folded; an office questioned in one session only stays a term of that session.
 */
import type { OrganizationRow } from './types.js';
import { nameKey } from './fold.js';
import { sameOrganization } from '../model/org-names.js';

/** The offices in both sessions under two spellings. */
function twoSpellings(both: readonly OrganizationRow[]): OrganizationRow[] {
  return both.filter((r) => r.name.a !== null && r.name.b !== null && nameKey(r.name.a) !== nameKey(r.name.b));
}

/** The spellings of those offices, folded (as the segmenter sees the text), sorted: words to cut whole. */
export function officeSpellings(both: readonly OrganizationRow[]): string[] {
  return [...new Set(twoSpellings(both).flatMap((r) => [nameKey(r.name.a!), nameKey(r.name.b!)]))].sort();
}

/** `terms` with every spelling of a joined office replaced by the office's key. */
export function foldOffices(terms: readonly string[], both: readonly OrganizationRow[]): string[] {
  const offices = twoSpellings(both);
  if (offices.length === 0) return [...terms];
  const folded = new Map<string, string>();
  const fold = (term: string): string => {
    let out = folded.get(term);
    if (out === undefined) {
      const office = offices.find((r) => sameOrganization(term, r.name.a!) || sameOrganization(term, r.name.b!));
      out = office ? office.key : term;
      folded.set(term, out);
    }
    return out;
  };
  return terms.map(fold);
}
