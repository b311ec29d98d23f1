/**
 * Bare names: a person named again without a title once the name is known ("海建才表示" after
 * "市政府副市长海建才分析"), or named before 同志 with no title at all ("请李某某同志回答";
 * "请县水务局严立新同志回答", the organization before the name being the person's; so before a known name,
 * "市城管局严卫平回答"). The names
 * come from `findMentions` (given, or read with a title earlier in the range); offsets inside
 * `claimed` belong to another mention, and each bare name found is claimed in turn. The offsets
 * that may open one are found by string search, not by a walk over every offset.
 * Matching runs on `pair.view`; spans are [start, end) UTF-16 offsets into `pair.text`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import { boundaryBefore, endScore, surnameLength } from './name-context.js';
import { readName } from './names.js';
import { readOrganization, type OrgRead } from './title-orgs.js';
import { surnameOf } from './chain-facts.js';
import { covering, someOverlapping, type Covering } from './covering.js';
import { firstNotBelow } from './sorted-search.js';

/**
 * Names already introduced, found again on their own (海建才表示), outside `claimed`. Only two
 * kinds of offset can open one: where a known name is written, and up to LONGEST_NAME code
 * units before a 同志 (请李某某同志回答). They are found with string searches, not by testing
 * every offset of the text (a walk that runs slowly until the engine has optimized it, many
 * documents into a batch); `bareNameAt` reads each.
 */
export function bareNames(pair: TextPair, lex: Lexicon, range: Span, names: readonly string[], claimed: Span[]): SpeakerMention[] {
  const { view } = pair;
  const [from, to] = range;
  const out: SpeakerMention[] = [];
  const byFirst = namesByFirst(names);
  const claims = claimsOf(claimed);
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
    const end = bareNameAt(pair, lex, i, name, starting !== undefined, range, claims, out);
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
  // Every known name's occurrences starting in the range, by the names that open with each unit (one pass: a
  // search per name ran on past the range, through the rest of a compilation, for every range).
  for (let at = from; at < to; at++) {
    const list = byFirst.get(view.charCodeAt(at));
    if (list) for (const n of list) if (view.startsWith(n, at)) starts.push(at);
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
function bareNameAt(pair: TextPair, lex: Lexicon, i: number, name: string | null, known: boolean, range: Span, claims: Claims, out: SpeakerMention[]): number {
  const { text, view } = pair;
  const from = range[0];
  const to = range[1];
  // 请县水务局严立新同志回答: an organization and 同志 around a name, with no title. It counts
  // only before 同志, so it is read back (the costly part) only then. Both are read once, on demand.
  let boundary = false;
  let boundaryRead = false;
  let org: OrgRead | null = null;
  let orgRead = false;
  const listed = name !== null;
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
  // "市城管局严卫平回答": a name known from the intro's title needs no title again; its organization before it, read
  // back to a boundary, is the person's as before 同志 (a reporter naming the office the official speaks for).
  if (boundary || (!beforeTongzhi && !listed)) org = null;
  else if (!orgRead) org = organizationEndingAt(lex, view, i, from);
  const start = org ? org.start : i;
  if (taken(claims, start, end) || (start === i && !boundary) || endScore(lex, view, end, to) === 0) return -1;
  out.push(speakerMention([start, end], 'bare-name', text.slice(i, end), [i, end], null, null,
    start < i && org?.organization ? text.slice(org.organization[0], org.organization[1]) : null,
    start < i && /人大|人民代表大会/u.test(view.slice(start, i)), null, surnameOf(pair, lex, i)));
  claims.all.push([i, end]);
  claims.added.push([i, end]);
  return end;
}

const MEN = '们'.charCodeAt(0);

/**
 * The claimed spans: those given, as an interval index, and the bare names found since, in reading order (each
 * starts after the last one ends), pushed to `all` (the caller's array) too. A scan of all of them for each name
 * read was quadratic in a compilation.
 */
interface Claims { given: Covering<null>; added: Span[]; all: Span[] }

function claimsOf(claimed: Span[]): Claims {
  return { given: covering(claimed.map(([s, e]) => ({ start: s, end: e, item: null }))), added: [], all: claimed };
}

/** True when `[s, e)` overlaps a claimed span. */
function taken(claims: Claims, s: number, e: number): boolean {
  if (someOverlapping(claims.given, s, e)) return true;
  // The names found are in order and apart: of those starting before `e`, the last ends last.
  const added = claims.added;
  const lo = firstNotBelow(added.length, (i) => added[i][0] < e);
  return lo > 0 && added[lo - 1][1] > s;
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
