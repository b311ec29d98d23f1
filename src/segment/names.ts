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

/** The names by their first code unit, longest first: read once per list of names (a segmenter keeps its list). */
const byFirst = new WeakMap<readonly string[], Map<string, string[]>>();

function firstUnits(names: readonly string[]): Map<string, string[]> {
  let index = byFirst.get(names);
  if (index) return index;
  index = new Map();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const list = index.get(name[0]);
    if (list) list.push(name);
    else index.set(name[0], [name]);
  }
  byFirst.set(names, index);
  return index;
}

/**
 * Where the names occur: left to right, the longest name at each start, never overlapping. (One pass over the text,
 * looking up the names that start with each character: a search of the text for each name was quadratic in a
 * compilation, whose thousands of names each piece cut looked for.)
 */
export function nameSpans(text: string, names: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  if (!names.length) return spans;
  const index = firstUnits(names);
  for (let at = 0; at < text.length; at++) {
    const candidates = index.get(text[at]);
    if (!candidates) continue;
    const name = candidates.find((n) => text.startsWith(n, at));
    if (name === undefined) continue;
    spans.push([at, at + name.length]);
    at += name.length - 1;
  }
  return spans;
}

/**
 * The pieces of `text`: names whole, the stretches between them given to `cut`. (Appended one by one, not with
 * push(...cut(…)): a stretch of one long turn cuts into more pieces than a call takes arguments.)
 */
export function cutAround(text: string, names: readonly string[], cut: (s: string) => Piece[], tag: boolean): Piece[] {
  if (names.length === 0) return cut(text);
  const pieces: Piece[] = [];
  const add = (more: Piece[]) => { for (const p of more) pieces.push(p); };
  let at = 0;
  for (const [start, end] of nameSpans(text, names)) {
    if (start > at) add(cut(text.slice(at, start)));
    pieces.push(tag ? { word: text.slice(start, end), tag: 'nr' } : { word: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) add(cut(at === 0 ? text : text.slice(at)));
  return pieces;
}
