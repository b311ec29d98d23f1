/**
 * People in both sessions (same name and same organization) and their title changes.
 *
 * Example: A "市政府副市长海建才" and B "市政府常务副市长海建才" → one row in both, organization
 * 市政府, titleChanged true. Names and organizations are folded (Traditional/Simplified,
 * widths); people named by office only (no name) cannot be followed across sessions and
 * are left out.
 */
import type { InquiryRecord, Person } from '../model/record.js';
import type { PeopleSection, PersonRow, PersonSide } from './types.js';
import { nameKey } from './fold.js';

function key(p: Person): string {
  return `${nameKey(p.name ?? '')}\u0000${nameKey(p.organization ?? '')}`;
}

function side(p: Person): PersonSide {
  return { id: p.id, titles: p.titles, roles: p.roles };
}

function named(record: InquiryRecord): Map<string, Person> {
  const out = new Map<string, Person>();
  for (const p of record.people) if (p.name && !out.has(key(p))) out.set(key(p), p);
  return out;
}

export function comparePeople(a: InquiryRecord, b: InquiryRecord): PeopleSection {
  const peopleA = named(a);
  const peopleB = named(b);
  const row = (k: string): PersonRow => {
    const pa = peopleA.get(k) ?? null;
    const pb = peopleB.get(k) ?? null;
    // With both sides, the smaller spelling: the same whichever session is called A.
    const pick = (x: string | null | undefined, y: string | null | undefined) => (x == null ? y ?? null : y == null ? x : x <= y ? x : y);
    const titles = (x: Person) => [...new Set(x.titles.map(nameKey))].sort().join('\u0000');
    return {
      name: pick(pa?.name, pb?.name)!,
      organization: pick(pa?.organization, pb?.organization),
      person: { a: pa && side(pa), b: pb && side(pb) },
      titleChanged: !!pa && !!pb && titles(pa) !== titles(pb),
    };
  };
  const order = (p: PersonRow, q: PersonRow) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0) || ((p.organization ?? '') < (q.organization ?? '') ? -1 : 1);
  return {
    both: [...peopleA.keys()].filter((k) => peopleB.has(k)).map(row).sort(order),
    onlyA: [...peopleA.keys()].filter((k) => !peopleB.has(k)).map(row),
    onlyB: [...peopleB.keys()].filter((k) => !peopleA.has(k)).map(row),
  };
}
