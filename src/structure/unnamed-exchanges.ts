/**
 * The exchanges that posts alone as labels speak in (role-labels.ts), so that each is one person within its
 * exchange and someone else in another one.
 *
 * Example: "委员:⏎我想问州水利局。…?" "局长:⏎谢谢委员的提问。…" "委员:⏎我追问一下,…?" "局长:⏎…"
 * "委员:⏎请问州卫生健康委,…?" "主任:⏎…" — the first two 委员 are one member (the second presses the
 * first's question: 追问), the third is another (a new question after an answer), and the 局长 of the first
 * exchange answers nothing in the third. An exchange opens at a line's label of a member of the congress
 * (an unnamed 委员 or 代表, or a named member who is no leader of the congress presiding) after an answer, unless
 * the member's words follow up (追问, 再问: follow-up-cue.ts); a line's label of anyone else answers.
 * Offsets are [start, end) UTF-16 code units into the view.
 */
import type { SpeakerMention } from './mentions.js';
import { asksFollowUp } from './follow-up-cue.js';
import { isLeader } from './chair.js';
import { LABEL_LEAD } from './stamps.js';
import { lineStartAt } from '../source/line-bounds.js';

/** Before a label on its line: spaces, a clock time, a bullet, Markdown bold. */
const LINE_LEAD = new RegExp(String.raw`^${LABEL_LEAD}[ \t\u3000]*$`, 'u');
/** How far a label's lead may run before the mention. */
const LEAD_REACH = 24;
/** After a label's person: a bracketed note, the label's verb, bold, the colon (the words follow). */
const LABEL_REST = /^[ \t\u3000]*(?:\([^()\n]{1,12}\)[ \t\u3000]*)?(?:追问|提问|问|答)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:/u;

/** Number the exchange of every post-only label mention of `mentions` (sorted by start; their `exchange` set in place). */
export function numberExchanges(view: string, mentions: readonly SpeakerMention[]): void {
  if (!mentions.some((m) => m.exchange !== undefined)) return; // (most texts name every speaker)
  let exchange = 0;
  let answered = false; // someone answered since the exchange opened
  for (const m of mentions) {
    const lineStart = lineStartAt(view, m.span[0]);
    if (m.span[0] - lineStart > LEAD_REACH || !LINE_LEAD.test(view.slice(lineStart, m.span[0]))) continue;
    const rest = LABEL_REST.exec(view.slice(m.span[1], m.span[1] + 20));
    if (m.congress) {
      if (m.exchange === undefined && (!m.name || isLeader(m.title ?? ''))) continue; // the chair presiding asks nothing
      if (answered && !(rest && asksFollowUp(view, m.span[1] + rest[0].length))) exchange++;
      answered = false;
    } else if (rest) {
      answered = true;
    }
    if (m.exchange !== undefined) m.exchange = exchange;
  }
}
