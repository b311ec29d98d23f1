/**
 * A post as a speaker label with the person's name in brackets after it: "市水务局局长（邵立军）：完成改造31处。",
 * "副市长(吴志宏):…", "县人大常委会委员（程佳）：请问…". Minutes set the name apart in brackets after the post as
 * they do after an office ("市水务局（邵立军）：", org-labels.ts) or set the post in brackets after the name
 * ("邵立军(市水务局局长):", affiliations.ts): the person is the name, the post and its organization the title.
 * The label is the whole run from the line's start (after a question header, "问题二　") to the bracket, read as a
 * title chain — links joined by 、, each an organization (maybe none) and a post ending the link — and the
 * bracket holds a name alone (2–4 characters; no post: "局长（主持工作）" is a qualifier, title-qualifiers.ts).
 * Matching runs on the view (where （） are folded to ()); spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import { STAMP } from './stamps.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { findTitles } from './titles.js';
import { readOrganization } from './title-orgs.js';
import { isCongress } from './chain-facts.js';
import { surnameAt, titleAt } from './name-context.js';
import { readName } from './names.js';
import { mayBeLabelName } from './unlisted-names.js';

/**
 * A line's label: lead (spaces, clock time, bullet, Markdown bold, a question header), the post's run, the name in
 * brackets (maybe padded: "( 邵立军 )", "(郑　宏)"), an optional verb of asking or answering, a colon.
 */
const POST_BRACKET_LABEL = new RegExp(String.raw`^[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*|[-*+][ \t]+)?(?:(?:问题|询问)[ \t\u3000]*[一二三四五六七八九十\d]{1,3}[ \t\u3000]*[:|]?[ \t\u3000]*)?(?:\*\*|__)?([\p{sc=Han}、]{2,40}?)[ \t\u3000]*\([ \t\u3000]*(\p{sc=Han}{2,4}|\p{sc=Han}[ \u3000]\p{sc=Han})[ \t\u3000]*\)(?:回答|答复|答|追问|提问|问)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:`, 'gmu');

/** Post-and-bracketed-name label mentions in `range`, none crossing a `claimed` span's edge, in reading order. */
export function postBracketMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const out: SpeakerMention[] = [];
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes(')')) return out; // (most texts: no bracket closing before a colon)
  for (const m of slice.matchAll(POST_BRACKET_LABEL)) {
    const end = range[0] + m.index + m[0].lastIndexOf(':');
    const start = range[0] + m.index + m[0].indexOf(m[1]);
    const runEnd = start + m[1].length;
    const open = view.indexOf('(', runEnd);
    const close = view.indexOf(')', open) + 1;
    if (claimed.some(([s, e]) => (s < start && e > start) || (s < close && e > close))) continue;
    const post = postChain(lex, view, start, runEnd);
    if (!post) continue;
    let ns = open + 1;
    let ne = close - 1;
    while (ns < ne && /\s/u.test(view[ns])) ns++;
    while (ne > ns && /\s/u.test(view[ne - 1])) ne--;
    if (titleAt(lex, view, ns, ne) !== null) continue; // "(局长)": a post, no name
    if (readName(lex, view, ns, ne)?.end !== ne && !mayBeLabelName(lex, view, ns, ne, end)) continue;
    out.push(speakerMention([start, close], 'label', text.slice(ns, ne), [ns, ne], text.slice(start, runEnd), [start, runEnd],
      post.organization ? text.slice(post.organization[0], post.organization[1]) : null, post.congress, text.slice(post.office[0], post.office[1]), surnameAt(lex, view, ns)));
  }
  return out;
}

/**
 * [start, end) read as a title chain: each link (parted by 、) an organization or nothing, then posts to its end.
 * The last link's organization and post, and whether the chain names a member of the congress; else null.
 */
function postChain(lex: Lexicon, view: string, start: number, end: number): { organization: Span | null; office: Span; congress: boolean } | null {
  let from = start;
  let last: { organization: Span | null; office: Span; congress: boolean } | null = null;
  let congress = false;
  while (from < end) {
    const sep = view.indexOf('、', from);
    const to = sep < 0 || sep >= end ? end : sep;
    const hits = findTitles(lex, view, from, to);
    if (!hits.length || hits[hits.length - 1].end !== to || hits.some((h) => h.tags.has('byline'))) return null;
    const org = readOrganization(lex, view, hits[0].start, from);
    if (org.start !== from) return null;
    // (Posts one after another, "党组书记、局长" apart; an institution between two, "市委常委市政府副市长", is the later one's.)
    for (let k = 1; k < hits.length; k++) if (hits[k].start !== hits[k - 1].end && readOrganization(lex, view, hits[k].start, hits[k - 1].end).start !== hits[k - 1].end) return null;
    const member = isCongress(view.slice(from, hits[0].start), hits.some((h) => h.tags.has('congress')));
    congress ||= member;
    last = { organization: org.organization, office: [hits[hits.length - 1].start, to], congress };
    from = to + 1;
  }
  return last;
}
