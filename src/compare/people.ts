/**
 * People in both sessions (same name, same office) and their title changes.
 *
 * Example: A "市政府副市长海建才" and B "市政府常务副市长海建才" → one row in both, organization
 * 市政府, titleChanged true. A "县卫生健康局局长潘某" and B "县卫健局局长潘某" → one row (the office
 * spelled two ways, the equivalence section 2 uses: model/org-names.ts), title unchanged (局长 both
 * times). A "副县长韦某" (no office) and B "县政府副县长韦某" → one row when B has no other 韦某.
 * Names and organizations are folded (Traditional/Simplified, widths); people named by office only
 * (no name) cannot be followed across sessions and are left out. A name at two unrelated offices
 * (县住建局 in A, 县城管局 in B) stays two people: the name alone does not say it is one person —
 * unless both sessions are of one place's body (榆溪市…人大常委会 twice) and the name is the only one
 * of its kind on each side, an official both times: then it is one official moved between offices
 * (市应急管理局局长 → 市水务局局长), followed with `officeChanged`. An office written with the
 * session's place (榆溪市应急管理局) is the office of its level (市应急管理局; see place.ts). Between two
 * places' sessions (青山市 / 白水市) the 市水利局局长许光明 of each is two people: each office is its place's.
 * The chair (session.chair, not one of `people`) is followed the same way, in `chair`.
 * Titles are read as a chain (title-chain.ts): "县人大常委会委员、县总工会主席" holds two offices and B's
 * "县人大常委会委员" one of them, the same person and no change (a title left out says nothing); a former post
 * (县农业农村局原局长) is no office of the person's now, and 现任 no part of an office's name.
 */
import type { Chair, InquiryRecord, Person } from '../model/record.js';
import type { ChairRow, OfficeLinkRef, PeopleSection, PersonRow, PersonSide, SuccessorRow } from './types.js';
import { linkRef, sideLinks, type SideLink, type SourceTexts } from './organizations.js';
import { heldPost, isRunningDuty, postHeads } from '../model/posts.js';
import { nameKey } from './fold.js';
import { sameOrganization } from '../model/org-names.js';
import { differentPlaces, localName, placedName, samePlace, sessionPlaces, type Place } from './place.js';
import { currentOffice, titleChain, withoutNow } from './title-chain.js';

/**
 * Whom to match: a name, an office (null when the text gives none), the titles held now and, when known,
 * every office they name (a chain of two titles names two: see title-chain.ts).
 */
interface Who { name: string; organization: string | null; titles: string[]; offices?: string[] }

function key(p: Who): string {
  return `${nameKey(p.name)}\u0000${nameKey(p.organization ?? '')}`;
}

function side(p: Person): PersonSide {
  return { id: p.id, titles: p.titles, roles: p.roles };
}

/** The named people of a record, the first of each name and office. */
function named(record: InquiryRecord): Person[] {
  const seen = new Set<string>();
  return record.people.filter((p) => {
    if (!p.name) return false;
    const k = key(p as Who);
    return !seen.has(k) && !!seen.add(k);
  });
}

/** Two offices written alike, or one spelling of the other (市住建局 / 市住房和城乡建设局). */
function sameOffice(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return false;
  const kx = nameKey(x);
  const ky = nameKey(y);
  return kx === ky || sameOrganization(kx, ky);
}

/** Every office of a person: the one given and those of the titles' chain. */
function officesOf(p: Who): string[] {
  return [...(p.organization === null ? [] : [p.organization]), ...(p.offices ?? [])];
}

/** The two share an office (as sameOffice), through any title of a chain. */
function shareOffice(a: Who, b: Who): boolean {
  return officesOf(a).some((x) => officesOf(b).some((y) => sameOffice(x, y)));
}

/** The office two matched people share, the same whichever is A (see `office`); null when none is shared. */
function sharedOffice(a: Who, b: Who): string | null {
  let best: string | null = null;
  for (const x of officesOf(a)) for (const y of officesOf(b)) if (sameOffice(x, y)) { const o = office(x, y); if (best === null || o! < best) best = o; }
  return best;
}

/**
 * Pairs (index in `as`, index in `bs`) of the same people. Within one name: the same office as
 * written first; then an office spelled another way, when each of the two has no other such match;
 * then an office a session says is the other's renamed or took its duties (`linked`: "组建省生态环境厅，不再保留省环境保护厅"
 * — 省环境保护厅厅长钱志远 and 省生态环境厅厅长钱志远 are one person, no successor of himself), each of the two with no other;
 * then, when one person of the name is left on each side and one of them has no office, those two.
 * Each step treats the sides alike, so compare(b, a) mirrors compare(a, b).
 */
export function matchPeople(as: readonly Who[], bs: readonly Who[], oneBody = false, twoPlaces = false, linked: (a: Who, b: Who) => boolean = () => false): [number, number][] {
  const pairs: [number, number][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const take = (i: number, j: number) => { pairs.push([i, j]); usedA.add(i); usedB.add(j); };
  const byName = new Map<string, number[]>();
  bs.forEach((p, j) => byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), j]));
  const groups = new Map<string, number[]>();
  as.forEach((p, i) => { if (byName.has(nameKey(p.name))) groups.set(nameKey(p.name), [...(groups.get(nameKey(p.name)) ?? []), i]); });
  for (const [name, inA] of groups) {
    const inB = byName.get(name)!;
    for (const i of inA) {
      const j = inB.find((j) => !usedB.has(j) && key(bs[j]) === key(as[i]));
      if (j !== undefined) take(i, j);
    }
    const restA = () => inA.filter((i) => !usedA.has(i));
    const restB = () => inB.filter((j) => !usedB.has(j));
    const spelled: [number, number][] = [];
    for (const i of restA()) {
      const js = restB().filter((j) => shareOffice(as[i], bs[j]));
      if (js.length === 1 && restA().filter((k) => shareOffice(as[k], bs[js[0]])).length === 1) spelled.push([i, js[0]]);
    }
    for (const [i, j] of spelled) take(i, j);
    // (Not between two places' sessions: each place's office is its own, whatever the other says of its own.)
    const renamed: [number, number][] = [];
    if (!twoPlaces) {
      for (const i of restA()) {
        const js = restB().filter((j) => linked(as[i], bs[j]));
        if (js.length === 1 && restA().filter((k) => linked(as[k], bs[js[0]])).length === 1) renamed.push([i, js[0]]);
      }
    }
    for (const [i, j] of renamed) take(i, j);
    const [ra, rb] = [restA(), restB()];
    // Not between two places' sessions: a 副市长 of 青山市 and one of 白水市 with one name are two people.
    if (!twoPlaces && ra.length === 1 && rb.length === 1 && (as[ra[0]].organization === null || bs[rb[0]].organization === null)) take(ra[0], rb[0]);
    // One body's sessions, the name the only one of its kind on each side, an official both times: moved between offices.
    else if (oneBody && inA.length === 1 && inB.length === 1 && ra.length === 1 && rb.length === 1) take(ra[0], rb[0]);
  }
  return pairs.sort((p, q) => p[0] - q[0]);
}

/**
 * The office of a matched pair: the one given; of two spellings, the fuller (as section 2 keys it);
 * of two forms of one spelling (widths, Traditional), the smaller string. The same whichever is A.
 */
function office(x: string | null, y: string | null): string | null {
  if (x === null || y === null) return x ?? y;
  const [kx, ky] = [nameKey(x), nameKey(y)];
  if (kx === ky || kx.length === ky.length) return x <= y ? x : y;
  return kx.length > ky.length ? x : y;
}

/**
 * The posts a person holds, the office taken off the front of each title when the title opens with it
 * ("县卫健局局长" at 县卫健局 → 局长), so one post under two spellings of the office, or with the office
 * written once and left out once (县政府副县长 / 副县长), is the same post.
 */
function posts(titles: readonly string[], offices: readonly (string | null)[]): string {
  const heads = offices.filter((o): o is string => !!o).map(nameKey).filter((o) => o !== '').sort((p, q) => q.length - p.length);
  return [...new Set(titles.map((t) => {
    const k = nameKey(t);
    const head = heads.find((o) => k.startsWith(o));
    return head ? k.slice(head.length) : k;
  }))].sort().join('\u0000');
}

/**
 * Titles differ, once each side's offices are taken off the front of its titles (see `posts`); one side's
 * titles all among the other's (a chain of two, then one of them) is no difference: a title left out. No title
 * on one side ("追问（廖建明）：") is a title not stated, no change.
 */
function titlesDiffer(a: Who, b: Who, link: SideLink | null = null): boolean {
  if (!a.titles.length || !b.titles.length) return false;
  // A linked office's two names (区行政审批局局长 / 区数据资源和政务服务局局长) come off the front too: one post.
  const offices = [...officesOf(a), ...officesOf(b), ...(link ? [link.old, link.now] : [])];
  const [pa, pb] = [posts(a.titles, offices), posts(b.titles, offices)];
  if (pa === pb) return false;
  const [sa, sb] = [pa.split('\u0000'), pb.split('\u0000')];
  const within = (x: string[], y: string[]) => x.every((t) => y.includes(t));
  return !(a.titles.length && b.titles.length && (within(sa, sb) || within(sb, sa)));
}

const pickName = (x: string, y: string) => (x <= y ? x : y);

/** The link a session states between the offices of a and b (old on either side), or null. */
function linkOf(a: Who, b: Who, links: readonly SideLink[]): SideLink | null {
  const at = (p: Who, name: string) => officesOf(p).some((o) => sameOffice(o, name));
  return links.find((l) => (at(a, l.old) && at(b, l.now)) || (at(a, l.now) && at(b, l.old))) ?? null;
}

/** A head's post of an office (局长, 主任, 市长), no deputy's (副局长: an office has several at once) nor a member's. */
const HEADS = new Set(postHeads(['government', 'department', 'judicial', 'office', 'station', 'institution', 'school', 'party', 'bank', 'enterprise', 'organization']));

/**
 * Head posts held in A by one person and in B by another: the same office (or one a session links to it) and the
 * same head post, each holder the only one of that post on its side. The office is the present (or fuller) name.
 * An acting head holds the head's post (区综合行政执法局代理局长朱海峰 succeeds 局长戴志明: model/posts.ts's marks), and so
 * does a deputy running the office (市民政局主持工作的副局长杨某, 市国资委副主任（主持工作）洪某 succeed the 局长, the 主任).
 */
function successors(as: readonly (readonly [Person, Who])[], bs: readonly (readonly [Person, Who])[], links: readonly SideLink[]): SuccessorRow[] {
  // (A deputy running the office, the duty written apart among the titles — "副局长郑某（主持工作）" — holds the head's post too.)
  const heads = (w: Who) => w.organization === null ? [] : w.titles.map((t) => nameKey(t)).filter((t) => t.startsWith(nameKey(w.organization!)))
    .map((t) => heldPost(t.slice(nameKey(w.organization!).length), HEADS, w.titles.some(isRunningDuty))).filter((t) => HEADS.has(t));
  const one = (w: Who, other: Who, link: SideLink | null) => sameOffice(w.organization, other.organization) || !!link;
  const out: SuccessorRow[] = [];
  for (const [pa, wa] of as) {
    for (const post of heads(wa)) {
      const fits = (side: readonly (readonly [Person, Who])[], w: Who) => side.filter(([, x]) => heads(x).includes(post) && one(x, w, linkOf(x, w, links)));
      const inB = fits(bs, wa);
      if (inB.length !== 1 || fits(as, inB[0][1]).length !== 1) continue;
      const [pb, wb] = inB[0];
      const link = linkOf(wa, wb, links);
      out.push({
        organization: link ? link.now : office(wa.organization, wb.organization)!,
        post,
        // (Renamed, each holder held the post under the name of their session: 市水务局局长 王立新 → 市水利局局长 胡振东.)
        ...(link && !sameOffice(wa.organization, wb.organization) ? { offices: { a: wa.organization!, b: wb.organization! } } : {}),
        name: { a: pa.name!, b: pb.name! },
        person: { a: side(pa), b: side(pb) },
      });
    }
  }
  return out.sort((p, q) => (p.organization + p.post < q.organization + q.post ? -1 : p.organization + p.post > q.organization + q.post ? 1 : 0));
}

/** A person's office as written, without the marker 现任. */
const written = (p: Person | null): string | null => (p?.organization ? withoutNow(p.organization) : p?.organization ?? null);

function chairOf(c: Chair | null): Who | null {
  return c?.name ? { name: c.name, organization: c.organization, titles: c.titles } : null;
}

/** The chair of both sessions when the same person presides (same name, office alike or not given). */
function compareChairs(a: InquiryRecord, b: InquiryRecord): ChairRow | null {
  const ca = chairOf(a.session.chair);
  const cb = chairOf(b.session.chair);
  if (!ca || !cb || matchPeople([ca], [cb]).length === 0) return null;
  return {
    name: pickName(ca.name, cb.name),
    organization: office(ca.organization, cb.organization),
    titles: { a: ca.titles, b: cb.titles },
    titleChanged: titlesDiffer(ca, cb),
  };
}

/** A person as matched: office and titles with the session's place read as its level (榆溪市应急管理局 → 市应急管理局). */
function local(p: Person, place: Place | null, apart = false): Who {
  const read = (n: string) => (apart ? placedName(n, place) : localName(n, place));
  const chain = titleChain(p.titles.map(read));
  const organization = currentOffice(p.organization === null ? null : read(p.organization), chain);
  return { name: p.name!, organization, titles: chain.current, offices: chain.offices };
}

export function comparePeople(a: InquiryRecord, b: InquiryRecord, texts: SourceTexts = {}): PeopleSection {
  const peopleA = named(a);
  const peopleB = named(b);
  const [placeA, placeB] = sessionPlaces(a, b);
  // Two places' sessions (青山市, 白水市): 市水利局 is each place's own, so its heads of one name are two people.
  const apart = differentPlaces(placeA, placeB);
  const [whoA, whoB] = [peopleA.map((p) => local(p, placeA, apart)), peopleB.map((p) => local(p, placeB, apart))];
  const links = sideLinks(a, b, texts);
  const pairs = matchPeople(whoA, whoB, samePlace(placeA, placeB), apart, (x, y) => linkOf(x, y, links) !== null);
  const movedPairs = pairs.filter(([i, j]) => whoA[i].organization !== null && whoB[j].organization !== null && !shareOffice(whoA[i], whoB[j]));
  // Two names of one office, as a session says (renamed, duties moved): the same office, no move.
  const linked = new Map(movedPairs.flatMap(([i, j]) => { const l = linkOf(whoA[i], whoB[j], links); return l ? [[i, l] as const] : []; }));
  const moved = new Set(movedPairs.map(([i]) => i).filter((i) => !linked.has(i)));
  const row = (pa: Person | null, pb: Person | null, wa: Who | null = null, wb: Who | null = null, officeChanged = false, link: SideLink | null = null): PersonRow => ({
    // With both sides, the smaller spelling of the name: the same whichever session is called A.
    name: pa && pb ? pickName(pa.name!, pb.name!) : (pa ?? pb)!.name!,
    // Moved between offices: no one office (the titles on each side say which). Offices as written when the
    // two agree on one; else the office a title chain shares (县人大常委会 of 委员、县总工会主席 / 委员).
    organization: officeChanged ? null : link ? link.link.now : wa && wb && wa.organization !== null && wb.organization !== null && !sameOffice(wa.organization, wb.organization)
      ? sharedOffice(wa, wb) : office(written(pa), written(pb)),
    person: { a: pa && side(pa), b: pb && side(pb) },
    titleChanged: !!wa && !!wb && (officeChanged || titlesDiffer(wa, wb, link)),
    officeChanged,
    ...(link ? { officeLink: linkRef(link) } : {}),
  });
  const order = (p: PersonRow, q: PersonRow) => (p.name < q.name ? -1 : p.name > q.name ? 1 : 0) || ((p.organization ?? '') < (q.organization ?? '') ? -1 : 1);
  const usedA = new Set(pairs.map(([i]) => i));
  const usedB = new Set(pairs.map(([, j]) => j));
  return {
    both: pairs.map(([i, j]) => row(peopleA[i], peopleB[j], whoA[i], whoB[j], moved.has(i), linked.get(i) ?? null)).sort(order),
    onlyA: peopleA.filter((_, i) => !usedA.has(i)).map((p) => row(p, null)),
    onlyB: peopleB.filter((_, j) => !usedB.has(j)).map((p) => row(null, p)),
    chair: compareChairs(a, b),
    successors: successors(
      peopleA.map((p, i) => [p, whoA[i]] as const).filter((_, i) => !usedA.has(i)),
      peopleB.map((p, j) => [p, whoB[j]] as const).filter((_, j) => !usedB.has(j)),
      links,
    ),
  };
}

/** How many people changed title: those in both, and the chair when not already one of them. */
export function titleChanges(people: PeopleSection): number {
  const changed = people.both.filter((p) => p.titleChanged).map((p) => nameKey(p.name));
  const chair = people.chair?.titleChanged && !changed.includes(nameKey(people.chair.name)) ? 1 : 0;
  return changed.length + chair;
}
