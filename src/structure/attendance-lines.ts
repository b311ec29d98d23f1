/**
 * A line of the report that only says who attended or who wrote it up, after the closing speech:
 * "州人民政府副州长张丽萍，州级有关部门…负责同志到会应询。州人大常委会副主任、秘书长等列席会议。",
 * "市政府副市长到会。", "会议由市人大常委会副主任王晓东记录整理。". It names officials, but nobody speaks in it: it is
 * the meeting's narration, never a turn, and it does not end the closing narration read back from the text's end
 * (closing-narration.ts) — the chair's speech before it still closes the inquiry. Set between two exchanges
 * ("出席联组会议的还有…。省政府副省长何某…列席会议。"), it ends the answer before it (build.ts: the reporter's narration).
 * Read on the view (，：folded to , and :).
 */
import { eventStarts, startsBetween } from './event-starts.js';
import type { Line } from './blocks.js';
import type { SpeechEvent } from './speech.js';

/**
 * One sentence whose verb, last, is attending or writing the record up: 到会(应询/指导), 出席/列席/参加/旁听(会议/询问),
 * 主持会议, 记录整理 / 整理 / 记录 with the meeting as subject ("会议由…记录整理"), "会议由…主持". A sentence with anything after
 * the verb ("参加会议的代表提出…") is not one.
 */
const ATTENDANCE_SENTENCE = String.raw`[^。!?;\n]*?(?:到会(?:应询|指导|听取(?:询问)?)?|主持(?:了)?(?:会议|询问|专题询问)|(?:应邀)?(?:出席|列席|参加|旁听)(?:了)?(?:本次|此次|这次)?(?:会议|询问|专题询问|询问会)?|会议由[^。!?;\n]*?(?:记录整理|整理|记录|主持))`;

/** A whole line of such sentences, one to four of them, each closed by a full stop (the last may lack it). */
const ATTENDANCE_LINE = new RegExp(String.raw`^(?:${ATTENDANCE_SENTENCE}\s*[。.]\s*){0,3}${ATTENDANCE_SENTENCE}\s*[。.]?$`, 'u');

/** `line` (a line of the view, trimmed or not) only reports attendance or the record's credit. */
export function isAttendanceLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 200 && ATTENDANCE_LINE.test(t);
}

/**
 * An attendance paragraph set between the exchanges, stricter than a closing's (no 参加 alone: "组织企业参加" is an answer's):
 * every sentence says who else attended — "出席联组会议的还有省人大常委会副主任郭某、尹某,秘书长李某。", "省政府副省长何某,
 * 省高级人民法院副院长梁某列席会议。", "市政协部分委员列席。", "副区长某某到会听取询问。", or who presided ("全国人大常委会副委员长
 * 郑某主持联组会议。", as features put it after the last answer) — and none speaks of what one will do
 * (我们将组织代表出席, 邀请专家列席: an official's words).
 */
const ALSO_PRESENT = /^(?:应邀)?(?:出席|列席|参加|旁听)[^。!?;\n]{0,24}?的(?:人员|领导|同志)?(?:还)?有[^。!?;\n]+$/u;
const PRESENT = /(?:(?:应邀)?(?:出席|列席|旁听)(?:了)?|参加(?:了)?(?=(?:本次|此次|这次)?(?:会议|询问|专题询问|询问会|联组会议|全体会议)))(?:本次|此次|这次)?(?:会议|询问|专题询问|询问会|联组会议|全体会议)?$|到会(?:应询|指导|听取(?:询问|意见)?)?$|(?:出席(?:会议)?并)?主持(?:了)?(?:本次|此次|这次)?(?:会议|询问|专题询问|询问会|联组会议|全体会议)$/u;
const OWN_WORDS = /我|将|要|邀请|组织|安排|请/u;

/** `line` (a line of the view) only says who else attended: every sentence an attendance sentence (see above). */
export function isAttendanceParagraph(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 200) return false;
  const sentences = t.split(/[。.]/u).map((s) => s.trim());
  if (sentences[sentences.length - 1] === '') sentences.pop();
  return sentences.length > 0 && sentences.length <= 4
    && sentences.every((s) => ALSO_PRESENT.test(s) || (PRESENT.test(s) && !OWN_WORDS.test(s.replace(/应邀/gu, ''))));
}

/**
 * The body lines after the first asker's turn began that are attendance paragraphs (`isAttendanceParagraph`) where no one
 * starts speaking (`events`, in reading order): the reporter's narration, ending the turn before it — the people named
 * there attend, they neither ask nor answer.
 */
export function attendanceBetween(view: string, body: readonly Line[], events: readonly SpeechEvent[]): Line[] {
  const first = events.find((e) => e.role === 'asker');
  if (!first) return [];
  // (The events of the line found by binary search, and only for an attendance paragraph: a compilation of a yearbook
  // has thousands of lines and events, and testing every event for every line made its parse grow with the square.)
  const speakers = eventStarts(events, (e) => e.role !== 'narration');
  return body.filter((l) => l.content[0] > first.start && isAttendanceParagraph(view.slice(l.content[0], l.content[1]))
    && !startsBetween(speakers, l.content[0], l.content[1]));
}

/** What ends a sentence of the view (？！； folded to ?!;), or a line. */
const SENTENCE_END = /[。.!?;\n]/u;

/**
 * Where the last question's section ending at `end` (the closing after it, or the text's end) ends without the attendance
 * and chair sentences at its tail: "…开展集体协商。⏎⏎国务院副总理丁某到会听取意见。全国人大常委会副委员长郑某主持联组会议。"
 * then the closing's "丁某表示，…" on the same line — the reporter's narration after the last answer, no words of it
 * (isAttendanceParagraph, sentence by sentence). Never back past `from` (the last answer's start); `end` when none.
 */
export function withoutAttendanceTail(view: string, from: number, end: number): number {
  let cut = end;
  for (;;) {
    let e = cut;
    while (e > from && /\s/u.test(view[e - 1])) e--;
    // (Cut: the answer ends at its last word, the spaces before the narration no one's.)
    if (e <= from || (view[e - 1] !== '。' && view[e - 1] !== '.')) return cut === end ? end : e;
    let s = e - 1;
    while (s > from && !SENTENCE_END.test(view[s - 1])) s--;
    if (s <= from || !isAttendanceParagraph(view.slice(s, e))) return cut === end ? end : trimmedEnd(view, from, cut);
    cut = s;
  }
}

/** `at` moved back over spaces, not past `from`. */
function trimmedEnd(view: string, from: number, at: number): number {
  while (at > from && /\s/u.test(view[at - 1])) at--;
  return at;
}
