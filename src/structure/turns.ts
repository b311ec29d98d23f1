/**
 * Turns: a question section cut into stretches, each spoken by one speaker or narrated,
 * that tile the section exactly (no gap, no overlap).
 *
 * Example: the section "问题一:…统一?\n近年来,…对此,市人大常委会副主任缪应虎向“一府两院”询问…。\n
 * 市政府副市长海建才分析,…。市法院代理院长邓玲说,…" gives narration (header and background),
 * asker 缪应虎 from his mention, responder 海建才 from his, and responder 邓玲 from the middle
 * of the line where she is named. Speaker changes happen mid-line; paragraphs decide nothing.
 * Spans are [start, end): UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import type { Turn, TurnRole } from '../model/record.js';

export interface TurnStart {
  /** Where the speaker starts: offset into the text. */
  start: number;
  role: TurnRole;
  /** Person id, or null (narration, or an unnamed 问:/答: speaker). */
  speaker: string | null;
}

const BLANK = /^\s*$/u;

/** Cut `section` at every start inside it; the text before the first start is narration. A start followed by white space only opens no turn. */
export function tileTurns(text: string, section: Span, starts: TurnStart[]): Turn[] {
  const from = section[0];
  const to = section[1];
  const inside = starts.filter((s) => s.start > from && s.start < to).sort((a, b) => a.start - b.start);
  const head: TurnStart = starts.find((s) => s.start === from) ?? { start: from, role: 'narration', speaker: null };
  const cuts = [head, ...inside];
  const turns: Turn[] = [];
  cuts.forEach((cut, i) => {
    const end = i + 1 < cuts.length ? cuts[i + 1].start : to;
    if (end <= cut.start) return;
    const last = turns[turns.length - 1];
    // A stretch of white space only ("\n\n" after an official named in the chair's opening, "…负责同志到会应询。先请某委员提问。")
    // is nobody's words: it makes no one a speaker, and stays with the turn before.
    if (last && ((last.role === cut.role && last.speaker === cut.speaker) || BLANK.test(text.slice(cut.start, end)))) {
      last.span = [last.span[0], end];
      last.text = text.slice(last.span[0], end);
      return;
    }
    turns.push({ speaker: cut.speaker, role: cut.role, text: text.slice(cut.start, end), span: [cut.start, end], answerTo: null });
  });
  return turns;
}

/** The speakers of a role in order of their first turn (ids, no repeats). */
export function speakersOf(turns: Turn[], role: TurnRole): string[] {
  const out: string[] = [];
  for (const t of turns) if (t.role === role && t.speaker && !out.includes(t.speaker)) out.push(t.speaker);
  return out;
}
