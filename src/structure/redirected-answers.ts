/**
 * The chair handing a member's earlier question to another office: "郭建民：下面请市财政局回答贾春生委员的问题。贾委员
 * 刚才还问到了改厕资金的问题。" then "市财政局局长 冯丽：…". When the member does not speak again before the office answers,
 * the call opens no exchange of the member (office-calls.ts reads "请市财政局回答王军委员的第二个问题。" followed by
 * "王军委员：…?" as the member's next question): the chair's line is narration, and the answer after it answers the question
 * the member asked before — its turns are marked `answerTo` that question (as a batch's answers are, batch.ts), whose
 * responders they join. Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { Person } from '../model/record.js';
import type { QuestionFrame, TextPair } from './types.js';
import { speakerKey, type SpeechEvent } from './speech.js';
import { speakersOf } from './turns.js';

/**
 * The chair's call on an office for a member's question (`addressee` set: office-calls.ts) followed by an answer, not by
 * the member's own words, from a member who asked before: narration — dropped from `events` (the chair's line holding it
 * is already the moderator's, before it).
 */
export function handOversAnswered(events: SpeechEvent[]): SpeechEvent[] {
  let drop: Set<SpeechEvent> | null = null;
  for (let i = 1; i < events.length; i++) {
    const e = events[i];
    if (e.kind !== 'moderator' || e.role !== 'asker' || !e.addressee || !e.mention) continue;
    const held = events[i - 1];
    if (held.role !== 'narration' || held.start > e.anchor) continue;
    let j = i + 1;
    while (j < events.length && events[j].role === 'narration') j++;
    if (j >= events.length || events[j].role !== 'responder') continue;
    const key = speakerKey(e);
    if (!events.slice(0, i).some((x) => x.role === 'asker' && x.kind !== 'moderator' && speakerKey(x) === key)) continue;
    (drop ??= new Set()).add(e);
  }
  return drop ? events.filter((e) => !drop!.has(e)) : events;
}

/**
 * After a member named in the chair's words: the question they asked before ("贾春生委员的问题", "王军委员的第二个问题", "代表
 * 提出的", "贾委员刚才还问到了…") — the member is spoken about, not called to ask (moderator-lines.ts). ("刘委员追问", "请王委员
 * 再问一个问题" name no earlier asking.)
 */
export const ASKED_BEFORE = /^\s*(?:同志)?\s*(?:委员|代表)?\s*(?:的(?:第[一二三四五六七八九十\d]{1,2}个|这个|这一)?(?:问题|提问|询问)|提出的|(?:刚才|刚刚|前面|此前|之前)(?:还|也)?(?:问到|问了|提到|提出|提了|关心|关注|的问题))/u;

/** The chair's call on someone to answer: 请 + the office or official + a verb of answering. */
const ANSWER_CALL = /请[^。,;:?!请\n]{2,30}?(?:回答|答复|作答|回应)/u;

/** True when `words` name the member `name` (in full, or by surname and 委员/代表) with the question they asked before. */
function namesAskedBefore(words: string, name: string): boolean {
  for (const key of [name, name[0]]) {
    for (let at = words.indexOf(key); at >= 0; at = words.indexOf(key, at + 1)) {
      const rest = words.slice(at + key.length);
      if ((key === name || /^(?:委员|代表)/u.test(rest)) && ASKED_BEFORE.test(rest)) return true;
    }
  }
  return false;
}

/**
 * Link the answers after a chair's hand-over to the member's earlier question (frames changed in place): the responder
 * turns right after the narration turn naming it (up to the next asker turn or narration), in a section whose askers
 * are others. Returns the indexes (1-based) of the questions given answers.
 */
export function linkHandOvers(pair: TextPair, questions: QuestionFrame[], persons: Person[]): number[] {
  const names = new Map(persons.map((p) => [p.id, p.name]));
  const given: number[] = [];
  questions.forEach((q, k) => {
    for (let t = 0; t < q.turns.length; t++) {
      const turn = q.turns[t];
      if (turn.role !== 'narration') continue;
      const words = pair.view.slice(turn.span[0], turn.span[1]);
      if (!ANSWER_CALL.test(words)) continue;
      const isMember = (id: string) => { const n = names.get(id); return !!n && namesAskedBefore(words, n); };
      if (q.askers.some(isMember)) continue;
      let target = -1;
      for (let j = k - 1; j >= 0 && target < 0; j--) if (questions[j].askers.some(isMember)) target = j;
      if (target < 0) continue;
      let u = t + 1;
      for (; u < q.turns.length && q.turns[u].role === 'responder'; u++) q.turns[u].answerTo = target + 1;
      if (u === t + 1) continue;
      q.responders = speakersOf(q.turns.filter((x) => x.answerTo === null), 'responder');
      const to = questions[target];
      const lent = speakersOf(q.turns.slice(t + 1, u), 'responder');
      to.responders = [...to.responders, ...lent.filter((id) => !to.responders.includes(id))];
      given.push(target + 1);
    }
  });
  return [...new Set(given)].sort((a, b) => a - b);
}
