/**
 * A printed page's furniture in a copy of a gazette, a compilation or a newspaper page: the page number
 * ("— 16 —", "-3-", "· 17 ·", "第 3 页 共 3 页"), the running header set over every page ("东阳坝县人大常委会公报
 * 2024年第5期（总第87期）", "西陵省人大常委会专题询问文件汇编（2026）   · 17 ·"), a newspaper page's dateline
 * ("2025年5月20日 星期二 第 3 版 要闻 责任编辑：…") and its jump notes ("四是（下转第3版）" … "（上接第1版）引入国有平台…",
 * "（相关报道见第2版）"). None of it is anyone's words: no figure (the header's 2024年), no keyword, no measure, and the
 * text on either side of a page turning goes on ("走访了8⏎⏎- 16 -⏎⏎<header>⏎个乡镇" is 8个乡镇; "四是（下转第3版）…
 * （上接第1版）引入…" is the measure "引入…"). `findPageFurniture` gives the cuts that take it out; the pipeline reads the
 * text without them and maps every span back (source/joined.ts).
 *
 * A running header is a short line with no clause punctuation that repeats verbatim, and either stands next to a page
 * number or names a publication (公报, 汇编, 简报, 会刊, 第N期): a title said once, or a line repeated in the speech
 * ("（掌声）"), is none. Its first copy stays when it opens the document away from any page number (a gazette may head
 * its pages with the inquiry's own title: its first lines, a masthead), and so does the document's first line when it is a dateline: the page the
 * report was printed on, whose year the meeting's "5月19日" takes (structure/session-date.ts).
 * A cut takes the furniture lines with the blank lines after them; the blank lines before them too when the text
 * above stops mid-sentence, so the sentence (or the figure) joins across. Cuts are [start, end), 0-based,
 * end-exclusive UTF-16 offsets, ascending and disjoint.
 */
import type { Span } from '../model/span.js';
import { unionCuts } from './joined.js';
import { gated } from './gated.js';

const SP = '[ \\t\\u3000]';
const NUM = '[0-9０-９]{1,4}';
/** A page number's mark: "— 16 —", "-3-", "－ 3 －", "· 17 ·", "第 3 页", "第 1 页 共 3 页". */
export const PAGE_MARK = `(?:[—–\\-－]+${SP}*${NUM}${SP}*[—–\\-－]+|[·•]${SP}*${NUM}${SP}*[·•]|第${SP}*${NUM}${SP}*页(?:${SP}*[,，、/]?${SP}*共${SP}*${NUM}${SP}*页)?)`;
/** What every page mark holds one of: a dash, a dot, or 页. */
const PAGE_MARK_WORDS = ['—', '–', '-', '－', '·', '•', '页'];
/**
 * A web page's pager, saved with the page wherever the site cut the article: "上一页 1 2 3 下一页", "首页 上一页 2 下一页 尾页",
 * "< 1 2 3 >": the words of paging (上一页, 下一页, 首页, 尾页) around page numbers, nothing else on the line.
 */
const PAGER_WORD = '(?:首页|尾页|末页|上一页|下一页|前一页|后一页|[<>«»]|\\.{3}|…)';
const PAGER = `(?=.*(?:上一页|下一页|前一页|后一页))(?:${PAGER_WORD}|${NUM})(?:${SP}*(?:${PAGER_WORD}|${NUM}))*`;
/**
 * A WeChat post's section number alone on its line, "01", "02": set over each part of the piece (a zero-padded figure and
 * nothing else: a figure of speech always has its unit or its sentence around it).
 */
const SECTION_NUMBER = '0[1-9]';
/** A page number alone on its line, or a pager, or a post's section number. */
const PAGE_NUMBER = new RegExp(`^${SP}*(?:${PAGE_MARK}|${PAGER}|${SECTION_NUMBER})${SP}*$`, 'u');
/** A header and the page number on one line, apart by a run of spaces: "…文件汇编（2026）          · 17 ·". */
const NUMBERED_HEADER = gated([PAGE_MARK_WORDS], () => new RegExp(`^${SP}*(?:(\\S.{1,58}?)${SP}{2,}${PAGE_MARK}|${PAGE_MARK}${SP}{2,}(\\S.{1,58}?))${SP}*$`, 'u'));
/** Punctuation a header never holds (a sentence, a label, a quotation). */
const CLAUSE = /[。？！?!，,：:；;“”"]/u;
/** A publication's name or issue in a header: "…公报", "…文件汇编", "2024年第5期". */
const PUBLICATION = /公报|汇编|简报|会刊|专报|通讯|第\s*\d{1,3}\s*期/u;
/** A newspaper page's dateline: "2025年5月20日 星期二  第 1 版  要闻  责任编辑：…". */
const DATELINE = new RegExp(`^${SP}*\\d{4}年\\d{1,2}月\\d{1,2}日${SP}*(?:星期|周)[一二三四五六日天].*第${SP}*\\d{1,2}${SP}*版`, 'u');
/** A jump note sending the text on to another page, "（下转第3版）", at a line's end. */
const JUMP_ON = new RegExp(`[（(]${SP}*(?:下转|转)第?${SP}*[\\d一二三四五六七八九十]{1,3}${SP}*版${SP}*[）)]${SP}*$`, 'u');
/** The jump note taking it up on the new page, "（上接第1版）", at a line's start. */
const JUMP_FROM = new RegExp(`^${SP}*[（(]${SP}*(?:上接|接)第?${SP}*[\\d一二三四五六七八九十]{1,3}${SP}*版${SP}*[）)]`, 'u');
/** A note alone on its line pointing at another page: "（相关报道见第2版）", "（详见第4版）". */
const SEE_PAGE = new RegExp(`^${SP}*[（(][^（）()\\n]{0,12}见第?${SP}*[\\d一二三四五六七八九十]{1,3}${SP}*版${SP}*[）)]${SP}*$`, 'u');
/** What ends a sentence: a page turning after it leaves the paragraph break as it is. */
const SENTENCE_END = /[。！？!?…；;：:”」』）)]$/u;
/** How many content lines open the document (a masthead's lines, kept when no page number stands near). */
const OPENING_LINES = 3;
/** Lines longer than this are never furniture. */
const MAX_LINE = 80;

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** `line` is a page number alone: "— 16 —", "-3-", "· 17 ·", "第 3 页 共 3 页", a pager "上一页 1 2 3 下一页", a section's "02". */
export function isPageNumber(line: string): boolean {
  return line.length <= 24 && PAGE_NUMBER.test(line);
}

/** `line` is a newspaper page's dateline: "2025年5月20日 星期二  第 1 版  要闻  责任编辑：…". */
export function isDateline(line: string): boolean {
  return line.length <= 120 && DATELINE.test(line);
}

/** The header a line holds beside its page number ("…汇编（2026）   · 17 ·" → "…汇编（2026）"), or null. */
function numberedHeader(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  const m = NUMBERED_HEADER.exec(line);
  const header = m ? (m[1] ?? m[2]).trim() : null;
  return header && !CLAUSE.test(header) ? header : null;
}

/** Indexes of the furniture lines of `lines`. */
function furnitureLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const blank = (i: number) => !lines[i].text.trim();
  const firstContent = lines.findIndex((l) => l.text.trim());
  // The document's first lines: a masthead there ("…公报⏎2025年第4期⏎<title>") heads the document, away from a page number.
  const opening = new Set<number>();
  for (let i = firstContent; i >= 0 && i < lines.length && opening.size < OPENING_LINES; i++) if (!blank(i)) opening.add(i);
  const numbered = new Map<string, number>(); // a header beside a page number → how many times
  const repeats = new Map<string, number[]>(); // a short unpunctuated line → where it stands
  lines.forEach((l, i) => {
    const s = l.text.trim();
    if (!s || s.length > MAX_LINE) return;
    if (isPageNumber(s)) out.add(i);
    else if (isDateline(s) && i !== firstContent) out.add(i);
    else if (SEE_PAGE.test(s)) out.add(i);
    const header = numberedHeader(l.text);
    if (header) numbered.set(header, (numbered.get(header) ?? 0) + 1);
    if (!CLAUSE.test(s) && s.length <= 60) repeats.set(s, [...(repeats.get(s) ?? []), i]);
  });
  lines.forEach((l, i) => {
    const header = numberedHeader(l.text);
    if (header && (numbered.get(header) ?? 0) >= 2) out.add(i);
  });
  /** A page number within two content lines of line `i`. */
  const nearNumber = (i: number) => {
    for (const step of [-1, 1]) {
      for (let j = i + step, seen = 0; j >= 0 && j < lines.length && seen < 2; j += step) {
        if (blank(j)) continue;
        if (isPageNumber(lines[j].text.trim())) return true;
        seen++;
      }
    }
    return false;
  };
  for (const [s, at] of repeats) {
    if (at.length < 2 || out.has(at[0])) continue;
    const near = at.filter(nearNumber);
    if (!near.length && !PUBLICATION.test(s)) continue;
    for (const i of at) if (!opening.has(i) || near.includes(i)) out.add(i);
  }
  return out;
}

/** The cuts that take a printed page's furniture out of `text` (see the header). */
export function findPageFurniture(text: string): Span[] {
  if (!/[—–\-－·•页版公汇简刊期]/u.test(text) && !/^[ \t\u3000]*0[1-9][ \t\u3000]*\r?$/mu.test(text)) return [];
  const lines = linesOf(text);
  const furniture = furnitureLines(lines);
  const cuts: Span[] = [];
  const blank = (i: number) => !lines[i].text.trim();
  /** The first line from `i` on that is neither blank nor furniture (lines.length when none). */
  const nextContent = (i: number) => {
    while (i < lines.length && (blank(i) || furniture.has(i))) i++;
    return i;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!furniture.has(i)) continue;
    // The blank lines above go too when the text above stops mid-sentence: it goes on below.
    let first = i;
    let above = i - 1;
    while (above >= 0 && blank(above)) above--;
    if (above >= 0 && !SENTENCE_END.test(lines[above].text.trim())) first = above + 1;
    const k = nextContent(i);
    cuts.push([lines[first].start, k < lines.length ? lines[k].start : text.length]);
    i = k - 1;
  }
  // Jump notes: "（下转第3版）" at a line's end joins "（上接第1版）" opening the next content line across the page turning.
  for (let i = 0; i < lines.length; i++) {
    const on = JUMP_ON.exec(lines[i].text);
    const from = JUMP_FROM.exec(lines[i].text);
    if (from) cuts.push([lines[i].start, lines[i].start + from[0].length]);
    if (!on) continue;
    const k = nextContent(i + 1);
    const taken = k < lines.length ? JUMP_FROM.exec(lines[k].text) : null;
    cuts.push([lines[i].start + on.index, taken ? lines[k].start + taken[0].length : lines[i].start + lines[i].text.length]);
  }
  return unionCuts(cuts);
}
