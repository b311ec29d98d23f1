/**
 * A name followed by its title as an apposition, between commas, as county reports write it:
 * "程立华, 县人大常委会委员, 县人大农业农村委主任委员, 首先提问: …" names 程立华 with the title
 * "县人大常委会委员, 县人大农业农村委主任委员" (as written), organization 县人大农业农村委 (the
 * head of the last link), a member of the congress.
 * The name must open a sentence (line start, or after 。?!; or an English full stop and a
 * space) and every clause of the apposition must be a title and nothing else; a clause that
 * says anything more ("首先提问", "县里高度重视") ends it. Spans are [start, end): UTF-16 offsets
 * into `pair.text`; matching runs on `pair.view`.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { Lexicon } from './lexicon.js';
import type { NameRead } from './name-context.js';
import { readName } from './names.js';
import { mayBeDotted } from './dotted-names.js';
import { readOrganization } from './title-orgs.js';
import { findTitles } from './titles.js';
import { isCongress, surnameOf } from './chain-facts.js';

/** The comma after the name and after each title of the apposition. */
const COMMA = /^[ \t\u3000]*,[ \t\u3000]*/u;

/** Every "name, title, …," apposition of `range`, outside `claimed`. */
export function appositiveMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: Span[]): SpeakerMention[] {
  const { view } = pair;
  const out: SpeakerMention[] = [];
  // Only sentence openings are tried (found by a search for full stops, not a test of every
  // offset), and only those a name and a comma may follow; the rest (rare) is read by
  // `appositiveAt`, compiled apart.
  const openings = sentenceOpenings(view, range[0], range[1]);
  let comma = view.indexOf(',', range[0]); // the first comma at or after i, kept as i moves on
  let next = range[0]; // offsets before it lie inside an apposition just found
  for (let k = 0; k < openings.length; k++) {
    const i = openings[k];
    if (i < next || !opensSentence(view, i, range[0])) continue;
    while (comma !== -1 && comma < i) comma = view.indexOf(',', comma + 1);
    if (comma === -1 || comma >= range[1]) break; // no comma left: no apposition either
    // A name holds neither spaces nor commas, so the name must end where the spaces before the
    // next comma start: 2–4 characters on, or further for a dotted name (古丽娜尔·买买提).
    // Only then is the name read (most sentences open on no name followed by a comma).
    let nameEnd = comma;
    while (nameEnd > i && isSpace(view.charCodeAt(nameEnd - 1))) nameEnd--;
    if (nameEnd - i < 2 || (nameEnd - i > 4 && !mayBeDotted(view, i, range[1]))) continue;
    const name = readName(lex, view, i, range[1]);
    if (!name || name.end !== nameEnd) continue;
    const end = appositiveAt(pair, lex, range, claimed, i, name, out);
    if (end >= 0) next = end;
  }
  return out;
}

/** Full stops (Chinese or English) and line ends: a sentence may open right after one. */
const STOPS = /[\n。?!;.]/g;

/**
 * Every offset of `[from, to)` where `opensSentence` may hold, ascending: `from` and each offset
 * right after a stop, each with the offsets past the spaces that follow it.
 */
function sentenceOpenings(view: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let anchor = from; anchor < to; ) {
    for (let i = anchor; i < to; i++) {
      out.push(i);
      if (!isSpace(view.charCodeAt(i))) break;
    }
    STOPS.lastIndex = Math.max(anchor, out[out.length - 1]);
    if (!STOPS.test(view)) break;
    anchor = STOPS.lastIndex; // right after the stop
  }
  return out;
}

/** The apposition of the name read at `i` (pushed to `out`): where it ends, or -1 when there is none. */
function appositiveAt(pair: TextPair, lex: Lexicon, range: Span, claimed: Span[], i: number, name: NameRead, out: SpeakerMention[]): number {
  const { text, view } = pair;
  const comma = COMMA.exec(view.slice(name.end, range[1]));
  if (!comma) return -1;
  // The titles: clauses up to the next comma that are each one title chain and nothing else.
  const links: Array<{ span: Span; organization: Span | null; congress: boolean; office: Span }> = [];
  let at = name.end + comma[0].length;
  for (;;) {
    const clauseEnd = view.slice(at, range[1]).search(/[,。?!;:\n]/u);
    if (clauseEnd < 0) break;
    const end = at + clauseEnd;
    const link = wholeTitle(lex, view, at, end);
    const next = COMMA.exec(view.slice(end, range[1]));
    if (!link || !next) break;
    links.push(link);
    at = end + next[0].length;
  }
  if (!links.length) return -1;
  const span: Span = [i, links[links.length - 1].span[1]];
  if (claimed.some(([a, b]) => span[0] < b && a < span[1])) return -1;
  const last = links[links.length - 1];
  out.push(speakerMention(span, 'name-title', text.slice(name.start, name.end), [name.start, name.end],
    text.slice(links[0].span[0], last.span[1]), [links[0].span[0], last.span[1]],
    last.organization ? text.slice(last.organization[0], last.organization[1]) : null,
    links.some((l) => l.congress), text.slice(last.office[0], last.office[1]), surnameOf(pair, lex, name.start)));
  return span[1];
}

/** A sentence may open at `pos`: the range or a line starts there, or a full stop (Chinese, or English before a space) and spaces stand before. */
function opensSentence(view: string, pos: number, floor: number): boolean {
  if (pos > floor && view.charCodeAt(pos - 1) >= 0x3400) return false; // after a Han character (most places): no space, no stop
  let k = pos;
  while (k > floor && isSpace(view.charCodeAt(k - 1))) k--;
  if (k === floor) return true;
  const c = view.charCodeAt(k - 1);
  if (c === 0x0a || c === 0x3002 || c === 0x3f || c === 0x21 || c === 0x3b) return true; // \n 。 ? ! ;
  return c === 0x2e && k < pos; // .
}

/** A space, tab or ideographic space: what may stand between a full stop and a sentence. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

interface TitleRead { span: Span; organization: Span | null; congress: boolean; office: Span }

/** The clause [start, end) when it is one title chain (links joined by 、) and nothing else, else null; the organization is the last link's. */
function wholeTitle(lex: Lexicon, view: string, start: number, end: number): TitleRead | null {
  while (end > start && /\s/u.test(view[end - 1])) end--;
  const joint = view.lastIndexOf('、', end - 1);
  if (joint > start) {
    const head = wholeTitle(lex, view, start, joint);
    const last = head && wholeTitle(lex, view, joint + 1, end);
    return last ? { ...last, span: [start, end] as Span, congress: head.congress || last.congress } : null;
  }
  return oneTitle(lex, view, start, end);
}

/** The stretch [start, end) when it is one title link (organization + posts) and nothing else, else null. */
function oneTitle(lex: Lexicon, view: string, start: number, end: number): TitleRead | null {
  const hits = findTitles(lex, view, start, end);
  if (!hits.length || hits[hits.length - 1].end !== end || hits.some((h) => h.tags.has('byline') || h.tags.has('descriptor'))) return null;
  const org = readOrganization(lex, view, hits[0].start, start);
  if (org.start !== start) return null;
  for (let k = 1; k < hits.length; k++) if (hits[k].start !== hits[k - 1].end) return null;
  const congress = isCongress(view.slice(start, hits[0].start), hits.some((h) => h.tags.has('congress')));
  return { span: [start, end] as Span, organization: org.organization, congress, office: [hits[hits.length - 1].start, end] as Span };
}
