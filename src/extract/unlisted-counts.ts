/**
 * Unlisted counts: a count a responder announces right before a colon, with no list after it.
 *
 * Example: "我们将采取三项措施:加强设施建设,强化人才支撑,完善保障制度。" announces 3 (三项措施) and no
 * marked list follows: the items are written in a form the markers do not know, or not at all. Such a
 * count is flagged (stated-count-mismatch, 3 vs 0) rather than lost in silence. "主要有三个原因:一是…"
 * has its list; "做到三个“全覆盖”:检测全覆盖、追溯全覆盖、责任全覆盖" lists its parts inline with 、 and
 * "采取“三个一律”:对…一律…,对…一律…" is a quoted formulation whose clauses are its parts;
 * "从三个方面加大力度:" ends on no count (the count modifies the verb); none of them is flagged. "采取以下三项措施。" ending its
 * paragraph announces the paragraphs after it as a colon would (lead-lists.ts reads them when they open with headings).
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import { findAnnouncement, type Announcement } from './announce.js';

/** A colon, or a stop ending its paragraph ("我们将采取以下三项措施。⏎…": the count of 以下 announces the paragraphs after it). */
const COLON = /:|。(?=[ \t\u3000]*(?:\n|$))/g;
/** 以下/如下 right before the count: with it, a count closing its paragraph with 。 announces what follows. */
const FOLLOWING = /(?:以下|如下)$/;
/** The parts after the colon run to the sentence's (or the line's) end. */
const PARTS_END = /[。!?\n]/g;

/**
 * The counts announced before a colon in `[from, to)` that no list follows: no list starts between the
 * colon and the end of the paragraph the parts open, no list read takes the count as its own, and the
 * sentence after the colon is no 、-series of parts. `listStarts`: where the lists of the stretch start,
 * `counted`: where the counts of its lists start (every list read, answers or not).
 */
export function unlistedCounts(view: string, from: number, to: number, quoted: Uint8Array, listStarts: readonly number[], counted: readonly number[]): Announcement[] {
  const out: Announcement[] = [];
  const part = view.slice(0, to);
  COLON.lastIndex = from;
  for (let m = COLON.exec(part); m; m = COLON.exec(part)) {
    const colon = m.index;
    if (quoted[colon]) continue;
    const a = findAnnouncement(view, colon + 1, from, quoted);
    // The count closes the clause right before the colon ("三项措施:"), not somewhere before it.
    if (!a || a.count === null || !/^[\s”]*$/.test(view.slice(a.span[1], colon)) || counted.includes(a.span[0])) continue;
    if (view[colon] === '。' && !FOLLOWING.test(view.slice(Math.max(from, a.span[0] - 2), a.span[0]))) continue;
    // A quoted formulation ("采取“三个一律”:对…一律…") names its parts in clauses of its own (formulations).
    if (/[“"]/.test(view[a.span[0] - 1] ?? '')) continue;
    // The parts start after the colon, or on the next line that is not blank ("三项措施:\n\n一是…").
    let start = colon + 1;
    while (start < to && /\s/.test(view[start])) start++;
    const paragraphEnd = view.indexOf('\n', start);
    const end = paragraphEnd < 0 || paragraphEnd > to ? to : paragraphEnd;
    if (listStarts.some((p) => p >= colon && p <= end)) continue;
    PARTS_END.lastIndex = start;
    const sentenceEnd = PARTS_END.test(part) ? PARTS_END.lastIndex : to;
    if (view.slice(start, sentenceEnd).includes('、')) continue;
    out.push(a);
  }
  return out;
}
