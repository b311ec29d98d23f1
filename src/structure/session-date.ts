/**
 * The meeting's date, from the introduction, the headline, a dateline or the page frame.
 *
 * Example: "2023年11月28日上午,省十四届人大常委会…开展专题询问" gives 2023-11-28; "12月28日" in a briefing
 * issued 2022年1月5日 gives 2021-12-28 (the issue comes after the meeting); "2023年12月下旬" gives 2023-12;
 * "近日" gives no date. Spans are [start, end), UTF-16 offsets into the decoded text, matched on the view.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from '../extract/numerals.js';
import { relativeDay, issueYear } from './relative-days.js';
import { lineStartAt } from '../source/line-bounds.js';
import { backgroundDate, VAGUE_DATE } from './background-dates.js';
import { NUM } from './numeral-class.js';

/** A numeral in Chinese characters or in figures, as the session's dates, meetings and counts write them (numeral-class.ts). */
export { NUM };

/**
 * A year in Chinese numerals, digit by digit: its zero written 〇, ○ (U+25CB, as typed documents write it), O or Ｏ (a
 * letter, folded in the view), 0 or 零 ("二○二四年", "二〇二四年", "二零二四年"). At least one Han digit: four figures are \d{4}.
 */
const HAN_YEAR = '(?=[〇○Oo0零]*[一二三四五六七八九])[〇○Oo0零一二三四五六七八九]{4}';
/** A day, also with 廿 (二十) and 卅 (三十) as dates write them: "十一月廿六日", "十月卅一日". */
const DAY = '[一二三四五六七八九十廿卅零〇两\\d]+';
const FULL_DATE = new RegExp(`(\\d{4}|${HAN_YEAR})\\s*年\\s*(${NUM})\\s*月\\s*(${DAY})\\s*[日号]`, 'u');
/** A date in figures: 2023.11.28, 2023-11-28, 2023/11/28 (one separator throughout; not a version 1.2.3 nor a figure 2023.11). */
const NUMERIC_DATE = /(?<![\d.\-/])((?:19|20)\d{2})(?<sep>[.\-/])(\d{1,2})\k<sep>(\d{1,2})(?![\d.%])/u;
const MONTH_DAY = new RegExp(`(${NUM})\\s*月\\s*(${DAY})\\s*[日号]`, 'u');
/** A year of the meeting: not a reporting year ("关于2023年度环境状况…的报告") nor a span (2021—2025年). */
const YEAR = /(?<![\d—–~～-])(\d{4})\s*年(?!度)/u;
/** A date given to the month: "2023年12月下旬" → 2023-12. */
const YEAR_MONTH = new RegExp(`(\\d{4}|${HAN_YEAR})\\s*年\\s*(${NUM})\\s*月(?!\\s*[\\d一二三四五六七八九十廿卅]+\\s*[日号])`, 'u');

/** A date found with its span (the page frame's, or one read from the text): YYYY-MM-DD or YYYY-MM. */
export type FoundDate = { iso: string; span: Span } | null;

interface DateReading {
  date: FoundDate;
  /** A month and day read with no year to give them (the first such), else null. */
  yearless: Span | null;
}

/**
 * The meeting's date from `regions` (the introduction first), else `frame` (the page's or the issue's
 * date). A month and day with no year take the headline's year when the headline names one year only
 * (`headline`: its spans), else the frame's; never a year of the introduction ("2019年以来", "到2025年底"
 * say nothing of the meeting's year), never the clock's.
 */
export function readDate(view: string, regions: Span[], frame: FoundDate, headline: Span[], opening: Span | null = null, head: Span | null = null): DateReading {
  // The record's own field ("时间：2020年10月29日上午9:00") dates the meeting, over any date the narration gives; its
  // lines may stand between the headline and the introduction (`head`: the text before the first question).
  const field = fieldDate(view, head ? [head, ...regions] : regions);
  if (field) return { date: field, yearless: null };
  // Then the sentence that holds the meeting ("4月19日上午，…第十八次会议…开展专题询问"), over a byline's date above it.
  const meeting = meetingDate(view, regions, frame, headline);
  if (meeting.date) return meeting;
  // "昨天下午，…举行联组会议" on a page dated 2024-11-15: the day before it (relative-days.ts).
  const relative = relativeDay(view, regions, frame?.iso ?? null, fullDateIn);
  if (relative) return { date: relative, yearless: null };
  for (const [s, e] of regions) {
    const slice = blankCutOffs(view.slice(s, e));
    // (A date of the background, before the sentence naming the meeting by number dated 日前: background-dates.ts.)
    let full = FULL_DATE.exec(slice);
    if (full && backgroundDate(view, [s, e], s + full.index)) full = null;
    let figures = NUMERIC_DATE.exec(slice);
    if (figures && backgroundDate(view, [s, e], s + figures.index)) figures = null;
    if (figures && (!full || figures.index < full.index) && validDay(figures[3], figures[4])) {
      return { date: { iso: iso(figures[1], figures[3], figures[4]), span: [s + figures.index, s + figures.index + figures[0].length] }, yearless: null };
    }
    if (full) {
      const y = yearDigits(full[1]);
      return { date: { iso: iso(y, full[2], full[3]), span: [s + full.index, s + full.index + full[0].length] }, yearless: null };
    }
  }
  const year = headlineYear(view, headline);
  let yearless: Span | null = null;
  for (const [s, e] of regions) {
    const slice = blankCutOffs(view.slice(s, e));
    const md = MONTH_DAY.exec(slice);
    if (!md || backgroundDate(view, [s, e], s + md.index)) continue;
    const span: Span = [s + md.index, s + md.index + md[0].length];
    let y = year ?? bylineYear(view, regions, md[1], md[2]) ?? paragraphYear(view, span) ?? cutOffYear(view, md[1]) ?? issueYear(view, head);
    // The year of a page's date or a briefing's issue date, which come after the meeting:
    // a meeting on 12月28日 reported in an issue of 2022年1月5日 was held in 2021.
    if (!y && frame) {
      const later = iso(frame.iso.slice(0, 4), md[1], md[2]) > frame.iso;
      y = String(Number(frame.iso.slice(0, 4)) - (later ? 1 : 0));
    }
    if (y) return { date: { iso: iso(y, md[1], md[2]), span }, yearless: null };
    yearless ??= span;
  }
  for (const [s, e] of regions) {
    const ym = YEAR_MONTH.exec(blankCutOffs(view.slice(s, e)));
    if (ym && !backgroundDate(view, [s, e], s + ym.index)) {
      const y = yearDigits(ym[1]);
      return { date: { iso: iso(y, ym[2], null), span: [s + ym.index, s + ym.index + ym[0].length] }, yearless: null };
    }
  }
  if (regions.some(([s, e]) => VAGUE_DATE.test(view.slice(s, e)))) return { date: null, yearless };
  // A feature's lede opening on the first question ("“…？”6月17日上午，在…会议联组会议上，…"): its meeting sentence, last —
  // and over the page's date ("来源：泸水县融媒体中心　2021年6月18日"), which comes on or after the meeting's day.
  if (opening) {
    const lede = meetingDate(view, [opening], frame, headline);
    if (lede.date && (!frame || lede.date.iso <= frame.iso)) return lede;
    yearless ??= lede.yearless;
  }
  return { date: frame, yearless };
}

/**
 * A record's date field: a line opening on 时间/日期 (会议时间, 询问时间; maybe letter-spaced) then a colon, and the date
 * on it ("时间：2020年10月29日上午9:00"). Not a page's 发布时间 (its lines are blanked out of the introduction before).
 */
const DATE_FIELD = /^[ \t\u3000]*(?:(?:会[ \t]*议|询[ \t]*问)[ \t]*)?(?:时[ \t]*间|日[ \t]*期)[ \t\u3000]*[:：][^\n]*/gmu;
const PAGE_FIELD = /来源|作者|编辑|浏览|阅读|发布|点击|字号/u;
function fieldDate(view: string, regions: Span[]): FoundDate {
  for (const [s, e] of regions) {
    for (const m of view.slice(s, e).matchAll(DATE_FIELD)) {
      // (A page's line "时间：2025-06-27　来源：县人大" dates the page: it names its source, author or views.)
      if (PAGE_FIELD.test(m[0])) continue;
      const start = s + m.index!;
      const found = fullDateIn(m[0], start);
      if (found) return found;
    }
  }
  return null;
}

/** The first full date (in figures or in words) of `slice`, which starts at `start` in the view. */
function fullDateIn(slice: string, start: number): FoundDate {
  const full = FULL_DATE.exec(slice);
  const figures = NUMERIC_DATE.exec(slice);
  if (figures && (!full || figures.index < full.index) && validDay(figures[3], figures[4])) {
    return { iso: iso(figures[1], figures[3], figures[4]), span: [start + figures.index, start + figures.index + figures[0].length] };
  }
  if (full) return { iso: iso(yearDigits(full[1]), full[2], full[3]), span: [start + full.index, start + full.index + full[0].length] };
  return null;
}

/** A sentence naming the meeting: 会议, 联组会议, 举行, 召开, 开展…专题询问, 询问会. */
const MEETING_WORDS = /会议|举行|召开|开展|专题询问|询问会|联组会/u;
/** Sentences of a region: up to 。！？; or a line's end. */
const SENTENCE = /[^。！？!?\n]+/gu;

/**
 * The date of the first sentence naming the meeting in `regions` (cut-off dates left aside): a full date as it is, a month
 * and day with the year of the headline, the page frame, a byline's date or a statistics cut-off.
 */
function meetingDate(view: string, regions: Span[], frame: FoundDate, headline: Span[]): DateReading {
  let yearless: Span | null = null;
  for (const [s, e] of regions) {
    const slice = blankCutOffs(view.slice(s, e));
    for (const sentence of slice.matchAll(SENTENCE)) {
      if (!MEETING_WORDS.test(sentence[0])) continue;
      const at = s + sentence.index!;
      if (backgroundDate(view, [s, e], at)) continue; // (the earlier inquiry an editor's note recalls)
      const full = fullDateIn(sentence[0], at);
      const md = MONTH_DAY.exec(sentence[0]);
      // A news agency's dateline opening the lede ("新华社北京2022年8月31日电　…8月30日下午举行联组会议") dates the story:
      // the lede's own day for the meeting wins, the dateline giving the year (and the month of a bare 30日).
      // So does a post's stamp run into the lede ("原创 崇川人大 2023-11-16 18:30 发表于江苏 11月15日上午，…召开联组会议"):
      // the date with its clock time is when the post went out, after the meeting; the lede's day has its month then
      // ("2023-11-15 14:30，…召开联组会议，16日上午继续…" is the meeting's own time, a later day of it no other date).
      const posted = full !== null && POSTED_AT.test(view.slice(full.span[1], full.span[1] + 10));
      // A bracketed source stamp before the lede ("（绵阳人大 微信公众号 2023-07-21）7月20日，…会议举行专题询问会"): the
      // posting date; the lede's month and day right after the bracket are the meeting's, in the stamp's year.
      if (full) {
        const stamped = bracketStampDay(view, full, at + sentence[0].length);
        if (stamped) return { date: stamped, yearless: null };
      }
      if (full && (posted || DATELINE_AFTER.test(view.slice(full.span[1], full.span[1] + 2)))) {
        const own = ledeDay(view, full, at + sentence[0].length, posted);
        if (own) return { date: own, yearless: null };
      }
      if (full && (!md || full.span[0] <= at + md.index)) return { date: full, yearless: null };
      if (!md) continue;
      const span: Span = [at + md.index, at + md.index + md[0].length];
      let y = headlineYear(view, headline);
      if (!y && frame) y = yearBefore(frame.iso, md[1], md[2]);
      y ??= bylineYear(view, regions, md[1], md[2]) ?? paragraphYear(view, span) ?? cutOffYear(view, md[1]);
      if (y) return { date: { iso: iso(y, md[1], md[2]), span }, yearless: null };
      yearless ??= span;
    }
  }
  return { date: null, yearless };
}

/** A stamp's bracket: opened by （ or ( with no other bracket nor sentence end inside, closed right after the date. */
const STAMP_OPEN = /[（(][^（）()。！？\n]{0,30}$/u;
const STAMP_CLOSE = /^\s*[）)]\s*/u;
const STAMP_LEDE = new RegExp(`^(${NUM})\\s*月\\s*(${DAY})\\s*[日号]`, 'u');

/**
 * The lede's day after a bracketed stamp holding a full date ("（绵阳人大 微信公众号 2023-07-21）7月20日，…"): the month
 * and day that open the text right after the bracket, in the stamp's year (the year before when that day comes after the
 * stamp's: a post of 2024-01-03 on a meeting of 12月29日). Null when the date is in no such bracket, or no day follows it
 * ("（2023年7月20日）" alone: the date is the meeting's own, read as it is).
 */
function bracketStampDay(view: string, stamp: NonNullable<FoundDate>, end: number): FoundDate {
  if (!STAMP_OPEN.test(view.slice(Math.max(0, stamp.span[0] - 31), stamp.span[0]))) return null;
  const close = STAMP_CLOSE.exec(view.slice(stamp.span[1], end));
  if (!close) return null;
  const from = stamp.span[1] + close[0].length;
  const m = STAMP_LEDE.exec(view.slice(from, end));
  if (!m) return null;
  const [mo, d] = [parseNumeral(m[1]) ?? 0, parseNumeral(m[2].replace(/廿/gu, '二十').replace(/卅/gu, '三十')) ?? 0];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const y = Number(stamp.iso.slice(0, 4));
  const year = iso(String(y), String(mo), String(d)) > stamp.iso ? y - 1 : y;
  return { iso: iso(String(year), String(mo), String(d)), span: [from, from + m[0].length] };
}

/** What closes a dateline's date: 电 (新华社…日电), 讯 (…日讯). */
const DATELINE_AFTER = /^\s*[电讯]/u;
/** A clock time right after a date: a post's or a page's stamp ("2023-11-16 18:30"), no meeting's day. */
const POSTED_AT = /^\s*\d{1,2}:\d{2}(?!\d)/u;
/** A day of the lede after the dateline: "8月30日下午", or a bare "30日上午" (the dateline's month), a time of day after it. */
const LEDE_DAY = new RegExp(`(?:(${NUM})\\s*月\\s*)?(${DAY})\\s*日\\s*(?=上午|下午|晚|早|举行|召开|在)`, 'u');

/**
 * The meeting's own day in the lede after a dateline `dateline`, up to `end`, with the dateline's year (and month when
 * only the day is written and `withMonth` is not asked: the day before the dateline's, or the month before when the day is later); null when the lede
 * gives none.
 */
function ledeDay(view: string, dateline: NonNullable<FoundDate>, end: number, withMonth = false): FoundDate {
  const from = dateline.span[1];
  const m = LEDE_DAY.exec(blankCutOffs(view.slice(from, end)));
  if (!m || (withMonth && !m[1])) return null;
  const [y, mo, d] = dateline.iso.split('-').map(Number);
  const day = parseNumeral(m[2].replace(/廿/gu, '二十').replace(/卅/gu, '三十')) ?? 0;
  let month = m[1] ? parseNumeral(m[1]) ?? 0 : mo;
  if (!m[1] && day > d) month = mo === 1 ? 12 : mo - 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = iso(String(y), String(month), String(day)) > dateline.iso ? y - 1 : y;
  const span: Span = [from + m.index, from + m.index + m[0].length];
  return { iso: iso(String(year), String(month), String(day)), span };
}

/**
 * The year the paragraph of a month and day (`span`) gives the congress's work ("11月26日下午，…举行联组会议…。这是2025年省人大
 * 常委会开展的第二场专题询问。"): a YYYY年 followed, in its sentence, by the congress (人大, 常委会) holding an inquiry —
 * the only such year of the paragraph; not a figures' year ("2024年全省新增…"), a span, a cut-off or a year's report (年度).
 */
const WORK_YEAR = /(?<![\d—–~～\-])(\d{4})\s*年(?!度)[^。！？!?\n]{0,16}?(?:人大|常委会)[^。！？!?\n]{0,16}?(?:开展|举行|召开|进行|组织)[^。！？!?\n]{0,16}?专题询问/gu;
function paragraphYear(view: string, span: Span): string | null {
  const start = lineStartAt(view, span[0]);
  let end = view.indexOf('\n', span[1]);
  if (end < 0) end = view.length;
  let year: string | null = null;
  for (const m of blankCutOffs(view.slice(start, end)).matchAll(WORK_YEAR)) {
    if (year !== null && year !== m[1]) return null;
    year = m[1];
  }
  return year;
}

/** The year of a month and day written on or before a later date `later` (YYYY-MM-DD): its year, or the one before. */
function yearBefore(later: string, m: string, d: string): string {
  const after = iso(later.slice(0, 4), m, d) > later;
  return String(Number(later.slice(0, 4)) - (after ? 1 : 0));
}

/**
 * A byline's or a page's date: a full date on a short line of its own, no sentence ("长阳县人大　2024-04-22"), issued on or
 * after the meeting — the year of the meeting's month and day.
 */
function bylineYear(view: string, regions: Span[], m: string, d: string): string | null {
  for (const [s, e] of regions) {
    let at = s;
    for (const line of view.slice(s, e).split('\n')) {
      const start = at;
      at += line.length + 1;
      if (line.trim().length > 40 || /[。，,；;]/u.test(line)) continue;
      const date = fullDateIn(line, start);
      if (date) return yearBefore(date.iso, m, d);
    }
  }
  return null;
}

/**
 * A statistics cut-off ("截至2025年11月底", "截止2024年末", "到2023年6月底"): a date of the figures, never of the meeting.
 * Its words are blanked (kept the same length) before a date is looked for.
 */
const CUT_OFF = new RegExp(`(?:截至|截止(?:到)?|到|至)\\s*(?:(?:\\d{4}|${HAN_YEAR})\\s*年)?(?:\\s*${NUM}\\s*月)?(?:\\s*${DAY}\\s*[日号])?\\s*(?:底|末|止|以来|前)?|(?:\\d{4}\\s*年)?(?:\\s*${NUM}\\s*月)?(?:\\s*${DAY}\\s*[日号])?\\s*(?:以来|底|末)`, 'gu');
function blankCutOffs(slice: string): string {
  return slice.replace(CUT_OFF, (m) => (/[年月日号]/u.test(m) ? ' '.repeat(m.length) : m));
}

/**
 * The year a statistics cut-off gives a month and day: the meeting comes after the figures it hears ("截至2025年11月底" in
 * the report of a meeting on 12月20日: 2025; "截至2024年底" and 3月5日: 2025). The latest cut-off in the text, the only
 * one with a year and a month that said it is a 截至/截止 one; null when the text gives none.
 */
const CUT_OFF_YEAR = /(?:截至|截止(?:到)?)\s*(\d{4})\s*年(?:\s*(\d{1,2}|[一二三四五六七八九十]+)\s*月)?\s*(?:\d{1,2}\s*[日号]|底|末)?/gu;
function cutOffYear(view: string, m: string): string | null {
  let latest: [number, number] | null = null;
  for (const c of view.matchAll(CUT_OFF_YEAR)) {
    const at: [number, number] = [Number(c[1]), c[2] ? parseNumeral(c[2]) ?? 12 : 12];
    if (!latest || at[0] > latest[0] || (at[0] === latest[0] && at[1] > latest[1])) latest = at;
  }
  if (!latest) return null;
  const month = parseNumeral(m) ?? 0;
  return String(month >= latest[1] ? latest[0] : latest[0] + 1);
}

/** The one year the headline names ("2023年全市…专题询问综述"), or null when it names none or several. */
function headlineYear(view: string, headline: Span[]): string | null {
  let year: string | null = null;
  for (const [s, e] of headline) {
    for (const m of view.slice(s, e).matchAll(YEARS)) {
      if (year !== null && m[1] !== year) return null;
      year = m[1];
    }
  }
  return year;
}
const YEARS = new RegExp(YEAR.source, 'gu'); // matchAll copies it: no state is shared

/** A month 1–12 and a day 1–31, in figures. */
function validDay(m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** YYYY-MM-DD, or YYYY-MM when the day is not given (廿 is 二十, 卅 三十). */
function iso(y: string, m: string, d: string | null): string {
  const month = String(parseNumeral(m) ?? 0).padStart(2, '0');
  return d === null ? `${y}-${month}` : `${y}-${month}-${String(parseNumeral(d.replace(/廿/gu, '二十').replace(/卅/gu, '三十')) ?? 0).padStart(2, '0')}`;
}

/** The Han digits of a year (HAN_YEAR, any of its zeros) as figures: 二○二四 → 2024; figures as they are. */
const HAN_DIGITS = '〇一二三四五六七八九';
function yearDigits(year: string): string {
  if (/^\d{4}$/u.test(year)) return year;
  return Array.from(year, (c) => (/[〇○Oo0零]/u.test(c) ? '0' : String(HAN_DIGITS.indexOf(c)))).join('');
}
