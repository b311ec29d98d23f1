/**
 * A list whose ordinals name their items by a term counted before it: "围绕“三个聚焦”开展工作。第一个聚焦是办事,…;
 * 第二个聚焦是共享,…" — 第一个聚焦 names its item 聚焦, so the count 三个聚焦 (quoted or not) said before is the list's.
 *
 * The term is the 2–4 characters between 第一个 and 是/为/就是/a comma or colon; the count is the last N个 + term in
 * [windowStart, markerStart), at most REACH code units back, not itself an ordinal (第三个聚焦). With the number of
 * items known, the count must match it. Offsets: UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from './numerals.js';

/** 第一个X是 / 第一个X, : the first marker naming its item by X. */
const FIRST_NAMED = /第一个([\u4e00-\u9fff]{2,4}?)(?:是|为|就是|[,:])/y;
/** A character of a numeral written in Chinese or in digits. */
const NUMERAL = /[一二两三四五六七八九十\d]/;
/** How far back the count may stand: the marker's sentence and the one before it. */
const REACH = 300;

export interface TermCount { count: number; span: Span }

/** The count N个X before the list at `markerStart` whose first marker is 第一个X, or null. */
export function ordinalTermCount(view: string, markerStart: number, windowStart: number, items?: number): TermCount | null {
  FIRST_NAMED.lastIndex = markerStart;
  const m = FIRST_NAMED.exec(view);
  if (!m) return null;
  const from = Math.max(windowStart, markerStart - REACH);
  const needle = `个${m[1]}`;
  for (let at = view.lastIndexOf(needle, markerStart - needle.length); at > from; at = view.lastIndexOf(needle, at - 1)) {
    let s = at;
    while (s > from && s > at - 3 && NUMERAL.test(view[s - 1])) s--;
    if (s === at || view[s - 1] === '第' || NUMERAL.test(view[s - 1] ?? '')) continue;
    const n = parseNumeral(view.slice(s, at));
    if (n === null || n < 2 || (items !== undefined && items !== n)) continue;
    return { count: n, span: [s, at + needle.length] };
  }
  return null;
}
