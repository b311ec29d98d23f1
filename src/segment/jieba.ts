// PLACEHOLDER (owned by the segmentation helper): one token per character, no nodejieba yet.
import type { Segmenter, Token } from './segmenter.js';
function chars(text: string): Token[] {
  return Array.from(text.matchAll(/[\s\S]/gu), (m) => ({ text: m[0], span: [m.index!, m.index! + m[0].length] as [number, number] }));
}
const placeholder: Segmenter = { cut: chars, tag: chars, keywords: () => [], withWords: () => placeholder };
export function defaultSegmenter(): Segmenter {
  return placeholder;
}
