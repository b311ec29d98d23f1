/**
 * The phrase the indicator walk (src/extract/indicator-before.ts) reads before a figure, with jieba and the project's
 * dictionaries, for the tests of the walk's rule families. Example: phraseBefore('托位数仅为2.8个', '2.8') → '托位数'.
 */
import { before } from '../../src/extract/indicator-before.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

/** The phrase before the first `figure` in `text` (null: none). */
export function phraseBefore(text: string, figure: string): string | null {
  const view = normalize(text);
  const span = before(view, view.indexOf(figure), defaultSegmenter());
  return span ? view.slice(span[0], span[1]) : null;
}
