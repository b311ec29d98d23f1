/**
 * A slogan of numbered steps: "对欠薪企业实行一次告知、二次约谈、三次曝光" names the first, second and third step of a
 * procedure (一次 = the first time), it counts no times. The steps are written numeral + 次 + a verb of two to four
 * characters, joined by 、 or a comma, their numerals one after the other (一, 二, 三 …: an ordinal is written 二, a count
 * 两). Not "开展一次检查、两次督查" (两: counts), nor a lone "三次曝光" (no step before or after it).
 * Offsets are UTF-16 code units into the normalized view, end-exclusive.
 */

/** The numerals of steps, in order: 一 is step 1. */
const ORDER = '一二三四五六七八九十';

/** A step at a position (sticky): its numeral, 次, and its verb, then a joiner, the clause's end or the text's end. */
const STEP = /([一二三四五六七八九十])次[\u4e00-\u9fff]{2,4}?(?=[、,;。!?\n]|$)/uy;
/** A step ending right before a joiner (searched in the stretch before one). */
const STEP_BEFORE = /([一二三四五六七八九十])次[\u4e00-\u9fff]{2,4}[、,]$/u;

/** The length of the numeral and 次 at `at` when they open a step of a numbered slogan, else 0. */
export function numberedStepAt(view: string, at: number): number {
  STEP.lastIndex = at;
  const m = STEP.exec(view);
  if (!m) return 0;
  const n = ORDER.indexOf(m[1]);
  const end = at + m[0].length;
  // the next step, after the joiner, is numbered n + 1
  if (n + 1 < ORDER.length && (view[end] === '、' || view[end] === ',')) {
    STEP.lastIndex = end + 1;
    const next = STEP.exec(view);
    if (next && ORDER.indexOf(next[1]) === n + 1) return 2;
  }
  // or the step before it is numbered n - 1
  const prev = n > 0 ? STEP_BEFORE.exec(view.slice(Math.max(0, at - 8), at)) : null;
  return prev && ORDER.indexOf(prev[1]) === n - 1 ? 2 : 0;
}
