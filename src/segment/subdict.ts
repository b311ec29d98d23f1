/**
 * The document dictionary: only the main-dictionary words that occur in the text, plus two
 * filler lines that keep jieba's arithmetic unchanged.
 *
 * Example: for "市人大常委会开展专题询问" the lines kept include 市, 人大, 人大常委会,
 * 常委会, 询问 … (each with its original frequency and tag). jieba scores a path by the sum
 * of log(freq / total) over its words, and an unknown character by the smallest such weight;
 * it builds each sentence's graph only from dictionary words found in that sentence. So a
 * dictionary holding every word that occurs in the text, with the total and the minimum
 * frequency kept by fillers, segments the text exactly as the full 349k-word dictionary does
 * and loads in milliseconds. (User words always carry a frequency, so the median weight,
 * which jieba gives frequency-less user words, is never used.)
 */
import type { WordIndex } from './wordIndex.js';

/**
 * Filler words made of private-use characters, which no transcript contains: the first
 * carries the smallest frequency of the full dictionary, the second the rest of its total.
 */
export const FILLER_MIN = '\uE000\uE001\uE002\uE003';
export const FILLER_REST = '\uE004\uE005\uE006\uE007';

/** White space, which the parser may take out between two words of a line or of two lines. */
const WHITE = /\s+/gu;

/** Finds the dictionary words of texts, as ids of the index. */
export class WordFinder {
  constructor(readonly index: WordIndex) {}

  /** Adds to `into` the id of every dictionary word occurring anywhere in `text`. */
  collect(text: string, into: Set<number>): Set<number> {
    const add = (id: number) => { into.add(id); };
    for (let i = 0; i < text.length; i++) this.index.matchAt(text, i, add);
    return into;
  }

  /**
   * Like `collect(variant)` when `base`, of the same length, is already collected (a text and
   * its normalized view): only positions whose words could reach a code unit where the two
   * differ are looked at, since any other word of `variant` is a word of `base` too.
   */
  collectVariant(base: string, variant: string, into: Set<number>): Set<number> {
    if (base.length !== variant.length) return this.collect(variant, into);
    const add = (id: number) => { into.add(id); };
    const reach = this.index.header.maxLength;
    let next = 0; // the first position not looked at yet
    for (let i = 0; i < variant.length; i++) {
      if (variant.charCodeAt(i) === base.charCodeAt(i)) continue;
      for (let p = Math.max(next, i - reach + 1); p <= i; p++) this.index.matchAt(variant, p, add);
      next = i + 1;
    }
    return into;
  }

  /**
   * Adds to `into` the words that occur once the white space of `text` is taken out, starting
   * within reach of a place where it was: "投诉⏎量" → 投诉量, "百分之七⏎十二点六" → 百分之七十,
   * 二点六. The parser reads some documents with their line wraps, gaps and letter spacing joined
   * (pipeline.ts), and a word of the joined text missing from a batch chunk's dictionary means
   * loading the whole dictionary again for that one document.
   */
  collectJoined(text: string, into: Set<number>): Set<number> {
    const add = (id: number) => { into.add(id); };
    const reach = this.index.header.maxLength;
    let dense = '';
    const seams: number[] = []; // offsets in `dense` where white space was taken out
    let from = 0;
    for (const m of text.matchAll(WHITE)) {
      dense += text.slice(from, m.index);
      from = m.index + m[0].length;
      if (dense.length > 0 && seams.at(-1) !== dense.length) seams.push(dense.length);
    }
    if (seams.length === 0) return into;
    dense += text.slice(from);
    let next = 0; // the first start not looked at yet
    for (const seam of seams) {
      if (seam >= dense.length) break;
      for (let p = Math.max(next, seam - reach + 1); p < seam; p++) this.index.matchAt(dense, p, add);
      next = seam;
    }
    return into;
  }

  /** The frequency of `word` in the main dictionary, or undefined. */
  frequency(word: string): number | undefined {
    return this.index.value(word);
  }
}

/** The dictionary file text for the given word ids: their lines, then the two fillers. */
export function documentDictionary(index: WordIndex, ids: Iterable<number>): string {
  return new GrowingDictionary(index).text(new Set(ids));
}

/**
 * The document dictionary of a process whose word set only grows (a batch lane loads one per
 * chunk of files, each holding the words before): the lines of the words before are kept, and
 * only the new words' lines are written. With 10,600 words loaded, a chunk that brought six new
 * words cost ~7 ms to write out again, a fifth of its load. The file lists the same lines as
 * `documentDictionary` would (perhaps in another order, which jieba does not read).
 */
export class GrowingDictionary {
  private lines = '';
  private sum = 0;
  private readonly words = new Set<number>();

  constructor(private readonly index: WordIndex) {}

  /** The file text for `ids`; starts over when `ids` lacks a word given before. */
  text(ids: ReadonlySet<number>): string {
    if (this.words.size > ids.size || [...this.words].some((id) => !ids.has(id))) {
      this.lines = '';
      this.sum = 0;
      this.words.clear();
    }
    for (const id of ids) {
      if (this.words.has(id)) continue;
      this.words.add(id);
      this.sum += this.index.valueOf(id);
      this.lines += this.index.line(id) + '\n';
    }
    const { sum: total, min } = this.index.header;
    const rest = total - this.sum - min;
    return this.lines + `${FILLER_MIN} ${min} x\n` + (rest > 0 ? `${FILLER_REST} ${rest} x\n` : '');
  }
}
