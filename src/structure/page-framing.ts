/**
 * The paper's or the site's framing above a report: lines that are no headline and no part of the introduction.
 *
 * Example: "清江日报 2021年11月24日 星期三 第3版 人大之窗" (a newspaper's masthead: its name, the date, the page),
 * "【人大视窗】" (a column tag alone on its line), "云溪州人民政府门户网站" (the site's name) above the headline, and an
 * editor's note ("编者按：…去年9月，市人大常委会就托育服务开展专题询问，市卫健委承诺两年内新增普惠托位3000个。…") before the
 * lede: the note is the editor's voice about the report, and what it tells of an earlier inquiry (its topic, its figures,
 * its formulations) is no fact of this session. Each is page frame, so the headline after them is the title. Lines are
 * of the view; spans [start, end) are 0-based UTF-16 offsets.
 */
import type { Line } from './blocks.js';

/** A newspaper's masthead: the paper, the date and its page or weekday ("清江日报 2021年11月24日 星期三 第3版"). */
const MASTHEAD = /^\s*\S{0,16}(?:日报|晚报|早报|时报|商报|报)\s+(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2})(?=.*(?:第\s*[\d一二三四五六七八九十]+\s*版|星期[一二三四五六日天]|周[一二三四五六日]))[^。,:;?!]*$/u;
/** A column tag alone on its line: "【人大视窗】", "[监督在线]". */
const COLUMN_TAG = /^\s*[【\[〔](?!\s*(?:现场|场景|会场|场外|花絮|主持|问|答)\s*[】\]〕])[^】\]〕\n]{1,12}[】\]〕]\s*$/u;
/** A site's name alone on its line: "云溪州人民政府门户网站", "某某人大网", "某某融媒体中心". */
const SITE_NAME = /^\s*[\p{sc=Han}A-Za-z]{2,20}(?:门户网站|网站|官网|人大网|新闻网|融媒体中心|客户端)\s*$/u;
/** An editor's note opening its paragraph: "编者按：…", "【编者按】", "编者的话：…", "编前语" (exchanges.ts drops its quoted speech by it too). */
export const EDITORS_NOTE = /^\s*(?:[【\[]\s*(?:编者按|编者的话|编前语?)\s*[】\]]|(?:编者按|编者的话|编前语?)\s*(?::|\n|$))/u;

/** The report's own lede: dated (a month and day, or 昨天/今天…), telling of the meeting ("11月22日，…举行联组会议，…进行跟踪询问。"). */
const LEDE_DATE = /^\s*(?:[^,。:\n]{0,12}(?:讯|电)\s*(?:\([^)\n]{0,30}\))?\s*)?(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日|昨天|昨日|前天|今天|今日)/u;
const LEDE_MEETING = /会议|举行|召开|开展|询问/u;
function isLede(line: string): boolean {
  return LEDE_DATE.test(line) && LEDE_MEETING.test(line.split('。')[0]) && /。/u.test(line);
}

/** An earlier inquiry told in the note: 去年/前年/两年前/此前/上次… then 询问 ("去年9月，市人大常委会就托育服务开展专题询问"). */
const EARLIER = /(?:去年|前年|上年|[一二两三四五\d]年前|此前|上次|上一次|\d{4}年)[^。]{0,40}询问/u;

/** How many lines above the report an editor's note may stand (masthead, headline, subtitle, byline, source). */
const NOTE_WINDOW = 8;

/**
 * The framing lines of `body` (the page's lines outside its frame, in reading order; `isHeadline` says a line may be a
 * headline): the masthead, column tag and site name leading the page while a headline follows them, and the editor's
 * note among the first lines when it tells of an earlier inquiry and the report's own dated lede follows it (its
 * paragraph: a bracketed 【编者按】 alone takes the line after it too).
 */
export function framingLines(view: string, body: readonly Line[], isHeadline: (line: string) => boolean): Set<Line> {
  const out = new Set<Line>();
  const text = (l: Line) => view.slice(l.content[0], l.content[1]);
  let k = 0;
  while (k + 1 < body.length && k < 3 && (MASTHEAD.test(text(body[k])) || COLUMN_TAG.test(text(body[k])) || SITE_NAME.test(text(body[k])))) k++;
  const rest = body.slice(k);
  // (Only before a headline: a masthead over the lede is the page's date line, read as ever.)
  const noteAt = rest.slice(0, NOTE_WINDOW).findIndex((l) => EDITORS_NOTE.test(text(l)));
  const headAt = noteAt === 0 ? 1 + (rest.length > 1 && /^\s*[【\[]/u.test(text(rest[0])) && text(rest[0]).trim().length <= 8 ? 1 : 0) : 0;
  // (A headline holds no label nor question: "【现场】" over "委员 某：…？" is a scene tag over a turn.)
  if (k > 0 && headAt < rest.length && isHeadline(text(rest[headAt])) && !/[:?]/u.test(text(rest[headAt]))) for (const l of body.slice(0, k)) out.add(l);
  // (A note that is the report's only lede, "编者按：6月18日，…就…开展专题询问。本报今日刊发询问实录。", tells this session's
  // facts: it is framing only when a dated lede of the report's own follows it.)
  // Nor is a note about this meeting ("本次常委会会议先后举行两次联组会议…") framing: only one telling of an earlier inquiry.
  if (noteAt >= 0 && EARLIER.test(text(rest[noteAt])) && rest.slice(noteAt + 1, noteAt + 1 + NOTE_WINDOW).some((l) => isLede(text(l)))) {
    out.add(rest[noteAt]);
    if (text(rest[noteAt]).trim().length <= 8 && noteAt + 1 < rest.length) out.add(rest[noteAt + 1]);
  }
  return out;
}

/**
 * Where the introduction starts once the framing is left out: after the last framing line (an editor's note under the
 * headline and byline) standing between `from` (the line after the headline) and `to` (the first question); else `from`.
 */
export function introAfterFraming(body: readonly Line[], framing: ReadonlySet<Line>, from: number, to: number): number {
  let at = from;
  for (const l of framing) {
    if (l.content[0] < from || l.content[1] > to) continue;
    const next = body.find((b) => b.content[0] > l.content[1]);
    if (next && next.content[0] < to) at = Math.max(at, next.content[0]);
  }
  return at;
}
