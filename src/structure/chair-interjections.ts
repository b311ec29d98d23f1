/**
 * The chair cutting into an answer: "皇甫局长，我插一句，15个工作日是从什么时候开始算？" from whoever presides, right after
 * the official's answer, presses the exchange under way — a follow-up of the question being answered (its thread's first),
 * as the asker's own 我插一句 is (same-asker-follow-ups.ts), though the chair asked none of it. The speech act is the cue:
 * 我插一句, 插句话, 我打断一下 opening the words (after a vocative naming the one answering, after thanks at most), or a
 * (插话) note in the label; or the chair's question calls the one answering by name or surname + post
 * ("蒙局长，请具体说说，延期的原因是什么？", `pressesAnswerer`). Without either the chair's question is one of its own
 * ("上官副主任：请问省财政厅，…？").
 * Offsets are [start, end) UTF-16 code units into the text; matching runs on the view.
 */
import { addressForms, type SpeechEvent } from './speech.js';
import type { Section } from './sections.js';
import type { GroupHeading } from './groups.js';
import { speechStart } from './follow-up-cue.js';
import { cutsIn } from './same-asker-follow-ups.js';

/** The chair's words read: this long at most. */
const READ = 120;

/**
 * Set `followUpOf` in place on each section opened by one of `chairs` cutting into the answer just given (nobody else
 * asking, no new part of the inquiry in between): to the question answered, or to the first of its thread; a later
 * 追问 read as following up the chair's question then follows up that first too.
 */
export function chairInterjections(view: string, sections: Section[], groups: ReadonlyArray<GroupHeading | null>, events: readonly SpeechEvent[], chairs: ReadonlySet<string>): void {
  if (!chairs.size) return;
  let index: Map<SpeechEvent, number> | null = null; // each event's place, built when a chair first opens a section
  for (let i = 1; i < sections.length; i++) {
    const sec = sections[i];
    const prev = sections[i - 1];
    const e = sec.opener;
    if (sec.header || prev.header || sec.followUpOf !== null || !e || e.role !== 'asker' || e.wordsStart === null) continue;
    if (e.kind !== 'label' && e.kind !== 'quote-first') continue;
    if (!e.mention?.name || !chairs.has(e.mention.name) || groups[i] !== groups[i - 1]) continue;
    // Right after an answer: the last one to speak before the chair (narration and the brackets aside) answered.
    index ??= new Map(events.map((x, n) => [x, n]));
    const k = index.get(e) ?? -1;
    let j = k - 1;
    while (j >= 0 && events[j].role === 'narration' && !events[j].moderator) j--;
    const last = j >= 0 ? events[j] : null;
    if (!last || last.role !== 'responder' || last.start < prev.span[0]) continue;
    const from = speechStart(view, e.wordsStart);
    const eol = view.indexOf('\n', from);
    const words = view.slice(from, Math.min(from + READ, eol < 0 ? view.length : eol));
    const handles = addressForms(last, false);
    if (!cutsIn(words, view.slice(e.start, e.wordsStart), handles) && !pressesAnswerer(words, handles)) continue;
    const root = prev.followUpOf ?? i;
    sec.followUpOf = root;
    // A 追问 read as following up the chair's question (question i + 1) follows up its thread's first.
    for (let k = i + 1; k < sections.length; k++) if (sections[k].followUpOf === i + 1) sections[k].followUpOf = root;
  }
}

/**
 * True when the chair's words open by calling the one who just answered — by name or surname + post, among `handles` —
 * and then ask ("蒙局长，请具体说说，延期的原因是什么？", "罗局长刚才讲到运营补贴，我顺着问一下，…？"): a question put back
 * to whoever is answering presses that answer. Not when the words say the subject is another ("…，我再问另外一个问题",
 * "换个话题"), and not a question to someone else ("请问县财政局，…？": no vocative of the one answering).
 */
export function pressesAnswerer(words: string, handles: readonly string[]): boolean {
  if (!words.includes('?') || NEW_SUBJECT.test(words)) return false;
  const at = PRESS_THANKS.exec(words)?.[0].length ?? 0;
  return handles.some((h) => words.startsWith(h, at) && CALLED.test(words.slice(at + h.length, at + h.length + 6)));
}
/** Thanks or assent before the vocative: "好，", "谢谢。", "好的，". */
const PRESS_THANKS = /^\s*(?:(?:好的?|谢谢|感谢)[^,。!?]{0,6}[,。!]\s*)?/u;
/** After the vocative (a name may still have its post: 龙海平局长): a pause or greeting, or the answer pointed at (刚才讲到, 您刚才说). */
const CALLED = /^(?:副?\p{sc=Han}{0,3}?长|主任|同志)?(?:(?:您好|你好)?\s*[,:!。]|(?:您|你)?(?:刚才|刚刚|提到|讲到|说到))/u;
/** Words turning to another subject: 另外一个问题, 另一个问题, 换个话题, 新的问题. */
const NEW_SUBJECT = /另(?:外)?(?:一)?个问题|换(?:一)?个(?:话题|问题)|新的问题/u;
