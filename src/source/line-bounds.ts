/**
 * Where the line around an offset starts and ends, each found once per line: in "委员 王某：请问？局长 李某：一是……"
 * pasted from a WeChat article as one line of megabytes, every speaker named on it asks where their line starts
 * and ends, and a lastIndexOf('\n') / indexOf('\n') per speaker read the whole paragraph each time (quadratic).
 * The line last asked about is remembered, and the stretch of it known to hold no "\n" grows as later offsets
 * are asked about, so offsets asked in reading order cost the paragraph's length once in all.
 * Exactly `text.lastIndexOf('\n', at - 1) + 1` and `text.indexOf('\n', at)` (the text's length for none).
 * Offsets are UTF-16 code units.
 */

/** No "\n" in `text` over [start, upTo); `start` is where the line opens (after a "\n", or 0). */
let back: { text: string | null; start: number; upTo: number } = { text: null, start: 0, upTo: 0 };
/** No "\n" in `text` over [from, end); `end` is the next "\n" (or the text's length). */
let ahead: { text: string | null; from: number; end: number } = { text: null, from: 0, end: 0 };

/** Where the line holding `at` starts: `text.lastIndexOf('\n', at - 1) + 1`. */
export function lineStartAt(text: string, at: number): number {
  // (`===` on the same string object is a pointer test: one text is read at a time.)
  if (back.text === text && at >= back.start) {
    if (at <= back.upTo) return back.start;
    let i = back.upTo;
    while (i < at && text.charCodeAt(i) !== 0x0a) i++;
    if (i === at) {
      back.upTo = at;
      return back.start;
    }
  }
  const start = text.lastIndexOf('\n', at - 1) + 1;
  back = { text, start, upTo: Math.max(start, at) };
  return start;
}

/** Where the line holding `at` ends: `text.indexOf('\n', at)`, or the text's length when no line break follows. */
export function lineEndAt(text: string, at: number): number {
  if (ahead.text === text && at >= ahead.from && at <= ahead.end) return ahead.end;
  const nl = text.indexOf('\n', at);
  ahead = { text, from: at, end: nl < 0 ? text.length : nl };
  return ahead.end;
}

/** `[start, end)` of the line holding `at`. */
export function lineBounds(text: string, at: number): [number, number] {
  return [lineStartAt(text, at), lineEndAt(text, at)];
}
