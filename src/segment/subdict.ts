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
import { keyOf, type Entry, type WordIndex } from './wordIndex.js';

/**
 * Filler words made of private-use characters, which no transcript contains: the first
 * carries the smallest frequency of the full dictionary, the second the rest of its total.
 */
export const FILLER_MIN = '\uE000\uE001\uE002\uE003';
export const FILLER_REST = '\uE004\uE005\uE006\uE007';

/** Per-key candidates grouped by word length, so a position costs one lookup per length. */
interface Candidates {
  lengths: number[];
  words: Map<string, string>;
}

const NONE: Candidates = { lengths: [], words: new Map() };

/** Finds the dictionary lines of texts; caches decoded buckets across calls. */
export class WordFinder {
  private readonly candidates = new Map<string, Candidates>();

  constructor(readonly index: WordIndex) {}

  private candidatesOf(key: string): Candidates {
    let c = this.candidates.get(key);
    if (!c) {
      const entries: Entry[] = this.index.entries(key);
      c = entries.length === 0 ? NONE : { lengths: [...new Set(entries.map((e) => e.word.length))].sort((a, b) => a - b), words: new Map(entries.map((e) => [e.word, e.line])) };
      this.candidates.set(key, c);
    }
    return c;
  }

  /** Adds to `into` (word → line) every dictionary word occurring anywhere in `text`. */
  collect(text: string, into: Map<string, string>): Map<string, string> {
    for (let i = 0; i < text.length; i++) {
      // Words of one code unit are keyed by it, longer words by their first two.
      const single = this.candidatesOf(text[i]);
      if (single !== NONE) into.set(text[i], single.words.get(text[i])!);
      if (i + 1 === text.length) break;
      const key = text.slice(i, i + 2);
      const c = this.candidatesOf(key);
      for (const len of c.lengths) {
        if (i + len > text.length) break;
        const word = len === 2 ? key : text.slice(i, i + len);
        const line = c.words.get(word);
        if (line !== undefined) into.set(word, line);
      }
    }
    return into;
  }

  /** The frequency of `word` in the main dictionary, or undefined. */
  frequency(word: string): number | undefined {
    const line = this.candidatesOf(keyOf(word)).words.get(word);
    return line === undefined ? undefined : Number(line.split(' ')[1]);
  }
}

/** The dictionary file text for the given lines: those lines plus the two fillers. */
export function documentDictionary(lines: Iterable<string>, total: number, min: number): string {
  let sum = 0;
  let out = '';
  for (const line of lines) {
    sum += Number(line.split(' ')[1]);
    out += line + '\n';
  }
  const rest = total - sum - min;
  out += `${FILLER_MIN} ${min} x\n`;
  if (rest > 0) out += `${FILLER_REST} ${rest} x\n`;
  return out;
}
