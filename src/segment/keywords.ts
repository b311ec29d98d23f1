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
 * four code units (nearly all: 工作, 矛盾纠纷) is its own key, packed into two 32-bit numbers,
 * and its 32-byte slot holds key, weight and this call's count: one wait per token, in a table
 * small enough to stay mostly cached. Longer words go to a Map. The cache is dropped (between
 * calls) once it holds MAX_WORDS words.
 */
const MAX_WORDS = 100_000;
// A slot is 32 bytes: as float64 [weight, -, -, -], as uint32 [-, -, key low, key high, stamp, count, length (0: empty), -].
const F64 = 4;
const U32 = 8;
const KEY_A = 2;
const KEY_B = 3;
const STAMP = 4;
const COUNT = 5;
const LENGTH = 6;
const INITIAL_SLOTS = 8192;
let weights = new Float64Array(0);
let fields = new Uint32Array(0);
let mask = 0;
let used = 0;
/** Bumped when the table is rebuilt larger: slot numbers taken before are stale. */
let generation = 0;
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

function allocate(size: number): void {
  const buffer = new ArrayBuffer(size * 32);
  weights = new Float64Array(buffer);
  fields = new Uint32Array(buffer);
  mask = size - 1;
}

function slotHash(a: number, b: number, length: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1) ^ length;
  h ^= h >>> 15;
  return h;
}

/** The slot of a word of 2 to 4 code units, added (and weighed) when new and `table` is given, else -1 when absent. */
function slotOf(word: string, table: IdfTable | null, stopWords: ReadonlySet<string>): number {
  const length = word.length;
  const a = (word.charCodeAt(0) | (word.charCodeAt(1) << 16)) >>> 0;
  const b = length > 2 ? (word.charCodeAt(2) | (length > 3 ? word.charCodeAt(3) << 16 : 0)) >>> 0 : 0;
  let s = slotHash(a, b, length) & mask;
  for (;;) {
    const u = s * U32;
    const l = fields[u + LENGTH];
    if (l === 0) break;
    if (l === length && fields[u + KEY_A] === a && fields[u + KEY_B] === b) return s;
    s = (s + 1) & mask;
  }
  if (table === null) return -1;
  if ((used + 1) * 10 > (mask + 1) * 7) { // over 70 % full: twice the slots, then insert there
    grow();
    return slotOf(word, table, stopWords);
  }
  const u = s * U32;
  weights[s * F64] = weigh(word, table, stopWords);
  fields[u + KEY_A] = a;
  fields[u + KEY_B] = b;
  fields[u + LENGTH] = length;
  used++;
  return s;
}

function grow(): void {
  const oldFields = fields;
  const oldWeights = weights;
  allocate((mask + 1) * 2);
  generation++;
  for (let o = 0; o * U32 < oldFields.length; o++) {
    const u = o * U32;
    const length = oldFields[u + LENGTH];
    if (length === 0) continue;
    let s = slotHash(oldFields[u + KEY_A], oldFields[u + KEY_B], length) & mask;
    while (fields[s * U32 + LENGTH] !== 0) s = (s + 1) & mask;
    fields.set(oldFields.subarray(u, u + U32), s * U32);
    weights[s * F64] = oldWeights[o * F64];
  }
}

function reset(table: IdfTable, stopWords: ReadonlySet<string>): void {
  allocate(INITIAL_SLOTS);
  used = 0;
  stamp = 0;
  longWords = new Map();
  cachedTable = table;
  cachedStops = stopWords;
}

/** The top `n` keywords of a text given as its tokens (in reading order), best first. */
export function rankKeywords(tokens: readonly string[], n: number, table: IdfTable, stopWords: ReadonlySet<string>): string[] {
  if (table !== cachedTable || stopWords !== cachedStops || used + longWords.size >= MAX_WORDS || stamp >= 0xfffffff0) reset(table, stopWords);
  const now = ++stamp;
  const since = generation;
  // The keywords in order of first occurrence, each counted per occurrence: `at` is a word's
  // slot, or -1 - its index in `long`.
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
    const s = slotOf(word, table, stopWords);
    const u = s * U32;
    if (fields[u + STAMP] === now) { fields[u + COUNT]++; continue; }
    if (Number.isNaN(weights[s * F64])) continue; // no keyword
    fields[u + STAMP] = now;
    fields[u + COUNT] = 1;
    words.push(word);
    at.push(s);
  }
  // The table grew during this call: the slots taken before moved.
  if (generation !== since) for (let i = 0; i < words.length; i++) if (at[i] >= 0) at[i] = slotOf(words[i], null, stopWords);
  const weighed = at.map((s) => (s >= 0 ? fields[s * U32 + COUNT] * weights[s * F64] : long[-1 - s].count * long[-1 - s].weight));
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
