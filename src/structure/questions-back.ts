/**
 * A question back from the answering side: "邵某：您说的是哪个小区？" after "委员周某：…这种算不算在417台里面？".
 * An official who has answered in the exchange and now asks the member to clarify is still answering: the turn
 * stays the responder's, whatever its question mark (a bare-name label's role is only guessed from its words,
 * label-role.ts). And the member's short reply to it ("委员周某：翠竹苑小区。") goes on with the exchange
 * (sections.ts, `repliesToQuestionBack`), opening no question of its own.
 * Offsets are [start, end) UTF-16 offsets into the text; matching runs on the view.
 */
import { type SpeechEvent, speakerKey } from './speech.js';


/**
 * `events` (in reading order) with each guessed asker turn of someone who has already answered, and never asked,
 * right after another's question or remark, read as the responder's again (a new array when any changes).
 */
export function questionsBackAnswer(events: SpeechEvent[]): SpeechEvent[] {
  const answered = new Set<string>();
  const asked = new Set<string>();
  let out: SpeechEvent[] | null = null;
  let last: SpeechEvent | null = null; // the last one who spoke
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const who = speakerKey(e);
    if (e.role === 'narration') continue;
    const before = last;
    last = e;
    if (who === null) continue;
    if (e.role === 'responder') { answered.add(who); continue; }
    // (Right after a member's turn: the question goes back to the one who just spoke.)
    if (e.guessed && !e.mention?.congress && answered.has(who) && !asked.has(who) && before?.role === 'asker' && speakerKey(before) !== who) {
      out ??= [...events];
      out[i] = { ...e, role: 'responder', followUp: false, guessed: false };
      continue;
    }
    asked.add(who);
  }
  return out ?? events;
}

/** A reply to a question back: one short clause at most, asking nothing ("南口。", "东湖街道的翠竹苑小区。"). */
const SHORT_REPLY = /^\s*[^\n。?!;,]{1,20}[。!]?\s*$/u;
/** Words ending in a question mark (a trailing stage direction aside: "…北口？（笑）"). */
const ENDS_ASKING = /\?\s*(?:\([^()\n]{1,8}\)\s*)?$/u;

/**
 * True when the member's words `reply` answer the responder's words `before` that ended asking: a question back,
 * and a short reply to it with no question of its own.
 */
export function repliesToQuestionBack(before: string, reply: string): boolean {
  return ENDS_ASKING.test(before) && SHORT_REPLY.test(reply);
}
