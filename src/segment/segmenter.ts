/**
 * The segmenter interface the rest of the library depends on.
 *
 * Example: cut("矛盾纠纷化解率97.78%") → 矛盾纠纷/化解率/97.78/% with spans; structure
 * and extract code receives a `Segmenter` and never imports nodejieba itself, so
 * their tests can run on a small fake. Offsets are UTF-16, end-exclusive, into
 * the string passed to `cut` (callers add their own base offset).
 */
import type { Span } from '../model/span.js';

export interface Token {
  /** Exactly `input.slice(span[0], span[1])`. */
  text: string;
  span: Span;
  /** Part-of-speech tag (jieba's ICTCLAS-style tags: n, v, nr, ns, nt, m, q …) when tagging was asked for. */
  tag?: string;
}

export interface Segmenter {
  /** Split `text` into tokens that tile it exactly (white space included as tokens). */
  cut(text: string): Token[];
  /** Split and tag. */
  tag(text: string): Token[];
  /**
   * Keyword extraction (TF-IDF) over `text`: the top `n` terms, best first.
   */
  keywords(text: string, n: number): string[];
  /**
   * A segmenter that also knows `words` (e.g. the people's names found in this document),
   * so they come out whole.
   */
  withWords(words: readonly string[]): Segmenter;
}
