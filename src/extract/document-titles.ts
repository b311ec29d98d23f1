/**
 * Document titles in 《》: a name, whose figures measure nothing of the session.
 *
 * Example: "就《黔东南州旅游产业化三年攻坚行动方案（2024—2026年）》实施情况开展专题询问" → no 三年 and no 2024—2026年:
 * the plan's period and its "three years" are part of what the document is called, as 十四五 is of 十四五规划.
 * "印发《2024年工作要点》" → no 2024年 either. A title closes on the same line, within TITLE_REACH code units; an 《 left
 * open (a stray bracket, a title cut by the page) hides nothing.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */

/** The longest title read, in code units (long laws and plans run to about 60 characters). */
const TITLE_REACH = 80;

/** Length of the 《…》 title opening at `pos` (its brackets included), else 0: the caller skips it whole. */
export function documentTitleAt(view: string, pos: number): number {
  if (view.charCodeAt(pos) !== 0x300a) return 0; // 《
  for (let k = pos + 1; k < view.length && k <= pos + TITLE_REACH; k++) {
    const c = view[k];
    if (c === '》') return k - pos + 1;
    if (c === '\n' || c === '《' || c === '。') return 0;
  }
  return 0;
}
