/**
 * List markers broken by a hard line wrap (a PDF or gazette copy whose short paragraph the document-wide
 * wrap finder, source/reflow.ts, could not tell from a paragraph break): "…新建幸福院46个；二⏎是强化人才支撑；…",
 * "（二⏎）强化…", "一⏎是加强…", "第二方⏎面是抓质量" read as the markers 二是, （二）, 一是, 第二方面是.
 *
 * A single line break between two characters that a marker spans once the break is taken out is layout,
 * not a boundary: for reading lists the break is moved before the marker, as a space (offsets kept; the
 * marker then stands whole one place further on). Breaks anywhere else stay as they are: a line per item
 * ("加强设施建设⏎二是强化…") keeps its line breaks. The marker as written is its text from the moved space
 * on, line break taken out. Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import { keycapTail } from '../source/keycaps.js';
import type { Span } from '../model/span.js';
import { findMarkers } from './markers.js';
import { isHeader } from './header-markers.js';

/** How far before the break a broken marker may start ("第二个方⏎面是": 4 characters), and after it end. */
const BEFORE = 8;
const AFTER = 4;
/** White space or a line break: no wrap joins these. */
const SPACE = /\s/u;
/** What stands right before a break inside a marker (一⏎是, 第⏎二, (⏎二), 第二方⏎面), and right after one (二⏎是, (二⏎), 第⏎二, 方⏎面). */
const MARKER_BEFORE = /[一二三四五六七八九十第其(方个]/u;
const MARKER_AFTER = /[一二三四五六七八九十是要)面方个]/u;

export interface MovedWraps {
  /** The view with each break inside a marker moved before the marker, as a space. */
  view: string;
  /** Where a break was moved to (the marker starts right after it). */
  moved: Set<number>;
}

/** The view with the line breaks inside list markers of the spans `ranges` moved out of them (see above). */
export function moveMarkerWraps(view: string, ranges: readonly Span[]): MovedWraps {
  const moved = new Set<number>();
  let out: string | null = null;
  for (const [from, to] of ranges) {
    for (let p = view.indexOf('\n', from); p >= 0 && p < to; p = view.indexOf('\n', p + 1)) {
      if (p - 1 < from || p + 1 >= to || SPACE.test(view[p - 1]) || SPACE.test(view[p + 1])) continue;
      if (!MARKER_BEFORE.test(view[p - 1]) && !MARKER_AFTER.test(view[p + 1])) continue; // (most breaks: no marker near)
      const left = Math.max(from, p - BEFORE);
      const local = view.slice(left, p) + view.slice(p + 1, Math.min(to, p + 1 + AFTER));
      const join = p - left;
      const crossing = findMarkers(local, 0, local.length, new Uint8Array(local.length))
        .find((m) => !isHeader(m.family) && m.span[0] < join && m.span[1] > join);
      if (!crossing) continue;
      const g = left + crossing.span[0];
      const cur: string = out ?? view;
      out = cur.slice(0, g) + ' ' + cur.slice(g, p) + cur.slice(p + 1);
      moved.add(g);
    }
  }
  return { view: out ?? view, moved };
}

/**
 * The marker at `span` of the view as written in `text`: from the moved space, when it was moved, without the line break;
 * a keycap whole ("1️⃣", which the view reads as "①" and spaces: keycaps.ts).
 */
export function writtenMarker(text: string, span: Span, moved: ReadonlySet<number>): string {
  if (!moved.has(span[0] - 1)) return text.slice(span[0], span[1] + keycapTail(text, span[1]));
  return text.slice(span[0] - 1, span[1]).replace(/\r?\n/u, '');
}
