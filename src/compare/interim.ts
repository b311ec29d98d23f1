/**
 * A figure for part of a year set against a target for that same year: an interim reading, on track or not, never yet
 * met or missed.
 *
 * Example: A (2020-10) "确保2021年PM2.5平均浓度降至50微克/立方米以下", B (2021-11-25) "今年1至10月，PM2.5平均浓度为41微克/立方米":
 * the target is 2021's and B reads ten months of 2021, so 进行中 (on track), not 已达标. "2020年全市PM2.5平均浓度为49微克"
 * read in 2021 covers the whole year: judged. The part is written before the figure in its sentence (1至10月, 上半年,
 * 前三季度, 今年以来); its year is the one written before it (2021年1至6月), 去年/上年 the session's last, else the session's.
 */
import { resolveDeadline } from './deadline.js';

/**
 * Part of a year: 1至10月, 一到九月, 上半年, 前三季度, 前10个月, 今年以来 (not 下半年: a half that ends with the year); a reading
 * dated before the year's end: 截至今年9月底, 截至2025年10月, 截至目前, 到9月底 (not 截至12月底 nor 截至去年底: the whole year).
 */
const PART = /(?:[0-9０-９一二三四五六七八九十]{1,2}(?:至|到|-|－|—|~|～)[0-9０-９一二三四五六七八九十]{1,2}月|[上前](?:半年|[一二三]季度|[1-9一二三四五六七八九十]{1,2}个月)|(?:今|本)年(?:初)?以来|截[至止]到?(?:(?:今|本|20\d\d)年)?(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月(?:份|底|末|中旬|上旬|下旬|\d{1,2}日)?(?![\d一二])|截[至止]到?(?:目前|现在|当前)|(?<![\d年])到(?:今年)?(?:[1-9]|1[01])月底)/u;
/** A year written in words before a target (确保2021年…), not the date of a report (截至2020年底). */
const YEAR = /(?<!截[至止]到?)(20\d\d)年/gu;
/** The session's own year named as the target's period: 今年, 全年, 年内, 年底. */
const THIS_YEAR = /今年|全年|本年|年内|年底/u;
/** A year after the session's named as the target's: 明年, 后年 (not 明年起, a start). */
const AHEAD = /[明后]年(?!起|开始)/gu;
/** The date of a report: 截至2020年底, 截止到今年6月. */
const REPORT_DATE = /截[至止]到?[^，,。；;]*/gu;

const yearOf = (session: string | null): number | null => (session && /^\d{4}/u.test(session) ? Number(session.slice(0, 4)) : null);

/** The year a report figure covers part of, when `words` (its sentence up to it) read a part of a year; else null. */
export function partYear(words: string, session: string | null): number | null {
  const part = PART.exec(words);
  if (!part) return null;
  const before = words.slice(0, part.index + part[0].length);
  // (A report's date names its own year: 截至2025年10月.)
  const dated = /截[至止]到?(20\d\d)年/u.exec(part[0]);
  if (dated) return Number(dated[1]);
  const written = [...before.matchAll(YEAR)].pop();
  if (written) return Number(written[1]);
  const own = yearOf(session);
  return own === null ? null : /(?:去年|上年)[^，,。；;]*$/u.test(before) ? own - 1 : own;
}

/** The year a target is for: its deadline's (2022年底, 三年内), else a year written before it, else the session's next (明年) or own (今年, 全年); else null. */
export function targetYear(words: string, deadline: string | null, session: string | null): number | null {
  const due = deadline ? resolveDeadline(deadline, session) : null;
  if (due) return Number(due.slice(0, 4));
  const written = [...words.matchAll(YEAR)].pop();
  if (written) return Number(written[1]);
  // (截至去年年底 dates a report, no target's period.) 明年 and 后年 are the session's next years: "力争明年底达到70%以上" said in
  // 2024 is for 2025, whose 截至今年10月 reading (2025) is interim.
  const plain = words.replace(REPORT_DATE, '');
  const own = yearOf(session);
  const ahead = [...plain.matchAll(AHEAD)].pop();
  if (ahead) return own === null ? null : own + (ahead[0] === '明年' ? 1 : 2);
  return THIS_YEAR.test(plain) ? own : null;
}
