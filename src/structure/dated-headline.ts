/**
 * A headline with its date written before or after it: the date is a dateline, not part of the title.
 *
 * Examples: "2023年11月28日 省人大常委会联组会议开展专题询问", "【2023年11月28日】省人大常委会开展专题询问",
 * "2023.11.28　省人大常委会开展专题询问", "11月28日,省人大常委会开展专题询问" (title: the words after the
 * date); "省人大常委会开展专题询问　2023年11月28日", "省人大常委会开展专题询问(2023年11月28日)" (the words before it).
 * A lede ("2023年11月28日,省人大常委会…举行联组会议,就…开展专题询问。") is a sentence, not a headline: the
 * words after a leading date are a headline only when they hold no sentence punctuation, no second clause
 * (no comma) and name the inquiry (询问 / 问政). Matched on the normalized view (ASCII , ( ), U+3000 folded
 * to a space); offsets are UTF-16 code units into the line, [start, end).
 */

/** A date: 2023年11月28日, 11月28日, and the numeric forms 2023.11.28 / 2023-11-28 / 2023/11/28. */
const DATE = '(?:(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*)?[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*[日号]|(?:19|20)\\d{2}(?<sep>[.\\-/])\\d{1,2}\\k<sep>\\d{1,2}(?![\\d.%])';
/** The date at the start, in 【】 [] () or not, with its time of day (上午), and what parts it from the headline (spaces, a comma). */
const PREFIX = new RegExp(`^([【\\[(]\\s*)?(${DATE})(?:\\s*[】\\])])?(?:上午|下午|晚上|晚)?[\\s,]*`, 'u');
/** The date at the end, after a space or in brackets (never glued to the words: "…询问2023年" is no dateline). */
const SUFFIX = new RegExp(`(?:\\s+[【\\[(]?|[【\\[(])\\s*(${DATE})\\s*[】\\])]?$`, 'u');
const NAMES_INQUIRY = /询问|问政/u;

export interface DatedHeadline {
  /** The headline's words, without the date: [start, end) in the line. */
  title: [number, number];
  /** The date as written: [start, end) in the line. */
  date: [number, number];
}

/** The title and the date of `line` (a line of the view, untrimmed offsets), or null when it carries no dateline. */
export function datedHeadline(line: string): DatedHeadline | null {
  const lead = line.length - line.trimStart().length;
  const s = line.trim();
  if (s.length > 90) return null;
  const pre = PREFIX.exec(s);
  if (pre) {
    const rest = s.slice(pre[0].length);
    // (A bracketed date closes its bracket: "【2023年11月28日】"; an opening bracket left unclosed is no prefix.)
    if (pre[1] && !/[】\])]/u.test(pre[0])) return null;
    if (rest.length < 4 || /[。;:!?,]/u.test(rest) || !NAMES_INQUIRY.test(rest)) return null;
    const dateAt = lead + pre[0].indexOf(pre[2]);
    return { title: [lead + pre[0].length, lead + s.length], date: [dateAt, dateAt + pre[2].length] };
  }
  const suf = SUFFIX.exec(s);
  if (suf) {
    const words = s.slice(0, suf.index).trimEnd();
    // Only a full date (with its year) stands after a headline; the words before it are the headline.
    if (words.length < 4 || /[。;:!?]$/u.test(words) || !/^\d{4}|年/u.test(suf[1])) return null;
    const dateAt = lead + suf.index + suf[0].indexOf(suf[1]);
    return { title: [lead, lead + words.length], date: [dateAt, dateAt + suf[1].length] };
  }
  return null;
}
