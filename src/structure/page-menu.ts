/**
 * A site's menu above the headline, in text saved from a web page.
 *
 * Example: "首页\n人大要闻\n监督工作\n代表工作\n当前位置：首页 > 监督工作 > 正文\n县人大常委会就农村饮水安全工作开展专题询问\n
 * 发布时间：2019-09-26 10:15\n9月25日，…" — the lines before the breadcrumb are the menu's items, one or
 * several words to a line ("首页 | 人大要闻 | 监督工作"), none of them a sentence: page frame, like the
 * breadcrumb and the 发布时间 line, so the headline is the first line after them. Lines are trimmed lines
 * of the normalized view.
 */

/** A menu line: words of 2–7 characters (Han, maybe with Latin letters), separated by spaces, tabs, | · / > », nothing else. */
const MENU_LINE = /^[\p{sc=Han}A-Za-z]{2,7}(?:[\s|｜·•/>»›]+[\p{sc=Han}A-Za-z]{2,7})*$/u;
/** The separators between a menu line's words. */
const SEPARATORS = /[\s|｜·•/>»›]+/u;
/** A site's home link: a run that holds one is a menu, however short. */
const HOME = /^(?:网站首页|返回首页|首页|主页|网站主页)$/u;
/** Words of the report's own headline or a briefing's masthead: a line of one word holding one is no menu item. */
const REPORT_WORDS = /询问|问政|实录|纪要|摘要|摘编|会议|专题|发言|简报|动态/u;

/** A headline naming the inquiry. */
const INQUIRY = /询问|问政/u;
/**
 * A headline's part, led by a verb ("聚焦食品安全", "回应群众关切", "守护舌尖安全"): a menu's items are names
 * (首页, 人大要闻, 监督工作), never a verb phrase.
 */
const LEADS_TOPIC = /^\s*(?:聚焦|围绕|关注|就|对|针对|问计|问需|问效|回应|破解|守护|助力|推动|推进|打造|织密|筑牢|擦亮|补齐|答好|交出|让|为|把|以)/u;

/** The words of `line` when it reads as a menu line, else null. */
function menuWords(line: string): string[] | null {
  const s = line.trim();
  if (s.length > 80 || !MENU_LINE.test(s)) return null;
  const words = s.split(SEPARATORS);
  if (words.length === 1 ? REPORT_WORDS.test(s) : words.some((w) => LEADS_TOPIC.test(w))) return null;
  return words;
}

/**
 * How many of the first `lines` (trimmed lines of the view, in reading order) are a site's menu, with
 * the frame lines among them (`isFrame`: a breadcrumb, a 发布时间 line); 0 when the text does not open on
 * one. A run is a menu when it holds a home link (首页) or three items at least, or is a column's name
 * alone ("人大要闻") over a headline naming the inquiry, and the line after it (past frame lines) is a
 * headline (`isHeadline`). A headline's first part ("聚焦城市内涝 守护群众安全") is left to the reader.
 */
export function menuLength(lines: string[], isFrame: (line: string) => boolean, isHeadline: (line: string) => boolean): number {
  let end = 0;
  let items = 0;
  let home = false;
  for (let i = 0; i < lines.length && i < 40; i++) {
    const words = menuWords(lines[i]);
    if (words) {
      end = i + 1;
      items += words.length;
      home ||= words.some((w) => HOME.test(w));
      continue;
    }
    if (isFrame(lines[i])) continue;
    if (end === 0 || !isHeadline(lines[i])) return 0;
    // A column's name alone ("人大要闻") over the inquiry's headline is the page's, not the headline's first part.
    return home || items >= 3 || (items === 1 && INQUIRY.test(lines[i]) && !LEADS_TOPIC.test(lines[0])) ? end : 0;
  }
  return 0;
}
