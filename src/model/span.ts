/**
 * Spans: where an item was read from.
 *
 * A span is `[start, end]`, 0-based, end-exclusive, in UTF-16 code units of the
 * decoded source text (JavaScript string indexes, BOM already stripped), so
 * `text.slice(start, end)` gives back exactly the characters an item came from.
 * Example: in "问题一:“一府两院”将…", the label 问题一 has span [0, 3].
 */
export type Span = [start: number, end: number];

/** Something read from the text: the exact slice and where it stands. */
export interface Located {
  /** Exactly `source.text.slice(span[0], span[1])`. */
  text: string;
  span: Span;
}

/** Build a `Located` from the source and a half-open range (UTF-16 offsets). */
export function located(source: string, start: number, end: number): Located {
  return { text: source.slice(start, end), span: [start, end] };
}

/** Shrink `[start, end)` so it starts and ends on a non-space character (may become empty). */
export function trimSpan(source: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(source[start])) start++;
  while (end > start && /\s/u.test(source[end - 1])) end--;
  return [start, end];
}

/** True when `inner` lies within `outer` (both half-open). */
export function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}
