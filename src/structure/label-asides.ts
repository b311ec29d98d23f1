/**
 * A note on the person set in brackets inside a title chain: "州人大代表、来凤县旧司镇大岩板村党支部书记（土家族）彭家旺：",
 * "州人大代表（土家族）、…彭家旺：", "县人大代表（女）、…". Autonomous places and county minutes note a member's
 * ethnicity or sex beside a post as they do after the name ("彭家旺（土家族）：", affiliations.ts): an aside about the
 * person, never a post, a place or a bracketed name. The chain reads on over it (to the next link after 、 or 兼, or to
 * the name), and the title, as a string, leaves it out.
 * Not asides: a bracket naming an institution's status ("某协会（筹）会长": the organization's), a qualifier of the post
 * ("（主持工作）", title-qualifiers.ts), a name ("局长（王某）", post-bracket-labels.ts).
 * Offsets are UTF-16 into the view (where （） are folded to ()).
 */

/** A person's ethnicity ("(土家族)", "(蒙古族)", "(回族)"): a note, no post. */
export const ETHNICITY = /^\s*\p{sc=Han}{1,4}族\s*$/u;
/** One aside in brackets, sticky; parts joined by , or 、 ("(女,土家族)"). */
const ASIDE = /\((?:\s*(?:男|女|\p{sc=Han}{1,4}族)\s*[,、]?)+\)/uy;
/** The same in a title string as written, full-width brackets too (for the title without it). */
const ASIDE_IN_TITLE = /[(（](?:\s*(?:男|女|[\u4e00-\u9fff]{1,4}族)\s*[,，、]?)+[)）]/gu;

/** Where the aside bracket opening at `pos` ends (after its ")"), or `pos` when no aside opens there. */
export function asideEnd(view: string, pos: number): number {
  if (view.charCodeAt(pos) !== 0x28) return pos; // (most titles: no bracket after them)
  ASIDE.lastIndex = pos;
  return ASIDE.test(view) ? ASIDE.lastIndex : pos;
}

/** `title` with the asides inside it left out: "州人大代表（土家族）、村党支部书记" → "州人大代表、村党支部书记". */
export function withoutAsides(title: string): string {
  return title.includes('族') || title.includes('男') || title.includes('女') ? title.replace(ASIDE_IN_TITLE, '') : title;
}
