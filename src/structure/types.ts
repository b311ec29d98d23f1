/**
 * What the structure stage hands to the extractors: the session, the people and
 * each question's frame (section, askers, responders, turns), before measures,
 * quantities, formulations and keywords are read.
 * Example: "问题二:市政府如何做到科学决策…?" opens the frame of question 2, whose
 * section runs to the line before "问题三:".
 */
import type { Chair, ClosingStatement, Person, Question, Session } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { Warning } from '../model/diagnostics.js';

export type QuestionFrame = Omit<Question, 'answers' | 'quantities' | 'formulations' | 'keywords'>;

export type SessionFrame = Omit<Session, 'quantities' | 'formulations' | 'chair' | 'closing'>;

export interface Structure {
  session: SessionFrame;
  people: Person[];
  questions: QuestionFrame[];
  /** Who presides over the inquiry (session-chair.ts), or null. */
  chair: Chair | null;
  /** The closing narration after the last exchange ("会议最后,…进行了满意度测评。…"), trimmed, or null. */
  closing: Span | null;
  /** Who speaks in the closing, one stretch per speaker (closing-statements.ts); empty without a closing. */
  closingStatements: ClosingStatement[];
  /** Spans of text outside every question that still carries content (intro, trailers, page frame). */
  outside: Span[];
  /** The page-frame lines (publication lines, bylines, a gazette's running header, page numbers), content spans in reading order: they may stand inside a question's section, and carry no figure of it. */
  frame: Span[];
  /** The lines of clips played between the exchanges ("(播放暗访短片)", "短片显示:…", clips.ts), content spans in reading order: narration inside a section, carrying no figure of its question. */
  clips?: Span[];
  /** Paragraphs repeated by a bad copy (repeated-paragraphs.ts), content spans in reading order: narration, carrying no figure of their question. */
  copies?: Span[];
  warnings: Warning[];
}

/** The text twice: as decoded (spans point here) and its same-length matching view. */
export interface TextPair {
  /** The decoded text; every span indexes it. */
  text: string;
  /** `normalize(text)`: same length, widths folded, Simplified, newlines read as "\n". */
  view: string;
}
