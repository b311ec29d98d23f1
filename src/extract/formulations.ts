// PLACEHOLDER (owned by the quantities helper).
import type { Formulation } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { TextPair } from '../structure/types.js';
export function extractFormulations(_pair: TextPair, _range: Span): Formulation[] {
  return [];
}
