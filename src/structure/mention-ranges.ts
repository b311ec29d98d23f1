/**
 * The speaker mentions starting in a stretch of the text, found by binary search: the label readers ask, for each
 * "问:市人大常委会委员 叶某" or "询问人:委员 某", which mentions stand on its line, and a scan of all the mentions
 * for each label was quadratic in a compilation of many transcripts.
 *
 * Offsets are UTF-16 code units of the view, [start, end).
 */
import type { SpeakerMention } from './mentions.js';
import { keyedWithin } from './sorted-search.js';

/** Whether each array of mentions is sorted by start (findPeople gives them so), by array and its length when checked. */
const sortedness = new WeakMap<readonly SpeakerMention[], { length: number; sorted: boolean }>();

function sortedByStart(mentions: readonly SpeakerMention[]): boolean {
  const known = sortedness.get(mentions);
  if (known && known.length === mentions.length) return known.sorted;
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].span[0] <= mentions[i].span[0];
  sortedness.set(mentions, { length: mentions.length, sorted });
  return sorted;
}

/**
 * The mentions whose start lies in [lo, hi), in the order of `mentions` (all of them, unsearched, when the array
 * is not sorted by start): callers apply their own test to these as they would to all.
 */
export function startingIn(mentions: readonly SpeakerMention[], lo: number, hi: number): readonly SpeakerMention[] {
  return sortedByStart(mentions) ? keyedWithin(mentions, (m) => m.span[0], lo, hi) : mentions;
}
