/**
 * Damaged 问(…)/答(…) labels, read once the document is known to be laid out in them (a whole "问(Title Name):" and a
 * whole "答(Title Name):" label both open lines): the clerk's slips that leave the label still a label —
 *
 *     "问 市人大常委会委员 郜丽萍:…"            a space (or none at all) where the brackets should be
 *     "答(市发展改革委副主任 段志勇)我们将…"    no colon after the bracket
 *     "问(市人大常委会委员 郜丽萍)追问:…"      the 追问 note after the bracket (a follow-up)
 *     "问(市人大常委会委员 司马⏎文涛):…"        a name broken inside the brackets (joined before: label-wraps.ts)
 *
 * The person must fill the bracket (or the words between a spaced 问 and the colon): a title and a name, nothing else.
 * "问市水利局局长靳国华:…" — 问 run into a title and a name with no bracket and no space — is the verb asking that
 * official: a question put TO them (the asker unnamed, the official's office the addressee), never their own turn.
 * A line of such a document still opening with a 问/答-shaped label that no rule took is warned of (unreadQaLabels):
 * its words would otherwise fall silently into the turn before or the session's introduction.
 * Matching runs on the view (brackets and colons folded to ASCII); offsets are [start, end) UTF-16 code units.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import { asksFollowUp } from './follow-up-cue.js';
import { lineEnd, type SpeechEvent, type SpeechRole } from './speech.js';

/** A whole bracket label opening a line: "问(市人大常委会委员 郜丽萍):", "答(市水利局局长 靳国华):" (group 1: 问 or 答). */
const WHOLE_LABEL = /^[ \t\u3000]*([问答])\([^()\n]{2,80}\)[ \t]*:/gmu;
/**
 * A line opening with 问 or 答 (group 1), then a bracket, a space, or words up to a colon: the shape of a label (not the
 * nouns 问题/答复: "问题一:" heads a question).
 */
const QA_SHAPED = /^[ \t\u3000]*([问答])(?![题复])(?=\(|[ \t\u3000]+[^\s]|[^\n:。,?!;]{2,40}:)/gmu;
/** After the bracket or the person: spaces, a follow-up note (group 1), spaces, the colon if any (group 2). */
const AFTER = /^[ \t\u3000]*(追问|再问|补充)?[ \t\u3000]*(:)?[ \t\u3000]*/u;

/** True when `view` is laid out in 问(…):/答(…): labels: a whole one of each role opens a line. */
export function bracketQaLayout(view: string): boolean {
  let ask = false;
  let answer = false;
  for (const m of view.matchAll(WHOLE_LABEL)) {
    if (m[1] === '问') ask = true;
    else answer = true;
    if (ask && answer) return true;
  }
  return false;
}

/** The mention filling `[start, end)` but for spaces around it, else null. */
function filling(view: string, mentions: readonly SpeakerMention[], start: number, end: number): SpeakerMention | null {
  const x = mentions.find((m) => m.span[0] >= start && m.span[1] <= end && m.name !== null && m.title !== null);
  if (!x) return null;
  return /^\s*$/u.test(view.slice(start, x.span[0])) && /^\s*$/u.test(view.slice(x.span[1], end)) ? x : null;
}

/**
 * Add to `events` (mutated) the damaged labels of lines in `[from, to)` as described in the header, when the view is
 * laid out in bracket labels; a line where an event already starts is left alone.
 */
export function addDamagedQaLabels(view: string, from: number, to: number, mentions: readonly SpeakerMention[], events: SpeechEvent[]): void {
  if (!bracketQaLayout(view)) return;
  const slice = view.slice(from, to);
  for (const m of slice.matchAll(QA_SHAPED)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const eol = lineEnd(view, start);
    const role: SpeechRole = m[1] === '答' ? 'responder' : 'asker';
    const after = start + 1;
    let person: SpeakerMention | null = null;
    let rest = after;
    let runIn = false;
    if (view[after] === '(') {
      const close = view.indexOf(')', after);
      if (close < 0 || close > eol) continue;
      person = filling(view, mentions, after + 1, close);
      rest = close + 1;
    } else {
      const colon = view.indexOf(':', after);
      if (colon < 0 || colon > eol) continue;
      const note = /(?:追问|再问|补充)\s*$/u.exec(view.slice(after, colon));
      person = filling(view, mentions, after, note ? colon - note[0].length : colon);
      runIn = person !== null && !/\s/u.test(view[after]);
      rest = person ? person.span[1] : after;
    }
    if (!person) continue;
    // (A label read already on the line stands, but for the person's own mention read as a label of its own there:
    // "问(委员 某)追问:" reads "某)追问:" as "某追问:".)
    if (events.some((e) => e.start >= start && e.start < eol && e.mention !== person)) continue;
    const tail = AFTER.exec(view.slice(rest, eol))!;
    // (Without a bracket the colon is what ends the label: "问 市人大常委会委员 郜丽萍:".)
    if (!tail[2] && view[after] !== '(') continue;
    const wordsStart = rest + tail[0].length;
    if (wordsStart >= eol) continue; // the words on the label's own line, or it is no damaged label
    if (runIn) {
      // "问市水利局局长靳国华:…": asked of that official; the asker is not named.
      if (role !== 'asker' || person.congress || !person.titleSpan) continue;
      for (let i = events.length - 1; i >= 0; i--) if (events[i].mention === person) events.splice(i, 1);
      const org = person.organization ? view.indexOf(person.organization, person.titleSpan[0]) : -1;
      const addressee: Span | undefined = org >= 0 && org < person.titleSpan[1] ? [org, org + person.organization!.length] : undefined;
      events.push({ mention: null, role, start, anchor: start, wordsStart, kind: 'qa-label', followUp: asksFollowUp(view, wordsStart), named: true, addressee }); // (named: the label says whom it asks, no announced asker is its speaker)
      continue;
    }
    for (let i = events.length - 1; i >= 0; i--) if (events[i].mention === person) events.splice(i, 1);
    const followUp = tail[1] === '追问' || tail[1] === '再问' || (role === 'asker' && asksFollowUp(view, wordsStart));
    events.push({ mention: person, role, start, anchor: start, wordsStart, kind: 'qa-label', followUp, named: true });
  }
}

/** The lines of a bracket-label document opening with a 问/答-shaped label where no event starts: spans of the line's label part. */
export function unreadQaLabels(view: string, events: readonly SpeechEvent[]): Span[] {
  if (!bracketQaLayout(view)) return [];
  const out: Span[] = [];
  for (const m of view.matchAll(QA_SHAPED)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const eol = lineEnd(view, start);
    if (events.some((e) => e.start >= start && e.start < eol) || events.some((e) => e.anchor >= start && e.anchor < eol)) continue;
    // (A whole label left unread was left so on purpose: a written answers' appendix after the exchanges.)
    WHOLE_LABEL.lastIndex = 0;
    if (WHOLE_LABEL.test(view.slice(start, eol))) continue;
    const colon = view.slice(start, eol).search(/[:)]/u);
    out.push([start, colon >= 0 && colon < 60 ? start + colon + 1 : Math.min(eol, start + 20)]);
  }
  return out;
}
