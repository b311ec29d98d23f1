/**
 * The speech events around an asker's turn, as turnSections (sections.ts) reads them: who answers next and where
 * the next one speaks, the asker's words, who answered each question and how members address them (温部长,
 * 生态环境部), and whether the asker carries on from the answer just given ("谢谢王局长的回答,那么…").
 * Offsets are UTF-16 code units into the view; an event's words run to the next event's start (end-exclusive).
 */
import { lineEnd, type SpeechEvent, speakerKey, addressForms } from './speech.js';
import { speechStart } from './follow-up-cue.js';
import { resumesList } from '../extract/interrupted-lists.js';

/**
 * `events.indexOf(e)`, from a map of the list's positions kept while the list is unchanged (checked at the position
 * found): each asker of a transcript of thousands of turns searched the whole list for itself, quadratic.
 */
export function indexOfEvent(events: readonly SpeechEvent[], e: SpeechEvent): number {
  let at = positions.get(events);
  let k = at?.get(e);
  if (k !== undefined && events[k] === e) return k;
  at = new Map();
  for (let j = events.length - 1; j >= 0; j--) at.set(events[j], j); // (backwards: the first of a repeated event wins)
  positions.set(events, at);
  k = at.get(e);
  return k ?? -1;
}
const positions = new WeakMap<readonly SpeechEvent[], Map<SpeechEvent, number>>();

/** Whether `answer`'s words end cut off and the same responder, next to answer after `e`, resumes the list. */
export function cutInOnList(view: string, events: SpeechEvent[], e: SpeechEvent, answer: SpeechEvent): boolean {
  const k = indexOfEvent(events, e);
  let j = k + 1;
  while (j < events.length && events[j].role !== 'responder') j++;
  const next = events[j];
  if (!next || speakerKey(next) !== speakerKey(answer) || next.wordsStart === null) return false;
  return resumesList(view.slice(answer.wordsStart!, e.start).trimEnd(), view.slice(next.wordsStart, nextStart(events, next, view.length)));
}

/** Whether the next one to speak after `e` (narration aside) answers. */
export function answeredNext(events: SpeechEvent[], e: SpeechEvent): boolean {
  for (let k = indexOfEvent(events, e) + 1; k < events.length; k++) if (events[k].role !== 'narration') return events[k].role === 'responder';
  return false;
}

/** Where the next event after `e` starts (or `end`). */
export function nextStart(events: SpeechEvent[], e: SpeechEvent, end: number): number {
  const k = indexOfEvent(events, e);
  return k + 1 < events.length ? events[k + 1].start : end;
}

/** The words of the asker `events[i]`: after the label (or the name, reported), to the next speaker or the end of the line, 120 code units at most. */
export function askerWords(view: string, events: SpeechEvent[], i: number): string {
  const e = events[i];
  const from = e.wordsStart ?? e.mention?.span[1] ?? e.anchor;
  let to = Math.min(from + 120, lineEnd(view, from));
  for (let j = i + 1; j < events.length && events[j].start < to; j++) if (events[j].start > from && events[j].role !== 'narration') { to = events[j].start; break; }
  return view.slice(from, to);
}


/** Who answered each question so far (names, or titles for the unnamed), and how they may be addressed. */
export class AnsweredBy {
  private readonly by = new Map<number, Set<string>>();
  private readonly named = new Map<number, Set<string>>();
  /** `e` answers question `n` (none before the first question). */
  add(n: number, e: SpeechEvent): void {
    const who = speakerKey(e);
    if (who === null || n <= 0) return;
    this.by.set(n, (this.by.get(n) ?? new Set()).add(who));
    const handles = this.named.get(n) ?? new Set();
    for (const h of addressForms(e, true)) handles.add(h);
    this.named.set(n, handles);
  }
  of(n: number): ReadonlySet<string> | undefined {
    return this.by.get(n);
  }
  handles(n: number): ReadonlySet<string> | undefined {
    return this.named.get(n);
  }
}

/** Who answers the asker of `events[i]`: the responders after it, up to the next asker (`withOrgs`: their organizations too). */
export function nextResponders(events: SpeechEvent[], i: number, withOrgs = false): string[] {
  const out: string[] = [];
  for (let j = i + 1; j < events.length && events[j].role !== 'asker'; j++) {
    const by = events[j].role === 'responder' ? speakerKey(events[j]) : null;
    if (by !== null) out.push(by);
    const org = withOrgs && events[j].role === 'responder' ? events[j].mention?.organization : null;
    if (org) out.push(org);
  }
  return out;
}

/**
 * Words that carry on from the answer just given, after a word of thanks at most: 刚才…, 您刚刚提到…,
 * 那么…, 我再问一下, 我接着问, 我还有一个问题, 还想再问 ("谢谢王局长的回答,那么…"). A new matter (另外,
 * 请问市财政局…) carries no such cue.
 */
const REFERS_BACK = /^\s*(?:“\s*)?(?:(?:好的?|谢谢[^,。?!;]{0,8}|感谢[^,。?!;]{0,8})[,。!]\s*)?(?:(?:我想)?(?:请问)?(?:您|你|局长|厅长)?(?:刚才|刚刚)|那么|我?(?:再(?:追)?问|接着问|还有(?:一个|个)?问题|还想(?:再)?(?:追)?问))/u;

export function refersBack(view: string, e: SpeechEvent): boolean {
  const from = e.wordsStart !== null ? speechStart(view, e.wordsStart) : null; // (on the next line after a label alone on its own)
  return from !== null && REFERS_BACK.test(view.slice(from, from + 24));
}

/**
 * Whether the one who answers next after event `i` says they answer again ("龙文彬再次作答。", "上官志远又回答说,",
 * "…继续回答"): they answer anew the question they answered before, which a newcomer's 追问 so answered follows up
 * ("“双语教学质量怎么评价?”委员王某接着追问。⏎龙文彬再次作答。" after 龙文彬 answered question 1 and a court question 3).
 */
export function answersAgain(view: string, events: SpeechEvent[], i: number): boolean {
  for (let j = i + 1; j < events.length && events[j].role !== 'asker'; j++) {
    if (events[j].role !== 'responder') continue;
    const e = events[j];
    return ANSWERS_AGAIN.test(view.slice(e.start, Math.min(e.start + 30, lineEnd(view, e.start))));
  }
  return false;
}
/** The answer's own sentence saying it answers again: 再次作答, 又回答, 继续回答, 再作答复 (not 再次强调, nor 回答 alone). */
const ANSWERS_AGAIN = /^[^。?!;\n]{0,20}?(?:再次|再一次|又|继续|再)(?:作答|回答|答复|回应|解答|作了回答|作出回答|作(?:了)?答复)/u;
