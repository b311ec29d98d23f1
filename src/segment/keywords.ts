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
 * its IDF (or the average), or NaN when it is no keyword (one character, a stop word, no Han).
 * Each question section repeats the words of the document and of the ones before, so a warm
 * process tests each distinct word of a section with one lookup here instead of a stop-word
 * test, a Han test and the table's own cache. Ids (small integers) index a typed array, so
 * the map holds no boxed numbers. Keys are the exact words; the cache is dropped (between
 * calls) once it has grown past MAX_WORDS.
 */
const MAX_WORDS = 200_000;
let ids = new Map<string, number>();
let weights = new Float64Array(1024);
let cachedTable: IdfTable | null = null;
let cachedStops: ReadonlySet<string> | null = null;

function weightOf(word: string, table: IdfTable, stopWords: ReadonlySet<string>): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    if (id === weights.length) {
      const grown = new Float64Array(id * 2);
      grown.set(weights);
      weights = grown;
    }
    const keyword = codePoints(word) >= 2 && !stopWords.has(word) && HAN.test(word);
    weights[id] = keyword ? table.idf(word) ?? table.average : NaN;
    ids.set(word, id);
  }
  return weights[id];
}

/** The top `n` keywords of a text given as its tokens (in reading order), best first. */
export function rankKeywords(tokens: readonly string[], n: number, table: IdfTable, stopWords: ReadonlySet<string>): string[] {
  if (table !== cachedTable || stopWords !== cachedStops || ids.size >= MAX_WORDS) {
    ids = new Map();
    cachedTable = table;
    cachedStops = stopWords;
  }
  // Count every token first and weigh the distinct words after, in order of first occurrence.
  const local = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  for (const raw of tokens) {
    if (raw.length < 2) continue; // one code unit: never a keyword (about half the tokens: 的, punctuation)
    const word = raw.trim();
    const i = local.get(word);
    if (i !== undefined) { counts[i]++; continue; }
    local.set(word, words.length);
    words.push(word);
    counts.push(1);
  }
  const kept: string[] = [];
  const weighed: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = weightOf(words[i], table, stopWords);
    if (Number.isNaN(w)) continue; // no keyword
    kept.push(words[i]);
    weighed.push(counts[i] * w);
  }
  // The best n by weight, earlier first among equals: a sorted top list (n is small, 8 in the
  // pipeline) instead of sorting every word of the section.
  const top: number[] = []; // indices into kept/weighed, best first
  const k = Math.trunc(Math.max(0, n)) || 0; // as slice(0, n) reads n
  for (let i = 0; i < weighed.length; i++) {
    const w = weighed[i];
    let at = top.length; // after every word at least as heavy (ties: the earlier stays first)
    while (at > 0 && w > weighed[top[at - 1]]) at--;
    if (at >= k) continue;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top.map((i) => kept[i]);
}
