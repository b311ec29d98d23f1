/**
 * A live feed's furniture lines above an entry: "09:07⏎【部门应询】⏎县林业局局长 某：…" — the clock time the entry was
 * posted and the category tag the editor filed it under, each alone on its line. They head the entry below them,
 * never end the speaker's words above (the member's question does not end in "09:07 【部门应询】").
 * A furniture line is a stamp (stamps.ts), a tag — a short run of ideographs in 【】, [] or 〔〕 and nothing else
 * ("【部门应询】", "【表态】", "[现场]") — or a stamp and a tag ("09:24【追问】"); blank lines may stand between them.
 * A post's headings over each turn are the same tags without brackets, their emoji blanked in the view ("💬委员提问",
 * "🎤部门回答"): who (委员, 部门 …) and the act (提问, 回答 …) alone on the line, no words of the turn above or below.
 * A line where another entry starts (a 【主持】 tag over the chair's words is the chair's label) is no furniture.
 * Offsets are UTF-16 code units into the view, [start, end).
 */
import { STAMP } from './stamps.js';
import { TAG_WHO } from './speech.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A turn's heading without brackets: who and the act, "委员提问", "部门回答", "部门应询". */
const ROLE_HEADING = String.raw`${TAG_WHO}(?:提问|询问|追问|回答|应询|答复|作答)`;
const FURNITURE_LINE = new RegExp(String.raw`^[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[【\[〔][ \t]*\p{sc=Han}{1,8}[ \t]*[】\]〕][ \t\u3000]*|${ROLE_HEADING}[ \t\u3000]*)?$`, 'u');
/** Some line of a view is a bracketless turn heading (ROLE_HEADING alone). */
const ROLE_HEADING_LINE = new RegExp(String.raw`^[ \t\u3000]*${ROLE_HEADING}[ \t\u3000]*$`, 'mu');

/** `view` may have furniture lines heading its entries: a tag in brackets, or a turn heading alone on its line. */
export function mayHaveFurniture(view: string): boolean {
  return view.includes('【') || view.includes('[') || view.includes('〔') || ROLE_HEADING_LINE.test(view);
}
/** How many furniture lines an entry may have over it (a stamp and a tag, maybe a second tag). */
const MAX_LINES = 3;

/** `line` (a line of the view) is a stamp, a tag or both and nothing else: "09:31", "【表态】", "09:24【追问】". */
export function isFurnitureLine(line: string): boolean {
  return line.length <= 32 && line.trim() !== '' && FURNITURE_LINE.test(line);
}

/**
 * Where the furniture lines right above the line starting at `lineStart` begin (the first non-space character of
 * the topmost), not before `floor` and not over a line where an entry in `taken` starts; `lineStart` when none.
 */
export function furnitureStart(view: string, lineStart: number, floor: number, taken: ReadonlySet<number>): number {
  let at = lineStart;
  let end = lineStart - 1; // the "\n" ending the line above
  for (let lines = 0; end > floor && lines < MAX_LINES + 2; ) {
    const start = Math.max(floor, lineStartAt(view, end));
    const line = view.slice(start, end);
    end = start - 1;
    if (!line.trim()) continue; // a blank line between
    if (!isFurnitureLine(line)) break;
    const first = start + (line.length - line.trimStart().length);
    // (An entry may start on the line's blanked emoji: a subhead's narration, "💬委员提问", exchanges.ts.)
    if (takenIn(taken, start, start + line.length)) break;
    at = first;
    if (++lines >= MAX_LINES) break;
  }
  return at;
}

/** Some offset of `[start, end)` (a short line) is in `taken`. */
function takenIn(taken: ReadonlySet<number>, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken.has(i)) return true;
  return false;
}
