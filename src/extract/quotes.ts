/**
 * Quoted terms: positions where a marker or a count is only quoted, not said.
 *
 * Example: in "提出“一是抓落实,二是促整改”的口号" the 一是 is part of a quoted slogan, and in
 * "落实行政执法“三项制度”" the 三项 names a formulation; in "乔美玲回答:“下一步,…:一是…”"
 * the quotation is the speech itself and its markers count, as in a quotation split around its
 * attribution ("“我们将采取三项措施,”吴晓燕说,“一是…”"), whose first part ends in its own comma.
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */

/**
 * 1 for each position inside a quoted term (“六个聚焦”, “一是抓落实,二是促整改”), else 0.
 * Quoted speech is transparent: a quotation holding a sentence end, a colon or a semicolon, or
 * left open at the end of its line (a long quote running over paragraphs), is what a speaker
 * said ("乔美玲回答:“…下一步,我们将从4个方面…:一是…”"), so its markers count; so is a
 * quotation that closes on its own punctuation ("“我们将采取三项措施,”吴晓燕说,“…"): a quoted
 * term or slogan ends in a word (“甲,乙”), a sentence cut by its attribution ends in , or 。. The terms
 * quoted inside it (‘观光游’) stay masked. Quotes never run past the end of a line.
 */
export function quoteMask(view: string): Uint8Array {
  // Every question of a document asks for the mask of the whole view: read it once. The mask
  // is shared, so callers only read it.
  if (view === last.view && last.mask) return last.mask;
  const mask = readMask(view);
  last = { view, mask };
  return mask;
}

let last: { view: string; mask: Uint8Array | null } = { view: '', mask: null };

/** What each code unit is to the scan: the quote marks (the view folds ＂ to ") and the line break. */
const NEWLINE = 1;
const OPENING = 2; // “ 「 『 ‘
const CLOSING = 3; // ” 」 』 ’
const STRAIGHT = 4; // "
const MARK = new Uint8Array(0x10000);
MARK[0x0a] = NEWLINE;
for (const c of '“「『‘') MARK[c.charCodeAt(0)] = OPENING;
for (const c of '”」』’') MARK[c.charCodeAt(0)] = CLOSING;
MARK[0x22] = STRAIGHT;
const SPEECH = 5; // 。 ! ? ; : inside a quotation make it speech (no quote mark: the scan passes them)
for (const c of '。!?;:') MARK[c.charCodeAt(0)] = SPEECH;

/** The characters the scan acts on (NEWLINE, OPENING, CLOSING, STRAIGHT): it jumps natively from one to the next. */
const ACTS_ON = /[\n“「『‘”」』’"]/g;

/** One pass over the view with a stack of open marks; marks left open at a line end mask nothing. */
function readMask(view: string): Uint8Array {
  const mask = new Uint8Array(view.length);
  const open: number[] = [];
  ACTS_ON.lastIndex = 0;
  while (ACTS_ON.test(view)) { // test, not exec: no match array; lastIndex is just past the mark
    const i = ACTS_ON.lastIndex - 1;
    const kind = MARK[view.charCodeAt(i)];
    if (kind === NEWLINE) open.length = 0;
    else if (kind === OPENING) open.push(i);
    else if (kind === CLOSING) { if (open.length) close(view, mask, open.pop()! + 1, i); }
    else if (open.length && MARK[view.charCodeAt(open[open.length - 1])] === STRAIGHT) close(view, mask, open.pop()! + 1, i);
    else open.push(i);
  }
  return mask;
}

/** A closed quotation [from, to) is masked unless it is speech: a sentence end, colon or semicolon inside, or its own , or … last. */
function close(view: string, mask: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) if (MARK[view.charCodeAt(i)] === SPEECH) return;
  const last = view.charCodeAt(to - 1);
  if (to > from && (last === 0x2c || last === 0x2026)) return; // , …
  mask.fill(1, from, to);
}
