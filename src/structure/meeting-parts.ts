/**
 * Headings that name a part of the meeting's procedure, not a question: "一、分组询问（1月14日下午）",
 * "二、联组询问（…主任 吴振华 主持）", "三、表态发言", "四、会议小结", "（三）满意度测评情况". Minutes divide the day
 * into its parts under an outline's numbers, as a question list numbers its questions; what tells them apart is
 * the words: a part is a short noun phrase of procedure (asking, a statement, a speech, a summing-up, a vote, the
 * agenda), maybe with a note in brackets of its time, place or chair, and names no matter nor asks anything. A
 * question's heading names a question, its subject or its asker ("一、关于农村饮水安全", "二、学位为何紧张?").
 *
 * The asking parts (分组询问, 联组询问, 集中提问) hold the exchanges: headings of parts of the inquiry
 * (groups.ts). The closing parts (表态, 讲话, 小结, 测评) come after them: from such a heading after the last
 * exchange on, the text is the meeting's closing (build.ts). Matching runs on the view (full-width brackets folded).
 */

/** Asking: who asks how ("分组询问", "联组询问", "集中提问", "现场问答", "询问环节"). */
const ASKING = /^(?:分组|联组|集中|现场|专题|大会|全体会议|会议|第[一二三四五六七八九十\d]{1,3}(?:组|场|轮))?(?:询问|提问|问答|答问)(?:会|会议)?(?:情况|环节|阶段|部分|过程)?$/u;
/** Closing: the government's statement, speeches, summing up, the vote ("表态发言", "会议小结", "满意度测评结果"). */
const CLOSING_NAME = String.raw`(?:(?:政府|领导|主任|会议|应询(?:部门|单位)?)?表态(?:发言|讲话)?|(?:领导|主任|主持人|总结|会议)?讲话|(?:会议|询问|主持人|主任|领导)?(?:小结|总结|点评)(?:讲话|发言)?|(?:满意度)?测评|(?:会议)?(?:结束|闭幕))(?:情况|结果|环节|阶段|部分)?`;
const CLOSING = new RegExp(`^${CLOSING_NAME}$`, 'u');
/**
 * A closing part named as a field before the speaker's label on its line, its colon after it ("表态:副市长 某:市政府将…",
 * "总结:市人大常委会主任 某:询问到此结束。", Markdown's bold blanked in the view: "  表态  :…"): a regex source for the lead
 * of a label (speech-patterns.ts), no anchor. Only a part's name opens it, never a sentence ("委员们要求县政府表态:").
 */
export const CLOSING_PART_FIELD = String.raw`${CLOSING_NAME}\s*[:：]\s*`;
/** Neither: the meeting's agenda or its set-up ("会议议程", "基本情况" is a report's, not the meeting's). */
const OTHER = /^(?:会议)?(?:议程|日程|安排)$/u;
/** A note in brackets after the part's name: its time, place or chair ("(1月14日下午)", "(…吴振华 主持)"). */
const NOTE = /\s*\([^()\n]{1,48}\)\s*$/u;

export type MeetingPart = 'asking' | 'closing' | 'other';

/** What part of the meeting the heading's words (after its number) name, or null when they name none. */
export function meetingPart(words: string): MeetingPart | null {
  const name = words.replace(NOTE, '').replace(/[:：]\s*$/u, '').trim();
  if (name.length < 2 || name.length > 12) return null;
  if (ASKING.test(name)) return 'asking';
  if (CLOSING.test(name)) return 'closing';
  return OTHER.test(name) ? 'other' : null;
}

/** An outline's number opening a heading: "一、", "(一)", "1.", "1、", "第一部分". */
const OUTLINE = /^(?:[一二三四五六七八九十]{1,3}\s*、|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[.、](?!\d)|第[一二三四五六七八九十\d]{1,3}部分\s*[:、]?)\s*/u;

/**
 * A line of the view that is an outline heading naming a part of the meeting: the part, the label as written (number
 * and name, without the note) and where the label ends in the line; null for any other line.
 */
export function partHeading(line: string): { part: MeetingPart; label: number } | null {
  const m = OUTLINE.exec(line);
  if (!m || line.length > 64) return null;
  const part = meetingPart(line.slice(m[0].length));
  if (!part) return null;
  const note = NOTE.exec(line);
  return { part, label: note ? note.index : line.replace(/[:：]?\s*$/u, '').length };
}
