/**
 * A system named by its office-holders: a report quoting a term X ("全市1280名“所长”已全部到位") speaks of the system
 * a promise names X制, X机制 or X模式 ("年底前全面推行“所长制”") — the holders in post are that system in place.
 *
 * The quoted term must be the thing the report names (before its status word: objectOf), two characters or more
 * ("“所长”"; one character quoted is a word cited, no office), and the promise must write it with the suffix: the term
 * alone in A ("配齐所长") or another suffix ("所长培训") is no system, and another holder ("河长制") none of this one.
 */
import { objectOf } from './object.js';

/** A term in quotes, two to eight characters: “所长”, "田长", 「林长」. */
const QUOTED = /[“"「‘]([^“”"「」‘’\s]{2,8})[”"」’]/gu;
/** What makes a holder's name a system's: 所长 → 所长制, 网格员 → 网格员机制, 店小二 → 店小二模式. */
const SYSTEM = ['制', '机制', '模式'];
const QUOTES = /[“”"‘’「」]/gu;

/** The system of `promise` a quoted term of `report` names (所长制), or null. */
export function systemNamed(report: string, promise: string): string | null {
  const thing = objectOf(report);
  if (!thing) return null;
  const plain = promise.replace(QUOTES, '');
  for (const m of report.matchAll(QUOTED)) {
    const term = m[1];
    if (!thing.includes(term)) continue;
    for (const suffix of SYSTEM) if (plain.includes(term + suffix)) return term + suffix;
  }
  return null;
}
