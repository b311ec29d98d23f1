/**
 * A stage note in brackets alone on its line that names someone: "（市人大常委会委员顾晓明举手示意追问）",
 * "（县长某某示意由局长回答）". Nobody speaks in it — a label needs its colon at the line's start, not a
 * bracket — so it is narration: it ends the turn before and announces the next, whose speaker it may name.
 * A 追问 it announces is the next asker turn's, when that turn is the person it names (or names nobody).
 * (A note of what happens in the hall, naming no one — （掌声）, [视频播放] — is furniture: stage-notes.ts.)
 * Offsets are [start, end) UTF-16 offsets into the view (which folds （） to ()).
 */
import type { SpeechEvent } from './speech.js';

/** A line that is one bracket and nothing else, no colon inside (a bracketed label's words would follow it). */
const STAGE_LINE = /^[ \t]*\(([^()\n:]{2,60})\)[ \t]*$/gmu;

/** Turn the speaker events inside bracketed stage lines of `[from, to)` into narration (`events` mutated). */
export function stageBrackets(view: string, from: number, to: number, events: SpeechEvent[]): void {
  const slice = view.slice(from, to);
  if (!slice.includes('(')) return;
  for (const m of slice.matchAll(STAGE_LINE)) {
    const start = from + m.index + (m[0].length - m[0].trimStart().length);
    const end = from + m.index + m[0].length;
    const inside = events.filter((e) => e.mention && e.role !== 'narration' && e.anchor >= start && e.anchor < end);
    if (!inside.length) continue;
    const named = inside[0].mention!;
    for (const e of inside) events.splice(events.indexOf(e), 1);
    events.push({ mention: null, role: 'narration', start, anchor: start, wordsStart: end, kind: 'label', followUp: false });
    if (!/追问|再问/u.test(m[1])) continue;
    // "（…顾晓明举手示意追问）⏎顾晓明:…?": the asker it names follows up.
    const next = events.filter((e) => e.start >= end).sort((a, b) => a.start - b.start)[0];
    if (next && next.role === 'asker' && (!next.mention || !named.name || next.mention.name === named.name)) next.followUp = true;
  }
}
