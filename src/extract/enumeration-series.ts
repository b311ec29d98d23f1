/**
 * 、-series announced by "等N个方面": the parts are listed in one clause and counted right after.
 *
 * Example: "重点从加强队伍建设、完善工作机制、强化科技支撑等三个方面推进" gives a list of three
 * items (加强队伍建设 / 完善工作机制 / 强化科技支撑) with statedCount 3 read from "等三个方面".
 * The lead words of the clause (从, 围绕, 重点抓好 …) are not part of the first item. The series
 * counts only when the number of parts equals N: "等" can also mean "and others".
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import type { BlockNode, ItemNode } from './enumeration.js';
import { parseNumeral } from './numerals.js';

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
  return out;
}

function parts(view: string, quoted: Uint8Array, start: number, end: number): ItemNode[] {
  while (start < end && /\s/.test(view[start])) start++;
  start += (LEAD.exec(view.slice(start, end))?.[0].length ?? 0);
  const items: ItemNode[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (!quoted[i] && view[i] === '、')) {
      if (i - s < 2) return []; // a one-character part is a word list (市、县), not measures
      items.push({ marker: null, start: s, end: i, items: [] });
      s = i + 1;
    }
  }
  return items;
}
