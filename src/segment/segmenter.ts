/**
 * The segmenter interface the rest of the library depends on.
 *
 * Example: cut("矛盾纠纷化解率97.78%") → 矛盾纠纷/化解率/97.78/% with spans; structure
 * and extract code receives a `Segmenter` and never imports nodejieba itself, so
 * their tests can run on a small fake. Offsets are UTF-16, end-exclusive, into
 * the string passed to `cut` (callers add their own base offset).
 */
import type { Span } from '../model/span.js';
import type { IdfTable } from './keywords.js';

/** Tokens of one input, and whether jieba's output could be lined up with it. */
export interface Segmentation {
  /** Tokens tiling the input (one per character when `anchored` is false). */
  tokens: Token[];
  /** False: the per-character fallback was used; the caller warns `segment-anchor-failed`. */
  anchored: boolean;
}

export interface Token {
  /** Exactly `input.slice(span[0], span[1])`. */
  text: string;
  span: Span;
  /** Part-of-speech tag (jieba's ICTCLAS-style tags: n, v, nr, ns, nt, m, q …) when tagging was asked for. */
  tag?: string;
}

/** What a caller knows of the text that keyword extraction should heed. */
export interface KeywordOptions {
  /** Terms kept as one token wherever they occur in the text (“一案一策”, 四个最严), as names are. */
  whole?: readonly string[];
  /** True for a word that is never a keyword (a count such as 三项, a word of the turn frame such as 请问). */
  exclude?: (word: string) => boolean;
  /** True for a word that is no keyword right after a token ending in a digit (个村 in 12 | 个村: the count's fragment). */
  afterFigure?: (word: string) => boolean;
  /** True for two characters that may open a personal name (韩子 of 韩子墨: a surname first): cut off before one character, a name cut short, no keyword. */
  opensName?: (word: string) => boolean;
  /**
   * The text is part of the document `prepare` was last given, with stretches replaced by white
   * space (the labels blanked): its words are the document's, since white space never makes a
   * word, so no dictionary lookup is needed for it.
   */
  prepared?: boolean;
}

export interface Segmenter {
  /** Split `text` into tokens that tile it exactly (white space included as tokens). */
  cut(text: string): Token[];
  /** Split and tag. */
  tag(text: string): Token[];
  /**
   * Like `cut` (or `tag` when `tag` is true) but also says whether the tokens are jieba's
   * or the per-character fallback. Optional so that small fakes need not implement it.
   */
  segment?(text: string, tag?: boolean): Segmentation;
  /**
   * Hint: parts of these texts (e.g. a transcript and its normalized view) are about to be
   * segmented; a segmenter that loads resources per text (jieba's document dictionary)
   * loads them once for all of them. Optional.
   */
  prepare?(...texts: string[]): void;
  /** How many cuts so far fell back to one token per character (a running count, so a caller can warn). Optional. */
  anchorFailures?(): number;
  /**
   * Keyword extraction (TF-IDF) over `text`: the top `n` terms, best first. `options` may keep
   * terms whole and rule words out; a segmenter without them (a small fake) may ignore it.
   */
  keywords(text: string, n: number, options?: KeywordOptions): string[];
  /**
   * Inverse document frequencies of words in a general background corpus (jieba's idf.utf8),
   * with the table's average for words it lacks. Optional: small fakes have none.
   */
  idfTable?(): IdfTable;
  /**
   * The dictionary's tag of a word ("d", "nt" …), '' for a word it holds untagged, undefined for a word it lacks: what
   * tells a piece of a word from a word (fragments.ts). Optional: small fakes have no dictionary.
   */
  tagOf?(word: string): string | undefined;
  /**
   * A segmenter that also knows `words` (e.g. the people's names found in this document),
   * so they come out whole.
   */
  withWords(words: readonly string[]): Segmenter;
}
