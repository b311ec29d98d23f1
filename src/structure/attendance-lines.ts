/**
 * A line of the report that only says who attended or who wrote it up, after the closing speech:
 * "州人民政府副州长张丽萍，州级有关部门…负责同志到会应询。州人大常委会副主任、秘书长等列席会议。",
 * "市政府副市长到会。", "会议由市人大常委会副主任王晓东记录整理。". It names officials, but nobody speaks in it: it is
 * the meeting's narration, never a turn, and it does not end the closing narration read back from the text's end
 * (closing-narration.ts) — the chair's speech before it still closes the inquiry.
 * Read on the view (，：folded to , and :).
 */

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
