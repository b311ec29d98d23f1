/**
 * A promise quoted back: figures inside quotation marks opened right after a verb of promising of an earlier time
 * ("市住房城乡建设局承诺“年底前实现抽查全覆盖”“每个改造小区至少聘请3名居民监督员”，这些承诺兑现了没有?") say what was
 * promised then, no figure of this session; they give no quantity.
 *
 * Example: 承诺“…3名…” → 3名 is quoted; 去年询问时你们提出“新建12处” → quoted; 我们将新建12处 → not; 局长表示:“我们将新建
 * 12处。” → the speech itself (a colon, a sentence inside), not quoted back. Offsets are UTF-16 code units into the
 * normalized view, end-exclusive.
 */

/**
 * Before the opening quotation mark: 承诺 (a promise is always an earlier word), 曾说/曾表示/曾提出/说过, or 提出/表示/表态/明确
 * after a time of the past in the sentence (去年, 上次, 当时, 此前, 2023年).
 */
const PROMISED = /(?:承诺(?:的|过|了)?|曾经?(?:说|表示|提出|表态|承诺)(?:过|的)?|说过|(?:去年|前年|上年|上次|上回|当时|此前|(?<!\d)20\d\d年)[^。;!?:\n“”]{0,24}?(?:提出|表示|表态|明确)(?:过|的|了)?)$/u;

/** Where a quotation may not reach: a sentence's end, a colon (quoted speech), a line break. */
const NOT_IN_QUOTE = /[。;!?:\n]/u;

/** The figure at `span` stands inside a quotation of an earlier promise (chained quotes “…”“…” or “…”、“…” included). */
export function inQuotedPromise(view: string, span: [number, number]): boolean {
  let open = view.lastIndexOf('“', span[0] - 1);
  if (open < 0 || span[0] - open > 60) return false;
  const close = view.indexOf('”', span[1]);
  if (close < 0 || NOT_IN_QUOTE.test(view.slice(open + 1, close)) || view.lastIndexOf('”', span[0] - 1) > open) return false;
  // “年底前实现抽查全覆盖”“每个…3名…”: a chain of quotes after one verb; the verb stands before the first.
  for (let k = 0; k < 4; k++) {
    if (PROMISED.test(view.slice(Math.max(0, open - 30), open))) return true;
    const prev = /”、?$/u.exec(view.slice(Math.max(0, open - 2), open));
    if (!prev) return false;
    const before = view.lastIndexOf('“', open - prev[0].length - 1);
    if (before < 0 || open - before > 60 || NOT_IN_QUOTE.test(view.slice(before, open))) return false;
    open = before;
  }
  return false;
}
