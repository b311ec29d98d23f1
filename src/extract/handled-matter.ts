/**
 * What an office takes in and handles, counted: "12345热线共受理供暖投诉3260件" — the object of 受理 is what is counted
 * (供暖投诉), though taggers read the nominalised verbs of it as verbs (供暖/v 投诉/v), which a walk back from the figure
 * drops as a predicate's. After a verb of receiving or handling matters the words up to the figure are its object.
 * Not after other predicate verbs: "完成整治1021个" names the work done, no thing (the verb run is no object there).
 */
import type { Token } from '../segment/segmenter.js';
import { CHANGE, LINKING, PREDICATE_VERBS } from './indicator-words.js';

/** Verbs of taking in and handling matters (complaints, petitions, requests): their object is a matter, counted in 件/起/条. */
export const HANDLING = new Set(['受理', '办理', '接到', '收到', '接收', '接听', '转办', '交办']);

/**
 * `kept` (the words between a verb of handling and the figure) is its object read as verbs: glued Han words, each tagged a
 * verb (投诉/v, 供暖/v|投诉/v, 信访/v|举报/v), at most three; none a verb of the predicate, linking or change (抵押登记|实现|
 * 1小时办结: 实现 is the predicate, no matter handled).
 */
export function handledMatter(kept: Token[]): boolean {
  if (!kept.length || kept.length > 3) return false;
  for (let j = 0; j < kept.length; j++) {
    const t = kept[j];
    if (!t.tag || t.tag[0] !== 'v' || !/^\p{sc=Han}{2,4}$/u.test(t.text) || (j > 0 && kept[j - 1].span[1] !== t.span[0])) return false;
    if (PREDICATE_VERBS.has(t.text) || LINKING.has(t.text) || CHANGE.has(t.text)) return false;
  }
  return true;
}
