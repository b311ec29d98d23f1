/**
 * The exchange a 追问 takes up when nothing ties it to the exchange just answered: a newcomer's
 * "“数据共享，难点在哪里？”常委会副主任单立民追问。" (or "常委会副主任单立民追问：数据共享，难点在哪里？"), put after an
 * exchange on 农村老人, takes up the one whose answer said "已经汇聚共享的政务数据…没有实时共享". The word 追问 says
 * the question presses one already asked, whoever asks it and whoever answers: the exchange whose answer shares most
 * of its terms (two at least, follow-ups.ts PICKED_UP); with none, a newcomer's 追问道 to another office on a new matter
 * is the loose word of news reports, a question of its own (sections.ts). A question no label or sentence marks 追问
 * (接着问, a reporter's 又问) is none of this module's. A 追问 quoting a term or a formulation first said in an earlier
 * exchange and not in the one just answered ("刚才提到的“三个重点”里,养老护理员队伍现在有多少人?" after 三个重点 was
 * announced in the first answer) takes up that exchange, whatever came between. Offsets are [start, end) UTF-16 code
 * units into the view.
 */
import type { Span } from '../model/span.js';
import type { SpeechEvent } from './speech.js';
import { PICKED_UP, termsOf, wordsOfFollowUp } from './follow-ups.js';
import { extractFormulations } from '../extract/formulations.js';

/** How far after the speaker's name the verb is looked for ("…单立民追问。", "…单立民接着追问道:"). */
const VERB_REACH = 8;

/**
 * True when the turn of `e` is marked 追问 outside its words: its label ("委员某追问:", "问(追问):", a 追问 mark line over
 * it) or the reporter's verb after the name ("“…?”委员某追问。"). Not 追问 said inside the words.
 */
export function markedFollowUp(view: string, e: SpeechEvent): boolean {
  const named = e.mention?.span[1] ?? e.start;
  const from = e.kind === 'quote-first' ? named : e.start;
  const to = e.wordsStart !== null && e.wordsStart > named ? e.wordsStart : named + VERB_REACH;
  return /追问/u.test(view.slice(from, to));
}

/**
 * The question (1-based, among `spans`, the answers of the questions so far in reading order) whose answer shares most
 * of the 追问 `e`'s terms, at least PICKED_UP of them; the latest on a tie. Null when none does.
 */
export function takenUpQuestion(view: string, e: SpeechEvent, spans: readonly Span[]): number | null {
  const terms = termsOf(wordsOfFollowUp(view, e));
  let best: number | null = null;
  let most = 0;
  spans.forEach((s, i) => {
    const text = view.slice(s[0], s[1]);
    let n = 0;
    for (const t of terms) if (text.includes(t)) n++;
    if (n >= PICKED_UP && n >= most) {
      best = i + 1;
      most = n;
    }
  });
  return best;
}

/** A term the words quote: “三个重点”, ‘一网通办’ (two to twelve characters, no sentence inside). */
const QUOTED_TERM = /[“‘]([^“”‘’,。;:?!\n]{2,12})[”’]/gu;

/**
 * The earlier question (1-based, among `spans`, the last of which is the exchange just answered) where a term or a
 * formulation the 追问 `e` quotes was first said, when the exchange just answered does not say it; else null.
 * Said first before any question (the headline, the introduction: the inquiry's own subject), it points nowhere.
 */
export function quotedEarlier(view: string, e: SpeechEvent, spans: readonly Span[]): number | null {
  if (spans.length < 2) return null;
  const words = wordsOfFollowUp(view, e);
  const terms = [...words.matchAll(QUOTED_TERM)].map((m) => m[1]);
  for (const f of extractFormulations({ text: words, view: words }, [0, words.length])) terms.push(f.text);
  const last = spans[spans.length - 1];
  for (const term of terms) {
    if (view.slice(last[0], last[1]).includes(term)) continue;
    const first = view.indexOf(term);
    const k = spans.findIndex((sp) => first >= sp[0] && first < sp[1]);
    if (k >= 0 && k < spans.length - 1) return k + 1;
  }
  return null;
}
