/**
 * A bucketed index of a word list (jieba's main dictionary, its IDF table), so that the
 * words of one document are found without reading 349k lines into memory.
 *
 * Example: 人大常委会, 人大代表 and 人大 share the key "人大" (their first two UTF-16 code
 * units), so they sit in the same bucket; a document containing "市人大常委会" looks up the
 * buckets of 市人, 人大, 大常, 常委, 委会, 会 and the single characters, and keeps the lines
 * whose word occurs at that position.
 *
 * File layout (all offsets in bytes):
 *   line 1   JSON header (`IndexHeader`) ending in "\n"
 *   then     (buckets + 1) little-endian uint32: start of each bucket, relative to the payload
 *   then     the payload: the source lines, UTF-8, "\n"-terminated, grouped by bucket
 * Lines are copied from the source unchanged ("人大常委会 23 nt" or "劳动防护 13.90"), so the
 * small dictionary written from them is byte-for-byte what jieba would have read.
 */

export const INDEX_FORMAT = 'inquiry-word-index/1';

export interface IndexHeader {
  format: typeof INDEX_FORMAT;
  /** File name of the word list the index was built from, and its SHA-256. */
  source: string;
  sha256: string;
  /** Number of lines (= words) in the source. */
  lines: number;
  /** Number of buckets (a power of two). */
  buckets: number;
  /** Sum and minimum of the second column (frequency for a dictionary, IDF for an IDF table). */
  sum: number;
  min: number;
  /** Byte offset of the offset table and of the payload. */
  offsetsAt: number;
  payloadAt: number;
}

/** The key of a word: its first two UTF-16 code units (one for a one-unit word). */
export function keyOf(word: string): string {
  return word.slice(0, 2);
}

/** The bucket of a key; collisions only add candidates, which callers filter. */
export function bucketOf(key: string, buckets: number): number {
  const a = key.charCodeAt(0);
  const b = key.length > 1 ? key.charCodeAt(1) : 0;
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x1f, 0x85ebca6b);
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0) & (buckets - 1);
}

/** Build the index bytes from the source lines (used by scripts/build-dict-index.mjs). */
export function encodeIndex(lines: readonly string[], source: string, sha256: string, buckets = 1 << 17): Uint8Array {
  const groups: string[][] = Array.from({ length: buckets }, () => []);
  let sum = 0;
  let min = Infinity;
  for (const line of lines) {
    const [word, value] = line.split(' ');
    groups[bucketOf(keyOf(word), buckets)].push(line + '\n');
    const v = Number(value);
    sum += v;
    min = Math.min(min, v);
  }
  const encoder = new TextEncoder();
  const chunks = groups.map((g) => encoder.encode(g.join('')));
  const payloadSize = chunks.reduce((n, c) => n + c.length, 0);
  // The header states its own size, so it is written twice until the length settles.
  let header = '';
  let offsetsAt = 0;
  for (let i = 0; i < 3; i++) {
    const h: IndexHeader = { format: INDEX_FORMAT, source, sha256, lines: lines.length, buckets, sum, min, offsetsAt, payloadAt: offsetsAt + 4 * (buckets + 1) };
    header = JSON.stringify(h) + '\n';
    offsetsAt = encoder.encode(header).length;
  }
  const headerBytes = encoder.encode(header);
  const out = new Uint8Array(headerBytes.length + 4 * (buckets + 1) + payloadSize);
  out.set(headerBytes, 0);
  const view = new DataView(out.buffer);
  let at = 0;
  for (let b = 0; b <= buckets; b++) {
    view.setUint32(headerBytes.length + 4 * b, at, true);
    if (b < buckets) {
      out.set(chunks[b], headerBytes.length + 4 * (buckets + 1) + at);
      at += chunks[b].length;
    }
  }
  return out;
}

/** One index entry: the word and its source line (without the newline). */
export interface Entry {
  word: string;
  line: string;
}

const NO_ENTRIES: Entry[] = [];

/** Read access to an index held in memory; buckets are decoded on first use only. */
export class WordIndex {
  readonly header: IndexHeader;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();
  private readonly byKey = new Map<string, Entry[]>();

  constructor(private readonly bytes: Uint8Array) {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) throw new Error('word index: no header line');
    this.header = JSON.parse(this.decoder.decode(bytes.subarray(0, newline))) as IndexHeader;
    if (this.header.format !== INDEX_FORMAT) throw new Error(`word index: unknown format ${this.header.format}`);
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The entries whose word starts with `key` (one or two code units). */
  entries(key: string): Entry[] {
    let found = this.byKey.get(key);
    if (found) return found;
    const { buckets, offsetsAt, payloadAt } = this.header;
    const b = bucketOf(key, buckets);
    const start = this.view.getUint32(offsetsAt + 4 * b, true);
    const end = this.view.getUint32(offsetsAt + 4 * (b + 1), true);
    found = NO_ENTRIES;
    if (end > start) {
      const text = this.decoder.decode(this.bytes.subarray(payloadAt + start, payloadAt + end));
      // Lines of other keys share the bucket; a line is ours when its word starts with the
      // key and is exactly one code unit long for a one-unit key.
      for (let at = 0; at < text.length;) {
        const newline = text.indexOf('\n', at);
        const line = text.slice(at, newline);
        at = newline + 1;
        const space = line.indexOf(' ');
        if (line.startsWith(key) && (key.length === 2 ? space >= 2 : space === 1)) {
          if (found === NO_ENTRIES) found = [];
          found.push({ word: line.slice(0, space), line });
        }
      }
    }
    this.byKey.set(key, found);
    return found;
  }

  /** The source line of `word`, or undefined. */
  find(word: string): string | undefined {
    return this.entries(keyOf(word)).find((e) => e.word === word)?.line;
  }
}
