/**
 * Folding names and texts so that spellings of the same thing meet.
 *
 * Example: "市体育局" written in Traditional as "市體育局" or with a full-width
 * space "市　体育局" folds to the key "市体育局"; "提升司法保障实效。" and
 * "提升司法保障实效" fold to the same measure key. Out of scope on purpose:
 * 市法院 vs 市中级人民法院 (different words for one court) stay different.
 */
import { normalize } from '../source/normalize.js';

/** Key for an organization or a personal name: normalized view, white space and quotes dropped. */
export function nameKey(name: string): string {
  return normalize(name).replace(/[\s"'“”‘’「」『』《》<>·•]/gu, '');
}

/** Key for a sentence: normalized view with punctuation and white space dropped. */
export function textKey(text: string): string {
  return normalize(text).replace(/[\s\p{P}\p{S}]/gu, '');
}
