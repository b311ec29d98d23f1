/**
 * The people of a transcript: mentions grouped into `Person` records with ids p1, p2 … in
 * order of first appearance.
 *
 * Example: "市政府副市长海建才分析,…海建才表示,…" → one person p1 (海建才, titles
 * [市政府副市长], organization 市政府) with two mentions. Same name = same person, exact names
 * only (朱树平 ≠ 朱树锋; but a four-character name extending a titled three-character one by a character is the name
 * the text cut short: 沙马伍 then 沙马伍各); "李局长" joins the latest person surnamed 李 holding the office 局长;
 * "市某局负责人" becomes a person with name null, keyed by title and organization; a department's
 * unnamed official by post and organization ("市住建局有关负责人" and "市住建局相关负责同志" are one person).
 * Spans are [start, end): UTF-16 offsets into the decoded text.
 */
import type { Person, Role } from '../model/record.js';
import type { SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { withoutEmphasis } from '../source/markdown.js';
import { withoutFormerName } from './second-names.js';
import { sameOrganization } from '../model/org-names.js';
import { foldedNameDots } from './dotted-names.js';
import { withoutAsides } from './label-asides.js'; // "州人大代表（土家族）、…": the note is no part of the title
import { addressedTitle, fitsTitle } from './addressed-titles.js';

const NONE: readonly string[] = [];

export class PeopleRegistry {
  private readonly list: Person[] = [];
  private readonly byKey = new Map<string, Person>();
  /** Each person's offices (局长, 副市长 …) and when they were last named, for 李局长. */
  private readonly offices = new Map<Person, Set<string>>();
  private readonly lastSeen = new Map<Person, number>();
  /** People so far known only as surname + post (孙局长), by surname. */
  private readonly surnames = new Map<Person, string>();
  /** The titles each person holds only as a post of address so far (杨春花委员 in the chair's words), see addressed-titles.ts. */
  private readonly addressed = new Map<Person, Set<string>>();

  /** `text` is the decoded text the mentions' spans index. */
  constructor(private readonly text: string) {}

  /**
   * Record a mention (and the role, when known); returns the person's id. `asked`: for a short form answering, the
   * offices its question is put to (asked-offices.ts), which pick among several officials it fits.
   */
  add(m: SpeakerMention, role?: Role, asked: readonly string[] = NONE): string {
    const p = this.lookup(m, asked) ?? this.adopt(m) ?? this.create(m);
    const span = m.span;
    // (Kept sorted by start, so a mention already recorded is found by halving, not by a search of all of them:
    // a person named in every line of a long transcript made that quadratic. A new one goes after those of its start.)
    const mentions = p.mentions;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].span[0] <= span[0]) lo = mid + 1;
      else hi = mid;
    }
    let known = false;
    for (let k = lo - 1; k >= 0 && mentions[k].span[0] === span[0]; k--) if (mentions[k].span[1] === span[1]) known = true;
    if (!known) mentions.splice(lo, 0, { text: this.text.slice(span[0], span[1]), span: [span[0], span[1]] });
    // 市水利局**局长 → 市水利局局长; …局（原区行政审批局）局长 → …局局长 (a former name is no part of the post, second-names.ts)
    const title = m.titleSpan ? withoutAsides(withoutFormerName(withoutEmphasis(this.text.slice(m.titleSpan[0], m.titleSpan[1])))) : null;
    const resolved = m.form === 'surname-title' || m.reference === 'anaphoric';
    // 市农业委员会主任兼市畜牧兽医局局长 holds two posts: each is a title of its own (a 、 chain stays one title).
    // A chain replacing a link named before (请县人大代表某提问, then 某(县人大代表、某合作社理事长)) brings its organization.
    let fuller = false;
    if (title && (!resolved || p.titles.length === 0)) {
      // "潘国良：杨春花委员还有追问吗？": a post of address joins only someone with no stated title (addressed-titles.ts).
      if (addressedTitle(this.text, m)) this.addAddressed(p, title);
      else {
        for (const post of postsOf(title)) fuller = addTitle(p.titles, post) || fuller;
        this.dropAddressed(p, title);
      }
    }
    // 杨某某(大坪村党支部书记): more titles; 局长 某某(县水利局): the organization read there, no title (affiliations.ts).
    if (m.affiliation && this.text.slice(m.affiliation[0], m.affiliation[1]) !== m.organization) addTitle(p.titles, this.text.slice(m.affiliation[0], m.affiliation[1]));
    if (m.office) this.offices.get(p)!.add(normalize(m.office));
    // Every post of a title chain, not just the last: "区人大常委会委员、区人大城建环保工委主任何美玲"
    // is 何委员 later, as well as 何主任 (a post is matched by its end: 区人大常委会委员 holds 委员).
    if (title && !resolved) for (const post of linksOf(title)) this.offices.get(p)!.add(normalize(post));
    if (fuller && m.organization) p.organization = m.organization;
    else p.organization ??= m.organization;
    this.lastSeen.set(p, Math.max(this.lastSeen.get(p) ?? -1, span[0]));
    if (role) this.addRole(p.id, role);
    return p.id;
  }

  /**
   * Record many mentions at once (an empty registry): names first, then surname + title and
   * 这位… mentions, so "请问孙局长" before "市交通运输局局长孙海涛" still joins 孙海涛; ids
   * are then numbered by first mention. Returns each mention's id, in the order given.
   */
  addAll(mentions: readonly SpeakerMention[]): string[] {
    const order = mentions.map((m, i) => i).sort((a, b) => mentions[a].span[0] - mentions[b].span[0]);
    const later = (m: SpeakerMention) => m.form === 'surname-title' || m.reference === 'anaphoric';
    const persons = new Map<number, Person>();
    for (const pass of [false, true]) {
      for (const i of order) {
        if (later(mentions[i]) !== pass) continue;
        const id = this.add(mentions[i]);
        persons.set(i, this.list.find((p) => p.id === id)!);
      }
    }
    // Renumber by first mention (ids were not handed out yet).
    this.list.sort((a, b) => (a.mentions[0]?.span[0] ?? 0) - (b.mentions[0]?.span[0] ?? 0));
    this.list.forEach((p, i) => { p.id = `p${i + 1}`; });
    return mentions.map((_, i) => persons.get(i)!.id);
  }

  /** A post someone is addressed by: a title while the person has no stated one (kept apart, to give way to one). */
  private addAddressed(p: Person, post: string): void {
    const addressed = this.addressed.get(p) ?? new Set<string>();
    if (p.titles.some((t) => !addressed.has(t))) return; // stated: 市人大代表 杨春花 is no 委员 for being called one
    addTitle(p.titles, post);
    this.addressed.set(p, addressed.add(post));
  }

  /** A stated title: the posts of address it fits stay (stated now), the others give way to it. */
  private dropAddressed(p: Person, title: string): void {
    const addressed = this.addressed.get(p);
    if (!addressed?.size) return;
    for (const post of addressed) {
      const k = p.titles.indexOf(post);
      if (k >= 0 && !fitsTitle(title, post)) p.titles.splice(k, 1);
    }
    addressed.clear();
  }

  addRole(id: string, role: Role): void {
    const p = this.list.find((x) => x.id === id);
    if (p && !p.roles.includes(role)) p.roles.push(role);
  }

  /** The id of the person a mention refers to, without recording anything; null when new. */
  find(m: SpeakerMention): string | null {
    return this.lookup(m)?.id ?? null;
  }

  /** Everyone so far, in order of first appearance. */
  people(): Person[] {
    return this.list.map((p) => ({ ...p, titles: [...p.titles], roles: [...p.roles], mentions: [...p.mentions] }));
  }

  private lookup(m: SpeakerMention, asked: readonly string[] = NONE): Person | null {
    if (m.name) return this.byKey.get(keyOf(m)) ?? null;
    if (m.form === 'surname-title' && m.surname) {
      // 李局长: the person surnamed 李 holding that office, the most recently named first.
      const office = normalize(m.office ?? '');
      const surname = normalize(m.surname);
      const candidates = this.list.filter((p) => p.name && normalize(p.name).startsWith(surname) && p.name.length > surname.length
        && [...this.offices.get(p)!].some((o) => o === office || o.endsWith(office)));
      // Same organization first (市教育局李局长), then the office asked (王局长 answering "请问市交通运输局,…?"), then the most
      // recently named.
      const sameOrg = (p: Person) => (m.organization && p.organization && normalize(p.organization) === normalize(m.organization) ? 1 : 0);
      const wasAsked = (p: Person) => (p.organization && asked.some((a) => sameOrganization(a, p.organization!)) ? 1 : 0);
      candidates.sort((a, b) => sameOrg(b) - sameOrg(a) || (candidates.length > 1 ? wasAsked(b) - wasAsked(a) : 0) || (this.lastSeen.get(b) ?? 0) - (this.lastSeen.get(a) ?? 0));
      if (candidates[0]) return candidates[0];
    }
    if (m.reference === 'indefinite') return null; // 一位委员: someone new each time
    if (m.reference === 'anaphoric') {
      // 这位负责人: the latest person holding that office.
      const office = normalize(m.office ?? '');
      const holders = this.list.filter((p) => [...this.offices.get(p)!].some((o) => o === office || o.endsWith(office)));
      holders.sort((a, b) => (this.lastSeen.get(b) ?? 0) - (this.lastSeen.get(a) ?? 0));
      if (holders[0]) return holders[0];
    }
    return this.byKey.get(keyOf(m)) ?? null;
  }

  /**
   * A named mention that fits exactly one person so far known only as surname + post ("请问孙局长"
   * before "市交通运输局局长孙海涛"): that person gets the name and keeps its id.
   */
  private adopt(m: SpeakerMention): Person | null {
    if (!m.name) return null;
    // "省审计厅厅长:…" then "省审计厅厅长 施某某:…": the same office with its organization, once nameless.
    const title = m.titleSpan && m.organization ? normalize(withoutAsides(withoutFormerName(withoutEmphasis(this.text.slice(m.titleSpan[0], m.titleSpan[1]))))) : null;
    const holders = title ? this.list.filter((p) => p.name === null && !this.surnames.has(p) && p.organization !== null && p.titles.some((t) => normalize(t) === title)) : [];
    if (holders.length === 1 && !m.congress) {
      holders[0].name = m.name;
      this.byKey.set(keyOf(m), holders[0]);
      return holders[0];
    }
    const name = normalize(m.name);
    // "主任沙马伍各" cut to 沙马伍 where the text gave no end (a Yi name: no compound surname), then "请沙马伍各主任补充",
    // "沙马伍各主任:": the longer name extending a titled person's by one character is theirs, whole.
    if (name.length === 4) {
      const cut = this.list.filter((p) => p.name !== null && p.titles.length > 0 && normalize(p.name).length === 3 && name.startsWith(normalize(p.name)));
      if (cut.length === 1) {
        cut[0].name = m.name;
        this.byKey.set(keyOf(m), cut[0]);
        return cut[0];
      }
    }
    if (!m.office) return null;
    const office = normalize(m.office);
    const fits = this.list.filter((p) => p.name === null && this.surnames.has(p)
      && name.startsWith(this.surnames.get(p)!) && name.length > this.surnames.get(p)!.length
      && [...this.offices.get(p)!].some((o) => office === o || office.endsWith(o)));
    if (fits.length !== 1) return null;
    const p = fits[0];
    p.name = m.name;
    this.byKey.set(keyOf(m), p);
    return p;
  }

  private create(m: SpeakerMention): Person {
    const p: Person = { id: `p${this.list.length + 1}`, name: m.name, titles: [], organization: null, roles: [], mentions: [] };
    this.list.push(p);
    if (m.reference !== 'indefinite') this.byKey.set(keyOf(m), p);
    if (m.form === 'surname-title' && m.surname) this.surnames.set(p, normalize(m.surname));
    this.offices.set(p, new Set());
    return p;
  }
}

/** Names key a person; without a name, the surname + office (李局长) or the title + organization. */
function keyOf(m: SpeakerMention): string {
  if (m.name) return 'name:' + foldedNameDots(normalize(m.name)); // 朱樹平 and 朱树平 are one person, so are 阿依古丽•赛买提 and 阿依古丽·赛买提
  if (m.form === 'surname-title') return `surname:${m.surname ?? ''}|${m.office ?? m.title ?? ''}`;
  // 市住建局有关负责人 … 市住建局相关负责同志: one department's unnamed official, whatever the determiner.
  if (m.organization && m.office && UNNAMED_POST.test(normalize(m.office))) {
    return `office:${normalize(m.office).replace(UNNAMED_POST, '$1负责人')}|${normalize(m.organization)}`;
  }
  // "委员:" / "局长:": a post alone as a label is one person within its exchange only (unnamed-exchanges.ts).
  return `office:${m.title ?? ''}|${m.organization ?? ''}${m.exchange !== undefined ? `|exchange ${m.exchange}` : ''}`;
}

/**
 * The post of a department's unnamed official, with the determiner a report puts before it (有关,
 * 相关) and 同志 for 人 left out: 有关负责人, 相关负责同志 → 负责人; 主要负责同志 → 主要负责人
 * (the head: another post). Group 1 is the rank word kept.
 */
const UNNAMED_POST = /^(?:有关|相关)?(主要|分管)?负责(?:人|同志)$/u;

/**
 * Keep each distinct chain once; a bare post (副市长) does not repeat a longer chain that ends
 * with it, nor a link of a chain (州人大常委会委员 of 州人大常委会委员、州人大教科文卫委主任委员), and the
 * chain replaces them when it comes later (请县人大代表某提问, then 县人大代表、某合作社理事长 某).
 * True when it replaced one.
 */
function addTitle(titles: string[], title: string): boolean {
  if (titles.some((t) => t === title || t.endsWith(title) || linksOf(t).some((link) => link.endsWith(title)))) return false;
  const shorter = titles.findIndex((t) => title.endsWith(t) || linksOf(title).some((link) => link.endsWith(t)));
  if (shorter >= 0) titles[shorter] = title;
  else titles.push(title);
  return shorter >= 0;
}

/** A concurrent post in brackets after the principal one: "（兼市某办公室主任）" (speakers.ts reads it into the title). */
const CONCURRENT_BRACKET = /[（(]兼(?!职)([^()（）]+)[)）]/gu;

/**
 * 兼 joining two posts; not 兼职 (兼职委员 is one post), nor a bracketed note on how the post before is held:
 * "县政协副主席（兼）" is one post (title-qualifiers.ts reads the note), kept whole, never cut into "县政协副主席（" and "）".
 */
const JOINING_JIAN = /(?<![（(])兼(?!职|\s*[)）])/u;

/** The concurrent posts of a title (兼 joins them): 市教育局局长兼市体育局局长 → 市教育局局长 / 市体育局局长. */
function postsOf(title: string): string[] {
  if (!title.includes('兼')) return [title];
  // 市自然资源和规划局局长（兼市城市更新工作领导小组办公室主任）: the bracket holds the concurrent post, joined as by 兼.
  const posts = title.replace(CONCURRENT_BRACKET, '兼$1').split(JOINING_JIAN).map((post) => post.trim()).filter(Boolean);
  return posts.length ? posts : [title];
}

/** The links of a title chain, as readChain joins them (、 and 兼): 市委常委、政法委书记 → 市委常委 / 政法委书记. */
function linksOf(title: string): string[] {
  return title.split(/、/u).flatMap((link) => link.split(JOINING_JIAN)).map((link) => link.trim()).filter(Boolean);
}

/** Every mention into one registry (see `addAll`); returns the people. */
export function peopleOf(text: string, mentions: readonly SpeakerMention[]): Person[] {
  const reg = new PeopleRegistry(text);
  reg.addAll(mentions);
  return reg.people();
}
