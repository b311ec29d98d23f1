/**
 * Hard wraps inside a word of the session line, joined before its fields are read.
 *
 * Example: a gazette copy breaks "（2025年9月24日省十四届人大常委会第十八次会议联⏎组会议）" inside 联组会议 (or
 * "第十八⏎次会议"): the body, the meeting and the format are read on the region with that break removed, their
 * spans mapped back to the view (so a span may hold the break), and their values written without it.
 * A break is one line break, with any blanks around it, between two ideographs or digits; a blank line
 * (a paragraph break) is never a wrap. Offsets are UTF-16 code units into the view, [start, end).
 */
import type { Span } from '../model/span.js';

/** A region of the view with its wraps removed: `at[i]` is the view offset of `joined[i]`. */
export interface JoinedRegion {
  joined: string;
  at: number[] | null;
  start: number;
}

/** One hard wrap between two characters of a word: blanks, one line break, blanks. */
const WRAP = /(?<=[\p{sc=Han}0-9])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\p{sc=Han}0-9])/gu;

/** `[start, end)` of `view` with its wraps removed; `at` null when there is none (the region as it is). */
export function joinWraps(view: string, [start, end]: Span): JoinedRegion {
  const slice = view.slice(start, end);
  if (slice.indexOf('\n') < 0) return { joined: slice, at: null, start };
  let joined = '';
  const at: number[] = [];
  let from = 0;
  for (const m of slice.matchAll(WRAP)) {
    for (let i = from; i < m.index; i++) at.push(start + i);
    joined += slice.slice(from, m.index);
    from = m.index + m[0].length;
  }
  if (from === 0) return { joined: slice, at: null, start };
  for (let i = from; i < slice.length; i++) at.push(start + i);
  joined += slice.slice(from);
  return { joined, at, start };
}

/** The view span of `[s, e)` of `region.joined` (non-empty): from its first character to past its last. */
export function viewSpan(region: JoinedRegion, s: number, e: number): Span {
  if (!region.at) return [region.start + s, region.start + e];
  return [region.at[s], region.at[e - 1] + 1];
}

/** A field's value as written, with the wraps inside it removed ("联⏎组会议" → 联组会议). */
export function unwrapped(value: string): string {
  return value.indexOf('\n') < 0 ? value : value.replace(WRAP, '');
}
