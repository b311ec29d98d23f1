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
 * process weighs a token with one probe here instead of a stop-word test, a Han test and the
 * table's own cache.
 *
 * Why a hand-made table: in the pipeline, between two sections the segmenter and the extractors
 * run, and a Map of every word seen is out of the CPU caches by the next section; each lookup
 * then waits on memory several times (bucket, entry, key string, value). Here a word of up to
 * four code units (nearly all: 工作, 矛盾纠纷) is its own key, packed into two numbers, and its
 * slot holds key, weight and this call's count in one 64-byte line: one wait per token. Longer
 * words go to a Map. The cache is dropped (between calls) once it holds MAX_WORDS words.
 */
const MAX_WORDS = 100_000;
const STRIDE = 8; // per slot: weight, key low, key high, length (0: empty), stamp, count, -, -
const WEIGHT = 0;
const KEY_A = 1;
const KEY_B = 2;
const LENGTH = 3;
const STAMP = 4;
const COUNT = 5;
let slots = new Float64Array(8192 * STRIDE);
let mask = 8191;
let used = 0;
/** Words longer than four code units. */
interface LongWord {
  weight: number;
  stamp: number;
  count: number;
}
let longWords = new Map<string, LongWord>();
let cachedTable: IdfTable | null = null;
let cachedStops: ReadonlySet<string> | null = null;
let stamp = 0;

function weigh(word: string, table: IdfTable, stopWords: ReadonlySet<string>): number {
  const keyword = codePoints(word) >= 2 && !stopWords.has(word) && HAN.test(word);
  return keyword ? table.idf(word) ?? table.average : NaN;
}

function slotHash(a: number, b: number, length: number): number {
  let h = Math.imul((a | 0) ^ Math.imul(b | 0, 0x85ebca6b), 0x9e3779b1) ^ length;
  h ^= h >>> 15;
  return h;
}

/** The offset in `slots` of a word of 2 to 4 code units, added (and weighed) when new. The table has room: see `reserve`. */
function slotOf(word: string, table: IdfTable, stopWords: ReadonlySet<string>): number {
  const length = word.length;
  const a = word.charCodeAt(0) + word.charCodeAt(1) * 0x10000;
  const b = length > 2 ? word.charCodeAt(2) + (length > 3 ? word.charCodeAt(3) * 0x10000 : 0) : 0;
  let s = slotHash(a, b, length) & mask;
  for (;;) {
    const k = s * STRIDE;
    const l = slots[k + LENGTH];
    if (l === 0) {
      slots[k + WEIGHT] = weigh(word, table, stopWords);
      slots[k + KEY_A] = a;
      slots[k + KEY_B] = b;
      slots[k + LENGTH] = length;
      used++;
      return k;
    }
    if (l === length && slots[k + KEY_A] === a && slots[k + KEY_B] === b) return k;
    s = (s + 1) & mask;
  }
}

/** Make room for `more` new words at a load of at most one half (offsets stay valid through a call). */
function reserve(more: number): void {
  let size = mask + 1;
  while ((used + more) * 2 > size) size *= 2;
  if (size === mask + 1) return;
  const old = slots;
  slots = new Float64Array(size * STRIDE);
  mask = size - 1;
  for (let k = 0; k < old.length; k += STRIDE) {
    const length = old[k + LENGTH];
    if (length === 0) continue;
    let s = slotHash(old[k + KEY_A], old[k + KEY_B], length) & mask;
    while (slots[s * STRIDE + LENGTH] !== 0) s = (s + 1) & mask;
    slots.set(old.subarray(k, k + STRIDE), s * STRIDE);
  }
}

function reset(table: IdfTable, stopWords: ReadonlySet<string>): void {
  slots = new Float64Array(8192 * STRIDE);
  mask = 8191;
  used = 0;
  longWords = new Map();
  cachedTable = table;
  cachedStops = stopWords;
}

/** The top `n` keywords of a text given as its tokens (in reading order), best first. */
export function rankKeywords(tokens: readonly string[], n: number, table: IdfTable, stopWords: ReadonlySet<string>): string[] {
  if (table !== cachedTable || stopWords !== cachedStops || used + longWords.size >= MAX_WORDS) reset(table, stopWords);
  reserve(tokens.length);
  const now = ++stamp;
  // The keywords in order of first occurrence, each counted per occurrence: `at` is a word's
  // offset in `slots`, or -1 - its index in `long`.
  const words: string[] = [];
  const at: number[] = [];
  const long: LongWord[] = [];
  for (const raw of tokens) {
    if (raw.length < 2) continue; // one code unit: never a keyword (about half the tokens: 的, punctuation)
    const word = raw.trim();
    if (word.length < 2) continue;
    if (word.length > 4) {
      let w = longWords.get(word);
      if (w === undefined) longWords.set(word, (w = { weight: weigh(word, table, stopWords), stamp: 0, count: 0 }));
      if (w.stamp === now) { w.count++; continue; }
      if (Number.isNaN(w.weight)) continue; // no keyword
      w.stamp = now;
      w.count = 1;
      words.push(word);
      at.push(-1 - long.length);
      long.push(w);
      continue;
    }
    const k = slotOf(word, table, stopWords);
    if (slots[k + STAMP] === now) { slots[k + COUNT]++; continue; }
    if (Number.isNaN(slots[k + WEIGHT])) continue; // no keyword
    slots[k + STAMP] = now;
    slots[k + COUNT] = 1;
    words.push(word);
    at.push(k);
  }
  const weighed = at.map((k) => (k >= 0 ? slots[k + COUNT] * slots[k + WEIGHT] : long[-1 - k].count * long[-1 - k].weight));
  // The best n by weight, earlier first among equals: a sorted top list (n is small, 8 in the
  // pipeline) instead of sorting every word of the section.
  const top: number[] = []; // indices into words, best first
  const k = Math.trunc(Math.max(0, n)) || 0; // as slice(0, n) reads n
  for (let i = 0; i < weighed.length; i++) {
    const w = weighed[i];
    let place = top.length; // after every word at least as heavy (ties: the earlier stays first)
    while (place > 0 && w > weighed[top[place - 1]]) place--;
    if (place >= k) continue;
    top.splice(place, 0, i);
    if (top.length > k) top.pop();
  }
  return top.map((i) => words[i]);
}
