/**
 * Names of the document kept whole: each occurrence is one token (tagged nr) and the text on
 * each side is cut on its own.
 *
 * Example: with the name 缪应虎, "副主任缪应虎表示" is cut as 副主任 | 缪应虎 | 表示 where jieba's
 * dictionary alone gives 副主任/缪应/虎/表示. jieba's best path through a sentence splits at a
 * word that always wins, so cutting around the name is what a user word with a very high
 * frequency would give, without reloading a dictionary for each document's names.
 * Offsets are UTF-16 code units, `[start, end)`.
 */
import type { Piece } from './anchor.js';

/** The names as written (陳國華) and as `normalize` spells them (陈国华), longest first. */
export function nameForms(names: readonly string[], normalize: (s: string) => string): string[] {
  const forms = new Set(names.flatMap((n) => [n, normalize(n)]));
  return [...forms].filter((n) => n.length > 0 && !/\s/u.test(n)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Where the names occur: left to right, the longest name at each start, never overlapping. */
export function nameSpans(text: string, names: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push([at, at + name.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: [number, number][] = [];
  for (const span of found) if (spans.length === 0 || span[0] >= spans[spans.length - 1][1]) spans.push(span);
  return spans;
}

/** The pieces of `text`: names whole, the stretches between them given to `cut`. */
export function cutAround(text: string, names: readonly string[], cut: (s: string) => Piece[], tag: boolean): Piece[] {
  if (names.length === 0) return cut(text);
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of nameSpans(text, names)) {
    if (start > at) pieces.push(...cut(text.slice(at, start)));
    pieces.push(tag ? { word: text.slice(start, end), tag: 'nr' } : { word: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) pieces.push(...cut(at === 0 ? text : text.slice(at)));
  return pieces;
}
