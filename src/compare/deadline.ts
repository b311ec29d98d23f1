/**
 * A promise's deadline: where a measure names it, and the year and month it means in its session.
 *
 * Example: "剩余部分将于今年年底前完成" in a session of 2024-09-26 → 今年年底前, 2024-12; "12月底前完成…全面排查" in one
 * of 2022-11-23 → 2022-12; "明年6月底前全面完成" in one of 2024-06 → 2025-06. Two wordings are one deadline when they
 * mean one month (今年年底前 of 2025 is 2025年底前), however written, and two when they do not (年底前 of 2024 and of
 * 2025). A date that says which things are meant is no deadline: "完成2000年底前建成的老旧小区改造" (a date, a verb,
 * 的, the noun) names the housing built by then.
 */

/**
 * A deadline as written: a time ending in 前 (2024年底前, 6月底前, 年底前), a year named as the period (今年, 明年, 2025年内)
 * or 年内 alone (this year's) — not a span of years (两年内, 3年内) nor a past year (去年内).
 */
const DEADLINE = /(?:(?:\d{4}|[今明后本])年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|年?底|年?末|上半年|下半年)前|(?:\d{4}年|[今明本]年)(?:内|底|末)?|(?<![\d一二两三四五六七八九十百去上前多几个年])年内/gu;

/** After a date, a verb of one or two characters then 的 (建成的, 出生的, 登记的): the date modifies the noun after it. */
const ATTRIBUTIVE = /^[\p{Script=Han}]{1,2}的/u;

/** A span of years counted from the session, whole: 三年内, 两年内, 3年内 (group 1 the count). */
const YEARS_WITHIN = /^([2-9２-９两三四五六七八九])年内$/u;
const YEAR_COUNT: Readonly<Record<string, number>> = {
  两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, ...Object.fromEntries([...'23456789'].flatMap((d) => [[d, Number(d)], [String.fromCharCode(d.charCodeAt(0) + 0xfee0), Number(d)]])),
};

/** 今年, 本年, 明年 with nothing after them: a period, not a time to meet. */
const BARE_RELATIVE = /^[今明后本]年$/u;

export interface Deadline { text: string; index: number }

/** The first deadline written in `text` (its index in `text`), a date modifying a noun skipped; null when none. */
export function findDeadline(text: string): Deadline | null {
  for (const m of text.matchAll(DEADLINE)) {
    if (ATTRIBUTIVE.test(text.slice(m.index! + m[0].length))) continue;
    return { text: m[0], index: m.index! };
  }
  return null;
}

/** Year (and month) of an ISO session date (2024-09-26, 2024-09, 2024); null without one. */
function dateOf(session: string | null | undefined): { year: number; month: number | null } | null {
  const m = session ? /^(\d{4})(?:-(\d{2}))?/u.exec(session) : null;
  return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null } : null;
}

/**
 * The month a deadline means, "2024-12", read against its session's date: a year written (2025年), else 今年/本年 the
 * session's, 明年 the next, 后年 the one after; a month written (6月底前), else 上半年 June, the year's end (年底, 年内, a
 * year alone) December. A month with no year before the session's own month is next year's (6月底前 said in October).
 * A span of years (三年内) runs from the session's month: 三年内 said in 2019-11 is 2022-11.
 * Null when the year cannot be told (no year written and no dated session), and for a relative year alone (今年, 明年).
 */
export function resolveDeadline(text: string, session: string | null | undefined): string | null {
  // A relative year alone (今年安排资金800万元) is the period of a yearly figure, made again each year: no month to move.
  if (BARE_RELATIVE.test(text)) return null;
  const date = dateOf(session);
  // A span of years (三年内 said in 2019-11) runs from the session: 2022-11 (the year's end when the month is not known).
  const span = YEARS_WITHIN.exec(text);
  if (span) return date ? `${date.year + YEAR_COUNT[span[1]]}-${String(date.month ?? 12).padStart(2, '0')}` : null;
  const written = /(\d{4})年/u.exec(text);
  const shift = /明年/u.test(text) ? 1 : /后年/u.test(text) ? 2 : 0;
  const monthHit = /(\d{1,2})月/u.exec(text);
  const month = monthHit ? Number(monthHit[1]) : /上半年/u.test(text) ? 6 : 12;
  if (month < 1 || month > 12) return null;
  let year: number;
  if (written) year = Number(written[1]);
  else if (!date) return null;
  else {
    year = date.year + shift;
    if (!shift && !/[今本]年/u.test(text) && monthHit && date.month !== null && month < date.month) year += 1;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}
