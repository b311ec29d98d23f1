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
import type { SpeakerMention } from './mentions.js';
import { normalize } from '../source/normalize.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { boundaryBefore, endScore, followerAt, readName, surnameAt, type NameRead } from './names.js';
import { findTitles, readOrganization, type OrgRead, type TitleHit } from './titles.js';

/** One title link: organization + post(s), e.g. 麒麟区人大常委会主任. */
interface Link {
  start: number;
  end: number;
  hits: TitleHit[];
  org: OrgRead;
}

/** What joins the links of a title chain: 市人大常委会委员、麒麟区人大常委会主任; 副市长兼市公安局局长. */
const JOINERS = new Set(['、', '兼']);

/** Quantifiers that make an office-only speaker out of a bare post: 一位委员, 有委员, 一位来自基层的委员. */
const QUANTIFIER = /(?:(?:另一位|另一名|一位|一名|有位|有的|多位|多名|某位)(?:[^,。;:?!、\s]{1,12}的)?|有)$/u;
/** A count before a post: many people, not one speaker (4名, 十二位). */
const COUNTED = /(?:\d+|[两二三四五六七八九十百几多]+)\s*(?:名|位|个)$/u;

/** Demonstratives that point back to a speaker already named: 这位负责人, 该局长. */
const DEMONSTRATIVE = /(?:这位|那位|这名|该|此位|上述)$/u;

/** Every person mention in `range` of the text, in reading order. `known` names are also found bare. */
export function findMentions(pair: TextPair, range: Span = [0, pair.text.length], known: readonly string[] = [], lex: Lexicon = lexicon()): SpeakerMention[] {
  const { view } = pair;
  const [from, to] = range;
  const names = known.map((k) => normalize(k)); // matched against the view: 朱樹平 → 朱树平
  const out: SpeakerMention[] = [];
  const claimed: Span[] = [];
  // An occupation (居民, 律师) is a title only as a later link right before a name.
  const hits = findTitles(lex, view, from, to).filter((h, k, all) => !h.tags.has('descriptor')
    || (k > 0 && nameAfter(lex, view, h.end, to, names) !== null && all[k - 1].end < h.start));

  const links: Link[] = [];
  for (const hit of hits) {
    const last = links[links.length - 1];
    if (last && last.end === hit.start) { last.hits.push(hit); last.end = hit.end; continue; } // 党组书记局长
    const floor = last ? Math.max(from, last.end) : from;
    links.push({ start: 0, end: hit.end, hits: [hit], org: readOrganization(lex, view, hit.start, floor) });
    links[links.length - 1].start = links[links.length - 1].org.start;
  }

  for (let i = 0; i < links.length; i++) {
    // A chain: links joined by 、 (市人大常委会委员、麒麟区人大常委会主任).
    let j = i;
    while (j + 1 < links.length && JOINERS.has(view[links[j].end]) && links[j + 1].start === links[j].end + 1 && !nameAfter(lex, view, links[j].end, to, names)) j++;
    const chain = links.slice(i, j + 1);
    i = j;
    const found = readChain(pair, lex, chain, from, to, names);
    for (const m of found) {
      out.push(m);
      claimed.push(m.span);
      const seen = m.nameSpan ? view.slice(...m.nameSpan) : null;
      if (seen && !names.includes(seen)) names.push(seen);
    }
    if (!found.length && chain[chain.length - 1].hits.some((h) => h.tags.has('byline'))) {
      const n = nameAfter(lex, view, chain[chain.length - 1].end, to, []);
      if (n) claimed.push([chain[0].start, n.end]); // 记者 王某: not a speaker
    }
  }
  out.push(...bareNames(pair, lex, range, names, claimed));
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The name right after a title (spaces allowed: "委员 王某"), when the cut is supported. */
function nameAfter(lex: Lexicon, view: string, pos: number, to: number, known: readonly string[]): NameRead | null {
  const n = readName(lex, view, skipSpaces(view, pos, to), to, known);
  return n && n.score > 0 ? n : null;
}

function skipSpaces(view: string, pos: number, to: number): number {
  while (pos < to && (view[pos] === ' ' || view[pos] === '\t')) pos++;
  return pos;
}

function readChain(pair: TextPair, lex: Lexicon, chain: Link[], from: number, to: number, known: string[]): SpeakerMention[] {
  const { text, view } = pair;
  const first = chain[0];
  const last = chain[chain.length - 1];
  const tags = chain.flatMap((l) => l.hits.flatMap((h) => [...h.tags]));
  if (tags.includes('byline')) return [];
  const orgLink = [...chain].reverse().find((l) => l.org.organization);
  const organization = orgLink?.org.organization ? text.slice(...orgLink.org.organization) : null;
  const orgText = chain.map((l) => view.slice(l.start, l.hits[0].start)).join('、');
  // 委员 of a congress body; a 政协委员 sits in the consultative conference, not the congress.
  const congress = /人大|人民代表大会/u.test(orgText) || (tags.includes('congress') && !/政协/u.test(orgText));
  const post = last.hits[last.hits.length - 1];
  const office = text.slice(post.start, post.end);
  const bare = chain.length === 1 && first.start === first.hits[0].start; // a post with nothing before it
  const mention = (start: number, end: number, form: SpeakerMention['form'], name: Span | null, title: Span): SpeakerMention => ({
    span: [start, end], form,
    name: name ? text.slice(...name) : null, nameSpan: name,
    title: text.slice(...title), titleSpan: title,
    organization, congress, office,
    surname: name ? surnameOf(pair, lex, name[0]) : null,
  });

  const weak = tags.includes('weak');
  if (chain.length === 1 && tags.includes('descriptor')) return [];
  // Name (title): 王某某(市人大常委会委员) — the title in brackets right after the name.
  if (view[first.start - 1] === '(' && view[last.end] === ')') {
    for (const len of [4, 3, 2]) {
      const s = first.start - 1 - len;
      const r = s >= from ? readName(lex, view, s, first.start - 1, known) : null;
      if (r && r.end === first.start - 1 && boundaryBefore(lex, view, s, from)) {
        return [mention(s, last.end + 1, 'name-title', [s, r.end], [first.start, last.end])];
      }
    }
  }

  // Title + name(s): 市政府副市长海建才, 副局长王某、李某某. A cut with no support after it
  // (委员韩寅燕十分关注 before 十分 was listed) is taken only after a full title with an organization.
  const n = readName(lex, view, skipSpaces(view, last.end, to), to, known);
  if (n && (n.score > 0 || (!bare && !weak))) {
    const title: Span = [first.start, last.end];
    const out = [mention(first.start, n.end, 'title-name', [n.start, n.end], title)];
    for (let p = n.end; view[p] === '、'; ) {
      const more = nameAfter(lex, view, p + 1, to, known);
      if (!more || more.score < 2) break;
      out.push(mention(more.start, more.end, 'title-name', [more.start, more.end], title));
      p = more.end;
    }
    return out;
  }

  if (bare && !weak) {
    const t = first.hits[0];
    // Surname + title: 李局长, 欧阳主任 (the person is resolved later by the registry).
    for (const len of [2, 1]) {
      const s = t.start - len;
      if (s < from || !lex.surnames.has(view.slice(s, t.start))) continue;
      if (!boundaryBefore(lex, view, s, from)) continue;
      const m = mention(s, last.end, 'surname-title', null, [t.start, last.end]);
      return [{ ...m, surname: text.slice(s, t.start) }];
    }
    // Name + title: 王某某委员, 李某副市长.
    for (const len of [4, 3, 2]) {
      const s = t.start - len;
      if (s < from) continue;
      const r = readName(lex, view, s, t.start, known);
      if (r && r.end === t.start && boundaryBefore(lex, view, s, from)) {
        return [mention(s, last.end, 'name-title', [s, t.start], [t.start, last.end])];
      }
    }
  }

  // Office only: 市公安局相关负责人表示, 有关负责人介绍, 一位委员问, 这位负责人表示.
  const speaks = followerAt(lex, view, last.end, to);
  const speech = speaks && lex.words.get(speaks)?.has('speech');
  const before = view.slice(Math.max(from, first.start - 16), first.start);
  const quantified = bare && !weak ? QUANTIFIER.exec(before) : null;
  const pointed = bare && !weak ? DEMONSTRATIVE.exec(before) : null;
  const title: Span = [first.start, last.end];
  // 4名市人大常委会组成人员先后提问 (a count: many people), 向…相关部门负责人提问 (spoken to).
  const clause = view.slice(Math.max(from, first.start - 40), first.start).split(/[,。;:?!\n]/u).pop() ?? '';
  const lead = view.slice(Math.max(from, first.start - 6), first.start);
  if (COUNTED.test(lead) || /[和与及]$/u.test(lead) || /向/u.test(clause)) return []; // …组成人员和市人大代表提出问题
  if (quantified && endScore(lex, view, last.end, to) >= 2) {
    return [{ ...mention(first.start - quantified[0].length, last.end, 'office-only', null, title), reference: 'indefinite' }];
  }
  if (pointed && (speaks || view[last.end] === ':')) {
    return [{ ...mention(first.start - pointed[0].length, last.end, 'office-only', null, title), reference: 'anaphoric' }];
  }
  if ((speech || view[last.end] === ':') && (!bare || tags.includes('office'))) {
    return [mention(first.start, last.end, 'office-only', null, title)];
  }
  return [];
}

/** Names already introduced, found again on their own (海建才表示), outside `claimed`. */
function bareNames(pair: TextPair, lex: Lexicon, range: Span, names: readonly string[], claimed: Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const out: SpeakerMention[] = [];
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const taken = (s: number, e: number) => claimed.some(([a, b]) => s < b && a < e);
  const firsts = new Set(names.map((n) => n[0]));
  for (let i = range[0]; i < range[1]; i++) {
    if (!firsts.has(view[i]) && !lex.surnames.has(view[i]) && !lex.surnames.has(view.slice(i, i + 2))) continue;
    let name = byLength.find((n) => view.startsWith(n, i) && i + n.length <= range[1]);
    if (!name && boundaryBefore(lex, view, i, range[0])) {
      // 请李某某同志回答: 同志 marks a person even when no title was given.
      const r = readName(lex, view, i, range[1]);
      if (r && view.startsWith('同志', r.end) && view[r.end + 2] !== '们') name = view.slice(i, r.end);
    }
    if (!name) continue;
    const end = i + name.length;
    if (taken(i, end) || !boundaryBefore(lex, view, i, range[0]) || endScore(lex, view, end, range[1]) === 0) continue;
    out.push({
      span: [i, end], form: 'bare-name', name: text.slice(i, end), nameSpan: [i, end],
      title: null, titleSpan: null, organization: null, congress: false, office: null, surname: surnameOf(pair, lex, i),
    });
    claimed.push([i, end]);
    i = end - 1;
  }
  return out;
}

/**
 * The inside of a speaker label ("委员 王某", "李某", "市某局局长李某"): one mention with form
 * 'label', or null. A bare 2–4 character name starting with a surname is read as a name.
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
      span: [s, e], form: 'label', name: text.slice(s, e), nameSpan: [s, e], title: null, titleSpan: null,
      organization: null, congress: false, office: null, surname: surnameOf(pair, lex, s),
    };
  }
  return findMentions(pair, [s, e], known, lex).map((m) => ({ ...m, form: 'label' as const }))[0] ?? null;
}

/** The surname at `pos` as written in the text (欧陽 stays 欧陽), found on the view. */
function surnameOf(pair: TextPair, lex: Lexicon, pos: number): string | null {
  const s = surnameAt(lex, pair.view, pos);
  return s ? pair.text.slice(pos, pos + s.length) : null;
}
