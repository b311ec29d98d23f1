/**
 * Speaker labels written with spaces between their parts, as minutes set them in columns: the organization, a
 * space, the post, a space, the name ("县卫生健康局 党组书记、局长 唐晓军:", "县医疗保障局 局长 何勇:"). The space parts
 * the organization from its post as writing them together would not ("县卫生健康局党组书记、局长唐晓军:"): the post
 * is still that organization's, and the label's.
 *
 * Only a label's set in columns: the organization opens its line (after a bullet or a clock time at most) and is all
 * there is before the space, a space parts the post from the name too, and a colon closes the label after the name
 * with no sentence ended between. With the name against its post ("县交通局  局长滕远舟:") the spaces are no columns:
 * the post is read alone, as before (an organization set apart may head the line, not be the post's). In running text
 * ("会上 局长 何勇表示…", "…询问了县医疗保障局 局长何勇") the words before a space are not read as an organization.
 * Matching runs on the view (U+3000 folded to a space); offsets are UTF-16 code units.
 */
import type { Lexicon } from './lexicon.js';
import { readOrganization, type OrgRead } from './title-orgs.js';
import { lineStartAt } from '../source/line-bounds.js';

/** What may open the line before the organization: spaces, a bullet, a clock time, Markdown bold. */
const LEAD = /^[ \t]*(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:[【[]?\d{1,2}:\d{2}[】\]]?[ \t]*)?(?:\*\*|__)?$/u;
/** After the post: more posts, a space, the name, then the label's colon, no sentence ending between. */
const LABEL_AFTER = /^[^,。;?!:“”\n \t]{1,30}[ \t]+[^,。;?!:“”\n]{1,12}?:/u;

/**
 * The organization of a post starting at `titleStart` read across the spaces before it, when they part the
 * organization from its post in a speaker label (see above); null otherwise. `floor`: where reading may go back to.
 */
export function spacedLabelOrganization(lex: Lexicon, view: string, titleStart: number, floor: number, unnamedPost = false): OrgRead | null {
  let gap = titleStart;
  while (gap > floor && titleStart - gap < 2 && (view[gap - 1] === ' ' || view[gap - 1] === '\t')) gap--;
  if (gap === titleStart || gap <= floor) return null;
  const lineStart = lineStartAt(view, gap);
  if (lineStart < floor) return null;
  if (!LABEL_AFTER.test(view.slice(titleStart, titleStart + 48))) return null;
  const org = readOrganization(lex, view, gap, lineStart, unnamedPost);
  if (!org.organization || org.organization[1] !== gap || org.start !== org.organization[0]) return null;
  return LEAD.test(view.slice(lineStart, org.start)) ? org : null;
}
