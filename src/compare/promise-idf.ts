/**
 * The weight of a term when two promises are compared: how rare it is in Chinese at large
 * (jieba's IDF table), discounted by how common it is among the measures of one session.
 *
 * Example: "今年底前完成城关镇老旧管网改造" and "年内完成县医院门诊楼改造" share 完成 and 改造,
 * which jieba's table rates 5.0 and 6.6, while 管网, 城关 and 老旧 are worth 9.4 to 9.8: two
 * promises that share only a generic verb and object stay apart, and two that share their
 * places and their object meet. An IDF counted over the two sessions' measures alone could not
 * say this: a term both sessions use is in two documents by construction, so every shared
 * term would weigh less than every changed one. What the sessions do say is which terms run
 * through one session (供水 in a session on rural water supply): the smoothed IDF
 * ln((1 + n) / (1 + df)) + 1 on the side where the term is in the larger share of measures
 * multiplies the background weight. Without a background table (a test segmenter) the
 * session factor alone is used.
 */
import type { IdfTable } from '../segment/keywords.js';
import { documentFrequencies } from './tfidf.js';

/**
 * A word's background IDF. A word the table lacks is either a compound of words it has — the
 * user dictionary's 专项整治, 矛盾纠纷 — and then at least as rare as its rarer part (专项 7.6,
 * 整治 7.6 → 7.6, not the table's average 11.7, which would make every 专项整治 a near
 * certain repeat), or a name (桐山, 综治) and then rare: the table's average.
 */
export function backgroundWeight(table: IdfTable): (term: string) => number {
  // Sessions of one genre repeat their words: each is looked up once per process and table.
  let cache = caches.get(table);
  if (!cache) caches.set(table, (cache = new Map()));
  const known = cache;
  return (term) => {
    let w = known.get(term);
    if (w === undefined) {
      w = lookUp(table, term);
      if (known.size >= MAX_CACHED) known.clear();
      known.set(term, w);
    }
    return w;
  };
}

const caches = new WeakMap<IdfTable, Map<string, number>>();
const MAX_CACHED = 100_000;

function lookUp(table: IdfTable, term: string): number {
  const known = table.idf(term);
  if (known !== undefined) return known;
  let best: number | undefined;
  for (let k = 2; k <= term.length - 2; k++) {
    const left = table.idf(term.slice(0, k));
    const right = table.idf(term.slice(k));
    if (left !== undefined && right !== undefined) best = Math.max(best ?? 0, left, right);
  }
  return best ?? table.average;
}

/** The fewest measures a session needs for its shares to tell a common term from a rare one. */
const MIN_TOLD = 2;

export function promiseIdf(
  docsA: readonly (readonly string[])[],
  docsB: readonly (readonly string[])[],
  background?: (term: string) => number,
): (term: string) => number {
  const dfA = documentFrequencies(docsA);
  const dfB = documentFrequencies(docsB);
  const nA = docsA.length;
  const nB = docsB.length;
  const cache = new Map<string, number>();
  return (term) => {
    let w = cache.get(term);
    if (w === undefined) {
      const a = dfA.get(term) ?? 0;
      const b = dfB.get(term) ?? 0;
      // The side where the term is in the larger share of measures (cross-multiplied: no
      // rounding); on a tie the smaller factor, so that swapping A and B changes nothing. A side
      // of a single measure says nothing of what runs through it — each of its terms is in all of
      // its measures, factor 1 — so the other side's factor stands: else the words one closing
      // pledge shares with a promise of the other session (停车难, 老城区, 缓解) would weigh less
      // than the one it lacks (两年), and a clause pair this close would fall apart.
      const fa = Math.log((1 + nA) / (1 + a)) + 1;
      const fb = Math.log((1 + nB) / (1 + b)) + 1;
      const factor = nA >= MIN_TOLD && nB < MIN_TOLD ? fa : nB >= MIN_TOLD && nA < MIN_TOLD ? fb
        : a * nB > b * nA ? fa : b * nA > a * nB ? fb : Math.min(fa, fb);
      w = factor * (background ? background(term) : 1);
      cache.set(term, w);
    }
    return w;
  };
}
