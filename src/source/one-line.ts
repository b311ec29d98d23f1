/**
 * An article copied onto one line, as a WeChat post or a PDF often copies: every paragraph break became a space
 * ("…还有多大差距？ 区卫生健康委主任 陆建新：截至10月底，…300元。 区人大代表 钱晓梅：…"). Every layout rule reads
 * lines (a label opens its line, the page's trailer is its own line, the closing narration starts one), so in the
 * view such a space reads as the newline it stood for: the record is the one the same text gives with its breaks.
 *
 * Only in a document that is one line, or nearly (the line holds most of the text), long enough to be an article,
 * with several such breaks: a space right after a sentence's end (。 ? ! and a closing quote after them) and before
 * more words. A paragraph of a text laid out by lines is left alone, whatever its spaces.
 * The view keeps its length: one space for one "\n" (the text keeps its space; spans are the same).
 */

/** Shorter lines are never a whole article copied onto one line. */
const MIN_LENGTH = 300;
/** The long line holds at least this share of the text's non-blank characters. */
const MIN_SHARE = 0.7;
/** At least this many paragraph breaks read from spaces. */
const MIN_BREAKS = 3;
/** A sentence's end, a closing quote or bracket maybe after it, then white space, then more words. */
const BREAK = /(?<=[。?!](?:[”’)】])?)[ \t]+(?=\S)/gu;

/** `view` with the paragraph breaks of its one long line restored as "\n" (the same string when it is not such a copy). */
export function restoreOneLineBreaks(view: string): string {
  if (view.length < MIN_LENGTH) return view;
  let best: [number, number] = [0, 0];
  for (let start = 0; start <= view.length; ) {
    const nl = view.indexOf('\n', start);
    const end = nl < 0 ? view.length : nl;
    if (end - start > best[1] - best[0]) best = [start, end];
    if (nl < 0) break;
    start = nl + 1;
  }
  const [s, e] = best;
  if (e - s < MIN_LENGTH) return view;
  const solid = (t: string) => t.replace(/\s+/gu, '').length;
  if (solid(view.slice(s, e)) < MIN_SHARE * solid(view)) return view;
  const line = view.slice(s, e);
  const breaks = [...line.matchAll(BREAK)];
  if (breaks.length < MIN_BREAKS) return view;
  const broken = line.replace(BREAK, (gap) => '\n' + gap.slice(1));
  return view.slice(0, s) + broken + view.slice(e);
}
