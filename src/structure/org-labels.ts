/**
 * An organization alone as a speaker label: "区教育局:课后服务按每生每学期300元收取。",
 * "镇农业服务中心:8月底前到位。", "市中级人民法院答:…". TV 问政 write-ups, 乡镇 transcripts and
 * 部门答复 digests name the office that answers, not the official: the speaker is that office,
 * a person with no name and no title whose organization is the label (like the office-only
 * "省审计厅厅长:"). The label is the whole Han run from the line's start to the colon, read as an
 * organization (places, then an institution: 区 + 教育局, 镇 + 农业服务中心), with nothing before it.
 * Not labels: field lines ("地点:", "应询单位:…": no organization), a clause that only ends in one
 * ("会议要求市教育局:": a verb cuts the run), a subhead with no stated sentence after its colon
 * ("市财政局:新增资金2亿元", "…年内补齐!"), and bodies of the congress (the askers' side: "区人大常委会:").
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import { STAMP } from './stamps.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import type { OrgUnit } from './org-units.js';
import { readOrganization } from './title-orgs.js';
import { TAG, deepestBefore } from './term-index.js';
import { isCongress } from './chain-facts.js';
import { surnameAt, titleAt } from './name-context.js';
import { readName } from './names.js';
import { mayBeLabelName } from './unlisted-names.js';
import { covering, someOverlapping } from './covering.js';
import { SUPPLEMENT_NOTE, WRITTEN_REPLY_NOTE } from './speech-patterns.js';

/**
 * A line's label: lead (spaces, clock time, bullet, Markdown bold), a Han run, maybe a space and a name ("省财政厅 戴某:")
 * or the person in brackets ("省民政厅(邵某厅长):", "省民政厅(厅长邵某):"), an optional verb of answering (书面答复
 * too: "省人社厅书面答复:", the office answering in writing), a colon.
 */
const ORG_LABEL = new RegExp(String.raw`^[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*|[-*+][ \t]+)?(?:\*\*|__)?(\p{sc=Han}{3,24}?)(?:[ \t\u3000\u00a0]{1,2}(\p{sc=Han}{2,4}?)|[ \t\u3000]*\(([ \t\u3000]*\p{sc=Han}{2,12}[ \t\u3000]*)\))?(?:书面)?(?:回答|答复|答)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:`, 'gmu');
/**
 * Words that speak hold a stated sentence; a headline's or a field's value holds none, and a
 * subhead may end in ? or ! ("市教育局:学位缺口年内补齐!"), so those do not count.
 */
const SENTENCE_STOP = /[。;…]|\p{sc=Han}\.(?!\d)/u;

/** A note of a supplementary or a written answer in the label's brackets ("(补充)", "(书面答复)": speech-patterns.ts). */
const TURN_NOTE = new RegExp(`^[ \\t\\u3000]*(?:${SUPPLEMENT_NOTE}|${WRITTEN_REPLY_NOTE})[ \\t\\u3000]*$`, 'u');

/** Organization-label mentions in `range`, outside `claimed` spans, in reading order. */
export function orgLabelMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const out: SpeakerMention[] = [];
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes(':')) return out;
  const fuller = new Map<string, Span | null>(); // 民政厅 → 省民政厅, as the text writes it (one search per word)
  // (The claimed spans as an interval index: a scan of all of them for each label was quadratic in a compilation.)
  const taken = covering(claimed.map(([s, e]) => ({ start: s, end: e, item: null })));
  const overlaps = (_: readonly Span[], s: number, e: number) => someOverlapping(taken, s, e);
  for (const m of slice.matchAll(ORG_LABEL)) {
    const start = range[0] + m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (overlaps(claimed, start, end)) continue;
    // "省财政厅 戴某:": the organization, a space, the person's name.
    const spaced = m[2] ? range[0] + m.index + m[0].indexOf(m[2], m[1].length) : -1;
    if (spaced >= 0 && overlaps(claimed, spaced, spaced + m[2].length)) continue;
    const org = levelless(lex, view, start, end, fuller) ?? wholeOrganization(lex, view, start, end);
    // "省民政厅(邵某厅长):" / "省民政厅(厅长邵某):" / "省民政厅(邵某):": the person speaking for it in brackets
    // (a mention read inside them, "邵某厅长", is this label's: the caller drops it).
    // ("市人社局（补充）:", "省民政厅(书面答复):": a note of the turn in the brackets, no person: the office speaks, as "市人社局:" does.)
    if (m[3] && !TURN_NOTE.test(m[3])) {
      const at = range[0] + m.index + m[0].indexOf('(', m[1].length) + 1;
      const inner = org ? bracketPerson(lex, view, at, at + m[3].length) : null;
      if (!inner || !org || !speaks(view, range[0] + m.index + m[0].length, range[1])) continue;
      const close = at + m[3].length + 1;
      out.push(speakerMention([start, close], 'label', text.slice(inner.name[0], inner.name[1]), inner.name, inner.title ? text.slice(inner.title[0], inner.title[1]) : null, inner.title,
        organizationText(text, org), false, null, surnameAt(lex, view, inner.name[0])));
      continue;
    }
    // "省财政厅戴某:" / "省财政厅 戴某:": an organization, then the name of the person speaking for it.
    const named = org && spaced < 0 ? null : nameAfter(lex, view, start, end, spaced < 0 ? null : [spaced, spaced + m[2].length], range[1], fuller);
    if (!org && !named) continue;
    if (!speaks(view, range[0] + m.index + m[0].length, range[1])) continue;
    if (named) {
      out.push(speakerMention([start, named.name[1]], 'label', text.slice(named.name[0], named.name[1]), named.name, null, null, organizationText(text, named.organization), false, null, surnameAt(lex, view, named.name[0])));
      continue;
    }
    if (!org) continue;
    out.push(speakerMention([start, end], 'office-only', null, null, null, null, organizationText(text, org), false, null, null));
  }
  return out;
}

/**
 * The organization written as the whole of [start, end), anchored by a place or a listed institution (第一组 is
 * none), not a body of the congress: the span of its head, or null.
 */
function wholeOrganization(lex: Lexicon, view: string, start: number, end: number): OrgName | null {
  const org = readOrganization(lex, view, end, start);
  const units = org.units;
  if (org.start !== start || !org.organization || !units.length || units[units.length - 1].end !== end) return null;
  if (!units.some((u) => u.kind === 'head') && !(units[0].kind === 'place' && units.some((u) => u.kind === 'named')) && !namedHead(lex, view, units)) return null;
  if (isCongress(view.slice(start, end), false)) return null;
  return org.organization;
}

/**
 * A single named institution whose institution word is itself a listed institution ("南沙海关:", a customs house;
 * "临港新区管委会" parses with its place): the word anchors it as a place would (第一组 ends in no such word).
 */
function namedHead(lex: Lexicon, view: string, units: readonly OrgUnit[]): boolean {
  if (units.length !== 1 || units[0].kind !== 'named') return false;
  const { start, end } = units[0];
  for (let n = deepestBefore(lex.index.orgsBack, view, end, start + 1); n !== null; n = n.up) {
    if ((n.flags & TAG.head) !== 0 && (n.flags & TAG.suffix) !== 0) return true;
  }
  return false;
}

/**
 * A label of an organization and a name (no post): "市住建局戴某:" (the name the last two to four characters of the
 * run, a name the name reader reads there) or "市住建局 戴某:" (the name after the space, `spaced`). The name holds no
 * title word ("市住建局局长:" is an office-only title, read elsewhere). Spans are [start, end) into the view.
 */
function nameAfter(lex: Lexicon, view: string, start: number, end: number, spaced: Span | null, limit: number, fuller: Map<string, Span | null>): { name: Span; organization: OrgName } | null {
  const candidates: Span[] = spaced ? [spaced] : [[end - 2, end], [end - 3, end], [end - 4, end]];
  for (const [s, e] of candidates) {
    if (s - start < 3) continue;
    // A name as the name reader takes it (高度重视, 全力以赴, 常年 open on a surname and are no names).
    if (readName(lex, view, s, limit)?.end !== e && !(spaced && mayBeLabelName(lex, view, s, e, limit))) continue;
    if (titleAt(lex, view, s, e) !== null) continue;
    const organization = levelless(lex, view, start, spaced ? end : s, fuller) ?? wholeOrganization(lex, view, start, spaced ? end : s);
    if (organization) return { name: [s, e], organization };
  }
  return null;
}

/** True when the words after the colon (on its line, or on the next line when none follow) hold a sentence. */
function speaks(view: string, at: number, limit: number): boolean {
  let i = at;
  while (i < limit && /[\s*_]/u.test(view[i])) i++;
  const nl = view.indexOf('\n', i);
  return SENTENCE_STOP.test(view.slice(i, nl < 0 || nl > limit ? limit : nl));
}

/** An organization as read: its span, or the fuller name the text writes elsewhere (民政厅 → 省民政厅). */
type OrgName = Span | { span: Span; written: Span };

function organizationText(text: string, org: OrgName): string {
  const [s, e] = Array.isArray(org) ? org : org.written;
  return text.slice(s, e);
}

/** Institution suffixes an organization named without its level ends in: 民政厅, 财政局, 卫健委, 研究室, 信访办. */
const INSTITUTION_END = /[厅局委办署室院]$/u;
/** A level's place word before an organization: 省民政厅, 市财政局, 自治区民政厅, 县卫健委. */
const LEVEL_BEFORE = /(?:省|市|县|区|州|盟|旗|镇|乡)$/u;

/**
 * An organization written without its level ("民政厅:", "民政厅邵某:"), the whole of [start, end): a
 * named institution ending in an institution suffix that the text also writes with a level before it
 * (a roster's "省民政厅厅长邵某"), which is the name it resolves to; null when the text never does.
 */
function levelless(lex: Lexicon, view: string, start: number, end: number, fuller: Map<string, Span | null>): OrgName | null {
  const word = view.slice(start, end);
  if (!INSTITUTION_END.test(word) || LEVEL_BEFORE.test(view.slice(Math.max(0, start - 1), start))) return null;
  const org = readOrganization(lex, view, end, start);
  if (org.start !== start || !org.organization || org.units.length !== 1 || org.units[0].end !== end || isCongress(word, false)) return null;
  if (!fuller.has(word)) fuller.set(word, writtenWithLevel(lex, view, word));
  const written = fuller.get(word)!;
  return written === null ? null : { span: [start, end], written };
}

/** The first place where the text writes `word` after a level ("省" + 民政厅): that fuller name's span, else null. */
function writtenWithLevel(lex: Lexicon, view: string, word: string): Span | null {
  for (let p = view.indexOf(word); p >= 0; p = view.indexOf(word, p + 1)) {
    if (!LEVEL_BEFORE.test(view.slice(Math.max(0, p - 1), p))) continue;
    const full = readOrganization(lex, view, p + word.length, Math.max(0, p - 12));
    if (full.organization && full.organization[0] < p && full.units[0]?.kind === 'place') return [full.organization[0], p + word.length];
  }
  return null;
}

/**
 * The person in a label's brackets after the organization: a name alone (邵某), a name and its post
 * (邵某厅长) or the post and the name (厅长邵某); spans [start, end) into the view, or null.
 */
function bracketPerson(lex: Lexicon, view: string, from: number, to: number): { name: Span; title: Span | null } | null {
  while (from < to && /\s/u.test(view[from])) from++;
  while (to > from && /\s/u.test(view[to - 1])) to--;
  const first = readName(lex, view, from, to);
  if (first && first.end === to) return { name: [from, to], title: null };
  if (first && titleAt(lex, view, first.end, to)?.length === to - first.end && titleAt(lex, view, from, to) === null) return { name: [from, first.end], title: [first.end, to] };
  const post = titleAt(lex, view, from, to);
  if (post && readName(lex, view, from + post.length, to)?.end === to) return { name: [from + post.length, to], title: [from, from + post.length] };
  if (!post && to - from <= 4 && mayBeLabelName(lex, view, from, to, to)) return { name: [from, to], title: null };
  return null;
}
