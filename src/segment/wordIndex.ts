/**
 * A hashed index of a word list (jieba's main dictionary, its IDF table), so that the words
 * of one document are found without reading 349k lines into memory or decoding any text.
 *
 * Example: 人大常委会, 人大代表 and 人大 share the key 人大 (their first two UTF-16 code
 * units) and so the bucket of that key; a document containing "市人大常委会" looks at the
 * buckets of 市人, 人大, 大常, 常委, 委会, 会 and of each single character, and compares the
 * words stored there, code unit by code unit, with the text at that position.
 *
 * File layout (offsets in bytes, each section aligned to 8; little-endian):
 *   line 1    JSON header (`IndexHeader`, with the list of tags) ending in "\n", space-padded
 *   buckets   uint32 × (buckets + 1): start of each bucket in `entries`, in uint16 units
 *   entries   uint16 …: per word, its length L, its L code units, its ordinal (2 × uint16)
 *   values    float64 × lines: the second column (frequency, or IDF)
 *   tags      uint8 × lines: the third column, as an index into `header.tags` (dictionary only)
 * A word is identified by the position of its entry. Its line "词 频率 词性" is rebuilt from
 * these parts; the builder checks that every rebuilt line equals the source line, so a
 * dictionary written from the index is byte for byte what jieba would have read.
 */

export const INDEX_FORMAT = 'inquiry-word-index/2';

export interface IndexHeader {
  format: typeof INDEX_FORMAT;
  /** File name, size in bytes and SHA-256 of the word list the index was built from. */
  source: string;
  size: number;
  sha256: string;
  /** Number of lines (= words) in the source. */
  lines: number;
  /** Number of buckets (a power of two). */
  buckets: number;
  /** Sum and minimum of the second column (frequency for a dictionary, IDF for an IDF table). */
  sum: number;
  min: number;
  /** The longest word, in UTF-16 code units. */
  maxLength: number;
  /** The distinct third columns (POS tags); empty for a two-column list. */
  tags: string[];
  /** Byte offsets of the sections, and the file size. */
  bucketsAt: number;
  entriesAt: number;
  valuesAt: number;
  tagsAt: number;
  end: number;
}

/** The bucket of a key given as code units (`b` = -1 for a one-unit word). */
export function bucketOf(a: number, b: number, buckets: number): number {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x20, 0x85ebca6b);
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0) & (buckets - 1);
}

/** The bucket of a word: keyed by its first two code units, or its only one. */
export function bucketOfWord(word: string, buckets: number): number {
  return bucketOf(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : -1, buckets);
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** Build the index bytes from the source lines (used by scripts/build-dict-index.mjs). Throws when a line would not be rebuilt exactly. */
export function encodeIndex(lines: readonly string[], source: string, sha256: string, size = 0, buckets = 1 << 17): Uint8Array {
  const rows = lines.map((line) => {
    const [word, value, tag] = line.split(' ');
    const row = { word, value: Number(value), tag };
    if (rebuild(row.word, row.value, row.tag) !== line) throw new Error(`word index: cannot rebuild line ${JSON.stringify(line)}`);
    return row;
  });
  const tags = [...new Set(rows.flatMap((r) => (r.tag === undefined ? [] : [r.tag])))];
  if (tags.length > 255) throw new Error('word index: more than 255 tags');
  const groups: number[][] = Array.from({ length: buckets }, () => []);
  rows.forEach((r, n) => groups[bucketOfWord(r.word, buckets)].push(n));
  const entryUnits = rows.reduce((n, r) => n + r.word.length + 3, 0);
  let sum = 0; // in file order, as jieba sums
  let min = Infinity;
  let maxLength = 0;
  for (const r of rows) { sum += r.value; min = Math.min(min, r.value); maxLength = Math.max(maxLength, r.word.length); }
  const draft = (base: number): IndexHeader => {
    const bucketsAt = base;
    const entriesAt = align(bucketsAt + 4 * (buckets + 1));
    const valuesAt = align(entriesAt + 2 * entryUnits);
    const tagsAt = valuesAt + 8 * rows.length;
    const end = tagsAt + (tags.length ? rows.length : 0);
    return { format: INDEX_FORMAT, source, size, sha256, lines: rows.length, buckets, sum, min, maxLength, tags, bucketsAt, entriesAt, valuesAt, tagsAt, end };
  };
  const encoder = new TextEncoder();
  // The header states the offsets that follow it: size it with large offsets, then pad.
  const base = align(encoder.encode(JSON.stringify(draft(1e9)) + '\n').length);
  const header = draft(base);
  const out = new Uint8Array(header.end);
  out.set(encoder.encode(JSON.stringify(header).padEnd(base - 1, ' ') + '\n'), 0);
  const bucketTable = new Uint32Array(out.buffer, header.bucketsAt, buckets + 1);
  const entries = new Uint16Array(out.buffer, header.entriesAt, entryUnits);
  const values = new Float64Array(out.buffer, header.valuesAt, rows.length);
  const tagOf = new Uint8Array(out.buffer, header.tagsAt, header.end - header.tagsAt);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  let at = 0;
  let ordinal = 0;
  groups.forEach((group, b) => {
    bucketTable[b] = at;
    for (const n of group) {
      const { word, value, tag } = rows[n];
      entries[at++] = word.length;
      for (let i = 0; i < word.length; i++) entries[at++] = word.charCodeAt(i);
      entries[at++] = ordinal >>> 16;
      entries[at++] = ordinal & 0xffff;
      values[ordinal] = value;
      if (tag !== undefined) tagOf[ordinal] = tagIndex.get(tag)!;
      ordinal++;
    }
  });
  bucketTable[buckets] = at;
  return out;
}

function rebuild(word: string, value: number, tag: string | undefined): string {
  return tag === undefined ? `${word} ${value}` : `${word} ${value} ${tag}`;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Read access to an index held in memory (typed-array views, nothing decoded up front). */
export class WordIndex {
  readonly header: IndexHeader;
  private readonly bucketTable: Uint32Array;
  private readonly entries: Uint16Array;
  private readonly values: Float64Array;
  private readonly tagOf: Uint8Array;

  constructor(bytes: Uint8Array) {
    if (!LITTLE_ENDIAN) throw new Error('word index: a big-endian machine cannot read it');
    if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) throw new Error('word index: no header line');
    const h = JSON.parse(new TextDecoder().decode(bytes.subarray(0, newline))) as IndexHeader;
    if (h.format !== INDEX_FORMAT) throw new Error(`word index: format ${h.format}, expected ${INDEX_FORMAT}`);
    if (bytes.length !== h.end) throw new Error('word index: truncated');
    this.header = h;
    const { buffer, byteOffset: o } = bytes;
    this.bucketTable = new Uint32Array(buffer, o + h.bucketsAt, h.buckets + 1);
    this.entries = new Uint16Array(buffer, o + h.entriesAt, (h.valuesAt - h.entriesAt) / 2);
    this.values = new Float64Array(buffer, o + h.valuesAt, h.lines);
    this.tagOf = new Uint8Array(buffer, o + h.tagsAt, h.end - h.tagsAt);
  }

  /**
   * Calls `found(id, length)` for every word occurring in `text` at offset `at` (UTF-16).
   * The id is the word's entry position. One-unit words live in the bucket of that unit.
   */
  matchAt(text: string, at: number, found: (id: number, length: number) => void): void {
    const e = this.entries;
    const table = this.bucketTable;
    const a = text.charCodeAt(at);
    const one = bucketOf(a, -1, this.header.buckets);
    for (let p = table[one], end = table[one + 1]; p < end; p += e[p] + 3) {
      if (e[p] === 1 && e[p + 1] === a) found(p, 1);
    }
    if (at + 1 >= text.length) return;
    const b = text.charCodeAt(at + 1);
    const two = bucketOf(a, b, this.header.buckets);
    for (let p = table[two], end = table[two + 1]; p < end; p += e[p] + 3) {
      const length = e[p];
      if (length < 2 || e[p + 1] !== a || e[p + 2] !== b || at + length > text.length) continue;
      let i = 2;
      while (i < length && e[p + 1 + i] === text.charCodeAt(at + i)) i++;
      if (i === length) found(p, length);
    }
  }

  /** The id of `word`, or -1. */
  idOf(word: string): number {
    let id = -1;
    if (word.length > 0) this.matchAt(word, 0, (p, length) => { if (length === word.length) id = p; });
    return id;
  }

  /** The word of an id. */
  word(id: number): string {
    // (A loop, not a spread of the subarray: spreading runs the iterator protocol, slow until optimized.)
    const e = this.entries;
    let word = '';
    for (let i = id + 1, end = id + 1 + e[id]; i < end; i++) word += String.fromCharCode(e[i]);
    return word;
  }

  /** The second column of an id's line. */
  valueOf(id: number): number {
    return this.values[this.ordinal(id)];
  }

  /** The source line of an id, rebuilt exactly ("人大常委会 4544 nt"), without newline. */
  line(id: number): string {
    const n = this.ordinal(id);
    return rebuild(this.word(id), this.values[n], this.header.tags.length ? this.header.tags[this.tagOf[n]] : undefined);
  }

  /** The third column of `word`'s line (its POS tag, '' in a two-column list), or undefined when the list lacks the word. */
  tag(word: string): string | undefined {
    const id = this.idOf(word);
    if (id < 0) return undefined;
    return this.header.tags.length ? this.header.tags[this.tagOf[this.ordinal(id)]] : '';
  }

  /** The second column of `word`'s line, or undefined. */
  value(word: string): number | undefined {
    const id = this.idOf(word);
    return id < 0 ? undefined : this.valueOf(id);
  }

  /** The source line of `word`, or undefined. */
  find(word: string): string | undefined {
    const id = this.idOf(word);
    return id < 0 ? undefined : this.line(id);
  }

  private ordinal(id: number): number {
    const after = id + 1 + this.entries[id];
    return (this.entries[after] << 16) | this.entries[after + 1];
  }
}
