/**
 * A government head's list that states requirements rather than promises.
 *
 * Example: "柯某在联组会议结束时讲话。他要求,一是补齐短板;二是推进长护险。" — the 副总理 (副省长, 市长…) closing
 * the meeting tells the departments what to do: the session's closing, never an answer of the last question.
 * "副市长某在回应时表示,市政府将抓好三件事:一是…" promises what the government undertakes (closers.ts: an answer only from a head the last question was put to).
 * Read in the sentence that leads into the list (from its last 。 to the first ordinal or stated count):
 * a verb of requiring (要求, 强调, 希望, 叮嘱) or an address to the departments (各部门, 有关部门, 各地, 各级),
 * and no one undertaking (我们, 我省, 政府将, 国务院将).
 */

/** Where a list opens: 一是, 一要, 第一, 首先, (一), or a stated count (三方面工作:, 从三个方面, 四项措施). */
const LIST_OPENS = /一是|一要|第一[,、:]|首先|[(]一[)]|(?:[两二三四五六七八九十]|\d{1,2})(?:项|个方面|方面|条|点|件)|从(?:[两二三四五六七八九十]|\d{1,2})个?方面/u;
/** Requiring, or addressing those who must act. */
const REQUIRES = /要求|强调|希望|叮嘱|嘱咐|提出[^。]{0,6}?要求|(?:各|有关|相关)(?:级|地|部门|单位|方面)|政府各部门|各有关/u;
/** Someone undertaking: the speaker's side as subject, or the government that will act. */
const UNDERTAKES = /我们|我(?:国|省|市|县|区|州|盟|旗)|(?:国务院|政府|省里|市里|县里|区里)(?:将|会|一定|要)/u;

/** `statement` (a head's words, after the name) leads into its list with requirements, not promises. */
export function statesRequirements(statement: string): boolean {
  const m = LIST_OPENS.exec(statement);
  if (!m) return false;
  const leadIn = statement.slice(statement.lastIndexOf('。', m.index) + 1, m.index);
  return REQUIRES.test(leadIn) && !UNDERTAKES.test(leadIn);
}
