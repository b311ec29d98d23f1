/**
 * The compare library: `compare(a, b)` and the shape of its result.
 * Example: `compare(parse(text2025), parse(text2024)).figures.pairs[0].change.text` → "+0.82 个百分点".
 */
export { compare, type CompareOptions, DEFAULT_TOPIC_THRESHOLD, DEFAULT_PROMISE_THRESHOLD } from './compare.js';
export { mirror } from './mirror.js';
export type * from './types.js';
export { COMPARISON_VERSION } from './types.js';
