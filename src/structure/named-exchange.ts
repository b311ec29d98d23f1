/**
 * The named exchange a bare 问:/答: label goes on with. News reports and press conferences name a speaker
 * once, in the first 问/答 of an exchange, and write the next ones bare:
 *   "问(市人大常委会委员 许某):…?⏎答(市消防救援支队支队长 秦某):…。⏎问:整改率是多少?⏎答:约81%。"
 * The bare 问 is the named asker's follow-up, the bare 答 the last named responder's (of that question). A
 * topic line between them (■充电设施建设, 二、…, 问题二:…), a moderator's line, an announcement or a label
 * naming nobody ends the exchange: a bare label after it stays unknown. Offsets are [start, end) UTF-16
 * offsets into the decoded text; matching runs on the view.
 */
import type { SpeakerMention } from './mentions.js';
import type { SpeechEvent } from './speech.js';

/** Who spoke the exchange so far, by their labels. */
export interface Exchange {
  asker: SpeakerMention;
  /** The last responder named by a label since the asker, or null. */
  responder: SpeakerMention | null;
  /** Where the last event of the exchange starts: a topic line must come after its line. */
  last: number;
}

/** Lines that head a topic, not anyone's words: a bullet or brackets round the line, or a short line with no sentence stop. */
const TOPIC_LINE = /^(?:[■◆●▲★□◇○▶►].*|【[^【】]*】|[^。!?;]{1,30})$/u;

const keyOf = (m: SpeakerMention): string | null => m.name ?? m.title;

/**
 * The exchange after the event `e` (resolved: its speaker known, or not), given the exchange before it.
 * A label naming an asker opens one (the same asker's again keeps its responder); a label naming a responder
 * joins it; a label naming nobody, a moderator's line or an announcement ends it.
 */
export function nextExchange(current: Exchange | null, e: SpeechEvent): Exchange | null {
  if (e.announces || e.moderator || e.subhead) return null;
  if (e.role === 'narration') return current;
  const label = e.kind === 'label' || e.kind === 'qa-label';
  if (!e.mention) return label ? null : current;
  if (!label) return current;
  if (e.role === 'asker') {
    const same = current !== null && keyOf(current.asker) === keyOf(e.mention);
    return { asker: e.mention, responder: same ? current.responder : null, last: e.start };
  }
  return current && { ...current, responder: e.mention, last: e.start };
}

/**
 * Who speaks the bare label `e` (no speaker of its own, none announced) going on with `current`: the asker for
 * a 问 (then a follow-up), the last named responder for a 答; null when no exchange goes on, or a topic line
 * stands between its last event and the label.
 */
export function continuedBy(view: string, current: Exchange | null, e: SpeechEvent): SpeakerMention | null {
  if (!current || e.role === 'narration' || topicBetween(view, current.last, e.start)) return null;
  return e.role === 'asker' ? current.asker : current.responder;
}

/** A topic line between the line holding `from` and `to` (the lines after the one `from` is on, up to `to`). */
function topicBetween(view: string, from: number, to: number): boolean {
  for (let at = view.indexOf('\n', from); at >= 0 && at < to; ) {
    const next = view.indexOf('\n', at + 1);
    const line = view.slice(at + 1, next < 0 || next > to ? to : next).trim();
    if (line && TOPIC_LINE.test(line)) return true;
    at = next;
  }
  return false;
}
