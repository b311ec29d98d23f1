// PLACEHOLDER (owned by the quantities helper).
import type { Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
export interface QuantityOptions { segmenter: Segmenter; exclude: Span[] }
export function extractQuantities(_pair: TextPair, _range: Span, _options: QuantityOptions): Quantity[] {
  return [];
}
