/**
 * Control characters in a transcript: C0 controls other than tab, newlines and form feed, DEL,
 * C1 controls and the bidirectional overrides. They are kept in the text (spans count them)
 * but never printed raw; the record says where the first one stands.
 * Example: "问题一:\u001b[31m如何…" gives one hit at offset 4 (the ESC), count 1.
 */
import type { Span } from '../model/span.js';

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The span of the first control character (UTF-16 offsets, end-exclusive) and how many there are, or null. */
export function findControls(text: string): { first: Span; count: number } | null {
  const hits = [...text.matchAll(CONTROL)];
  if (hits.length === 0) return null;
  const at = hits[0].index!;
  return { first: [at, at + 1], count: hits.length };
}
