/**
 * Resumption lead-ins: a verb phrase of speaking that a marker follows as its object, "我接着说第三,…".
 *
 * Example: a responder cut short after "第二,积极争取省级补助资金;" goes on "省级补助是按年度下达的。我接着说第三,
 * 按照…;第四,…" (or "再说第三点,…", "下面讲第三,…", "继续谈第三,…", "我补充一下第三点,…"): the phrase 接着说 only
 * leads in, and 第三 opens its item as it does in "我接着说。第三,…". The phrase is an adverb of going on (接着, 再,
 * 继续, 下面, 然后, 接下来) and a verb of speaking (说, 讲, 谈, 汇报, 补充), or the verb and 一下, after an optional
 * 我/我们, and itself opens a clause. "再说第二天…" and "讲第一个问题" hold no marker: the marker grammar
 * (markers.ts) still wants its separator or 是 after the ordinal.
 * Offsets are UTF-16 code units into the normalized view, 0-based.
 */

/** The lead-in ending right before a marker (tested on the few characters before it), opening a clause itself. */
const LEAD_IN = /(?:^|(?<=[,:;。!?\s“「『]))(?:我们?|那我|下面我)?(?:(?:接着|再|继续|下面|然后|接下来)(?:来)?(?:说|讲|谈|汇报|补充)(?:一下)?|(?:说|讲|谈|汇报|补充)一下)[ \t]*$/u;
/** What a clause, hence the lead-in, may open after. */
const CLAUSE_MARK = /[,:;。!?\s“「『]/u;
/** The longest lead-in and the character before it. */
const REACH = 12;

/** True when a resumption lead-in ("我接着说", "再说") ends right at `i` (a marker's start) and opens a clause at or after `from`. */
export function afterResumeLeadIn(view: string, i: number, from: number): boolean {
  return resumeLeadInStart(view, i, from) >= 0;
}

/**
 * Where the resumption lead-in ending right at `i` starts, or -1: an item before the marker ends before it
 * ("第二,完善机制。下面说第三,…": the second item is 完善机制, the words 下面说 are nobody's item).
 */
export function resumeLeadInStart(view: string, i: number, from: number): number {
  if (i - 1 < from) return -1;
  const c = view[i - 1];
  // (Most candidates: the character before is no verb, 一下 or space.)
  if (c !== '说' && c !== '讲' && c !== '谈' && c !== '报' && c !== '充' && c !== '下' && c !== ' ' && c !== '\t') return -1;
  const start = Math.max(from, i - REACH);
  const m = LEAD_IN.exec(view.slice(start, i));
  if (m === null) return -1;
  // The phrase opens a clause: a clause mark before it (in the slice, or right before it), or the range's start.
  const at = start + m.index;
  return at === from || CLAUSE_MARK.test(view[at - 1]) ? at : -1;
}
