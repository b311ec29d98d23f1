/**
 * 、-series announced by "等N个方面": the parts are listed in one clause and counted right after.
 *
 * Example: "重点从加强队伍建设、完善工作机制、强化科技支撑等三个方面推进" gives a list of three
 * items (加强队伍建设 / 完善工作机制 / 强化科技支撑) with statedCount 3 read from "等三个方面".
 * The lead words of the clause (从, 围绕, 重点抓好 …) are not part of the first item. The series
 * counts only when the number of parts equals N: "等" can also mean "and others".
 * The count may come first too: "建立四项机制,即联席会议机制、动态巡查机制、考核问责机制和补偿激励
 * 机制" (N + 项/个/大/条/种/类/张 + a noun of measures, then 即 / 分别是 / 包括 / a colon, then the parts,
 * the last joined by 和/及/与) gives four items with statedCount 4 read from "四项机制". After a colon
 * the parts may be parallel clauses instead: "重点抓好三项工作:要推进管网改造;要加强水质检测;要落实维修资金。"
 * (or "三方面工作:加强…;推进…;落实…", or one short sentence each) gives three items, marker null,
 * when the clauses number exactly N and each opens in parallel form (a light verb, or one shared lead).
 * With any head, the parts of "三个全覆盖:水源地保护全覆盖、…" each repeat it: formulation-lists.ts reads them. A numbered
 * formulation spelled out after 即 ("“两个一批”,即帮扶车间吸纳一批、…", "三个不缺位,即…") or in one-clause parts
 * ("“两个确保”:确保资金安全,确保工程质量") is defined, not acted on: its parts are the formulation's (formulation-definitions.ts).
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import type { BlockNode, ItemNode } from './enumeration.js';
import { parseNumeral } from './numerals.js';
import { FOUND_NOUNS, MODIFIER, NOUN, NUM } from './announce.js';
import { findFormulationLists } from './formulation-lists.js';
import { partsStart } from './list-start.js';
import { measureVerbAt } from './measure-verbs.js';
import { scanRange } from './range-scan.js';

export interface Series {
  block: BlockNode;
  /** "等三个方面" */
  announcement: { count: number; span: Span; aspects: boolean };
}

const ANNOUNCED = /等(\d{1,2}|[两二三四五六七八九十]{1,3})(?:个)?方面/g;
/** Function words that open the clause before the first part (a preposition, a light verb). */
const LEAD = /^(?:(?:下一步|下步|今后|我们|主要|重点|着力|着重|将|要|需|持续|进一步)*)(?:从|围绕|抓好|做好|聚焦|突出|包括|通过)?/;
/** Characters after which a clause starts, by code unit (the walk back tests each character). */
const CLAUSE_START = new Uint8Array(0x10000);
for (const c of ',:;。!?\n') CLAUSE_START[c.charCodeAt(0)] = 1;

export function findSeries(view: string, from: number, to: number, quoted: Uint8Array): Series[] {
  const out: Series[] = [];
  ANNOUNCED.lastIndex = from;
  const slice = view.slice(0, to);
  for (let m = ANNOUNCED.exec(slice); m; m = ANNOUNCED.exec(slice)) {
    const n = parseNumeral(m[1]);
    if (n === null || n < 2 || quoted[m.index]) continue;
    let start = m.index;
    while (start > from && (quoted[start - 1] || !CLAUSE_START[view.charCodeAt(start - 1)])) start--;
    const items = parts(view, quoted, start, m.index);
    if (items.length !== n) continue;
    out.push({
      block: { family: 'series', start: items[0].start, end: items[items.length - 1].end, items, group: undefined },
      announcement: { count: n, span: [m.index, m.index + m[0].length], aspects: true },
    });
  }
  forwardSeries(view, from, to, quoted, out);
  // "三个全覆盖:水源地保护全覆盖、…": the parts of a formulation, each repeating its term (formulation-lists.ts).
  for (const list of findFormulationLists(view, from, to, quoted)) {
    if (!list.items.length) continue; // a quoted formulation whose parts are no 、-list of its term
    if (list.defines && list.formulation) continue; // "三个不缺位,即…": the formulation's parts (formulation-definitions.ts), no measures
    const first = list.items[0].start;
    const last = list.items[list.items.length - 1].end;
    if (out.some((s) => s.block.start < last && first < s.block.end)) continue;
    out.push({
      block: { family: 'series', start: first, end: last, items: list.items, group: undefined },
      announcement: { count: list.count, span: list.span, aspects: false },
    });
  }
  return out.sort((a, b) => a.block.start - b.block.start);
}

/** "四项机制,即" / "三大工程:" / "三方面工作:": a count of measures that the parts follow. */
const FORWARD = new RegExp(`${NUM}(?:项|个方面|方面|个|大|条|种|类|张|件)(?:的)?(?:${MODIFIER}{0,4}?)${NOUN}(?:,(?:即|也就是|分别是|包括|主要是|主要包括)|:)`, 'g');
/** Nouns of problems and causes: their parts are no measures ("四方面问题:落实不足;作风偏差"). */
const FOUND_NOUN = new RegExp(`(?:${FOUND_NOUNS})$`);
/** The joiner before the last part ("…、考核问责机制和补偿激励机制"). */
const LAST_JOINER = /^(.{2,}?)(?:以及|和|及|与)(.{2,})$/;
/** Where the parts end: the clause ends (a comma, a semicolon or a sentence end; the parts are joined by 、). */
const PARTS_END = /[,。;!?\n]/g;

/** Series announced before their parts: "建立四项机制,即A、B、C和D". */
function forwardSeries(view: string, from: number, to: number, quoted: Uint8Array, out: Series[]): void {
  // (FORWARD reads at most a character before a match and ~30 from its start: see range-scan.ts.)
  const scan = scanRange(FORWARD, view, from, to);
  for (let m = scan.next(); m; m = scan.next()) {
    const n = parseNumeral(m[1]);
    if (n === null || n < 2 || quoted[m.index]) continue;
    const start = partsStart(view, m.index + m[0].length); // "建立四项机制,即⏎联席会议机制、…": the parts on the next line
    PARTS_END.lastIndex = start;
    const stop = PARTS_END.exec(view);
    const end = Math.min(stop ? stop.index : view.length, to);
    const counted = m[0].replace(/[,:](?:即|也就是|分别是|包括|主要是|主要包括)?$/, '');
    let items = parts(view, quoted, start, end, true);
    // "三项工作:要推进…;要加强…;要落实…": after a colon the parts may be parallel clauses instead.
    if (items.length !== n && m[0].endsWith(':') && !FOUND_NOUN.test(counted)) items = parallelClauses(view, quoted, start, to);
    if (items.length !== n) continue;
    out.push({
      block: { family: 'series', start: items[0].start, end: items[items.length - 1].end, items, group: undefined },
      announcement: { count: n, span: [m.index, m.index + counted.length], aspects: false },
    });
  }
}

/** Modals that may open every clause of a list by themselves ("要…;要…;要…"). */
const MODAL = /^(?:要|将|需|应)/;
/** Where clauses stop: ; ends a clause, 。!? and a line break a sentence. */
const CLAUSE_STOP = /[;。!?\n]/g;

/**
 * Parallel clauses from `start` (after the announcing colon), before `to`: the ;-separated clauses of
 * the first sentence, or — when it has one clause only — the run of sentences that open in parallel
 * form. Every clause opens with a light verb (measure-verbs.ts), or all share their first two characters
 * or a modal ("要…;要…;要…"); otherwise no parts.
 */
function parallelClauses(view: string, quoted: Uint8Array, start: number, to: number): ItemNode[] {
  const clauses: { start: number; end: number; sentence: boolean }[] = [];
  let from = start;
  CLAUSE_STOP.lastIndex = start;
  for (let m = CLAUSE_STOP.exec(view); from < to; m = CLAUSE_STOP.exec(view)) {
    const stop = m && m.index < to ? m.index : to;
    if (m && m.index < to && quoted[m.index]) continue;
    let s = from;
    let e = stop;
    while (s < e && /\s/.test(view[s])) s++;
    while (e > s && /[\s,]/.test(view[e - 1])) e--;
    if (e - s >= 2) clauses.push({ start: s, end: e, sentence: stop === to || view[stop] !== ';' });
    else if (view[stop] === ';') return []; // an empty clause: no list
    from = stop + 1;
    if (stop === to || clauses.length > 20) break;
  }
  const first = clauses.findIndex((c) => c.sentence) + 1 || clauses.length;
  let list = clauses.slice(0, first);
  if (list.length === 1) { // one clause per sentence: the sentences that open in parallel form
    let n = 1;
    while (n < clauses.length && clauses[n].sentence && parallel(view, [clauses[0], clauses[n]])) n++;
    list = clauses.slice(0, n);
  }
  if (list.length < 2 || !parallel(view, list)) return [];
  return list.map((c) => ({ marker: null, start: c.start, end: c.end, items: [] }));
}

function parallel(view: string, clauses: { start: number; end: number }[]): boolean {
  const opening = (c: { start: number }) => view.slice(c.start, c.start + 8);
  // Clauses that all open with a light verb (measure-verbs.ts) are parallel even when the verbs differ.
  if (clauses.every((c) => measureVerbAt(view, c.start) > 0)) return true;
  const lead = view.slice(clauses[0].start, clauses[0].start + 2);
  if (/^[\u4e00-\u9fff]{2}$/.test(lead) && clauses.every((c) => view.startsWith(lead, c.start))) return true;
  const modal = MODAL.exec(opening(clauses[0]));
  return !!modal && clauses.every((c) => view.startsWith(modal[0], c.start));
}

/** The 、-separated parts of [start, end); `joined`: the last two may be joined by 和/及/与 instead. */
function parts(view: string, quoted: Uint8Array, start: number, end: number, joined = false): ItemNode[] {
  while (start < end && /\s/.test(view[start])) start++;
  if (!joined) start += (LEAD.exec(view.slice(start, end))?.[0].length ?? 0);
  const items: ItemNode[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (!quoted[i] && view[i] === '、')) {
      if (i - s < 2) return []; // a one-character part is a word list (市、县), not measures
      items.push({ marker: null, start: s, end: i, items: [] });
      s = i + 1;
    }
  }
  const last = items[items.length - 1];
  const pair = joined && items.length > 0 ? LAST_JOINER.exec(view.slice(last.start, last.end)) : null;
  if (pair) {
    items[items.length - 1] = { marker: null, start: last.start, end: last.start + pair[1].length, items: [] };
    items.push({ marker: null, start: last.end - pair[2].length, end: last.end, items: [] });
  }
  return items;
}
