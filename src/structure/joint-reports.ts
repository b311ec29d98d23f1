/**
 * A sentence reporting that several officials answered, before each one's own words: the reporter's, not the first one's speech.
 *
 * Example: "对此,省发展改革委主任杨珍、省市场监管局局长徐春晖分别作了回答。杨珍说,…徐春晖表示,…" — the first sentence
 * only says who answered (分别作了回答); the answers are the turns that open at 杨珍说 and 徐春晖表示. Read as joint answers
 * (attribution.ts, JOINT_ANSWER), the sentence would give 杨珍 a turn of "对此,省发展改革委主任杨珍、" and 徐春晖 one of the
 * rest; it is narration instead. Only when one of the officials it names speaks next: "庞某、冷某分别作了回答。" with
 * nothing after it is all the report gives of their answers, and stays theirs. Offsets are [start, end) UTF-16 offsets
 * into the view.
 */
import type { SpeechEvent } from './speech.js';
import { sentenceEnd } from './blocks.js';

/** The rest of the sentence after the last official named: that they answered, and nothing more ("分别作了回答。"). */
const ANSWERED = /^[ \t]*(?:等(?:同志)?)?[ \t]*(?:分别|先后|相继|依次|一一|逐一)?(?:就[^。;,\n]{1,30}?)?(?:作了|作出了?|进行了?|予以)?(?:回答|答复|回应|作答|说明|解答)[。;]?[ \t]*$/u;

/**
 * `events` (in reading order) with each run of officials named in one sentence that only reports their answers, when one
 * of them speaks next, made one narration event where the sentence starts.
 */
export function jointReportsAsNarration(view: string, events: SpeechEvent[]): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const run = runFrom(view, events, i);
    if (run === null) { out.push(e); continue; }
    const { last, end } = run;
    const names = new Set(events.slice(i, last + 1).map((x) => x.mention!.name));
    const next = events.slice(last + 1).find((x) => x.role !== 'narration');
    if (!next || next.role !== 'responder' || !next.mention?.name || !names.has(next.mention.name) || next.start < end) { out.push(e); continue; }
    out.push({ mention: null, role: 'narration', start: e.start, anchor: e.anchor, wordsStart: end, kind: 'label', followUp: false });
    i = last;
  }
  return out;
}

/** The run of two or more reported answers from `events[i]` named in one sentence that says only that they answered, or null. */
function runFrom(view: string, events: SpeechEvent[], i: number): { last: number; end: number } | null {
  const first = events[i];
  if (!reportedAnswer(first)) return null;
  const end = sentenceEnd(view, first.mention!.span[1], view.length);
  let last = i;
  while (last + 1 < events.length && reportedAnswer(events[last + 1]) && events[last + 1].mention!.span[1] <= end) last++;
  if (last === i) return null;
  return ANSWERED.test(view.slice(events[last].mention!.span[1], end)) ? { last, end } : null;
}

function reportedAnswer(e: SpeechEvent): boolean {
  return e.role === 'responder' && e.kind === 'reported' && e.mention !== null && e.mention.name !== null;
}
