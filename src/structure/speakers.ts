/**
 * Person mentions: every place a text names someone, by title and/or name.
 *
 * Example: "市人大常委会委员、麒麟区人大常委会主任谢茂华就政府如何…进行提问" gives one mention,
 * title "市人大常委会委员、麒麟区人大常委会主任", name 谢茂华, organization 麒麟区人大常委会,
 * congress true. Also read: name + title (王某某委员), surname + title (李局长), office only
 * (市公安局相关负责人表示, 一位委员问), one title before several names (副局长王某、李某), and a
 * bare name already known (海建才表示). Not people: bylines (记者 王某), titles with no name
 * or speech (人大代表建议), names that are not introduced (习近平法治思想).
 * Matching runs on `pair.view`; spans are [start, end) UTF-16 offsets into `pair.text`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, withoutPadding, type SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { boundaryBefore, endScore, surnameLength } from './name-context.js';
import { readName } from './names.js';
import { readUnlistedName } from './unlisted-names.js';
import { TAG } from './term-index.js';
import { findTitles, readOrganization, type OrgRead, type TitleHit } from './titles.js';
import { appositiveMentions } from './appositive.js';
import { labelNameMentions } from './label-names.js';
import { handleLabelMentions } from './handle-labels.js';
import { hostLabelMentions } from './host-questions.js';
import { orgLabelMentions } from './org-labels.js';
import { addAffiliations } from './affiliations.js';
import { postHeads } from './post-orgs.js';
import { JOINERS, chainFacts, isCongress, surnameOf, type Link } from './chain-facts.js';
import { deputyOccupationMention, withDeputyQualifiers } from './deputy-labels.js';
import { opensLabel } from './chain-labels.js';
import { nameAfter, readChain } from './titles-chain.js';
import { resolveFieldDepartments } from './field-departments.js';

/**
 * Every person mention in `range` (UTF-16 offsets into the text) in reading order. Names given
 * in `known` (as written; matched on the view) and names introduced with a title anywhere in
 * the range are also found on their own ("海建才表示"). Mentions never overlap.
 */
export function findMentions(pair: TextPair, range: Span = [0, pair.text.length], known: readonly string[] = [], lex: Lexicon = lexicon()): SpeakerMention[] {
  const { view } = pair;
  const [from, to] = range;
  const names = known.map((k) => normalize(k)); // matched against the view: 朱樹平 → 朱树平
  const out: SpeakerMention[] = [];
  const claimed: Span[] = [];
  // An occupation (居民, 种粮大户) or a member of the public (群众代表) is a title only right before a name.
  const hits = findTitles(lex, view, from, to).filter((h, k, all) => (h.flags & (TAG.descriptor | TAG.public)) === 0 || describesName(lex, view, all, k, from, to, names));

  const links: Link[] = [];
  for (const hit of hits) {
    const last = links[links.length - 1];
    if (last && last.end === hit.start) { last.hits.push(hit); last.end = hit.end; continue; } // 党组书记局长
    const floor = last ? Math.max(from, last.end) : from;
    links.push({ start: 0, end: hit.end, hits: [hit], org: readOrganization(lex, view, hit.start, floor, (hit.flags & TAG.office) !== 0) });
    links[links.length - 1].start = links[links.length - 1].org.start;
  }

  for (let i = 0; i < links.length; i++) {
    // A chain: links joined by 、 (市人大常委会委员、麒麟区人大常委会主任).
    let j = i;
    while (j + 1 < links.length && JOINERS.has(view[links[j].end]) && (links[j + 1].start === links[j].end + 1 || memberGoesOn(view, links[j], links[j + 1])) && !nameAfter(lex, view, links[j].end, to, names)) j++;
    const chain = links.slice(i, j + 1);
    i = j;
    const prev = out[out.length - 1];
    const floor = prev ? Math.max(from, prev.span[1]) : from;
    if (chain[0].start < floor && !rereadAfterJoin(lex, view, chain[0], floor)) continue; // inside the mention before
    // "陶某某委员(省人大常委会委员、…)": the titles in brackets belong to the name before its
    // short post; that chain may read back over the mention "陶某某委员" and replaces it.
    const bracketed = prev !== undefined && prev.span[1] === chain[0].start - 1 && view[prev.span[1]] === '(' && prev.nameSpan !== null && prev.span[0] === prev.nameSpan[0];
    const found = readChain(pair, lex, chain, bracketed ? Math.max(from, prev.span[0]) : floor, to, names);
    // "省人大代表、某乳业公司质量总监秦雪:": a deputy's label goes on with a workplace and an occupation (deputy-labels.ts).
    // (Also when the chain was read as an office naming nobody: "省人大代表、质量总监秦雪代表:" took 代表 for a second link.)
    if (found.every((m) => m.name === null)) {
      const d = deputyOccupationMention(pair, lex, chain[0].start, chain[0].end, floor, to, chainFacts(pair, chain.slice(0, 1), chainTags(chain.slice(0, 1))));
      if (d) found.splice(0, found.length, d);
    }
    // "列席代表孙雯:": what qualifies 代表 before it on its label's line is the title's.
    for (let k = 0; k < found.length; k++) found[k] = withDeputyQualifiers(pair, found[k], floor);
    if (bracketed && found.length > 0 && found[0].span[0] < floor) {
      out.pop();
      claimed.pop();
    }
    for (const m of found) {
      fromPlace(pair, m, floor);
      out.push(m);
      claimed.push(m.span);
      if (m.nameSpan) remember(names, view.slice(m.nameSpan[0], m.nameSpan[1]));
    }
    if (!found.length && chain[chain.length - 1].hits.some((h) => (h.flags & TAG.byline) !== 0)) {
      const n = nameAfter(lex, view, chain[chain.length - 1].end, to, []);
      if (n) claimed.push([chain[0].start, n.end]); // 记者 王某: not a speaker
    }
  }
  // "网友“湖畔老周”:…": an online user's label, the handle in the name slot (not remembered as a name:
  // the chair quoting the handle mid-line names no speaker).
  for (const m of handleLabelMentions(pair, range, claimed)) {
    out.push(m);
    claimed.push(m.span);
  }
  // "主持人:请问市某局,…?": the host asking, named by the office only (host-questions.ts).
  for (const m of hostLabelMentions(pair, range, claimed)) {
    out.push(m);
    claimed.push(m.span);
  }
  // "程立华, 县人大常委会委员, 首先提问": a name with its title as an apposition.
  for (const m of appositiveMentions(pair, lex, range, claimed)) {
    out.push(m);
    claimed.push(m.span);
    remember(names, view.slice(m.nameSpan![0], m.nameSpan![1]));
  }
  // "达瓦次仁:…": a bare name opening a line as a label.
  for (const m of labelNameMentions(pair, lex, range, claimed)) {
    out.push(m);
    claimed.push(m.span);
    remember(names, view.slice(m.nameSpan![0], m.nameSpan![1]));
  }
  // "区教育局:…": an organization alone as a line's label, the office speaking.
  for (const m of orgLabelMentions(pair, lex, range, claimed)) {
    // "省民政厅(邵某厅长):": the person read inside the brackets is the label's.
    for (let i = out.length - 1; i >= 0; i--) if (out[i].span[0] > m.span[0] && out[i].span[1] < m.span[1]) out.splice(i, 1);
    out.push(m);
    claimed.push(m.span);
  }
  out.push(...bareNames(pair, lex, range, names, claimed));
  out.sort((a, b) => a.span[0] - b.span[0]);
  addAffiliations(lex, view, out); // "镇人大代表 杨某某(大坪村党支部书记):"
  inheritOrganizations(pair, out); // "省财政厅厅长冉某、副厅长柴某"
  resolveFieldDepartments(pair, lex, out); // "请问市民政局…?民政部门负责人回答"
  return out;
}

/** Between two people of one list: 、 (or 和/及/与), maybe spaced. */
const LIST_JOIN = /^[ \t\u3000]*[、和及与][ \t\u3000]*$/u;
/** The rank words before a post (副厅长 is a 厅长 of lower rank). */
const RANK = /^(?:常务副|副|代理)/u;

/**
 * "省财政厅厅长冉某、副厅长柴某": a bare post listed right after someone of an organization, of the
 * same post in another rank (厅长 → 副厅长, 主任 → 副主任) or one heading that organization, holds it
 * in the same organization. Not "市人大常委会副主任张某、秘书长李某" (another post: no guess).
 * `mentions` sorted by start; changed in place.
 */
function inheritOrganizations(pair: TextPair, mentions: SpeakerMention[]): void {
  const { view } = pair;
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    if (m.organization || !m.name || !m.office || !m.titleSpan || m.titleSpan[0] !== m.span[0]) continue;
    if (!prev.organization || !prev.office || !prev.nameSpan || prev.nameSpan[1] !== prev.span[1]) continue;
    if (!LIST_JOIN.test(view.slice(prev.span[1], m.span[0]))) continue;
    const post = normalize(m.office);
    if (post.replace(RANK, '') === normalize(prev.office).replace(RANK, '') || postHeads(post, normalize(prev.organization))) m.organization = prev.organization;
  }
}

/** "来自江西的" opening a line right before a title: where the member comes from (not 来自基层的, a walk of life). */
const FROM_PLACE = /(?:^|\n)[ \t]*(?:问题[一二三四五六七八九十\d]{1,3}[ \t]*:[ \t]*)?(来自(?!基层|一线|群众|企业|农村|社区)[\u4e00-\u9fff]{1,10}?的)$/u;

/**
 * "来自江西的全国人大代表甘某:": in a speaker label, the place the member comes from belongs to the
 * title (and to the label), so the mention starts at 来自; the title keeps it as written. `m` is
 * changed in place.
 */
const LABEL_COLON_AFTER = /^[ \t]*:/u;

function fromPlace(pair: TextPair, m: SpeakerMention, floor: number): void {
  if (!m.titleSpan || m.titleSpan[0] !== m.span[0]) return;
  const at = m.span[0];
  const lookFrom = Math.max(floor, at - 15);
  const p = FROM_PLACE.exec(pair.view.slice(lookFrom, at));
  if (!p || (p.index === 0 && !p[0].startsWith('\n') && lookFrom > 0 && pair.view[lookFrom - 1] !== '\n')) return;
  if (!LABEL_COLON_AFTER.test(pair.view.slice(m.span[1], m.span[1] + 3))) return;
  const start = at - p[1].length;
  m.span = [start, m.span[1]];
  m.titleSpan = [start, m.titleSpan[1]];
  m.title = pair.text.slice(start, m.titleSpan[1]);
}

/** Free words of a later link's organization the lexicon does not read (湖南省长沙市某企业): ideographs, no clause words. */
const FREE_ORG = /^(?:(?![的和与及在对就说问是])[\u4e00-\u9fff]){1,12}$/u;

/**
 * "全国人大代表、湖南省长沙市某企业董事长樊志诚": after a congress post (代表, 委员), the next link of
 * the chain may open with an organization the lexicon does not read (某企业); it still belongs to
 * the chain, so the person stays a member of the congress whatever the last post is.
 */
function memberGoesOn(view: string, link: Link, next: Link): boolean {
  if (!link.hits.some((h) => (h.flags & TAG.congress) !== 0)) return false;
  if (next.start <= link.end + 1) return false;
  const words = view.slice(link.end + 1, next.start);
  // "省人大代表、来自基层社区的全国劳动模范阮某": a walk of life the member comes from, before an occupation or honour.
  return FREE_ORG.test(words) || (FROM_WALK.test(words) && next.hits.every((h) => (h.flags & (TAG.descriptor | TAG.public)) !== 0));
}

/** "来自基层社区的", "来自城郊的": where a member comes from, a relative clause before a descriptor link (居民, 劳动模范). */
const FROM_WALK = /^来自(?:(?![、,。;:?!的])[\u4e00-\u9fff]){1,12}的$/u;

/** Words joining two people named one after the other: 副厅长韦某和自治区民政厅副厅长甘某. */
const JOIN_PEOPLE = new Set(['和', '与', '及', '、']);

/**
 * "自治区财政厅副厅长韦某和自治区人力资源社会保障厅副厅长甘某": the organization of the second
 * link was read back over "韦某和" (和 cuts only before a listed place or institution, and 自治区…厅
 * is a named one). When a joining word stands right after the mention before (at `floor`), read
 * the organization again from after it; true when the link then starts there or later (`link` updated).
 */
function rereadAfterJoin(lex: Lexicon, view: string, link: Link, floor: number): boolean {
  if (!JOIN_PEOPLE.has(view[floor])) return false;
  const org = readOrganization(lex, view, link.hits[0].start, floor + 1);
  if (org.start < floor + 1) return false;
  link.org = org;
  link.start = org.start;
  return true;
}

/**
 * True when the descriptor `hits[k]` is a title: right before a name, and for an occupation (居民,
 * 种粮大户) only as a later link of a chain ("市人大代表、桐华街道居民孟雪琴") or opening a line's
 * speaker label ("易家渡镇居民卓秀英:…"); a member of the public (群众代表) may open any chain.
 */
function describesName(lex: Lexicon, view: string, hits: TitleHit[], k: number, from: number, to: number, names: readonly string[]): boolean {
  const h = hits[k];
  // 群众代表、易家渡镇居民卓秀英: a member of the public may lead a chain whose name comes later (readChain needs one).
  if ((h.flags & TAG.public) !== 0 && JOINERS.has(view[h.end])) return true;
  const name = nameAfter(lex, view, h.end, to, names) ?? readUnlistedName(lex, view, h.end, to);
  if (name === null) return false;
  if ((h.flags & TAG.public) !== 0) return true;
  return (k > 0 && hits[k - 1].end < h.start) || opensLabel(view, from, h.start, name.end);
}

/** Add a name read at a mention (as the view writes it) to `names`; a padded one ("张 伟") also unpadded, so 张伟表示 is found later. */
function remember(names: string[], seen: string): void {
  if (!names.includes(seen)) names.push(seen);
  const bare = withoutPadding(seen);
  if (bare !== seen && !names.includes(bare)) names.push(bare);
}

/**
 * Names already introduced, found again on their own (海建才表示), outside `claimed`. Only two
 * kinds of offset can open one: where a known name is written, and up to LONGEST_NAME code
 * units before a 同志 (请李某某同志回答). They are found with string searches, not by testing
 * every offset of the text (a walk that runs slowly until the engine has optimized it, many
 * documents into a batch); `bareNameAt` reads each.
 */
function bareNames(pair: TextPair, lex: Lexicon, range: Span, names: readonly string[], claimed: Span[]): SpeakerMention[] {
  const { view } = pair;
  const [from, to] = range;
  const out: SpeakerMention[] = [];
  const byFirst = namesByFirst(names);
  const starts = bareNameStarts(view, from, to, byFirst, lex.index.surnames.first);
  let tongzhi = view.indexOf('同志', from); // the first 同志 after i, kept as i moves on
  let next = from; // offsets before it lie inside a mention just found
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    if (i < next || (k > 0 && starts[k - 1] === i)) continue; // (an offset may be listed twice)
    const starting = byFirst.get(view.charCodeAt(i));
    const name = starting === undefined ? null : knownNameAt(view, i, to, starting);
    if (name === null) {
      // 请李某某同志回答: 同志 marks a person even when no title was given.
      while (tongzhi !== -1 && tongzhi <= i) tongzhi = view.indexOf('同志', tongzhi + 1);
      if (tongzhi === -1 || tongzhi - i > LONGEST_NAME) continue;
    }
    const end = bareNameAt(pair, lex, i, name, starting !== undefined, range, claimed, out);
    if (end >= 0) next = end;
  }
  return out;
}

/**
 * The offsets of `[from, to)` where a bare name may open, ascending: every known name's
 * occurrences, and the offsets up to LONGEST_NAME before a 同志 whose unit opens a surname or a
 * known name (a bit set of the surnames' first units: most offsets open none).
 */
function bareNameStarts(view: string, from: number, to: number, byFirst: Map<number, string[]>, surnameFirst: Uint32Array): number[] {
  const starts: number[] = [];
  for (const list of byFirst.values()) {
    for (const n of list) for (let at = view.indexOf(n, from); at !== -1 && at < to; at = view.indexOf(n, at + 1)) starts.push(at);
  }
  let windowEnd = from; // offsets below it were looked at already (windows of close 同志 overlap)
  for (let t = view.indexOf('同志', from + 1); t !== -1 && t - LONGEST_NAME < to; t = view.indexOf('同志', t + 1)) {
    for (let i = Math.max(windowEnd, t - LONGEST_NAME); i < t && i < to; i++) {
      const c = view.charCodeAt(i);
      if ((surnameFirst[c >>> 5] & (1 << (c & 31))) !== 0 || byFirst.has(c)) starts.push(i);
    }
    windowEnd = Math.max(windowEnd, t);
  }
  starts.sort((a, b) => a - b);
  return starts;
}

/** The first of `starting` (known names, longest first) written at `i` and ending by `to`, or null. */
function knownNameAt(view: string, i: number, to: number, starting: readonly string[]): string | null {
  for (let k = 0; k < starting.length; k++) {
    const n = starting[k];
    if (i + n.length <= to && view.startsWith(n, i)) return n;
  }
  return null;
}

/**
 * The bare-name mention at `i` (pushed to `out`, its name span to `claimed`): `name` is the known
 * name written there, or null when a 同志 follows within reach and a name is read before it
 * (`known`: some known name opens with this unit). Returns where the mention ends, or -1.
 */
function bareNameAt(pair: TextPair, lex: Lexicon, i: number, name: string | null, known: boolean, range: Span, claimed: Span[], out: SpeakerMention[]): number {
  const { text, view } = pair;
  const from = range[0];
  const to = range[1];
  // 请县水务局严立新同志回答: an organization and 同志 around a name, with no title. It counts
  // only before 同志, so it is read back (the costly part) only then. Both are read once, on demand.
  let boundary = false;
  let boundaryRead = false;
  let org: OrgRead | null = null;
  let orgRead = false;
  if (name === null) {
    if (!known && surnameLength(lex, view, i) === 0) return -1; // neither a known name nor a surname opens here
    const r = readName(lex, view, i, to);
    if (r === null || !view.startsWith('同志', r.end) || view.charCodeAt(r.end + 2) === MEN) return -1;
    boundary = boundaryBefore(lex, view, i, from);
    boundaryRead = true;
    if (!boundary) {
      org = organizationEndingAt(lex, view, i, from);
      orgRead = true;
      if (org === null) return -1;
    }
    name = view.slice(i, r.end);
  }
  const end = i + name.length;
  const beforeTongzhi = view.startsWith('同志', end);
  if (!boundaryRead) boundary = boundaryBefore(lex, view, i, from);
  if (boundary || !beforeTongzhi) org = null;
  else if (!orgRead) org = organizationEndingAt(lex, view, i, from);
  const start = org ? org.start : i;
  if (taken(claimed, start, end) || (start === i && !boundary) || endScore(lex, view, end, to) === 0) return -1;
  out.push(speakerMention([start, end], 'bare-name', text.slice(i, end), [i, end], null, null,
    start < i && org?.organization ? text.slice(org.organization[0], org.organization[1]) : null,
    start < i && /人大|人民代表大会/u.test(view.slice(start, i)), null, surnameOf(pair, lex, i)));
  claimed.push([i, end]);
  return end;
}

const MEN = '们'.charCodeAt(0);

/** True when `[s, e)` overlaps a claimed span. */
function taken(claimed: readonly Span[], s: number, e: number): boolean {
  for (let k = 0; k < claimed.length; k++) if (s < claimed[k][1] && claimed[k][0] < e) return true;
  return false;
}

/** The names by their first code unit, each list longest first (names of one length in the given order). */
function namesByFirst(names: readonly string[]): Map<number, string[]> {
  const byFirst = new Map<number, string[]>();
  for (const n of [...names].sort((a, b) => b.length - a.length)) {
    if (!n.length) continue;
    const list = byFirst.get(n.charCodeAt(0));
    if (list) list.push(n);
    else byFirst.set(n.charCodeAt(0), [n]);
  }
  return byFirst;
}

/** The longest name `readName` reads without known names: a dotted one, 6 + 3 × (1 + 8) code units. */
const LONGEST_NAME = 33;

/** An organization with a place or listed institution ending exactly at `pos` (县水务局|严立新同志), or null. */
function organizationEndingAt(lex: Lexicon, view: string, pos: number, floor: number): OrgRead | null {
  const org = readOrganization(lex, view, pos, floor);
  const anchored = org.units.some((u) => u.kind === 'place' || u.kind === 'head');
  return org.organization && org.units[org.units.length - 1]?.end === pos && anchored && boundaryBefore(lex, view, org.start, floor) ? org : null;
}

/**
 * The inside of a speaker label ("委员 王某", "李某", "市某局局长李某", "市公安局负责人"): one
 * mention with form 'label', or null. A bare 2–4 character name starting with a surname is read
 * as a name; a post alone names a speaker by office only.
 */
export function readLabel(pair: TextPair, range: Span, known: readonly string[] = [], lex: Lexicon = lexicon()): SpeakerMention | null {
  const { text, view } = pair;
  let [s, e] = range;
  while (s < e && /\s/u.test(view[s])) s++;
  while (e > s && /\s/u.test(view[e - 1])) e--;
  const found = findMentions(pair, [s, e], known, lex).find((m) => m.form !== 'bare-name');
  if (found) return { ...found, form: 'label' };
  const n = readName(lex, view, s, e, known.map((k) => normalize(k)));
  if (n && n.end === e) {
    return {
      span: [s, e], form: 'label', name: withoutPadding(text.slice(s, e)), nameSpan: [s, e], title: null, titleSpan: null,
      organization: null, congress: false, office: null, surname: surnameOf(pair, lex, s),
    };
  }
  const any = findMentions(pair, [s, e], known, lex)[0];
  if (any) return { ...any, form: 'label' };
  // A post alone ("【委员】", "市公安局负责人:"): a speaker named by office only.
  const hits = findTitles(lex, view, s, e);
  const last = hits[hits.length - 1];
  if (!last || last.end !== e || hits.some((h) => h.tags.has('byline'))) return null;
  const org = readOrganization(lex, view, hits[0].start, s);
  if (org.start !== s) return null;
  const organization = org.organization ? text.slice(org.organization[0], org.organization[1]) : null;
  const congress = isCongress(view.slice(s, hits[0].start), hits.some((h) => h.tags.has('congress')));
  return {
    span: [s, e], form: 'label', name: null, nameSpan: null, title: text.slice(s, e), titleSpan: [s, e],
    organization, congress, office: text.slice(last.start, last.end), surname: null,
  };
}

/** The tags of every title of `chain`, as bits. */
function chainTags(chain: Link[]): number {
  let tags = 0;
  for (const l of chain) for (const h of l.hits) tags |= h.flags;
  return tags;
}
