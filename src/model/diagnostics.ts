/**
 * Warnings: problems found in the text, collected on the record, never thrown.
 *
 * Example: "从能力素质、审判管理两方面构建8个机制" followed by 5 + 3 items gives no
 * warning (the count is split over two lists), but "将从三方面着手:一是…二是…" with only
 * two items gives `stated-count-mismatch`.
 */
import type { Span } from './span.js';

/** The catalogue of warning codes; README.md lists them with their meaning. */
export const WARNING_CODES = {
  'unrecognized-layout': 'no question structure was recognized; the whole text is one unclassified section',
  'summary-only': 'a brief sums up the inquiry ("…等分别作了回答", "一一作答") without reporting its exchanges: no questions; the officials it names are responders, a 表态 or 讲话 after it the closing',
  'unclassified-text': 'text that fits no rule of the layout; kept with its span',
  'name-not-found': 'a speaker was named by office only, or the name could not be separated from the title',
  'speaker-unknown': 'a stretch of speech could not be attributed to a person',
  'unread-label': 'a line shaped like a 问(…)/答(…) label in a document laid out in them was not read as one: its words stay in the turn before',
  'stated-count-mismatch': 'the number announced before a list differs from the items found',
  'stated-asker-count-mismatch': 'the introduction announces a number of askers that differs from those found',
  'question-without-asker': 'a question section names no asker',
  'question-without-responder': 'a question section names no responder',
  'written-answer': 'a question was answered in writing after the meeting: a bracketed note (（书面答复）, （因时间关系，…会后书面答复。）) stands where the answer would, read as narration, no responder',
  'segment-anchor-failed': 'the segmenter output could not be lined up with the text; one token per character used',
  'duplicate-question-label': 'two question headers carry the same number',
  'question-number-gap': 'question headers skip a number',
  'date-without-year': 'a month and day are given but no year (none in the headline or the page frame): the date is left null',
  'control-characters': 'the text holds control characters, which are kept in spans but never printed raw',
  'multiple-sessions': 'a second title (BODY就TOPIC…专题询问) stands after the questions began: two transcripts pasted into one file; the session fields are the first\'s',
  'later-session-closing': 'a later session\'s closing statement (表态, 讲话) after its questions, in a file of several sessions: the record keeps the first session\'s closing only, so it is named here with its speaker and span',
  'truncated-text': 'a speaker\'s turn ends with no closing stop ("…;三是" at the end): the text was cut off there',
  'duplicate-paragraph': 'a turn repeats the turn before it verbatim, or the turn before is a cut-off start of it: read once',
  'html-entities': 'HTML character entities (&ldquo; &nbsp; &#8220;) left in the text: read as the characters they stand for, spans keep them as written',
  'labels-in-introduction': 'the introduction holds lines opened by an asker\'s or a responder\'s speaker label: an exchange was likely read as part of the meeting\'s opening',
  'replaced-bytes': 'bytes not valid in the encoding forced with --encoding were replaced by U+FFFD',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

export interface Warning {
  code: WarningCode;
  message: string;
  /** Half-open UTF-16 range into the decoded text, or null when the warning concerns the whole file. */
  span: [number, number] | null;
}

export function warning(code: WarningCode, message: string, span: Span | null = null): Warning {
  return { code, message, span };
}

/** Add `w` to a record's warnings, kept in the order of their spans (warnings about the whole file first). */
export function addWarning(record: { warnings: Warning[] }, w: Warning): void {
  const at = w.span?.[0] ?? -1;
  let i = 0;
  while (i < record.warnings.length && (record.warnings[i].span?.[0] ?? -1) <= at) i++;
  record.warnings.splice(i, 0, w);
}
