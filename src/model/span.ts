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
