/**
 * A date of the story's background, not of the meeting: "编者按：2022年6月，市人大常委会对全市学前教育工作开展专题询问。
 * 日前，市第十六届人大常委会第二十一次会议对审议意见落实情况开展跟踪询问。" — the month is the earlier inquiry's; the
 * sentence after it that names the meeting by its number (第二十一次会议) dates it only 日前, so the meeting has no date.
 * A follow-up's note, a paper's lede recalling last year's inquiry, write so. A date after that sentence ("…日前…第二十一次
 * 会议…。6月29日上午的联组会议上…") tells of the meeting itself and stays. Offsets are UTF-16 code units into the view.
 */
import type { Span } from '../model/span.js';
import { NUM } from './numeral-class.js';

/** Words dating an event only roughly: the meeting "of late". */
export const VAGUE_DATE = /近日|日前|近期|前不久/u;
/** A meeting named by its number: "第二十一次会议", "第7次全体会议". */
const NUMBERED_MEETING = new RegExp(`第${NUM}次(?:全体)?会议`, 'u');
/** Sentences of a region: up to 。！？; or a line's end. */
const SENTENCE = /[^。！？!?\n]+/gu;

/**
 * True when the date at `at`, in `region`, stands in a sentence before one of the same region that names the meeting by
 * its number and dates it only 日前/近日 (the sentence holding `at` itself naming no numbered meeting).
 */
export function backgroundDate(view: string, region: Span, at: number): boolean {
  const [s, e] = region;
  if (at < s || at >= e) return false;
  const slice = view.slice(s, e);
  if (!VAGUE_DATE.test(slice) || !NUMBERED_MEETING.test(slice)) return false; // most introductions: no such sentence
  let seen = false; // the sentence of `at` read
  for (const sentence of slice.matchAll(SENTENCE)) {
    const start = s + sentence.index!;
    if (!seen) {
      if (at >= start + sentence[0].length) continue;
      if (NUMBERED_MEETING.test(sentence[0])) return false;
      seen = true;
      continue;
    }
    if (VAGUE_DATE.test(sentence[0]) && NUMBERED_MEETING.test(sentence[0])) return true;
  }
  return false;
}
