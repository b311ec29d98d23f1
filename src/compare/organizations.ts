/**
 * Organizations questioned in both sessions, only in A, only in B, with the questions
 * each was asked or answered.
 *
 * Example: 市公安局 asked in question 4 of A and, spelled "市公安局" in Traditional or
 * with a full-width space, in question 2 of B → one row "in both" with questions
 * A [4], B [2]. An organization counts for a question when it is named as an addressee
 * or is the organization of one of the question's responders. Within one question, two
 * names of which one ends the other are one organization: "公安局" beside its responder's
 * "市公安局", or an addressee read too long ("…副主任某某向市政府") beside the responder's
 * "市政府". The responder's organization stands for both; between two addressees, the
 * fuller name ("市检察院" over "检察院"). An addressee that the record also reads as a
 * numbered formulation ("一府两院": one government, two courts) names several bodies at
 * once, not one organization, and is left out; its members are counted through the
 * responders who answer for them. An office written with the session's own place
 * ("榆溪市应急管理局" in a 榆溪市 session) is keyed as its level writes it ("市应急管理局"); between two
 * places' sessions (青山市, 白水市) the generic "市水利局" of each is its own place's (青山市水利局, 白水市水利局).
 * The congress asks, it is not questioned: an addressee read from the asker's own title chain
 * ("市人大常委会委员、城建环资工委主任邓红梅:…请问市水利局" → 城建环资工委) or naming the congress
 * (市人大农业与农村委员会, 人大常委会) is no office questioned.
 */
import type { InquiryRecord } from '../model/record.js';
import type { OfficeLinkRef, OrganizationRow, OrganizationsSection } from './types.js';
import { officeLinks, type OfficeLink } from './office-links.js';
import { nameKey } from './fold.js';
import { sameOrganization } from '../model/org-names.js';
import { currentOrganization } from '../model/former-posts.js';
import { differentPlaces, localName, placedName, sessionPlaces, type Place } from './place.js';

/** `local`: the name with the session's own place read as its level (榆溪市应急管理局 → 市应急管理局; see place.ts), the key's source. */
interface Seen { name: string; local: string; questions: number[] }

/**
 * `place`: the session's (sessionPlaces: maybe the other's, its body written without one); `apart`: the other session is of
 * another place, so an office of this session's level is this place's (青山市水利局).
 */
function questioned(record: InquiryRecord, place: Place | null, apart = false): Map<string, Seen> {
  // The office held now: a former post's (原市乡村振兴局局长) is not questioned, in a record saved by an earlier build too.
  const orgOf = new Map(record.people.map((p) => [p.id, currentOrganization(p.organization, p.titles)]));
  const titlesOf = new Map(record.people.map((p) => [p.id, p.titles]));
  const out = new Map<string, Seen>();
  const local = (n: string) => (apart ? placedName(n, place) : localName(n, place));
  const collective = new Set([...record.session.formulations, ...record.questions.flatMap((q) => q.formulations)].map((f) => nameKey(f.text)));
  for (const q of record.questions) {
    const fromResponders = new Set(q.responders.map((id) => orgOf.get(id)).filter((n): n is string => !!n).map(local));
    const askerTitles = q.askers.flatMap((id) => titlesOf.get(id) ?? []);
    const congress = (n: string) => /人大/u.test(n) || askerTitles.some((t) => t.includes(n));
    // A quoted name with no count in it (“幽灵餐厅”, in a record saved by an earlier build) is a phenomenon asked about, no office.
    const quoted = (n: string) => q.text.includes(`“${n}”`) && !/[一二两三四五六七八九十]/u.test(n);
    const addressees = q.addressees.filter((n) => !collective.has(nameKey(n)) && !congress(n) && !quoted(n));
    const names = [...addressees, ...q.responders.map((id) => orgOf.get(id) ?? null)].filter((n): n is string => !!n && nameKey(n) !== '');
    const keys = names.map(local);
    const yields = (key: string, other: string) => other !== key && (other.endsWith(key) || key.endsWith(other)) &&
      (fromResponders.has(other) !== fromResponders.has(key) ? fromResponders.has(other) : other.length > key.length);
    for (const [k, name] of names.entries()) {
      const key = keys[k];
      if (keys.some((other) => yields(key, other))) continue;
      const seen = out.get(key) ?? { name: apart && key !== nameKey(name) ? key : name, local: key, questions: [] };
      if (!seen.questions.includes(q.index)) seen.questions.push(q.index);
      out.set(key, seen);
    }
  }
  return joinOwnSpellings(out);
}

/**
 * One office spelled two ways within one session (a member asks "市住建局", its head answers as
 * "市住房城乡建设局局长"; model/org-names.ts): one row under the fuller spelling, the questions of both.
 * Only when each of the two matches no other office of the session.
 */
function joinOwnSpellings(seen: Map<string, Seen>): Map<string, Seen> {
  const keys = [...seen.keys()];
  const matches = (k: string) => keys.filter((o) => o !== k && sameOrganization(seen.get(o)!.local, seen.get(k)!.local));
  const into = new Map<string, string>();
  for (const k of keys) {
    const [o, ...more] = matches(k);
    if (o === undefined || more.length > 0 || matches(o).length !== 1) continue;
    // The fuller spelling keeps the row; of two as long, the smaller key (either order gives one answer).
    if (o.length > k.length || (o.length === k.length && o < k)) into.set(k, o);
  }
  if (into.size === 0) return seen;
  const out = new Map<string, Seen>();
  for (const [k, v] of seen) {
    if (into.has(k)) continue;
    out.set(k, { ...v, questions: [...v.questions] });
  }
  for (const [k, o] of into) {
    const kept = out.get(o)!;
    for (const n of seen.get(k)!.questions) if (!kept.questions.includes(n)) kept.questions.push(n);
    kept.questions.sort((x, y) => x - y);
  }
  return out;
}

/**
 * One office spelled two ways, one in each session (市住建局 in A, 市住房和城乡建设局 in B; see
 * model/org-names.ts): both take the fuller spelling's key, so the office is "in both". Only
 * when each of the two matches nothing else on the other side, so that the result does not depend
 * on which session is A. The pairs are all chosen on the maps as they came, then applied to fresh
 * maps: renaming while walking would let a later pair look up a key just renamed away.
 */
function alignSpellings(a: Map<string, Seen>, b: Map<string, Seen>): [Map<string, Seen>, Map<string, Seen>] {
  const onlyA = [...a.keys()].filter((k) => !b.has(k));
  const onlyB = [...b.keys()].filter((k) => !a.has(k));
  const matchesIn = (keys: string[], side: Map<string, Seen>, name: string) => keys.filter((k) => sameOrganization(side.get(k)!.local, name));
  const renameA = new Map<string, string>();
  const renameB = new Map<string, string>();
  for (const kb of onlyB) {
    const [ka, ...more] = matchesIn(onlyA, a, b.get(kb)!.local);
    if (ka === undefined || more.length > 0 || matchesIn(onlyB, b, a.get(ka)!.local).length !== 1) continue;
    const key = ka.length > kb.length || (ka.length === kb.length && ka < kb) ? ka : kb;
    renameA.set(ka, key);
    renameB.set(kb, key);
  }
  const renamed = (side: Map<string, Seen>, rename: Map<string, string>) => new Map([...side].map(([k, v]) => [rename.get(k) ?? k, v] as const));
  return [renamed(a, renameA), renamed(b, renameB)];
}

/** A link of a session, its names read as its place's level (see place.ts), and the side that states it. */
export interface SideLink { link: OfficeLink; old: string; now: string; side: 'a' | 'b' }

/**
 * The transcripts' texts, when compare parsed them (a saved record has none): the introduction's sentences are read
 * for office links too ("今年5月，市政务服务和大数据管理局更名为市数据局"; see office-links.ts).
 */
export interface SourceTexts { a?: string | null; b?: string | null }

/** The office links both sessions state, names as each side keys its offices. */
export function sideLinks(a: InquiryRecord, b: InquiryRecord, texts: SourceTexts = {}): SideLink[] {
  const places = sessionPlaces(a, b);
  const apart = differentPlaces(...places);
  const read = (r: InquiryRecord, side: 'a' | 'b') => {
    const place = places[side === 'a' ? 0 : 1];
    const local = (n: string) => (apart ? placedName(n, place) : localName(n, place));
    return officeLinks(r, texts[side] ?? null).map((link) => ({ link, old: local(link.old), now: local(link.now), side }));
  };
  return [...read(a, 'a'), ...read(b, 'b')];
}

/** The reference a row carries: the evidence on the side that states it. */
export function linkRef(l: SideLink): OfficeLinkRef {
  return { how: l.link.how, old: l.link.old, now: l.link.now, evidence: { a: l.side === 'a' ? l.link.evidence : null, b: l.side === 'b' ? l.link.evidence : null } };
}

const alike = (x: string, y: string) => nameKey(x) === nameKey(y) || sameOrganization(nameKey(x), nameKey(y));

/**
 * Offices only in A and only in B that a session says are one (renamed, duties moved: office-links.ts) take the
 * present name's key, so the office is "in both" with the link on its row. Either session may state it, and the
 * old name may stand on either side (the sessions given in reverse order): only the names decide.
 */
function joinLinks(a: Map<string, Seen>, b: Map<string, Seen>, links: readonly SideLink[]): [Map<string, Seen>, Map<string, Seen>, Map<string, OfficeLinkRef>] {
  const refs = new Map<string, OfficeLinkRef>();
  let [ma, mb] = [a, b];
  for (const l of links) {
    const onlyA = [...ma.keys()].filter((k) => !mb.has(k));
    const onlyB = [...mb.keys()].filter((k) => !ma.has(k));
    const find = (keys: string[], side: Map<string, Seen>, name: string) => keys.filter((k) => alike(side.get(k)!.local, name));
    for (const [oldIn, nowIn] of [['a', 'b'], ['b', 'a']] as const) {
      const olds = find(oldIn === 'a' ? onlyA : onlyB, oldIn === 'a' ? ma : mb, l.old);
      const nows = find(nowIn === 'a' ? onlyA : onlyB, nowIn === 'a' ? ma : mb, l.now);
      if (olds.length !== 1 || nows.length !== 1) continue;
      const key = nows[0];
      const rename = (side: Map<string, Seen>, from: string) => new Map([...side].map(([k, v]) => [k === from ? key : k, v] as const));
      if (oldIn === 'a') ma = rename(ma, olds[0]); else mb = rename(mb, olds[0]);
      refs.set(key, linkRef(l));
      break;
    }
  }
  return [ma, mb, refs];
}

export function compareOrganizations(a: InquiryRecord, b: InquiryRecord, texts: SourceTexts = {}): OrganizationsSection {
  const [placeA, placeB] = sessionPlaces(a, b);
  const apart = differentPlaces(placeA, placeB);
  const [orgsA, orgsB, links] = joinLinks(...alignSpellings(questioned(a, placeA, apart), questioned(b, placeB, apart)), sideLinks(a, b, texts));
  const row = (key: string): OrganizationRow => ({
    key,
    name: { a: orgsA.get(key)?.name ?? null, b: orgsB.get(key)?.name ?? null },
    questions: { a: orgsA.get(key)?.questions ?? [], b: orgsB.get(key)?.questions ?? [] },
    ...(links.has(key) ? { link: links.get(key)! } : {}),
  });
  // Order: by number of questions on both sides, then the folded name, so both directions agree.
  const rows = (keys: string[]) => keys.map(row).sort((p, q) =>
    (q.questions.a.length + q.questions.b.length) - (p.questions.a.length + p.questions.b.length) || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  return {
    both: rows([...orgsA.keys()].filter((k) => orgsB.has(k))),
    onlyA: rows([...orgsA.keys()].filter((k) => !orgsB.has(k))),
    onlyB: rows([...orgsB.keys()].filter((k) => !orgsA.has(k))),
  };
}
