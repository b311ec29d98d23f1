/**
 * The safety net of reported speech: a member of the congress named at the start of a paragraph with
 * no verb of speaking read asks the next question, when another official's reported answer follows.
 *
 * Example: "委员毛丽君对农村污水治理进展不满意。省生态环境厅厅长顾晓峰介绍,…": 毛丽君 asks, so 顾晓峰's
 * answer does not merge into the question before. Offsets are UTF-16 offsets into the view; ranges are half-open `[start, end)`.
 */
import type { SpeakerMention } from './mentions.js';
import { sentenceEnd } from './blocks.js';
import { lineEnd, type SpeechEvent } from './speech.js';
import { stampLength, stampedStart } from './stamps.js';
import { CHAIR } from './speech-patterns.js';
import { frameKind } from './frame.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A paragraph's sentence that opens on the member: nothing before it but white space since the line's start. */
const OPENS_LINE = /^\s*$/u;
/** A whole non-blank line between two offsets: another paragraph lies between them. */
const MIDDLE_LINE = /\n[^\n]*\S[^\n]*\n/u;

/**
 * The safety net of reported speech: a member named at the start of a paragraph with no verb
 * of speaking read ("委员毛丽君对农村污水治理进展不满意。省生态环境厅厅长顾晓峰介绍,…") asks
 * the next question when the question before already has its answer (the event before is a
 * responder's, after an asker's) and the next event, before anyone else speaks, is another
 * person's answer in reported speech. Otherwise that answer would merge into the question
 * before. Inserted into `events` (sorted by start) in place.
 */
export function addSilentAskers(view: string, from: number, silent: SpeakerMention[], events: SpeechEvent[]): void {
  for (const m of silent) {
    const ms = m.span[0];
    const lineStart = Math.max(from, lineStartAt(view, ms));
    if (!OPENS_LINE.test(view.slice(lineStart + stampLength(view, lineStart), ms)) || CHAIR.test(view.slice(m.span[1], m.span[1] + 12))) continue;
    let k = 0;
    while (k < events.length && events[k].start <= ms) k++;
    const next = events[k];
    // (A photo caption between the answer and the member, "（图为询问现场）", is nobody's words: the answer is before it.)
    let b = k - 1;
    while (b >= 0 && isCaption(view, events[b])) b--;
    const before = events[b];
    if (!next || !before || next.role !== 'responder' || next.kind !== 'reported' || before.role !== 'responder') continue;
    if (!events.slice(0, b).some((e) => e.role === 'asker')) continue;
    if (!next.mention || next.mention.name === m.name || next.start < sentenceEnd(view, m.span[1], view.length)) continue;
    if (MIDDLE_LINE.test(view.slice(ms, next.start))) continue; // the answer in this paragraph or the next
    const silentAsker: SpeechEvent = { mention: m, role: 'asker', start: ms, anchor: ms, wordsStart: null, kind: 'reported', followUp: false };
    stampedStart(view, from, silentAsker);
    events.splice(k, 0, silentAsker);
  }
}

/** A photo caption's line, read as a narration event (labels.ts): "（图为询问现场）", "（通讯员 某某 摄）". */
function isCaption(view: string, e: SpeechEvent): boolean {
  return e.role === 'narration' && e.mention === null && frameKind(view.slice(e.start, lineEnd(view, e.start))) === 'caption';
}
