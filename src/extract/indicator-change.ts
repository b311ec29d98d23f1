/**
 * The subject of a change from A to B: both ends measure the phrase written before 由/从. Example:
 * "利用率由五年前的不足五成提高到七成以上" → 利用率 for 五成 and 七成; "报销周期由原来的平均45天缩短到…" → 报销周期.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { CLAUSE_END } from './indicator-words.js';
import { before } from './indicator-before.js';

/** 由 or 从 opening the change, then what stands between it and the figure (no clause break), then the figure. */
const CHANGE_FROM = /[由从]([^,。;:!?()\n由从]{0,16})$/u;
/** A verb of change reaching its end (提高到, 缩短到, 扩大至, 降至, 增至, 变为): the figure after it is the change's end. */
const CHANGE_TO = /(?:提高|提升|增长|增加|扩大|缩短|压缩|降低|下降|减少|上升|缩小|延长|增|降|减|升|变|调整)(?:到|至|为)$/u;

/**
 * The subject of a change from A to B ("X由A提高到B"), for the figure at `start` (A or B): the phrase ending right at
 * 由/从, when the stretch after it holds a figure of change and its verb reaching B (for B) or only A's words (for A: the
 * verb of change follows the figure in the clause).
 */
export function changeSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  const m = CHANGE_FROM.exec(view.slice(Math.max(0, start - 17), start));
  if (!m) return null;
  const at = start - m[0].length;
  const isEnd = CHANGE_TO.test(m[1]);
  if (!isEnd) {
    // A: the verb of change reaching B follows in the same clause.
    let end = start;
    while (end < view.length && end - start < 24 && !CLAUSE_END[view.charCodeAt(end)]) end++;
    if (!/(?:提高|提升|增长|增加|扩大|缩短|压缩|降低|下降|减少|上升|缩小|延长|增|降|减|升|变|调整)(?:到|至|为)/u.test(view.slice(start, end))) return null;
  }
  const span = before(view, at, segmenter);
  return span && span[1] === at ? span : null;
}
