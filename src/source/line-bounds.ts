/**
 * Where the line around an offset starts and ends, each found once per line: in "委员 王某：请问？局长 李某：一是……"
 * pasted from a WeChat article as one line of megabytes, every speaker named on it asks where their line starts
 * and ends, and a lastIndexOf('\n') / indexOf('\n') per speaker read the whole paragraph each time (quadratic).
 * The lines last asked about are remembered (a few: a reader that asks about a speaker's line and then about the
 * line above it, as exchanges.ts's subheads do, alternates between two), and the stretch of each known to hold no
 * "\n" grows as later offsets are asked about, so offsets asked in reading order cost the paragraph's length once in all.
 * Exactly `text.lastIndexOf('\n', at - 1) + 1` and `text.indexOf('\n', at)` (the text's length for none).
 * Offsets are UTF-16 code units.
 */

/** No "\n" in `text` over [start, upTo); `start` is where the line opens (after a "\n", or 0). */
interface Back { text: string | null; start: number; upTo: number }
/** No "\n" in `text` over [from, end); `end` is the next "\n" (or the text's length). */
interface Ahead { text: string | null; from: number; end: number }

/** How many lines are remembered each way: the line asked about, the line above it, and two more. */
const REMEMBERED = 4;
const backs: Back[] = Array.from({ length: REMEMBERED }, () => ({ text: null, start: 0, upTo: 0 }));
const aheads: Ahead[] = Array.from({ length: REMEMBERED }, () => ({ text: null, from: 0, end: 0 }));
/** The slot each side overwrites next (round robin: the line remembered longest ago goes). */
let nextBack = 0;
let nextAhead = 0;

/** Where the line holding `at` starts: `text.lastIndexOf('\n', at - 1) + 1`. */
export function lineStartAt(text: string, at: number): number {
  for (let k = 0; k < REMEMBERED; k++) {
    const back = backs[k];
    // (`===` on the same string object is a pointer test: one text is read at a time.)
    if (back.text !== text || at < back.start) continue;
    if (at <= back.upTo) return back.start;
    let i = back.upTo;
    while (i < at && text.charCodeAt(i) !== 0x0a) i++;
    if (i === at) {
      back.upTo = at;
      return back.start;
    }
  }
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const slot = backs[nextBack];
  slot.text = text;
  slot.start = start;
  slot.upTo = Math.max(start, at);
  nextBack = (nextBack + 1) % REMEMBERED;
  return start;
}

/** Where the line holding `at` ends: `text.indexOf('\n', at)`, or the text's length when no line break follows. */
export function lineEndAt(text: string, at: number): number {
  for (let k = 0; k < REMEMBERED; k++) {
    const ahead = aheads[k];
    if (ahead.text === text && at >= ahead.from && at <= ahead.end) return ahead.end;
  }
  const nl = text.indexOf('\n', at);
  const slot = aheads[nextAhead];
  slot.text = text;
  slot.from = at;
  slot.end = nl < 0 ? text.length : nl;
  nextAhead = (nextAhead + 1) % REMEMBERED;
  return slot.end;
}

/** `[start, end)` of the line holding `at`. */
export function lineBounds(text: string, at: number): [number, number] {
  return [lineStartAt(text, at), lineEndAt(text, at)];
}
