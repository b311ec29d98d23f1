/**
 * A written-answer note standing where an answer would: "答：（书面答复）", "答（市司法局局长 某）：（因时间关系，该问题由
 * 市司法局会后书面答复。）", "【应询】副市长 某：（因会议时间关系，某副市长会后作书面答复。）" — the recorder's bracketed
 * note that the question was answered in writing after the meeting, under an answer's label or on a line of its own.
 * It is procedure, not speech: no one answered aloud, so the turn is narration (no responder), and the question
 * gets a `written-answer` warning. Words said aloud that promise a written answer ("我们会后书面答复。", "（笑）会后
 * 书面答复委员") are speech and stay. (An appendix of written answers is written-answers.ts's.)
 * Also an answer's label saying the answer came in writing, with the words after it: "省民政厅(书面答复):纳入关爱服务的有
 * 42.6万人。", "省人社厅书面答复:…", "书面答复(省人社厅):…" — an answer (the office's, org-labels.ts), marked written.
 * Matching runs on the view (ASCII ( ) :); spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import { gated } from '../source/gated.js';

/** One bracketed note naming a written answer (书面答复/回复/回答, 转为书面…); group 1: its words. */
const NOTE = String.raw`\(([^()\n]{0,60}?书面(?:答复|回复|回答)[^()\n]{0,20}?)\)`;
/** A turn that is only the note: maybe a label (no sentence in it, up to its colon), then the note, nothing after it. */
const NOTE_TURN = new RegExp(String.raw`^\s*(?:[^。?!\n]{0,40}?:\s*)?${NOTE}\s*$`, 'u');
/** A line holding only the note. */
const NOTE_LINE = new RegExp(String.raw`(?<=\n)[ \t]*${NOTE}[ \t]*(?=\n|$)`, 'gu');

/** The note's words when the turn at `span` of `view` is only a written-answer note (see the header), else null. */
export function writtenAnswerNote(view: string, span: Span): string | null {
  const m = NOTE_TURN.exec(view.slice(span[0], span[1]));
  return m ? m[1] : null;
}

/**
 * Where the first line after `from` and before `to` that holds only the note starts, past its indent
 * ("(因时间关系,此问题转为书面答复)", "(会后书面回复)"), or null.
 */
export function writtenNoteLineAfter(view: string, from: number, to: number): number | null {
  NOTE_LINE.lastIndex = from;
  const m = NOTE_LINE.exec(view);
  return m && m.index < to ? m.index + m[0].length - m[0].trimStart().length : null;
}

/**
 * A label opening a turn that says the answer came in writing, its office before the note or in the brackets after it:
 * "省民政厅(书面答复):", "省人社厅书面答复:", "书面答复(省人社厅):" (group 1 or 2: the words naming who answers).
 */
const WRITTEN_REPLY_LABEL = gated(['书面'], () => /^[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?:(\p{sc=Han}{2,30}?)[ \t\u3000]*(?:\([ \t\u3000]*书面(?:答复|回复|回答)[ \t\u3000]*\)|书面(?:答复|回复|回答))|书面(?:答复|回复)[ \t\u3000]*\([ \t\u3000]*(\p{sc=Han}{2,30})[ \t\u3000]*\))[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:(?![ \t\u3000]*$)/u);

/** The span of who answers when the turn at `span` of `view` opens on a written answer's label (see the header), else null. */
export function writtenReplyLabel(view: string, span: Span): Span | null {
  const m = WRITTEN_REPLY_LABEL.exec(view.slice(span[0], Math.min(span[1], span[0] + 60)));
  if (!m) return null;
  const who = m[1] ?? m[2];
  const at = span[0] + m[0].indexOf(who, m[0].search(/\p{sc=Han}/u));
  return [at, at + who.length];
}
