/**
 * A news summary followed by the verbatim record of the same inquiry: the record's exchanges are the questions.
 *
 * Example: "“覆盖率到底有多高？”常委会委员许某率先发问。市民政局局长韩某回答，…\n以下为询问实录（节选）：\n
 * 许某委员：请问市民政局，覆盖率到底有多高？\n市民政局局长韩某：…" — the report before the marker line tells the
 * exchanges the record after it gives word for word. Told twice, each exchange would count twice (and the record's
 * question would read as a 追问 of its own summary). A question's turns cover one stretch of text, so the two tellings
 * cannot be one question: the summary is the introduction (the session's lead), the record's exchanges the questions.
 * Only when every member the summary has asking asks again in the record (by name, or by surname under a short label
 * "许委员："): a summary of exchanges the excerpt (节选) leaves out keeps them as questions.
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { SpeechEvent } from './speech.js';
import type { Line } from './blocks.js';

/**
 * A line announcing the verbatim record: "以下为询问实录（节选）：", "附：询问实录", "询问现场实录", "【问答实录】",
 * "下面是专题询问文字实录" (the view folds （）： to ():). A headline "关于…的专题询问实录" is no marker (words before it).
 * Also an announcement that the layout changes part-way ("以下为询问后半段实录：", "以下是会议现场实录摘编：", "以下为询问
 * 记录（根据记录整理）："): 以下/下面 为/是, a few words naming which part, then 实录/记录/摘编/纪要, a note in brackets at most.
 */
const LAYOUT_ANNOUNCEMENT = /^(?:以下|下面)(?:为|是)[^\s\p{P}我您你]{0,10}?(?:实录|记录|摘编|摘录|纪要)(?:摘编|摘要|节选)?\s*(?:\([^()\n]{1,12}\))?\s*:?\s*$/u;
const RECORD_MARKER = /^[【\[]?\s*(?:附\s*:?\s*|(?:以下|下面)(?:为|是)\s*)?(?:本次)?(?:专题)?(?:询问|问答)(?:现场|文字)?(?:实录|记录)\s*(?:\((?:节选|摘录|摘要|摘编|全文)\))?\s*[】\]]?\s*:?\s*$|^(?:附\s*:?\s*|(?:以下|下面)(?:为|是)\s*)(?:现场|文字)?实录\s*(?:\((?:节选|摘录|摘要|摘编|全文)\))?\s*:?\s*$/u;

/** The record marker lines of `lines`: nobody's words (they end the turn before them, and tie no 追问 across them). */
export function recordMarkers(view: string, lines: readonly Line[]): Line[] {
  return lines.filter((l) => l.content[1] - l.content[0] <= 24 && (RECORD_MARKER.test(view.slice(l.content[0], l.content[1])) || LAYOUT_ANNOUNCEMENT.test(view.slice(l.content[0], l.content[1]))));
}

/** `events` less those of a summary that a record marker line (among `lines`) shows is told again word for word. */
export function summaryGivesWay(view: string, lines: readonly Line[], events: SpeechEvent[]): SpeechEvent[] {
  for (const l of recordMarkers(view, lines)) {
    const at = l.content[0];
    const before = events.filter((e) => e.start < at && e.role === 'asker');
    const after = events.filter((e) => e.start >= l.content[1] && e.role === 'asker');
    if (!before.length || !after.length) continue;
    const names = new Set<string>();
    for (const e of after) {
      if (e.mention?.name) names.add(e.mention.name);
      else if (e.kind === 'label') names.add(`~${view[e.start]}`); // "许委员:": its surname
    }
    const again = before.every((e) => e.mention?.name && (names.has(e.mention.name) || names.has(`~${e.mention.name[0]}`)));
    if (again) return events.filter((e) => e.start >= l.content[1]);
  }
  return events;
}
