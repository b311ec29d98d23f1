/**
 * Re-anchoring: jieba returns strings ("市人大常委会副主任缪应虎" → 市/人大常委会/副主任/缪应虎);
 * this lines them up with the input so each token gets its span.
 *
 * Offsets are UTF-16 code units, 0-based, end-exclusive `[start, end)`, into the string that
 * was segmented. The pieces must spell the input exactly, in order (jieba keeps spaces and
 * punctuation as tokens; lone surrogates are made U+FFFD first, see `wellFormed`). When they
 * do not (a binding that drops or alters characters …) the whole input falls back to one token per character and
 * `anchored` is false, so the caller can warn `segment-anchor-failed`.
 */
import type { Token } from './segmenter.js';

/** A word as jieba returned it, with its part-of-speech tag when tagging was asked for. */
export interface Piece {
  word: string;
  tag?: string;
}

export interface Anchored {
  /** Tokens tiling the input: consecutive spans from 0 to input.length. */
  tokens: Token[];
  /** False when the pieces did not spell the input and the per-character fallback was used. */
  anchored: boolean;
}

export function anchor(input: string, pieces: readonly Piece[]): Anchored {
  const tokens: Token[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.word.length === 0) continue;
    if (!input.startsWith(piece.word, at)) return { tokens: perCharacter(input), anchored: false };
    const token: Token = { text: piece.word, span: [at, at + piece.word.length] };
    if (piece.tag !== undefined) token.tag = piece.tag;
    tokens.push(token);
    at += piece.word.length;
  }
  if (at !== input.length) return { tokens: perCharacter(input), anchored: false };
  return { tokens, anchored: true };
}

/**
 * `input` with each lone surrogate replaced by U+FFFD, which keeps the length (both are one
 * code unit). nodejieba receives strings as UTF-8, where a lone surrogate becomes U+FFFD;
 * segmenting the well-formed copy and slicing the original keeps every span valid.
 */
export function wellFormed(input: string): string {
  // Nearly every text has no surrogate at all: one pass over the code units instead of the
  // replacing regex (with its lookbehind at every offset).
  let i = 0;
  while (i < input.length && (input.charCodeAt(i) & 0xf800) !== 0xd800) i++;
  if (i === input.length) return input;
  return input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** One token per code point (a surrogate pair stays whole). */
export function perCharacter(input: string): Token[] {
  return Array.from(input.matchAll(/[\s\S]/gu), (m) => ({ text: m[0], span: [m.index, m.index + m[0].length] as [number, number] }));
}
