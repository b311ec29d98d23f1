/**
 * Dates a news page gives relative to itself: a day word in the lede counted from the publication date, and the year of a
 * periodical's issue.
 *
 * Example: a page dated "2024-11-15 06:30 澄川晚报" whose lede reads "昨天下午，澄川市十七届人大常委会第二十二次会议举行联组
 * 会议，…开展专题询问" reports a meeting of 2024-11-14 (前天: two days before, 今天/今日: the day itself); a magazine piece
 * "来源：《滨江人大》2024年第4期" over "7月30日，…举行联组会议" gives the meeting's month and day the issue's year, 2024.
 * Spans are [start, end), UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';

/** A day word opening the lede's time (after a 本报讯（记者 …） lead at most), then maybe the part of the day. */
const DAY_WORD = /^(?:[^。,，;；\n]{0,30}?(?:讯|电)\s*(?:[(（][^)）\n]{0,30}[)）])?\s*)?(昨天|昨日|前天|今天|今日)(?:上午|下午|晚上|晚间|中午)?\s*[,，]?/u;
const DAYS_BACK: Record<string, number> = { 昨天: 1, 昨日: 1, 前天: 2, 今天: 0, 今日: 0 };
/** The sentence naming the meeting (会议, 举行, 开展…专题询问). */
const MEETING_WORDS = /会议|举行|召开|开展|专题询问|询问会|联组会/u;

/**
 * The meeting's date from a day word opening the first sentence of `regions` that names the meeting, counted back from
 * the publication date: a full date on a short line of its own above that sentence (the page's "2024-11-15 06:30 澄川晚报"
 * line, read by `dateIn`), else `published` (the page frame's full date, YYYY-MM-DD); null without a day word or a date.
 */
export function relativeDay(view: string, regions: readonly Span[], published: string | null, dateIn: (slice: string, start: number) => { iso: string } | null): { iso: string; span: Span } | null {
  let page: string | null = null;
  for (const [s, e] of regions) {
    let at = s;
    for (const sentence of view.slice(s, e).split(/(?<=[。!?！？\n])/u)) {
      const start = at;
      at += sentence.length;
      if (!MEETING_WORDS.test(sentence)) {
        if (sentence.trim().length <= 60) page ??= dateIn(sentence, start)?.iso ?? null;
        continue;
      }
      const m = DAY_WORD.exec(sentence);
      const from = page ?? published;
      if (!m || !from || !/^\d{4}-\d{2}-\d{2}$/u.test(from)) return null;
      const day = new Date(`${from}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - DAYS_BACK[m[1]]);
      const word = start + m[0].indexOf(m[1]);
      return { iso: day.toISOString().slice(0, 10), span: [word, word + m[1].length] };
    }
  }
  return null;
}

/** A periodical's issue: "《滨江人大》2024年第4期", "2024年第4期". Not a meeting's 第N次会议 (no 期). */
const ISSUE = /(?:》\s*)?(\d{4})\s*年\s*第\s*[\d一二三四五六七八九十]+\s*期/u;

/** The year of a periodical's issue named in `head` (the text above the first question), or null. */
export function issueYear(view: string, head: Span | null): string | null {
  return head ? ISSUE.exec(view.slice(head[0], head[1]))?.[1] ?? null : null;
}
