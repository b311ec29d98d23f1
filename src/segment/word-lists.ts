/**
 * jieba's word lists as this package reads them: dict/ of the package, the hashed indexes of
 * nodejieba's main dictionary and IDF table, and the user dictionary's text.
 *
 * Example: openIndex('jieba.dict.index', '/…/nodejieba/…/jieba.dict.utf8') gives the index
 * shipped in dict/ when it was built from that very file (same size), so that the words of a
 * transcript (市, 人大, 人大常委会 …) are found without reading its 349k lines; for a file of
 * another size it builds one in memory (slower start, same words).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeIndex, WordIndex } from './wordIndex.js';
import type { IdfTable } from './keywords.js';

/** dict/ of this package, found from this file (dist/segment/ or src/segment/), never from the cwd. */
export const DICT_DIR = fileURLToPath(new URL('../../dict/', import.meta.url));
export const USER_DICT = join(DICT_DIR, 'user.dict.utf8');

/** A user dictionary's text as loaded: one line per word, ending in a newline (or empty). */
export function userDictionaryText(text: string): string {
  return text.replace(/\n?$/, '\n').replace(/^\n$/, '');
}

/** A word list's second column by word, with its sum, minimum and line count. */
export interface WordValues {
  value(word: string): number | undefined;
  sum: number;
  min: number;
  lines: number;
}

/**
 * The shipped index `name` when it was built from `source` as installed (same size), else one
 * built in memory from that file (slower start, same words), else null.
 */
export function openIndex(name: string, source: string): WordIndex | null {
  try {
    const path = join(DICT_DIR, name);
    if (existsSync(path)) {
      const index = new WordIndex(readFileSync(path));
      if (index.header.size === statSync(source).size) return index;
    }
    const bytes = readFileSync(source);
    const lines = bytes.toString('utf8').split('\n').filter((l) => l.length > 0);
    return new WordIndex(encodeIndex(lines, basename(source), '', bytes.length));
  } catch {
    return null;
  }
}

export function valuesOf(index: WordIndex): WordValues {
  const { sum, min, lines } = index.header;
  return { value: (w) => index.value(w), sum, min, lines };
}

/** The last resort: the word list read into a map. */
export function readValues(source: string): WordValues {
  const map = new Map<string, number>();
  let sum = 0;
  let min = Infinity;
  for (const line of readFileSync(source, 'utf8').split('\n')) {
    if (!line) continue;
    const [word, value] = line.split(' ');
    const v = Number(value);
    map.set(word, v);
    sum += v;
    min = Math.min(min, v);
  }
  return { value: (w) => map.get(w), sum, min, lines: map.size };
}

/** jieba's IDF table at `source`, read on the first keyword query (segmenting alone never needs it). */
export function lazyIdf(source: string): IdfTable {
  let table: WordValues | null = null;
  const open = () => (table ??= ((index) => (index ? valuesOf(index) : readValues(source)))(openIndex('idf.index', source)));
  // (No cache here: rankKeywords weighs each distinct word once per process.)
  return {
    idf: (w) => open().value(w),
    get average() { return open().sum / open().lines; },
  };
}
