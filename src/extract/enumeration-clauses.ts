/**
 * Unmarked inner lists: an item that announces a set with a colon and lists it as ;-separated
 * clauses opening with the same lead word.
 *
 * Example: "以“六个聚焦”推动“双提升”:聚焦本质安全,推进…;聚焦法治建设,落实…;…;聚焦督导考评,按月调度"
 * gives six inner items, each the whole clause ("聚焦本质安全,推进…"). Every clause of the sentence
 * after the colon must share the lead; the sentences after it join while they open with it too
 * ("…:聚焦安全,…。聚焦法治,…。同时,…" gives two). Clauses that do not share a lead
 * ("“公正与效率”落实不足…;政绩观、宗旨观偏差…") are no list.
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { ItemNode } from './enumeration.js';

/** Where clauses stop, by code unit (the walks test every character of an item): ; ends a clause, 。!? and a line break a sentence. */
const CLAUSE = 1;
const SENTENCE = 2;
const STOP = new Uint8Array(0x10000);
STOP[0x3b] = CLAUSE;
for (const c of '。!?\n') STOP[c.charCodeAt(0)] = SENTENCE;

/** Shortest shared opening, in characters, for clauses to count as parallel. */
const LEAD = 2;
/** A colon or a sentence end (STOP[c] === SENTENCE): where the walk for the announcing colon stops. */
const COLON_OR_END = /[:。!?\n]/g;

export function clauseList(view: string, quoted: Uint8Array, start: number, end: number): ItemNode[] {
  let colon = -1;
  COLON_OR_END.lastIndex = start;
  while (COLON_OR_END.test(view)) { // the candidates only, found natively (test + lastIndex)
    const i = COLON_OR_END.lastIndex - 1;
    if (i >= end) break;
    if (quoted[i]) continue;
    if (view[i] === ':') { colon = i; break; }
    return []; // a sentence end: the colon must announce the set in the item's first sentence
  }
  if (colon < 0) return [];
  // Clauses after the colon, cut at ; and at sentence ends; `firstSentence` counts those before the first 。.
  const clauses: [number, number][] = [];
  let firstSentence = 0;
  let from = colon + 1;
  for (let i = from; i <= end; i++) {
    const stop = i === end || (!quoted[i] && STOP[view.charCodeAt(i)] > 0);
    if (!stop) continue;
    const s = skip(view, from, i);
    const e = back(view, s, i);
    if (e > s) clauses.push([s, e]);
    if (!firstSentence && (i === end || view[i] !== ';')) firstSentence = clauses.length;
    from = i + 1;
  }
  const lead = clauses.length ? view.slice(clauses[0][0], clauses[0][0] + LEAD) : '';
  if (lead.length < LEAD || !/^[\u4e00-\u9fff]+$/.test(lead)) return [];
  const opens = ([s]: [number, number]) => view.startsWith(lead, s);
  // Every clause of the announcing sentence shares the lead; later sentences join while they do too.
  if (!clauses.slice(0, firstSentence).every(opens)) return [];
  let n = firstSentence;
  while (n < clauses.length && opens(clauses[n])) n++;
  if (n < 2) return [];
  return clauses.slice(0, n).map(([s, e]) => ({ marker: null, start: s, end: e, items: [] }));
}

function skip(view: string, s: number, e: number): number {
  while (s < e && /\s/.test(view[s])) s++;
  return s;
}

function back(view: string, s: number, e: number): number {
  while (e > s && /[\s,;。]/.test(view[e - 1])) e--;
  return e;
}
