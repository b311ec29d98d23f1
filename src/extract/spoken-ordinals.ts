/**
 * Spoken ordinals: the list markers of verbatim speech that are no 一是 or 第一.
 *
 * Example: "我们一抓待遇落实,…;二抓周转房建设,…;三抓绩效考核" is a list marked 一抓 二抓 三抓 (an
 * ordinal and one action verb, said again with the next numeral), as "一靠上级转移支付;二靠县级财政安排"
 * and "一强化…二强化…" are, and the classical "一则建立台账;二则逐项督办" (则, no verb, bound the same way:
 * "一则消息" alone counts a piece of news); "一手抓" is none of them (手 is no verb: its halves pair up, hand-pairs.ts),
 * and "一把尺子", "一周一教研" and a lone "一查到底" are no markers,
 * and "一查二改三评" (each numeral its own verb) names a method, no list. "一个是加强设施建设,第二个是
 * 强化人才支撑,第三个是…": the colloquial 一个是 opens the run of 第二个是, as 第一个是 would.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/**
 * Action verbs that follow an ordinal numeral to mark an item ("一抓…二抓…"); two-character verbs
 * first, so 强化 is read before 强. 是 and 要 are the common forms, read with 一是 (markers.ts).
 */
export const ORDINAL_VERBS = '强化|加强|推进|完善|健全|优化|提升|深化|狠抓|抓好|突出|聚焦|注重|坚持|加快|严格|规范|落实|抓|靠|看|查|改|评|防|控|建|管|促|保|推|强|稳|用|比|学|访';

/** The verb of a verb-marked ordinal ("二抓" → "抓"), or null for 一是 / 一要 and every other marker. */
function verbOf(m: Marker): string | null {
  if (m.family !== 'shi') return null;
  const verb = m.text.replace(/^[一二三四五六七八九十]+/, '');
  // (一来 and 一来是 are one marker, lai-ordinals.ts: a run mixes them.)
  return verb === '是' || verb === '要' ? null : verb === '来是' ? '来' : verb;
}

/**
 * The 一是 family's markers without the verb-marked ordinals that stand in no run of their verb:
 * 一抓 is kept when a 二抓 follows it, 二抓 when a 一抓 stands before it (as with 第一条, classifier-runs.ts).
 */
export function sameVerbRuns(shi: Marker[]): Marker[] {
  if (!shi.some((m) => verbOf(m) !== null)) return shi;
  return shi.filter((m, i) => {
    const verb = verbOf(m);
    if (verb === null) return true;
    const next = shi.slice(i + 1).some((o) => o.ordinal === m.ordinal + 1 && verbOf(o) === verb);
    const prev = shi.slice(0, i).some((o) => o.ordinal === m.ordinal - 1 && verbOf(o) === verb);
    return next || prev;
  });
}

/** The classifier of a colloquial first "一个是" / "一件是" / "一点呢" (null for 一方面 and the others). */
function pairClassifier(m: Marker): string | null {
  const c = /^一([个件点条])/.exec(m.text);
  return m.family === 'pair' && m.ordinal === 1 && c ? c[1] : null;
}

/**
 * "一个是…;第二个是…;第三个是…": a colloquial first (一个是, ordinal 1 of the pair family) followed by a
 * 第二 of the same classifier, with no pair marker between them, opens the 第 run: it moves to `di`.
 * Both lists stay in reading order.
 */
export function colloquialFirsts(pair: Marker[], di: Marker[]): { pair: Marker[]; di: Marker[] } {
  const moved = pair.filter((m, i) => {
    const c = pairClassifier(m);
    if (c === null) return false;
    const second = di.find((d) => d.span[0] > m.span[0] && d.ordinal === 2 && d.text.startsWith(`第二${c}`));
    return !!second && !pair.slice(i + 1).some((p) => p.span[0] < second.span[0]);
  });
  if (moved.length === 0) return { pair, di };
  return {
    pair: pair.filter((m) => !moved.includes(m)),
    di: [...di, ...moved.map((m) => ({ ...m, family: 'di' as const }))].sort((a, b) => a.span[0] - b.span[0]),
  };
}
