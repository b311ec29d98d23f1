/**
 * 第N条 / 第N项 / 第N招 / 第N件: an item of a list, or an article cited from a document.
 *
 * Example: "抓三条。第一条,提高待遇;第二条,改善条件" holds the markers 第一条 and 第二条, a run of the
 * same classifier; "其中,第二条:" and "按照第三条," cite an article alone and hold none, and
 * "《条例》 第三条," cites an article after a document's name. The 第 family's other forms (第一,
 * 第一点, 第一步) are markers on their own (markers.ts).
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/**
 * Classifiers of an ordinal that also numbers the articles and clauses of a document (第一条, 第二项)
 * or is spoken (第一招, 第一件): a marker only in a run of the same classifier (see `sameClassifierRuns`).
 */
export const CLASSIFIERS = '条|项|招|件';
/** A 第N marker's text that ends in one of CLASSIFIERS (第一条, 第二项是). */
export const CLASSIFIER_AT_END = /[条项招件](?:是|呢)?$/;

/** A document's name, then only spaces, before `i`: "《实施意见》 第三条," cites an article. */
export function afterDocumentName(view: string, i: number, from: number): boolean {
  let k = i;
  while (k > from && (view[k - 1] === ' ' || view[k - 1] === '\t')) k--;
  return view[k - 1] === '》' || view[k - 1] === '〉';
}

/**
 * The 第N条 / 第N项 / 第N招 / 第N件 markers that stand in a run of their classifier: 第一条 followed
 * by a 第二条, or 第二条 after a 第一条 … An article cited alone ("其中,第二条:", "按照第三条,") is no
 * item of a list, and "第一条,…;第二,…" mixes a citation with a list.
 */
export function sameClassifierRuns(di: Marker[]): Marker[] {
  const classified = (m: Marker) => CLASSIFIER_AT_END.test(m.text) ? m.text.replace(/(?:是|呢)$/, '').slice(-1) : null;
  const at = new Map<string, number[]>(); // classifier + ordinal → starts
  for (const m of di) {
    const c = classified(m);
    if (c) at.set(c + m.ordinal, [...(at.get(c + m.ordinal) ?? []), m.span[0]]);
  }
  if (at.size === 0) return di;
  return di.filter((m) => {
    const c = classified(m);
    if (!c) return true;
    return (at.get(c + (m.ordinal + 1)) ?? []).some((p) => p > m.span[0]) || (at.get(c + (m.ordinal - 1)) ?? []).some((p) => p < m.span[0]);
  });
}
