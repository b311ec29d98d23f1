/**
 * Two transcripts pasted into one file: where the second begins.
 *
 * Example: "…二是对连续两年评估优秀的中心奖励10万元;三是\n泉山区人大常委会就学前教育工作开展专题询问\n(2024年6月20日)\n
 * 主持人(区人大常委会副主任 柯婉清):现在开始询问。" — once the questions have started, a line shaped like a
 * title (a body — 人大常委会, 人大 — then 就/关于 a topic, ending in 专题询问, no end punctuation), and the bare
 * date line under it, are the head of another session: never the text of a list item or of a turn before
 * them. Lines are of the view; spans [start, end) are 0-based UTF-16 offsets.
 * A news page's second report ("■ 县人大常委会专题询问全县中小学校舍安全工作" / "二、市人大常委会就…开展专题询问", then
 * "7月28日，…对全县中小学校舍安全工作开展专题询问。") is one too: the mark before it (■, 一、/二、) marks a report, not a
 * question, and the newspaper's headline form (the body, 专题询问, the topic) is a session's title when the lede under it,
 * dated, tells of an inquiry held.
 */
import type { Line } from './blocks.js';

/**
 * A session's title: the body (…人大常委会, …人大, …常务委员会, 常委会), 就/关于 and the topic, ending in 专题询问 (and
 * a word naming the record: 实录, 纪实…). No sentence punctuation inside: a sentence that mentions an inquiry
 * ("区人大常委会就学前教育工作开展专题询问,…") goes on after a comma.
 */
const SESSION_TITLE = /^[^,。;:!?，。；：！？\s]{0,24}(?:人大常委会|人大|常务委员会|常委会)[^,。;:!?]{0,30}(?:就|关于|对)[^,。;:!?]{2,40}专题询问(?:会|会议)?(?:的)?(?:文字实录|实录|纪实|纪要|记录|摘要|摘登|发言摘要)?$/u;
/** The date under a title, alone on its line: "(2024年6月20日)", "2024年6月20日". */
const DATE_LINE = /^[(\[【]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)\]】]?$/u;

/** A report's mark before its headline on a page of several: ■ (and other bullets), 一、/二、, (一). */
const REPORT_MARK = /^\s*(?:[■□◆◇●○★☆▶►•]\s*|[一二三四五六七八九十]{1,3}\s*、\s*|[(（][一二三四五六七八九十]{1,3}[)）]\s*)/u;
/** The newspaper's headline: the body, then 专题询问 and the topic ("县人大常委会专题询问全县农村客运工作"), no punctuation. */
const NEWS_TITLE = /^[^,。;:!?，。；：！？\s]{0,24}(?:人大常委会|人大|常务委员会|常委会)(?:第[^,。;:!?\s]{1,8}次会议)?(?:联组会议|分组会议)?专题询问[^,。;:!?，。；：！？\s]{2,40}$/u;
/** A lede telling of the inquiry held, dated: "7月28日，…对全县中小学校舍安全工作开展专题询问。", "昨天下午，…进行专题询问". */
const DATED = /^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|^\s*(?:昨天|昨日|前天|今天|今日)/u;
const HELD = /(?:开展|进行|举行)(?:了)?(?:专题)?询问|专题询问(?:会|会议)?(?:在|于)?[^。]{0,6}举行/u;

/** `line` without a report's mark before it (■, 一、/二、, (一)): where its headline starts. */
export function reportMarkLength(line: string): number {
  return REPORT_MARK.exec(line)?.[0].length ?? 0;
}

/**
 * `line` is a report's headline on a page of several, `lede` the line under it: a session's title or the newspaper's
 * headline form, a report's mark before it or not, over a dated lede that tells of an inquiry held.
 */
export function isReportHeadline(line: string, lede: string | undefined): boolean {
  const bare = line.slice(reportMarkLength(line)).trim();
  if (!bare.includes('专题询问') || bare.length > 60 || lede === undefined) return false;
  if (!isSessionTitle(bare) && !NEWS_TITLE.test(bare)) return false;
  const first = lede.split('。')[0];
  return DATED.test(lede) && HELD.test(first);
}

/** A line of the view is a session's title by its shape alone. */
export function isSessionTitle(line: string): boolean {
  // (A title is short and names the inquiry: most lines fail here, before the pattern is tried.)
  return line.length <= 120 && line.includes('专题询问') && SESSION_TITLE.test(line.trim());
}

/**
 * The heads of the sessions pasted after the first: each title line at or after `from` (where the
 * questions start), with the bare date line right under it when there is one, in reading order.
 */
export function pastedSessionHeads(view: string, body: readonly Line[], from: number): Line[][] {
  const heads: Line[][] = [];
  for (let k = 0; k < body.length; k++) {
    const l = body[k];
    if (l.content[0] < from) continue;
    const next = body[k + 1];
    const line = view.slice(l.content[0], l.content[1]);
    if (!isSessionTitle(line) && !isReportHeadline(line, next && view.slice(next.content[0], next.content[1]))) continue;
    const dated = next && DATE_LINE.test(view.slice(next.content[0], next.content[1]).trim());
    heads.push(dated ? [l, next] : [l]);
    if (dated) k++;
  }
  return heads;
}
