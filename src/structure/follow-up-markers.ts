/**
 * Follow-up marker lines: a line holding only the record's 追问 mark, over the label of the member who asks on:
 *
 *   区发改委主任钮某东：完成投资214.7亿元。
 *   追问：                                 ← also "追问", "【追问】", "（追问）", "**追问：**"
 *   区人大常委会委员任某禾：剩下的110多亿元，两年之内能完成吗？
 *
 * The mark says the exchange under it presses the one before; it is nobody's words (not the question's, not the
 * answer's before it) and names no speaker: the label on the next line (blank lines between allowed) is read as a
 * label, its question marked a follow-up and opening on the mark (a narration turn of that question). A mark with
 * words after it on its line ("追问：剩下的…") is a 问/答 label of its own (labels.ts). Matching runs on the view;
 * offsets are [start, end) UTF-16 code units, 0-based.
 */
import { lineEnd, type SpeechEvent } from './speech.js';
import { lineStartAt } from '../source/line-bounds.js';

/** The mark alone on its line: 追问, maybe bold, in brackets or with its colon (the view folds （）：). */
const MARKER_LINE = /^[ \t]*(?:\*\*|__)?[ \t]*(?:[【\[〔(“‘「][ \t]*追问[ \t]*[】\]〕)”’」]|追问)[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$/u;

/**
 * `events` (in reading order) with each asker's label under a marker line marked a follow-up, anchored at the mark,
 * the events read on the mark's line (its 追问: label, a subhead) replaced by a narration turn for it.
 */
export function markedFollowUps(view: string, events: SpeechEvent[]): SpeechEvent[] {
  if (!view.includes('追问')) return events;
  let out: SpeechEvent[] | null = null;
  for (const e of events) {
    if (e.role !== 'asker' || (e.kind !== 'label' && e.kind !== 'qa-label') || e.wordsStart === null) continue;
    const lineStart = lineStartAt(view, e.start);
    if (view.slice(lineStart, e.start).trim()) continue; // (the label opens its line)
    let end = lineStart - 1; // the line above, blank lines skipped
    while (end > 0 && /\s/u.test(view[end - 1])) end--;
    if (end <= 0) continue;
    const above = lineStartAt(view, end);
    if (!view.slice(above, end).includes('追问') || !MARKER_LINE.test(view.slice(above, end))) continue;
    out ??= [...events];
    const eol = lineEnd(view, above);
    const mark = above + (view.slice(above, eol).length - view.slice(above, eol).trimStart().length);
    const kept: SpeechEvent[] = out.filter((x) => x === e || x.start < above || x.start >= lineStart);
    kept.splice(kept.indexOf(e), 0, { mention: null, role: 'narration', start: mark, anchor: mark, wordsStart: eol, kind: 'label', followUp: false });
    const copy = { ...e, followUp: true, anchor: Math.min(e.anchor, mark) };
    kept[kept.indexOf(e)] = copy;
    out = kept;
  }
  return out ?? events;
}
