/**
 * A 追问 the chair invites: "主持人：公孙委员，还有没有要追问的？" after the answer, then "县人大常委会委员公孙丽：有。整改后由谁
 *验收？" — the member who asked the question just answered takes up the chair's offer, so the turn presses that
 * question (a follow-up) though its own words say no 追问. The offer is the chair's line right before the member's
 * turn (a narration turn: 主持人:, the chair's label, 【主持人】), after an answer, and asks for a 追问 (还有没有要追问的,
 * 还要追问吗, 是否还有追问, 请…追问, 可以追问); the member must be the one who asked last (another member taking the
 * floor asks anew). "请司马代表追问。" naming the member is a moderator's call and read as one (exchanges.ts).
 * Matching runs on the view; offsets are [start, end) UTF-16 offsets into the text.
 */
import { wordsFrom, type SpeechEvent, speakerKey } from './speech.js';

/**
 * The chair's words offering a 追问: 还有没有要追问的, 还要追问吗, 是否还有追问, 请…追问, 可以继续追问. Not 请委员继续提问:
 * that calls the members at large to go on, and the next turn is a question of its own.
 */
const OFFERS_FOLLOW_UP = /(?:还有没有|有没有|还有|还要|是否还有|是否还要|要不要|还需要|需不需要)[^。!?;,\n]{0,6}?(?:追问|再问|补充提问)|请[^。!?;\n]{0,20}?追问|(?:可以|继续|接[着著])(?:再)?追问/u;
/** How far into the chair's words the offer is looked for. */
const READ = 80;


/** `events` (in reading order, resolved) with the askers who take up the chair's offer of a 追问 marked as following up. */
export function invitedFollowUps(view: string, events: SpeechEvent[]): SpeechEvent[] {
  let out: SpeechEvent[] | null = null;
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    const offer = events[i - 1];
    if (e.role !== 'asker' || e.followUp || offer.role !== 'narration' || offer.wordsStart === null) continue;
    const who = speakerKey(e);
    if (who === null) continue;
    // Before the offer, an answer; before that answer, the same member asking.
    let j = i - 2;
    while (j >= 0 && events[j].role === 'narration') j--;
    if (j < 0 || events[j].role !== 'responder') continue;
    while (j >= 0 && events[j].role !== 'asker') j--;
    if (j < 0 || speakerKey(events[j]) !== who) continue;
    const from = wordsFrom(view, offer.wordsStart);
    if (!OFFERS_FOLLOW_UP.test(view.slice(from, Math.min(e.start, from + READ)))) continue;
    out ??= [...events];
    out[i] = { ...e, followUp: true };
  }
  return out ?? events;
}
