/**
 * 第N条 / 第N项 / 第N招 / 第N件: an item of a list, or an article cited from a document.
 *
 * Example: "抓三条。第一条,提高待遇;第二条,改善条件" holds the markers 第一条 and 第二条, a run of the
 * same classifier; "其中,第二条:" and "按照第三条," cite an article alone and hold none, and
 * "《条例》 第三条," cites an article after a document's name. The 第 family's other forms (第一,
 * 第一点, 第一步) are markers on their own (markers.ts); a 第一步 straight before its words, only in a run of steps.
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

/** A separator right after a marker ("第一步,"), past spaces. */
const SEPARATOR_AFTER = /^[ \t]*[,、:]/;

/**
 * 第一步 straight before its words, with no separator ("这里面又分两步,第一步完成选址,第二步9月开工"): a marker
 * only in a run of steps (a 第二步 after it, or a 第一步 before), as 第一条 is; "第一步棋走对了" alone is none.
 * 第一步, and 第一步是 keep to their own rule (markers.ts).
 */
export function bareStepRuns(view: string, di: Marker[]): Marker[] {
  const bare = (m: Marker) => m.text.endsWith('步') && !SEPARATOR_AFTER.test(view.slice(m.span[1], m.span[1] + 4));
  if (!di.some(bare)) return di;
  const steps = di.filter((m) => m.text.endsWith('步'));
  return di.filter((m) => !bare(m) || steps.some((o) => (o.ordinal === m.ordinal + 1 && o.span[0] > m.span[0]) || (o.ordinal === m.ordinal - 1 && o.span[0] < m.span[0])));
}
