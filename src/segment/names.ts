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
  if (names.length === 0) return [];
  const { opens, byFirst } = indexOf(names);
  // One pass over the text: at each offset not inside the last span taken, the longest name
  // starting there (what sorting every occurrence of every name and keeping the first
  // non-overlapping ones gives), trying only the names that open with its character.
  const spans: [number, number][] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (opens[c & 0x3ff] === 0) continue;
    const candidates = byFirst.get(c);
    if (candidates === undefined) continue;
    let best = 0;
    for (const name of candidates) if (name.length > best && text.startsWith(name, at)) best = name.length;
    if (best > 0) {
      spans.push([at, at + best]);
      at += best - 1;
    }
  }
  return spans;
}

/** The names by their first code unit, and (by its low ten bits) which code units may open one, per names list (a document's list is cut against every section). An empty name names nothing. */
interface FirstIndex {
  opens: Uint8Array;
  byFirst: Map<number, string[]>;
}
const firstIndex = new WeakMap<readonly string[], FirstIndex>();
function indexOf(names: readonly string[]): FirstIndex {
  let index = firstIndex.get(names);
  if (index === undefined) {
    index = { opens: new Uint8Array(0x400), byFirst: new Map() };
    for (const name of names) {
      if (name.length === 0) continue;
      const c = name.charCodeAt(0);
      index.opens[c & 0x3ff] = 1;
      const list = index.byFirst.get(c);
      if (list) list.push(name);
      else index.byFirst.set(c, [name]);
    }
    firstIndex.set(names, index);
  }
  return index;
}

/** The pieces of `text`: names whole, the stretches between them given to `cut`. */
export function cutAround(text: string, names: readonly string[], cut: (s: string) => Piece[], tag: boolean): Piece[] {
  if (names.length === 0) return cut(text);
  const spans = nameSpans(text, names);
  if (spans.length === 0) return text.length ? cut(text) : [];
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) for (const p of cut(text.slice(at, start))) pieces.push(p);
    pieces.push(tag ? { word: text.slice(start, end), tag: 'nr' } : { word: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) for (const p of cut(text.slice(at))) pieces.push(p);
  return pieces;
}
