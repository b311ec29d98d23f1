/**
 * A range of two shares each written in full: "达到百分之三十至百分之四十" → [30, 40] %, "占比三成至四成" → [30, 40] %,
 * "提高2成到3成" → [20, 30] %, "三分之一到二分之一" → [33.3333333333, 50] %. The second 百分之 opens a numeral of its
 * own (numerals.ts does not read its 百 as a bound), so the two shares are read one after the other and joined here:
 * the lower one is the value, the text runs over both, a qualifier of the first (百分之三十左右至百分之四十) stays.
 * A range written with the share's word once (百分之二十到三十, 三到五成) is read whole by shares.ts.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral } from './numerals.js';
import type { Reading } from './quantity-reading.js';
import { share, writtenShare } from './shares.js';

/** What joins the bounds of a range: 到, 至, a dash, a tilde (the view folds ～ to ~). */
const RANGE_LINK = /^(?:到|至|——|—|–|-|~)/u;

/** `first`, a share, joined with a larger share of the same unit written right after a range link; else `first`. */
export function shareRange(view: string, first: Reading): Reading {
  if (first.range || first.value === null || first.unit === null) return first;
  const link = RANGE_LINK.exec(view.slice(first.span[1], first.span[1] + 2));
  if (!link) return first;
  const at = first.span[1] + link[0].length;
  const second = shareAt(view, at);
  if (!second || second.span[0] !== at || second.range || second.unit !== first.unit || second.value === null || second.value <= first.value) return first;
  const qualifier = first.qualifier ?? second.qualifier;
  return {
    ...first, qualifier, approximate: qualifier !== null, range: [first.value, second.value],
    span: [first.span[0], second.span[1]], numeral: [first.numeral[0], second.numeral[1]],
  };
}

/** The share opening at `at`: in words (百分之四十, 千分之五), a digit fraction, or a numeral's share (四成, 二分之一). */
function shareAt(view: string, at: number): Reading | null {
  const words = writtenShare(view, at);
  if (words !== undefined) return words;
  const n = readNumeral(view, at);
  return n && share(view, n);
}
