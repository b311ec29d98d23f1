/**
 * A report on the inquiry delivered at a later meeting: its delivery line is the report's occasion, not the inquiry's.
 *
 * Example: "关于住房公积金管理工作专题询问情况的报告⏎——2022年12月27日在衡阳市第十六届人民代表大会常务委员会第八次会议上⏎…
 * 11月24日，市十六届人大常委会第七次会议在审议…时，召开联组会议开展了专题询问。" — the committee reports on 12月27日 at the
 * 第八次会议 on an inquiry held on 11月24日 at the 第七次会议: the session's date and meeting are the inquiry's, the delivery
 * line dating the report as a page's date does (a year for the inquiry's month and day, the meeting held before it).
 * Spans are [start, end), UTF-16 offsets into the decoded text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import { NUM } from './session-date.js';
import { gated } from '../source/gated.js';

/** "——2022年12月27日在…第八次会议上": a dash, the date, 在 and the meeting, alone on its line (maybe bracketed). */
const DELIVERY = gated(['会议上'], () => new RegExp(String.raw`^[ \t]*[(]?[ \t]*(?:——|—|--)[ \t]*(\d{4}|${NUM})\s*年\s*${NUM}\s*月\s*${NUM}\s*日\s*在[^\n。]{2,60}?会议上[ \t]*[)]?[ \t]*$`, 'mu'));
/** A sentence of the report telling the inquiry held: 开展(了)专题询问, 进行(了)专题询问, 举行/召开…专题询问. */
const HELD = /(?:开展|进行|举行|召开)[^。\n]{0,12}?专题询问/u;
/** A month and day: the inquiry's own date in the sentence that tells it held. */
const DAY = new RegExp(`${NUM}\\s*月\\s*${NUM}\\s*[日号]`, 'u');

/**
 * The delivery line in `regions` when another sentence there tells the inquiry held on a day of its own (its line's
 * [start, end) in the view), else null: without that sentence the delivery line is all the text says of the meeting.
 */
export function deliveryLine(view: string, regions: readonly Span[]): Span | null {
  for (const [s, e] of regions) {
    const m = DELIVERY.exec(view.slice(s, e));
    if (!m) continue;
    const line: Span = [s + m.index, s + m.index + m[0].length];
    const rest = regions.flatMap((r) => withoutSpan(r, line)).map(([a, b]) => view.slice(a, b));
    if (rest.some((t) => t.split(/[。\n]/u).some((sentence) => HELD.test(sentence) && DAY.test(sentence)))) return line;
  }
  return null;
}

/** `region` without `cut`: the parts of it before and after (none empty). */
export function withoutSpan(region: Span, cut: Span): Span[] {
  if (cut[1] <= region[0] || cut[0] >= region[1]) return [region];
  return ([[region[0], cut[0]], [cut[1], region[1]]] as Span[]).filter(([a, b]) => b > a);
}
