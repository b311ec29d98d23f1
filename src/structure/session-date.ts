/**
 * The meeting's date, from the introduction, the headline, a dateline or the page frame.
 *
 * Example: "2023年11月28日上午,省十四届人大常委会…开展专题询问" gives 2023-11-28; "12月28日" in a briefing
 * issued 2022年1月5日 gives 2021-12-28 (the issue comes after the meeting); "2023年12月下旬" gives 2023-12;
 * "近日" gives no date. Spans are [start, end), UTF-16 offsets into the decoded text, matched on the view.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from '../extract/numerals.js';

/** A numeral in Chinese characters or in figures, as the session's dates, meetings and counts write them. */
export const NUM = '[一二三四五六七八九十百零〇两\\d]+';

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
const VAGUE_DATE = /近日|日前|近期|前不久|日前/u;

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
export function readDate(view: string, regions: Span[], frame: FoundDate, headline: Span[]): DateReading {
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    const full = FULL_DATE.exec(slice);
    const figures = NUMERIC_DATE.exec(slice);
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
    const slice = view.slice(s, e);
    const md = MONTH_DAY.exec(slice);
    if (!md) continue;
    let y = year;
    // The year of a page's date or a briefing's issue date, which come after the meeting:
    // a meeting on 12月28日 reported in an issue of 2022年1月5日 was held in 2021.
    if (!y && frame) {
      const later = iso(frame.iso.slice(0, 4), md[1], md[2]) > frame.iso;
      y = String(Number(frame.iso.slice(0, 4)) - (later ? 1 : 0));
    }
    const span: Span = [s + md.index, s + md.index + md[0].length];
    if (y) return { date: { iso: iso(y, md[1], md[2]), span }, yearless: null };
    yearless ??= span;
  }
  for (const [s, e] of regions) {
    const ym = YEAR_MONTH.exec(view.slice(s, e));
    if (ym) {
      const y = yearDigits(ym[1]);
      return { date: { iso: iso(y, ym[2], null), span: [s + ym.index, s + ym.index + ym[0].length] }, yearless: null };
    }
  }
  if (regions.some(([s, e]) => VAGUE_DATE.test(view.slice(s, e)))) return { date: null, yearless };
  return { date: frame, yearless };
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
