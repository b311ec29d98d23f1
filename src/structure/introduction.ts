/**
 * The headline and introduction as the session reader gets them: the headline's span without its date
 * or Markdown marks, where the introduction starts under it, the page's publication lines blanked out
 * of it, the page's publication date, and the chair's opening when it heads the first question.
 *
 * Examples: "# 区人大常委会专题询问实录" gives the headline without its "# "; "2023年11月28日 省人大常委会联组会议开展
 * 专题询问" the headline without its date; "发布时间:2019-09-26 10:15" inside the introduction dates the page, not
 * the meeting, and is blanked out of the view the session reader gets. All spans are [start, end): 0-based
 * UTF-16 offsets into `pair.text` (the same offsets in `pair.view`, which matching runs on).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { trim, type Line } from './blocks.js';
import { frameDate, isLinkedHeadline } from './frame.js';
import type { datedHeadline } from './dated-headline.js';
import type { SpeechEvent } from './attribution.js';
import { lineEnd } from './speech.js';
import type { Section } from './sections.js';

/**
 * `pair` with the page's publication lines inside the introduction blanked in the view ("发布时间:2019-09-26 10:15"
 * under a headline not read as one): they date the page, not the meeting, and stay only its fallback
 * (`frameDate`). The same pair when there are none. (Blanked with spaces: offsets are kept.)
 */
export function withoutPublicationLines(pair: TextPair, frameLines: Line[], intro: Span): TextPair {
  // (A list of linked headlines over the article, "热点推荐⏎· 州人大常委会就…开展专题询问（2019-11-21）", names other pages'
  // meetings, topics and dates: none of this session's.)
  const inside = frameLines.filter((l) => l.content[0] >= intro[0] && l.content[1] <= intro[1]
    && (PUBLICATION.test(pair.view.slice(l.content[0], l.content[1])) || isLinkedHeadline(pair.view.slice(l.content[0], l.content[1]).trim())));
  if (!inside.length) return pair;
  let view = '';
  let at = 0;
  for (const l of inside) {
    view += pair.view.slice(at, l.content[0]) + ' '.repeat(l.content[1] - l.content[0]);
    at = l.content[1];
  }
  return { text: pair.text, view: view + pair.view.slice(at) };
}
/**
 * A page's publication line: a 发布时间/发布日期/发表于 field anywhere on it ("文章来源:县人大办 发布日期:2020年5月3日"),
 * a date in figures opening it ("2019-09-26 10:15 来源:…"), or a page field (来源, 作者, 编辑, 浏览…) with a dated
 * year after it ("来源:江宁人大 2025-06-12"); not a record's "时间:2023年11月28日", which dates the meeting.
 */
const PUBLICATION = /(?:发布|发表|更新)(?:时间|日期|于)|^\s*[(【\[]?\s*\d{4}\s*[-/.年]|(?:来源|稿源|作者|撰稿|供稿|编辑|责编|浏览|点击|阅读|字号)\s*:.*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]/u;

/** The first publication date of the frame lines ("发布时间:2025-06-27"), in reading order; not a linked headline's. */
export function firstFrameDate(view: string, frameLines: Line[]): ReturnType<typeof frameDate> {
  for (const l of frameLines) {
    if (isLinkedHeadline(view.slice(l.content[0], l.content[1]).trim())) continue; // (another page's date)
    const d = frameDate(view, l.content);
    if (d) return d;
  }
  return null;
}

/** A Markdown heading's marks are no part of the headline ("# 区人大常委会专题询问实录"). */
export function withoutHeadingMark(view: string, [s, e]: Span): Span {
  const mark = /^#{1,6}[ \t]+/u.exec(view.slice(s, e));
  return mark ? [s + mark[0].length, e] : [s, e];
}

/** The headline from its first line to its last, without the date written before or after it. */
export function titleSpan(first: Line, last: Line, dated: ReturnType<typeof datedHeadline>): Span {
  if (!dated) return [first.content[0], last.content[1]];
  const start = first.content[0] + dated.title[0];
  return [start, last === first ? first.content[0] + dated.title[1] : last.content[1]];
}

export function nextLineStart(body: Line[], line: Line): number | null {
  const k = body.indexOf(line);
  return k + 1 < body.length ? body[k + 1].content[0] : null;
}

/**
 * A lede opening the first question with its quotation ("“…?”12月20日上午,在…会议上,委员某的第一个问题就直指…"): the
 * reporter's paragraphs after the lede's, up to the next one speaking ("这是…首次就“一老一小”民生服务开展专题询问。…"),
 * or null. They introduce the meeting, though the lede put them in the first question.
 */
export function ledeNarration(view: string, first: Section, events: SpeechEvent[]): Span | null {
  if (first.header) return null;
  const [s, e] = first.span;
  const k = events.findIndex((ev) => ev.start >= s && ev.start < e);
  const head = events[k];
  if (!head || head.kind !== 'quote-first' || head.start !== s) return null;
  const from = view.indexOf('\n', s);
  const next = events.slice(k + 1).find((ev) => ev.start > head.start);
  const to = Math.min(e, next ? next.start : e);
  if (from < 0 || from >= to) return null;
  const span = trim(view, from, to);
  return span[1] > span[0] ? span : null;
}

/**
 * The chair's opening when it heads the first question ("杭某:同志们,…对…的报告开展专题询问。…先请卜某委员提问。",
 * the call making it the question's narration): from the moderator's label opening the section to the first
 * turn of someone else; null when the section opens otherwise (a header, an asker).
 */
export function chairOpening(view: string, first: Section, events: SpeechEvent[]): Span | null {
  if (first.header) return null;
  const [s, e] = first.span;
  const k = events.findIndex((ev) => ev.start >= s && ev.start < e);
  const head = events[k];
  if (!head || !head.moderator || lineEnd(view, head.start) !== lineEnd(view, s)) return null;
  const next = events.slice(k + 1).find((ev) => ev.role !== 'narration' || !ev.moderator);
  const span = trim(view, s, Math.min(e, next ? next.start : e));
  return span[1] > span[0] ? span : null;
}
