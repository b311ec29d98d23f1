/**
 * The matches of a global regexp that start in [from, to) of a text, looked for in that stretch only.
 *
 * Example: the slogans of one answer ("坚持六个聚焦,推动…") in a 30,000-character transcript:
 * `const scan = scanRange(SLOGAN, view, from, to); for (let m = scan.next(); m; m = scan.next()) …`.
 *
 * Why: `re.lastIndex = from; re.exec(text)` until a match starts at or past `to` goes on looking for
 * that last match as far as the text goes. Called for every answer of a document, a pattern that is
 * rare in it was searched for to the document's end each time, and the parse grew with the square
 * of the document's length (two transcripts written into one file: the slogans' scan alone went
 * from 6 % to 12 % of the parse). Here the regexp runs on a slice of the text (V8 makes it a view,
 * not a copy) from CONTEXT characters before `from` to CONTEXT past `to`, so a lookbehind before a
 * match, and a match or lookahead running past `to`, see what they see in the whole text. Exact
 * for patterns that look back at most CONTEXT characters and read at most CONTEXT characters from
 * where a match starts — patterns without unbounded repeats. Offsets are UTF-16 code units into
 * `text`; a match's `index` is rewritten to them (its `input` is the slice).
 */

/** Characters of the text kept on either side of the stretch. */
export const CONTEXT = 64;

export interface RangeScan {
  /** The next match starting before `to`, or null. */
  next(): RegExpExecArray | null;
  /** Go on looking from `at` (an offset into the text), as setting `lastIndex` would. */
  skipTo(at: number): void;
}

/** Scans `text` with `re` (global) from `from`, for matches starting before `to`. */
export function scanRange(re: RegExp, text: string, from: number, to: number): RangeScan {
  const base = Math.max(0, from - CONTEXT);
  const slice = text.slice(base, Math.min(text.length, to + CONTEXT));
  re.lastIndex = from - base;
  return {
    next() {
      const m = re.exec(slice);
      if (m === null || m.index + base >= to) return null;
      m.index += base;
      return m;
    },
    skipTo(at) {
      re.lastIndex = at - base;
    },
  };
}
