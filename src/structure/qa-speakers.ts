/**
 * Who speaks the labels of a 问:/答: layout: the people a narration line or a field before them announces
 * ("郭晓峰委员就…提问,市教育局局长潘文静作答。", "询问人:…", "应询人:…"), one person for all its labels, or a
 * list announced in order ("委员甲、乙、丙先后提问", announced.ts) one each. Offsets are [start, end) UTF-16
 * offsets into the decoded text.
 */
import { lineEnd, type SpeechEvent } from './speech.js';
import type { SpeakerMention } from './mentions.js';
import { continuedBy, nextExchange, type Exchange } from './named-exchange.js';
import { answeredNext } from './turn-events.js';
import { narratedStretchEnd } from './narrated-stretch.js';
import { lineStartAt } from '../source/line-bounds.js';

/**
 * 问:/答: layouts name their speakers in a narration line before them ("郭晓峰委员就…提问,市教育局局长
 * 潘文静作答。"): the announced asker speaks the 问 and 追问, the announced responder the 答. Several
 * people announced together ("委员甲、乙、丙先后提问", announced.ts) speak the labels one each, in the
 * order written, only when the sentence says so (先后, 依次, 分别) and names as many as there are labels;
 * otherwise nobody can tell who said which, and the labels' speaker is unknown (never one of them for all).
 */
export function announce(view: string, events: SpeechEvent[]): SpeechEvent[] {
  if (!events.some((e) => e.kind === 'qa-label')) return events;
  // A 问/答 layout asks with its labels; a lone "追问:" in a narrative does not make one.
  const qaLayout = events.filter((e) => e.kind === 'qa-label' && e.role === 'asker' && !e.followUp).length > 0;
  const out: SpeechEvent[] = [];
  let asker: Speakers | null = null;
  let responder: Speakers | null = null;
  let responderLine = -1; // the end of the line whose field announced `responder`
  let anchor: number | null = null;
  let lastAsker: SpeechEvent | null = null;
  // An announced asker no 问 label has spoken for yet ("询问人:…" before "曹志刚:…" answers).
  let unasked: SpeechEvent | null = null;
  // The exchange its labels named so far ("问(委员 许某):…答(支队长 秦某):…"): bare 问/答 after it go on with it (named-exchange.ts).
  let exchange: Exchange | null = null;
  // Each event's line (its end), the next event on another line, and the lines holding a 问/答 label: read once,
  // not by a scan of the events for each event (quadratic in a compilation of many transcripts).
  const lines = events.map((n) => lineEnd(view, n.start));
  const nextOther: number[] = new Array(events.length).fill(-1);
  for (let j = events.length - 2; j >= 0; j--) nextOther[j] = lines[j + 1] !== lines[j] ? j + 1 : nextOther[j + 1];
  const labelLines = new Set(events.flatMap((n, j) => (n.kind === 'qa-label' ? [lines[j]] : [])));
  // Exchanges narrated before the minutes block ("委员某首先发问：…？局长某回答说，…"): read as narration reads them (narrated-stretch.ts).
  const narrated = narratedStretchEnd(view, events);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (i < narrated) {
      exchange = nextExchange(exchange, e);
      if (e.role === 'asker' && e.mention) lastAsker = e;
      out.push(e);
      continue;
    }
    if (e.kind === 'qa-label') {
      // "询问人:委员 某⏎…?⏎答复:局长 某⏎…": an announced asker no 问 label spoke for asked in the field's own turn.
      if (unasked && e.role === 'responder' && !e.followUp) out.push(unasked);
      unasked = null;
      // Unannounced, a 追问 is the last asker's; so is one after a list's questions.
      const by: SpeakerMention | null = e.role === 'asker'
        ? (asker && !(e.followUp && !onePerson(asker)) ? speakerOf(asker) : e.followUp ? lastAsker?.mention ?? null : null)
        : responder ? speakerOf(responder) : null;
      // Announced by nobody, a bare 问 goes on with the exchange named before it (the asker's follow-up), a bare 答 too.
      // (An announcement ends the exchange: one named after it goes on, the announced speakers notwithstanding.)
      const going = e.named || by ? null : continuedBy(view, exchange, e);
      const resolved: SpeechEvent = e.named ? e : going ? { ...e, mention: going, anchor: anchor ?? e.anchor, followUp: e.followUp || e.role === 'asker' } : { ...e, mention: by, anchor: anchor ?? e.anchor };
      if (resolved.role === 'asker' && resolved.mention) lastAsker = resolved;
      // (A 问 nobody is known to speak opens a question of an unknown asker: a bare 追问 under it follows up that
      // question, and is no earlier member's.)
      else if (resolved.role === 'asker' && !resolved.followUp) lastAsker = null;
      exchange = nextExchange(exchange, resolved);
      out.push(resolved);
      anchor = null;
      continue;
    }
    exchange = nextExchange(exchange, e);
    if (e.role === 'asker' && e.mention) lastAsker = e;
    // A named event is an announcement when the next event on another line is a 问/答 label.
    const next = nextOther[i] >= 0 ? events[nextOther[i]] : undefined;
    const sameLineLabel = labelLines.has(lines[i]);
    // (No 问 labels, a lone "追问:" only: a field whose person's words follow on its next lines is his turn, as without it.)
    const speaks = e.announces && !qaLayout && e.mention !== null && ownWords(view, e, events[i + 1]);
    // (…and he speaks the bare labels of his role after it: "答:" after "追问:" is the answering field's person.)
    if (speaks && e.role === 'asker') { asker = announced(events, i, e); responder = null; } else if (speaks) responder = announced(events, i, e);
    if (!speaks && (e.announces || (qaLayout && e.kind === 'reported' && next?.kind === 'qa-label' && !sameLineLabel))) {
      exchange = null; // (announced speakers speak the labels after it, not the exchange named before)
      // (The other members of a list announced already: one announcement.)
      const current = e.role === 'asker' ? asker : responder;
      if (e.list && current?.list === e.list) continue;
      const speakers = announced(events, i, e);
      // "询问:委员 某⏎…?⏎应询人:局长 某⏎…": a responder field no 答 label speaks for (a 问 label, or another field, comes
      // first) is the answer's turn itself, as it is where no label stands at all.
      if (e.announces && e.role === 'responder' && !e.addressee && !labelSpeaksFor(view, events, i, !!out.length && out[out.length - 1].role === 'asker')) {
        responder = speakers;
        responderLine = lineEnd(view, e.start);
        exchange = null;
        if (unasked) out.push(unasked); // (the announced asker asked in the field's own turn)
        unasked = null;
        // (The turn opens with the field's line, "应询人:", as a 答: label's opens with the label; its other people after it.)
        const first = i === 0 || events[i - 1].anchor !== e.anchor || !events[i - 1].announces;
        out.push(first ? { ...e, start: e.anchor } : e);
        anchor = null;
        continue;
      }
      // "应询人:市某局局长 某某" after the question (or 补充应询人 after an answer): the field line is nobody's words, the turn before ends there.
      const said = out[out.length - 1];
      if (e.announces && e.role === 'responder' && (said?.role === 'asker' || said?.role === 'responder') && said.start < e.anchor) {
        const at = lineStartAt(view, e.anchor);
        out.push({ mention: null, role: 'narration', start: at, anchor: at, wordsStart: lineEnd(view, at), kind: 'label', followUp: false });
      }
      // (Both fields on one line, the responder's first: "(应询人:局长 某;询问人:委员 某)" announces both, field-runs.ts.)
      const line = lineEnd(view, e.start);
      if (e.role === 'asker') { asker = speakers; if (!(e.announces && responderLine === line)) responder = null; unasked = e.list ? null : e; } else if (!responder || e.announces) { responder = speakers; responderLine = e.announces ? line : -1; }
      // A new asker starts a new block: the question's section starts at this announcement (not at a
      // list naming the askers of several questions: each starts at its label).
      if (!e.list) anchor = e.role === 'asker' ? e.anchor : anchor ?? e.anchor;
      continue;
    }
    // Asking is done by the 问 labels; a reported asker elsewhere ("代表提出问题") is narration.
    if (qaLayout && e.role === 'asker' && e.kind === 'reported') continue;
    // An answer to an announced asker who spoke through no label: the announcement was the asking
    // (also past the responder's field line before the answer, nobody's words: "应询人:局长 曹某⏎曹某:…", exchanges.ts).
    if (unasked && (e.role === 'responder' || (e.role === 'narration' && answeredNext(events, e)))) out.push(unasked);
    unasked = null;
    out.push(e);
    // Someone spoke ("曹志刚:…"): the announcement's place no longer opens the next 问/追问.
    anchor = null;
  }
  return out;
}

/** Words stand after the line of the field `e` and before the next event: "询问人:委员 某⏎养护资金够不够?⏎追问:…". */
export function ownWords(view: string, e: SpeechEvent, next: SpeechEvent | undefined): boolean {
  const from = lineEnd(view, e.start);
  const to = next ? next.start : view.length;
  return to > from && view.slice(from, to).trim() !== '';
}

/** The people an announcement names for the labels of its role, and how many of those labels have spoken. */
interface Speakers {
  list: SpeechEvent['list'];
  members: SpeakerMention[];
  /** Members speak the labels one each, in order (a list in order naming as many as there are labels). */
  inTurn: boolean;
  spoken: number;
}

/** The announcement at `events[i]`: its one person, or its list (in turn when ordered and as long as the labels it announces). */
function announced(events: SpeechEvent[], i: number, e: SpeechEvent): Speakers {
  const members = e.list ? e.list.members : e.mention ? [e.mention] : [];
  const inTurn = !!e.list && e.list.ordered && labelsAnnounced(events, i, e) === members.length;
  return { list: e.list, members, inTurn, spoken: 0 };
}

/**
 * The unnamed 问 labels (追问 aside) or 答 labels after the announcement at `events[i]`, up to the
 * next announcement that replaces it (another asker's, or for responders any other one's).
 */
function labelsAnnounced(events: SpeechEvent[], i: number, e: SpeechEvent): number {
  let n = 0;
  for (let j = i + 1; j < events.length; j++) {
    const x = events[j];
    if (x.kind === 'qa-label') {
      if (x.role === e.role && !x.named && !(x.role === 'asker' && x.followUp)) n++;
      continue;
    }
    const other = x.announces || (x.kind === 'reported' && x.mention && (!e.list || x.list !== e.list));
    if (other && (x.role === 'asker' || x.role === e.role)) break;
  }
  return n;
}

/**
 * A 答 label speaks for the responder field at `events[i]`: one stands after it before the next asker's field or the
 * next responder field — or, the field standing after its question (`afterQuestion`), before the next 问 label that
 * is no 追问. (A digest's fields stand before the question: "提问人:…⏎应询人:…⏎问题:…⏎答复:…".)
 */
function labelSpeaksFor(view: string, events: SpeechEvent[], i: number, afterQuestion: boolean): boolean {
  const line = lineEnd(view, events[i].start);
  for (let j = i + 1; j < events.length; j++) {
    const x = events[j];
    if (x.kind === 'qa-label') {
      if (x.role === 'responder') return true;
      if (afterQuestion && x.role === 'asker' && !x.followUp) return false;
      continue;
    }
    // (The field's other people, "应询人:局长 甲;书记 乙", are the same announcement; the fields of its line announce
    // with it, "问题一(应询人:院长 甲;询问人:委员 乙)", field-runs.ts.)
    if (x.announces && !x.addressee && x.anchor !== events[i].anchor && lineEnd(view, x.start) !== line) return false;
  }
  return false;
}

/** The announcement names one person and nobody else (not 王某 of 王某等5人). */
function onePerson(s: Speakers): boolean {
  return s.members.length === 1 && (!s.list || s.list.complete);
}

/** Who speaks the next label of an announcement: its one person, the next of a list in turn, else nobody known. */
function speakerOf(s: Speakers): SpeakerMention | null {
  if (onePerson(s)) return s.members[0];
  return s.inTurn ? s.members[s.spoken++] ?? null : null;
}
