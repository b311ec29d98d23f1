/**
 * A paragraph repeated by a bad copy: read once.
 *
 * Example: "市水务局局长邵立军:完成改造31处,我们做好两项工作:一是建设管网;二是改造泵站。" on two lines in a row is one
 * answer, 31处 one figure. So is a cut-off copy next to the whole paragraph, before it ("区财政局局长 覃美玲:谢谢宋委员。…
 * 二是对连续两年评估优秀的中" then the full answer) or after it: the whole one is read, the copy is not. Lines are
 * compared on the view with white space left out; spans [start, end) are 0-based UTF-16 offsets.
 */
import type { Line } from './blocks.js';

/** Shorter repeats are ordinary: "谢谢!", "好的。", a label alone on its line. */
const MIN_COPY = 12;
const SPACE = /\s+/gu;
/** A cut-off copy stops mid-sentence: one ending on a stop or a colon (a label alone, "市长某某:") is a line of its own. */
const CLOSED = /[。!?”’):]$/u;

/** The copy of each repeated pair of consecutive body lines: the second of two equal ones, the shorter of a cut and a whole one. */
export function repeatedParagraphs(view: string, body: readonly Line[]): Line[] {
  const copies: Line[] = [];
  let prev: string | null = null;
  for (let k = 0; k < body.length; k++) {
    const cur = view.slice(body[k].content[0], body[k].content[1]).replace(SPACE, '');
    if (prev !== null && prev.length >= MIN_COPY && cur.length >= MIN_COPY) {
      if (cur === prev) copies.push(body[k]);
      else if (cur.length > prev.length && cur.startsWith(prev) && !CLOSED.test(prev)) copies.push(body[k - 1]);
      else if (prev.length > cur.length && prev.startsWith(cur) && !CLOSED.test(cur)) copies.push(body[k]);
    }
    prev = cur;
  }
  return copies;
}
