/**
 * A list cut off by an interruption and resumed: "岳某：…主要采取三项措施：一是新建管网136公里——" then the chair
 * ("贺某：打断一下，请简要回答。") or the member ("我插一句，…？"), then "岳某：好的。二是新增泵车42台，三是建设监测平台。".
 * The dash at the turn's end marks the cut; the same responder resuming with the next marker of a series (二是 after
 * 一是) goes on with the same list (a marker said right before the cut, "第二……", is said again on resuming). For reading lists, the responder's two turns are one stretch and everything
 * from the dash to the resumed marker (the cut, the others' words, "好的。"/"我接着说，") is blanked in the view —
 * spaces, so offsets are kept and no measure's text holds it. Offsets are UTF-16 code units, [start, end).
 */
import type { Span } from '../model/span.js';

export interface Stretch {
  speaker: string | null;
  role: 'asker' | 'responder' | 'narration';
  span: Span;
}

/** A turn cut off mid-word: a dash or an ellipsis ending it. */
const CUT_OFF = /(?:—{1,2}|-{2}|…{1,2}|\.{3,6})\s*$/u;
/** The cut-off mark at the turn's end, and the next item's marker said just before it, nothing after ("；第二……"). */
const CUT_MARK = /(?:(?:[二三四五六七八九十]是|第[二三四五六七八九十]|\([二三四五六七八九十]\)|其[二三四五六七八九十])\s*[,:]?\s*)?(?:—{1,2}|-{2}|…{1,2}|\.{3,6})(?=\s*$)/u;
/** A later item of a series opening the resumed words, near their start: 二是, 第二, (二), 其二. */
const NEXT_MARKER = /[二三四五六七八九十]是|第[二三四五六七八九十](?![\d次届年])|\([二三四五六七八九十]\)|其[二三四五六七八九十]/u;
/** How far into the resumed turn its next marker may stand ("好的。我接着说，二是…"). */
const RESUME_REACH = 40;

/** True when `cut` (a responder's words) end cut off and `resumed` (their next words) go on with a later marker of a series. */
export function resumesList(cut: string, resumed: string): boolean {
  return CUT_OFF.test(cut) && NEXT_MARKER.test(resumed.slice(0, RESUME_REACH));
}

/**
 * `stretches` with each responder's cut-off turn joined to their resumed one (the turns between dropped), and the
 * view with the spans between blanked; the same arrays when nothing is cut off.
 */
export function joinInterrupted(view: string, stretches: Stretch[]): { stretches: Stretch[]; view: string } {
  const cur = [...stretches];
  const blanks: Span[] = [];
  for (let k = 0; k < cur.length; k++) {
    const s = cur[k];
    if (s.role !== 'responder' || !CUT_OFF.test(view.slice(s.span[0], s.span[1]))) continue;
    // The same responder's next turn, with only others' turns (no other responder) before it.
    let j = k + 1;
    while (j < cur.length && cur[j].role !== 'responder') j++;
    const r = cur[j];
    if (!r || r.speaker !== s.speaker || j === k + 1) continue;
    const next = NEXT_MARKER.exec(view.slice(r.span[0], Math.min(r.span[1], r.span[0] + RESUME_REACH)));
    if (!next) continue;
    const words = view.slice(s.span[0], s.span[1]);
    blanks.push([s.span[0] + (CUT_MARK.exec(words)?.index ?? words.length), r.span[0] + next.index]);
    cur.splice(k, j - k + 1, { speaker: s.speaker, role: 'responder', span: [s.span[0], r.span[1]] });
    k--; // (read on from the joined stretch: a list cut twice joins again)
  }
  if (!blanks.length) return { stretches, view };
  let blanked = '';
  let at = 0;
  for (const [a, b] of blanks.sort((x, y) => x[0] - y[0])) {
    blanked += view.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return { stretches: cur, view: blanked + view.slice(at) };
}
