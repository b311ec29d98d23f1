/**
 * A post as a speaker label with the person's name in brackets after it: "市水务局局长（邵立军）：完成改造31处。",
 * "副市长(吴志宏):…", "县人大常委会委员（程佳）：请问…". Minutes set the name apart in brackets after the post as
 * they do after an office ("市水务局（邵立军）：", org-labels.ts) or set the post in brackets after the name
 * ("邵立军(市水务局局长):", affiliations.ts): the person is the name, the post and its organization the title.
 * The label is the whole run from the line's start (after a question header, "问题二　") to the bracket, read as a
 * title chain — links joined by 、, each an organization (maybe none) and a post ending the link — and the
 * bracket holds a name alone (2–4 characters; no post: "局长（主持工作）" is a qualifier, title-qualifiers.ts).
 * The verb of speaking may stand between the post and the bracket, as it stands after it: "委员问（柯佳音）：",
 * "局长答（庞立军）：", "代表提问（…）", "副县长回答（…）", "局长应询（…）" — the verb gives the turn its role
 * (`verbBeforeBracket`, read by attribution.ts); with it the label may also fill its line, the words below.
 * Before the name the bracket may hold the speaker's unit, with or without a space: "代表（石桥村 柯某某）",
 * "局长（县水利局庞立军）" — a place or an institution, the person's organization — or a post of their own,
 * "代表（石桥村党支部书记 柯某某）", more of the person's titles (`affiliation`); the name is the last token.
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
import { readDottedName } from './dotted-names.js';

/** Verbs of speaking a label may hold before its bracket: asking (问, 提问, 询问, 追问, 插话 cutting in) or answering (答, 回答, 答复, 应询, 补充). */
const LABEL_VERBS = '提问|询问|追问|插话|回答|答复|应询|补充|问|答';
/**
 * A line's label: lead (spaces, clock time, bullet, Markdown bold, a question header), the post's run, maybe a verb
 * (`LABEL_VERBS`), the name in brackets (maybe padded: "( 邵立军 )", "(郑　宏)"; maybe after a unit: "(石桥村 柯某)"),
 * an optional verb of asking or answering, a colon (or, after a verb before the bracket, the line's end).
 */
const POST_BRACKET_LABEL = new RegExp(String.raw`^[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*|[-*+][ \t]+)?(?:(?:问题|询问)[ \t\u3000]*[一二三四五六七八九十\d]{1,3}[ \t\u3000]*[:|]?[ \t\u3000]*)?(?:\*\*|__)?([\p{sc=Han}、]{2,40}?)(${LABEL_VERBS})?[ \t\u3000]*\([ \t\u3000]*(\p{sc=Han}[\p{sc=Han} \u3000·・•‧]{1,28}?)[ \t\u3000]*\)(?:回答|答复|答|追问|提问|问)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?::|$)`, 'gmu');
/** The verb between a label's post and its bracket (see `verbBeforeBracket`). */
const VERB_BEFORE_BRACKET = new RegExp(String.raw`^(${LABEL_VERBS})[ \t\u3000]*\(`, 'u');
/** A run of spaces (the gap between a unit and the name in a label's bracket). */
const GAP = /[ \t\u3000]+/gu;

/** Post-and-bracketed-name label mentions in `range`, none crossing a `claimed` span's edge, in reading order. */
export function postBracketMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const out: SpeakerMention[] = [];
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes(')')) return out; // (most texts: no bracket closing before a colon)
  for (const m of slice.matchAll(POST_BRACKET_LABEL)) {
    if (!m[2] && !m[0].endsWith(':')) continue; // (a label filling its line says its verb: "委员问（柯某）⏎…")
    const colon = m[0].lastIndexOf(':');
    const end = range[0] + m.index + (colon < 0 ? m[0].length : colon);
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
    const who = bracketSpeaker(lex, view, ns, ne, end);
    if (!who) continue;
    const [nameStart, nameEnd] = who.name;
    const organization = who.organization ?? post.organization;
    const x = speakerMention([start, close], 'label', text.slice(nameStart, nameEnd), who.name, text.slice(start, runEnd), [start, runEnd],
      organization ? text.slice(organization[0], organization[1]) : null, post.congress, text.slice(post.office[0], post.office[1]), surnameAt(lex, view, nameStart));
    if (who.post) x.affiliation = who.unit;
    out.push(x);
  }
  return out;
}

/**
 * The verb written between the post of a label read here and its bracket ("委员问（柯某）：" → 问, "局长应询（庞某）" →
 * 应询), else null: it says whether the speaker asks or answers, as a verb after the bracket does.
 */
export function verbBeforeBracket(view: string, m: SpeakerMention): string | null {
  if (m.form !== 'label' || !m.titleSpan || !m.nameSpan || m.nameSpan[0] <= m.titleSpan[1]) return null;
  return VERB_BEFORE_BRACKET.exec(view.slice(m.titleSpan[1], m.nameSpan[0]))?.[1] ?? null;
}

/** The person in a label's bracket [ns, ne): the name's span, and the speaker's unit before it (see the header), if any. */
export interface BracketSpeaker { name: Span; unit: Span | null; organization: Span | null; post: boolean }

/**
 * The inside of a label's bracket `[ns, ne)` (trimmed) read as its speaker: a name alone ("庞立军", "古丽·买买提"), or a unit and the
 * name, the name the last token — after the last space ("石桥村 柯某某", "县水利局 庞立军"), or, unspaced, the last
 * two to four characters a name reads from, listed surname first ("石桥村柯某某", "新塘镇欧阳某某"). The unit is a
 * place or an institution whole (the person's organization) or a post with its organization (more titles). Else null.
 */
export function bracketSpeaker(lex: Lexicon, view: string, ns: number, ne: number, limit: number): BracketSpeaker | null {
  // (A place or an institution alone, "代表（石桥村）", names nobody: affiliations.ts reads it after a name.)
  if (titleAt(lex, view, ns, ne) === null && (readName(lex, view, ns, ne)?.end === ne || readDottedName(lex, view, ns, ne)?.end === ne || mayBeLabelName(lex, view, ns, ne, limit)) && !wholeUnit(lex, view, ns, ne)) {
    return { name: [ns, ne], unit: null, organization: null, post: false };
  }
  let gap: RegExpExecArray | null = null;
  GAP.lastIndex = ns;
  for (let g = GAP.exec(view); g && g.index < ne; g = GAP.exec(view)) gap = g;
  // (A name padded to three columns, "郑　宏", is read above: a gap after a single character parts no unit.)
  const names: Span[] = gap ? [[gap.index + gap[0].length, ne]] : [[ne - 3, ne], [ne - 2, ne], [ne - 4, ne]];
  for (const [s, e] of names) {
    const unitEnd = gap ? gap.index : s;
    if (unitEnd - ns < 2 || titleAt(lex, view, s, e) !== null) continue;
    // (Unspaced, only a name the name reader reads, listed surname first: 村柯某 is none.)
    if (readName(lex, view, s, e)?.end !== e && !(gap && mayBeLabelName(lex, view, s, e, limit))) continue;
    const unit = readUnit(lex, view, ns, unitEnd);
    if (unit) return { name: [s, e], unit: [ns, unitEnd], ...unit };
  }
  return null;
}

/**
 * `[s, e)` read as a speaker's unit: a place or an institution whole ("石桥村", "县水利局", "区人大常委会": the
 * organization), or a post with its organization ("石桥村党支部书记", "县水利局局长": `post`); else null.
 */
function readUnit(lex: Lexicon, view: string, s: number, e: number): { organization: Span | null; post: boolean } | null {
  const organization = wholeUnit(lex, view, s, e);
  if (organization) return { organization, post: false };
  const post = postChain(lex, view, s, e);
  return post ? { organization: post.organization, post: true } : null;
}

/** `[s, e)` read whole as a place or an institution ("石桥村", "县水利局"): the organization's span, else null. */
function wholeUnit(lex: Lexicon, view: string, s: number, e: number): Span | null {
  const org = readOrganization(lex, view, e, s);
  const units = org.units;
  const whole = org.start === s && org.organization !== null && units.length > 0 && units[units.length - 1].end === e;
  return whole && units.some((u) => u.kind === 'head' || u.kind === 'place') ? org.organization : null;
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
