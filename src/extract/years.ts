/**
 * Years written with 年 on both ends of a range, or sharing one 年 in a series: "2021年至2023年累计投入"
 * is the range [2021, 2023] as "2021—2023年" is (the first 年 is optional in Chinese); in "2022、2023年
 * 分别增长" and "2022和2023年" the bare 2022 shares the 年 after the series and is a year of its own.
 * A series gives one year figure per year (text "2022", unit 年): a quantity's `range` is for two bounds
 * and everything between them, and 2020、2023年 names two years, not the four from 2020 to 2023.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */

/** A link of a range then a year with its 年, right after a first 年: 至2023年, —2023年, ～2023年, 到2023年. */
const UPPER_YEAR_AT = /(?:至|到|——|—|–|-|～|~)((?:19|20)\d\d)年/y;

/** After "2021年" ending at `end`: the upper year of a range written 年 at both ends, and where its 年 ends. */
export function upperYear(view: string, end: number, lower: number): { value: number; end: number } | null {
  UPPER_YEAR_AT.lastIndex = end;
  const m = UPPER_YEAR_AT.exec(view);
  if (!m) return null;
  const value = Number(m[1]);
  return value > lower ? { value, end: end + m[0].length } : null;
}

/** The rest of a series of years after a bare year: 、2023年, 和2023年, 、2022、2023年 (the 年 at its end). */
const SERIES_REST_AT = /(?:[、和及与](?:19|20)\d\d)*[、和及与](?:19|20)\d\d年/y;
const BARE_YEAR = /^(?:19|20)\d\d$/;

/** True when the Arabic `written` at `end` is a bare year in a series that closes with 年: 2022 in 2022、2023年. */
export function sharesYear(view: string, end: number, written: string): boolean {
  if (!BARE_YEAR.test(written) || /\d/.test(view[end - written.length - 1] ?? '')) return false;
  SERIES_REST_AT.lastIndex = end;
  return SERIES_REST_AT.test(view);
}
