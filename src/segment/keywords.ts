/**
 * Keywords by TF-IDF, as jieba's extractor computes them: a word's weight is its count in
 * the text times its IDF (jieba's idf.utf8; words it lacks get the table's average IDF).
 *
 * Example: in a question section about "矛盾纠纷多元化解 … 矛盾纠纷排查" the word 矛盾纠纷
 * (twice, IDF average) ranks above 工作 (many times but IDF low). Like jieba, one-character
 * words and stop words are skipped; unlike it, so are tokens without a Han character
 * (numbers such as 2025 or 97.78, Latin letters), which say little about a question's topic.
 * Ties keep the order of first occurrence, so the result is deterministic.
 */

export interface IdfTable {
  /** The IDF of `word`, or undefined when the table lacks it. */
  idf(word: string): number | undefined;
  /** Used for words the table lacks. */
  average: number;
}

/** A Han character: CJK Unified Ideographs and Extension A, compatibility ideographs, or an astral extension (B …) as a surrogate pair. A plain class: \p{Script=Han} costs milliseconds to compile. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Length in code points. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800) n--;
  return n;
}

/**
 * What a word is worth per occurrence, cached per process for the table and stop words in use:
 * its IDF (or the average); `keyword` false for one character, a stop word, no Han, or a word
 * the caller's `exclude` rules out.
 * Each question section repeats the words of the document and of the ones before, so a warm
 * process looks a word up once here instead of testing it and asking the table again each
 * time. `stamp`/`count` count the word within the current call (no Map per call). Keys are
 * the exact words; the caches are dropped (between calls) once one has grown past MAX_WORDS.
 */
interface WordEntry {
  keyword: boolean;
  weight: number;
  stamp: number;
  count: number;
}
const MAX_WORDS = 200_000;
let caches = new Map<((word: string) => boolean) | undefined, Map<string, WordEntry>>();
let cachedTable: IdfTable | null = null;
let cachedStops: ReadonlySet<string> | null = null;
let stamp = 0;

function entryOf(cache: Map<string, WordEntry>, word: string, table: IdfTable, stopWords: ReadonlySet<string>, exclude?: (word: string) => boolean): WordEntry {
  const keyword = codePoints(word) >= 2 && !stopWords.has(word) && HAN.test(word) && !exclude?.(word);
  const entry: WordEntry = { keyword, weight: keyword ? table.idf(word) ?? table.average : 0, stamp: 0, count: 0 };
  cache.set(word, entry);
  return entry;
}

/**
 * The top `n` keywords of a text given as its tokens (in reading order), best first. `exclude` rules more
 * words out (the caller's: counts, words of the turn frame); pass the same function each call, as the
 * cache holds its verdicts.
 */
export function rankKeywords(tokens: readonly string[], n: number, table: IdfTable, stopWords: ReadonlySet<string>, exclude?: (word: string) => boolean): string[] {
  // One cache per `exclude` (callers with and without one may alternate): its verdicts are in it.
  let cache = caches.get(exclude);
  if (table !== cachedTable || stopWords !== cachedStops || (cache && cache.size >= MAX_WORDS)) {
    caches = new Map();
    cachedTable = table;
    cachedStops = stopWords;
    cache = undefined;
  }
  if (!cache) caches.set(exclude, (cache = new Map()));
  const now = ++stamp;
  // The keywords in order of first occurrence, each counted once per occurrence.
  const words: string[] = [];
  const entries: WordEntry[] = [];
  for (const raw of tokens) {
    if (raw.length < 2) continue; // one code unit (about half the tokens: 的, punctuation) is never a keyword
    const word = raw.trim();
    const entry = cache.get(word) ?? entryOf(cache, word, table, stopWords, exclude);
    if (entry.stamp === now) { entry.count++; continue; }
    if (!entry.keyword) continue;
    entry.stamp = now;
    entry.count = 1;
    words.push(word);
    entries.push(entry);
  }
  // The best n by weight, earlier first among equals: a sorted top list (n is small, 8 in the
  // pipeline) instead of sorting every word of the section.
  const top: number[] = []; // indices into words/entries, best first
  // A Float64Array: a plain array of these is of small integers in one section and of doubles
  // in the next, and V8 recompiles this function each time the kind of its elements changes.
  const weights = new Float64Array(entries.length);
  for (let i = 0; i < entries.length; i++) weights[i] = entries[i].count * entries[i].weight;
  const k = Math.trunc(Math.max(0, n)) || 0; // as slice(0, n) reads n
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    let at = top.length; // after every word at least as heavy (ties: the earlier stays first)
    while (at > 0 && w > weights[top[at - 1]]) at--;
    if (at >= k) continue;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top.map((i) => words[i]);
}
