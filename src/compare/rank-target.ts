/**
 * A place in a league promised: 进入全省前三名, 跻身全国前十, 保持全市第一 — a target that is a rank, no amount. Two wordings of a
 * follow-up that promise one place in one league are one promise, however the rest is worded.
 *
 * Example: A "逐条梳理询问中提出的问题，…，力争明年全市营商环境评价进入全省前三名", B "对标先进，力争今年进入全省前三名": both
 * promise 全省 前3 — the promise made again. Not "进入全国前三名" against "进入全省前三名" (two leagues), nor 前三名 against 前五名
 * (another target), nor a rank reported (我市排名第五, 未进入前三: where it stands, no promise). The rank is the parser's (a
 * quantity with rank, 前 its qualifier for a top N); the league is the scope right before the verb or the rank (全省, 全国, 全市).
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { MeasureRef } from './types.js';
import { quantitiesIn } from './done.js';

/** A league before the rank, after a verb of reaching it: 进入全省, 跻身全国, 位居全市, 保持全省 (group 1). */
const LEAGUE = /(?:进入|跻身|迈入|位居|位列|保持|稳居|挺进|进|居)(全国|全[省市州县区]|本[省市]|同类城市)(?:的)?$/u;
/** A negation before the verb: the rank not reached (未进入前三, 没有进入), a report. */
const NOT_REACHED = /(?:未|没有|没能|未能)(?:能)?(?:进入|跻身|迈入|进)/u;

/** The ranks a measure promises, as "league 前N" keys (全省前3). */
function rankTargets(record: InquiryRecord, m: MeasureRef): Set<string> {
  const out = new Set<string>();
  for (const q of quantitiesIn(record, m.span)) {
    if (!isTopN(q)) continue;
    const before = m.text.slice(0, q.span[0] - m.span[0]);
    const clause = before.slice(Math.max(before.search(/[^，,；;。]*$/u), 0));
    const league = LEAGUE.exec(before);
    if (!league || NOT_REACHED.test(clause)) continue;
    out.add(`${league[1]}前${q.value}`);
  }
  return out;
}

/** A top N: a rank the parser read with 前 (前三名, 前十). */
function isTopN(q: Quantity): boolean {
  return !!q.rank && q.qualifier === '前' && q.value !== null;
}

/** The two wordings promise one place in one league (全省前三名 / 全省前三名). */
export function sharedRank(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef): boolean {
  const ra = rankTargets(a, ma);
  if (ra.size === 0) return false;
  for (const key of rankTargets(b, mb)) if (ra.has(key)) return true;
  return false;
}
