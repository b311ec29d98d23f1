/**
 * A list resumed past its first item: the responder, interrupted by a follow-up question, goes on with the next
 * marker of the list left open ("一是…;二是强化人才支撑。" — "人才支撑具体怎么做?" — "主要是落实入职补贴,…。
 * 三是完善保障制度,年底前出台办法。"). No run opens at 1 there, so the list reader finds none; the markers that
 * go on in order from one past 1 (三是, or 三是 四是) are one list of their own — the measures are recorded, never
 * dropped. A marker counts only when it opens a clause, is of a numbered family (一是, 第一, (一), 其一) and has no
 * earlier marker of its family and a lower number in the stretch (一是…三是 with 二是 missing is no resumed list).
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { findMarkers, type Marker, type MarkerFamily } from './markers.js';
import { resumedList, type BlockNode } from './enumeration.js';

/** Families whose markers carry their number, so that a later one is known to resume a list. */
const NUMBERED: ReadonlySet<MarkerFamily> = new Set(['shi', 'di', 'qi', 'paren', 'circled', 'paren-arabic']);

/** Bullets read as markers wherever they stand (③, ⑶, (3)): after a clause mark or at a line's start only ("见附图③所示" is none). */
const BULLETS: ReadonlySet<MarkerFamily> = new Set(['circled', 'paren-arabic']);

/** True unless `m` is a bullet standing inside a clause: a resumed bullet opens its line or follows a clause mark. */
function atClauseStart(view: string, m: Marker): boolean {
  if (!BULLETS.has(m.family)) return true;
  let i = m.span[0];
  while (i > 0 && /[ \t\u3000]/u.test(view[i - 1])) i--;
  return i === 0 || /[\n。!?;:,]/u.test(view[i - 1]);
}

/** The lists of the stretch `span` that open past their first item, outside the stretch's lists `taken`. */
export function resumedLists(view: string, quoted: Uint8Array, span: Span, taken: readonly BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  const lowest = new Map<MarkerFamily, number>(); // the lowest number of each family read so far
  const lists = [...taken].sort((a, b) => a.start - b.start);
  let after = span[0]; // where the stretch goes on past the lists taken and resumed
  // Only the gaps between the lists taken are scanned: a list taken opens at its lowest number.
  for (let t = 0; t <= lists.length && after < span[1]; t++) {
    const gapEnd = t < lists.length ? Math.min(span[1], lists[t].start) : span[1];
    if (gapEnd > after) {
      const markers = findMarkers(view, after, gapEnd, quoted).filter((m) => NUMBERED.has(m.family));
      for (let k = 0; k < markers.length; k++) {
        const m = markers[k];
        const low = lowest.get(m.family) ?? Infinity;
        if (m.ordinal < low) lowest.set(m.family, m.ordinal);
        if (m.ordinal < 2 || !m.opensClause || !atClauseStart(view, m) || low < m.ordinal || m.span[0] < after) continue;
        const run: Marker[] = [m];
        for (let j = k + 1; j < markers.length; j++) {
          const x = markers[j];
          if (x.family !== m.family) continue;
          if (x.ordinal !== run[run.length - 1].ordinal + 1 || !x.opensClause) break;
          run.push(x);
        }
        const block = resumedList(view, quoted, run, span[1]);
        if (block.items.every((it) => it.end > it.start)) { out.push(block); after = block.end; }
      }
    }
    if (t < lists.length) {
      const first = lists[t].items[0]?.marker;
      if (first && NUMBERED.has(first.family)) lowest.set(first.family, Math.min(lowest.get(first.family) ?? Infinity, first.ordinal));
      after = Math.max(after, lists[t].end);
    }
  }
  return out;
}
