/**
 * Narrated exchanges told before a 问/答 minutes block: each stretch of a transcript gets its own layout reading.
 *
 * Example: "会上，区人大常委会委员李春红首先发问：…如何加强监管？区教体局局长毛文杰回答说，…一是…二是…⏎委员张志伟
 * 关注课后服务质量。他问：…怎么办？毛文杰表示，将…⏎以下为询问记录（根据记录整理）：⏎问（区人大常委会委员 孙丽萍）：…"
 * — the report narrates two exchanges, then gives the rest as minutes. The 问 labels ask from the first of them on; before
 * it a member who asks in words (a question mark, or 问/发问/提问 and a colon) answered by an official in words (回答说,
 * 表示, …) is a question of the narration, no announcement of the labels' speakers (qa-speakers.ts). An introduction that
 * only names who will ask and answer ("委员甲就…提问，局长乙作答。") holds no such exchange, and announces as before.
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { SpeechEvent } from './speech.js';

/** After a reported asker, up to the next event: a question mark, or a verb of asking with its colon ("首先发问：", "他问："). */
const ASKS_IN_WORDS = /[?]|(?:问|发问|提问|询问|追问)(?:道)?\s*:/u;
/**
 * After a reported responder: a verb of answering or saying, then its words after a comma or colon ("回答说，今年以来…",
 * "表示，将…", "回应：…"), within the clause — not a roll-call's "作答。" or "回答询问。", which say nothing.
 */
const ANSWERS_IN_WORDS = /^[^。;?!\n]{0,20}?(?:回答|答复|回应|表示|介绍|说明|说)(?:说|道)?\s*[,:]\s*[^\s。]{4}/u;

/**
 * The index in `events` (sorted by start) where the narrated stretch before the first 问/答 label ends: past the last
 * reported answer in words that follows a reported question in words; 0 when that stretch narrates no exchange.
 */
export function narratedStretchEnd(view: string, events: readonly SpeechEvent[]): number {
  const first = events.findIndex((e) => e.kind === 'qa-label');
  if (first <= 0) return 0;
  let asked = false;
  let end = 0;
  for (let i = 0; i < first; i++) {
    const e = events[i];
    if (e.kind !== 'reported' || !e.mention) continue;
    const words = view.slice(e.mention.span[1], events[i + 1].start);
    if (e.role === 'asker' && ASKS_IN_WORDS.test(words)) asked = true;
    else if (e.role === 'responder' && asked && ANSWERS_IN_WORDS.test(words)) end = i + 1;
  }
  return end;
}
