/**
 * A briefing's masthead: the document header of a 简报 / 通讯 / 动态 / 公报 / 专报 above its headline.
 *
 * Example: "工作简报\n第12期\n青林县人大常委会办公室　　2021年6月18日\n\n县人大常委会开展乡村振兴专题询问\n6月16日,…"
 * — the publication's name, its issue line (第N期, 2023年第12期, (总第215期)), the issuing office
 * (…办公室编) and the issue date, one to a line or several on a line separated by spaces. None of it is
 * the headline (the headline is the first line after it), and its date is the issue's, not the meeting's:
 * it ranks with a page's 发布时间, below the lede's date. Lines are matched on the normalized view
 * (U+3000 folded to a space, ASCII brackets).
 */
import { isDateline } from '../source/page-furniture.js';

/** The publication's name: "工作简报", "人大工作动态", "《人大通讯》", "常委会工作简报". */
const NAME = '《?\\p{sc=Han}{0,16}(?:简报|快报|动态|专报|通讯|情况反映|公报|会刊|要情|参阅)》?';
/** The issue line: "第12期", "(第5期)", "2023年第12期", "总第215期", "第12期(总第215期)". */
const ISSUE = '\\(?(?:\\d{4}\\s*年\\s*)?(?:总\\s*)?第\\s*[\\d一二三四五六七八九十百零〇]{1,5}\\s*[期号]\\)?(?:\\s*\\(\\s*总\\s*第\\s*\\d{1,5}\\s*[期号]\\s*\\))?';
/** The issuing office: "青林县人大常委会办公室", "县人大常委会办公室编", "市人大常委会研究室印发". */
const OFFICE = '\\p{sc=Han}{0,24}(?:办公室|办公厅|研究室|秘书处|信息中心|新闻中心)(?:编印|编发|印发|主办|编)?';
/** The issue date: "2021年6月18日", "2021.6.18", "2021-06-18", "二〇二一年六月十八日". */
const DATE = '(?:\\d{4}\\s*[年.\\-/]\\s*\\d{1,2}\\s*[月.\\-/]\\s*\\d{1,2}\\s*日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)';
/** A classification mark: "内部资料", "注意保存". */
const MARK = '(?:内部资料|内部刊物|注意保存|仅供参阅)';
const PART = `(?:${NAME}|${ISSUE}|${OFFICE}|${DATE}|${MARK})`;
/** A masthead line: its parts, with or without spaces between them, nothing else. */
const LINE = new RegExp(`^${PART}(?:\\s*${PART})*$`, 'u');
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');

/**
 * Punctuation no part of a masthead line holds (its parts are ideographs, digits, brackets, spaces
 * and . - /): a line with any is no masthead line, found without LINE, costly to compile.
 */
const CLAUSE_PUNCTUATION = /[“”‘’"',,。、::;;??!!…]/;

/** True when `line` (a trimmed line of the view) is a line of a masthead. */
export function isMastheadLine(line: string): boolean {
  const s = line.trim();
  // A newspaper page's dateline over the report ("2025年5月20日 星期二 第 1 版 要闻 责任编辑:…"): the date the page came out.
  if (isDateline(s)) return true;
  if (!s || s.length > 60 || CLAUSE_PUNCTUATION.test(s) || !LINE.test(s)) return false;
  // A headline may end on one of the names ("专题询问动态"): a name alone that speaks of the inquiry is the headline.
  return !(NAME_ONLY.test(s) && /询问|问政/u.test(s));
}

/**
 * How many of the first `lines` (trimmed lines of the view, in reading order) are a masthead's, counting
 * the lines the page frame already claims (`isFrame`: "第12期", a date alone) as part of its run;
 * 0 when the text opens on anything else.
 */
export function mastheadLength(lines: string[], isFrame: (line: string) => boolean): number {
  let end = 0;
  for (let i = 0; i < lines.length && i < 8; i++) {
    if (isMastheadLine(lines[i])) end = i + 1;
    else if (!isFrame(lines[i])) break;
  }
  return end;
}
