/**
 * A question relayed for a named member of the congress: the chair reads it out, the member asks it.
 *
 * Example: "覃某:我代读一条代表履职平台上收集的问题。县人大代表、某镇某村党支部书记刘某通过代表履职平台提出:…?
 * 请某某管委会回答。" — the asker is 刘某 (县人大代表, 某镇某村党支部书记), not the chair who reads it: the speech verb
 * 提出 has a named subject. So do "我代陈某代表提问:…?", "受陈某代表委托,我提一个问题:…?", "我代读陈某代表的问题:…"
 * (any speaker relaying, in so many words) and, in the host's own turn, "陈某代表提出:“…?”". An anonymous relay
 * ("有网友留言问,…?", "市民反映…", "基层立法联系点收集的问题") names nobody: the host stays the asker (host-questions.ts).
 *
 * Two steps: the mentions the title reader misses or misreads ("我代陈某代表" names nobody there, "受县人大代表陈某"
 * takes 受 into the title), then the events: the relaying turn, up to the sentence that names the member, stays the
 * reader's narration, and the member's turn starts there (or the whole turn is the member's when that sentence opens it).
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { Lexicon } from './lexicon.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import { lineEnd, wordsFrom, type SpeechEvent } from './speech.js';
import { readName } from './names.js';
import { surnameLength } from './name-context.js';
import { firstNotBelow } from './sorted-search.js';
import { CALL_BEFORE } from './speech-patterns.js';

/** The words that relay for someone, right before the member's name: 代, 我代, 代读, 代为, 受, 替 (not 代表, 代理). */
const RELAY_LEAD = String.raw`(?:我?(?:代读|代为|代(?![表理]))|受|替)`;

/** "我代陈某代表提问", "受陈某委员委托", "代读陈某代表的问题": the lead, a name, the congress post, what is relayed. */
const RELAYED_NAME = new RegExp(String.raw`${RELAY_LEAD}(\p{sc=Han}{2,4}?)(代表|委员)(?=提问|提出|提的|所提|的问题|的提问|的留言|委托|询问|问|提(?:一个|个|两个|几个)?问题)`, 'gu');

/** A title chain read from the relay's lead ("受县人大代表", "下面,我代县人大代表"): the lead is no part of it. */
const LEAD_IN_TITLE = new RegExp(String.raw`^(?:(?:下面|接下来|现在|首先|然后|最后)[,\s]*)?${RELAY_LEAD}(?=\p{sc=Han})`, 'u');

/**
 * Mentions of members named in a relay that the title reader finds nothing at ("我代陈某代表提问"), in `range`,
 * outside `claimed` spans: the name, title 代表 (or 委员), a member of the congress.
 */
export function relayedNameMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const slice = view.slice(range[0], range[1]);
  if (!slice.includes('代') && !slice.includes('受') && !slice.includes('替')) return [];
  const out: SpeakerMention[] = [];
  for (const m of slice.matchAll(RELAYED_NAME)) {
    const titleStart = range[0] + m.index + m[0].length - m[2].length;
    const nameStart = titleStart - m[1].length;
    if (claimed.some((c) => c[0] < titleStart + m[2].length && c[1] > nameStart)) continue;
    const read = readName(lex, view, nameStart, titleStart, [], false);
    if (!read || read.end !== titleStart) continue;
    const titleEnd = titleStart + m[2].length;
    const surname = surnameLength(lex, view, nameStart);
    out.push(speakerMention([nameStart, titleEnd], 'name-title', text.slice(nameStart, titleStart), [nameStart, titleStart], text.slice(titleStart, titleEnd),
      [titleStart, titleEnd], null, true, m[2], surname ? text.slice(nameStart, nameStart + surname) : null));
  }
  return out;
}

/** `m` without the relay's lead its title was read from ("受县人大代表陈某" → 县人大代表陈某); `m` itself when none. */
export function withoutRelayLead(pair: TextPair, m: SpeakerMention): SpeakerMention {
  if (!m.congress || !m.titleSpan || !m.title || m.titleSpan[0] !== m.span[0]) return m;
  const lead = LEAD_IN_TITLE.exec(pair.view.slice(m.titleSpan[0], m.titleSpan[1]));
  if (!lead || m.titleSpan[0] + lead[0].length >= m.titleSpan[1]) return m;
  const start = m.titleSpan[0] + lead[0].length;
  const organization = m.organization && m.organization.length > lead[0].length && m.title.startsWith(m.organization) ? m.organization.slice(lead[0].length) : m.organization;
  return { ...m, span: [start, m.span[1]], title: pair.text.slice(start, m.titleSpan[1]), titleSpan: [start, m.titleSpan[1]], organization };
}

/** Before the member's mention, in the relaying sentence: the relay's lead ("我代", "受"). */
const LEAD_BEFORE = new RegExp(String.raw`${RELAY_LEAD}$`, 'u');
/** After the member's mention: relayed in so many words ("委托", "的问题", "提问"). */
const RELAYED_AFTER = /^(?:代表|委员)?(?:委托|的问题|的提问|的留言|提的问题|所提的?问题|提问|提出|询问|问|提(?:一个|个|两个|几个)?问题)/u;
/**
 * After the member's mention, in the host's own turn: the member's speech verb (through a platform maybe) and the words
 * themselves, after a colon, a comma or a quotation mark ("通过代表履职平台提出:", "提出:“", "反映,").
 */
const SAYS_AFTER = /^(?:代表|委员)?\s*(?:在[^。?!;:\n]{1,16}?上|通过[^。?!;:\n]{1,20}?)?(?:提出|提问|询问|反映|留言|问)(?:了|到)?(?:一个|如下)?(?:问题|意见)?\s*[:,“]/u;
/** The relayed words put a question: a "?" or a request to answer. */
const ASKS = /[?]|请(?!问)[^。?!;\n]{1,30}?(?:回答|答复|作答|回应|解答)/u;

/**
 * Turn the asker events of `events` (sorted by start; changed in place, kept sorted) that relay a named member's
 * question into that member's (see the header). `chairs` names who presides; `mentions` are sorted by start.
 */
export function relayQuestions(view: string, events: SpeechEvent[], chairs: ReadonlySet<string>, mentions: readonly SpeakerMention[]): void {
  // The members who may be relayed for, whoever relays (a line of megabytes holds thousands of labels, each of whose
  // turns runs to the line's end: testing every mention after each label was quadratic).
  const candidates = mentions.filter((x) => mayBeRelayed(view, x));
  // Events i+1 … reach-1 all start before reachEol (labels on one line share its end: the next speaker is looked for once).
  let reach = -1;
  let reachEol = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.role !== 'asker' || e.kind !== 'label' || e.wordsStart === null) continue;
    // The turn runs up to the next speaker; a member named on the label's own line starts no turn of their own yet.
    const from = wordsFrom(view, e.wordsStart);
    const eol = lineEnd(view, from);
    let j = eol >= reachEol && reach > i + 1 ? reach : i + 1;
    while (j < events.length && events[j].start < eol) j++;
    reach = j;
    reachEol = eol;
    const end = j < events.length ? events[j].start : view.length;
    const speaker = e.mention?.name ?? null;
    const host = e.moderator === true || e.mention === null || e.mention.name === null || (speaker !== null && chairs.has(speaker));
    let m: SpeakerMention | null = null;
    for (let k = firstAt(candidates, from); k < candidates.length && candidates[k].span[0] < end; k++) {
      const x = candidates[k];
      if (x.span[1] <= end && x.name !== speaker && relays(view, x, from, host) && ASKS.test(view.slice(x.span[1], end))) { m = x; break; }
    }
    if (!m) continue;
    reach = -1; // (the events change below)
    let own = -1; // the member's event read on the line
    for (let k = i + 1; k < j; k++) if (events[k].mention?.name === m.name) { own = k; break; }
    const sentence = sentenceOpening(view, from, m.span[0]);
    if (sentence <= from) {
      events[i] = { ...e, mention: m, moderator: false };
      if (own >= 0) events.splice(own, 1);
      continue;
    }
    events[i] = { ...e, mention: null, role: 'narration', followUp: false, moderator: true };
    // (The member's words start after the colon of "网民“某某”通过…提问：", read on the line as a label of its own.)
    const words = own >= 0 ? events[own].wordsStart : null;
    const turn: SpeechEvent = { mention: m, role: 'asker', start: sentence, anchor: sentence, wordsStart: words, kind: words !== null ? 'label' : 'reported', followUp: e.followUp, relayed: true };
    if (own >= 0) events.splice(own, 1);
    events.splice(i + 1, 0, turn);
    i++;
  }
}

/** The index of the first of `mentions` (sorted by start) starting at `at` or after. */
function firstAt(mentions: readonly SpeakerMention[], at: number): number {
  return firstNotBelow(mentions.length, (i) => mentions[i].span[0] < at);
}

/**
 * The member named at `m` may be relayed for, by some label's words: `relays` with the most of the lead before (the
 * words may start later, cutting it: a shorter lead matching, the longer does too) and host or not.
 */
function mayBeRelayed(view: string, m: SpeakerMention): boolean {
  if (!m.congress || m.name === null) return false;
  const after = view.slice(m.span[1], m.span[1] + 30);
  return (LEAD_BEFORE.test(view.slice(Math.max(0, m.span[0] - 4), m.span[0])) && RELAYED_AFTER.test(after)) || SAYS_AFTER.test(after);
}

/** The member named at `m` is relayed for: a relay's lead before (any speaker), or the member's speech verb after (the host's turn). */
function relays(view: string, m: SpeakerMention, wordsStart: number, host: boolean): boolean {
  const before = view.slice(Math.max(wordsStart, m.span[0] - 4), m.span[0]);
  const after = view.slice(m.span[1], m.span[1] + 30);
  if (LEAD_BEFORE.test(before) && RELAYED_AFTER.test(after)) return true;
  // (The chair calling on the member, "请潘某代表提问,请县商务局回答。", "第二个问题由潘某提出,…": a call, not a relay; the
  // member's own turn follows.)
  return host && SAYS_AFTER.test(after) && !CALL_BEFORE.test(view.slice(sentenceOpening(view, wordsStart, m.span[0]), m.span[0]));
}

/** Where the sentence holding `at` opens, after the last 。!?; or line break in `[from, at)`; `from` when none. */
function sentenceOpening(view: string, from: number, at: number): number {
  for (let k = at - 1; k >= from; k--) {
    const c = view[k];
    if (c === '。' || c === '!' || c === '?' || c === ';' || c === '\n') {
      let s = k + 1;
      while (s < at && /\s/u.test(view[s])) s++;
      return s;
    }
  }
  return from;
}
