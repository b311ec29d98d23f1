/**
 * A news brief that sums up the inquiry without reporting its exchanges.
 *
 * Example: "询问中，常委会组成人员们…先后提出13个问题。市公安局副局长、交警支队支队长邓志勇，市交通运输局局长苏锦华，
 * 市应急管理局副局长龙海燕等分别作了回答。" then "诸葛明远在表态发言时表示，市政府将…". The sentence telling that the
 * officials answered all the questions (分别作了回答, 一一作答, 逐一作了回答) names the responders, each with the title
 * and organisation of their mention; a paragraph after it opening on someone who speaks to the meeting (a 表态, the
 * chair's 讲话: closers.ts) is the closing. A brief naming offices only ("县教育局…主要负责人一一作答") names no one.
 * Spans are [start, end): UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import type { Line } from './blocks.js';
import type { SpeakerMention } from './mentions.js';
import { atClosingMoment, speaksAfter } from './closers.js';
import { sentenceEnd } from './blocks.js';

/** Answering all the questions asked, told of the answerers together: 分别作了回答, 一一作答, 逐一作了回答, 先后回应. */
const ANSWERED_ALL = /(?:分别|一一|逐一|逐个|先后|依次)(?:作了?|做了?|进行了?|予以)?(?:回答|作答|答复|回应|应询)/u;

export interface SummaryBrief {
  /** The sentence telling that the officials answered. */
  sentence: Span;
  /** The named officials in it, before its verb: the responders. */
  responders: SpeakerMention[];
  /** Where the brief's closing starts (a 表态 or the chair's 讲话 after the summary), or null. */
  closingFrom: number | null;
}

/**
 * The summary of a brief with no reported exchange: the first sentence of `body` telling that the officials answered
 * all the questions, the named (non-member) mentions before its verb, and the closing after it. Null when no sentence
 * tells it. (Only for a text in which no exchange was read: the caller asks.)
 */
export function summaryBrief(view: string, body: readonly Line[], mentions: readonly SpeakerMention[]): SummaryBrief | null {
  for (let k = 0; k < body.length; k++) {
    const [c0, c1] = body[k].content;
    const line = view.slice(c0, c1);
    const verb = ANSWERED_ALL.exec(line);
    if (!verb) continue;
    const at = c0 + verb.index;
    // The sentence holding the verb: from the stop before it.
    let s = at;
    while (s > c0 && !'。!?;'.includes(view[s - 1])) s--;
    const sentence: Span = [s, sentenceEnd(view, at, c1)];
    const responders = mentions.filter((m) => m.span[0] >= s && m.span[1] <= at && m.name !== null && !m.congress);
    return { sentence, responders, closingFrom: closingAfter(view, body.slice(k + 1), mentions) };
  }
  return null;
}

/** The first paragraph of `rest` opening (after the moment at most) on someone who speaks to the meeting: its start. */
function closingAfter(view: string, rest: readonly Line[], mentions: readonly SpeakerMention[]): number | null {
  for (const l of rest) {
    const [c0, c1] = l.content;
    const m = mentions.find((x) => x.span[0] >= c0 && x.span[0] < c1 && x.name !== null);
    if (!m || !atClosingMoment(view.slice(c0, m.span[0]))) continue;
    if (speaksAfter(view.slice(m.span[1], sentenceEnd(view, m.span[1], c1)))) return c0;
  }
  return null;
}
