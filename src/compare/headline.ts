/**
 * The headline of a measure: its first clause, which in an enumerated answer names the
 * promise, while the rest elaborates it.
 *
 * Example: "提升科学民主依法决策水平。强化依法决策意识,落实…" and "提升科学民主依法决策水平,
 * 严格落实重大行政决策程序" both have the headline "提升科学民主依法决策水平"; "以“六个聚焦”
 * 推动“双提升”:聚焦本质安全,…" has "以“六个聚焦”推动“双提升”". The clause ends at the first
 * 。；：！？ or comma, full-width or ASCII (not at 、, which joins items inside one clause). The headline is always
 * a prefix of the text, so its span starts where the measure's does.
 */

/** The end of the first clause, in both widths (，；as transcripts write them, ,; as some exports do). */
const CLAUSE_END = /[。;；!！?？:：,，]/u;
/** Sentence-final marks left at the end of a measure. */
const FINAL = /[。.;；]$/u;

export function headline(text: string): string {
  const m = CLAUSE_END.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/** A headline for display: the headline, and "…" when the measure goes on. */
export function shortText(text: string): string {
  const h = headline(text);
  return h.length < text.trim().replace(FINAL, '').length ? `${h}…` : h;
}
