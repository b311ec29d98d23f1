/**
 * Turns cut off by a bad save: a speaker's words that stop with no closing stop.
 *
 * Example: "区财政局局长 覃美玲:…我们还将采取三项措施:一是按服务人次给予补贴;二是…奖励10万元;三是" and then the
 * file ends (or another transcript's title follows): the answer was cut off after 三是. A turn ends on a stop
 * (。?!…), a closing quote or bracket, or a colon opening what follows; ending on a word, a comma or a
 * list's 、 after a sentence that runs on in clauses (",", ";"), it was cut. Matching runs on the view; spans [start, end) are 0-based UTF-16 offsets.
 */
import type { Turn } from '../model/record.js';
import { warning, type Warning } from '../model/diagnostics.js';
import type { TextPair } from './types.js';
import { frameKind } from './frame.js';
import { lineStartAt } from '../source/line-bounds.js';
import { isMarkedHeading } from './heading-lines.js';

/** The last character of words that were cut: a Han character, a letter or digit, a comma or 、. */
const CUT_END = /[\p{sc=Han}\p{L}\p{N},、]$/u;
/** The words after the last stop (or closing quote) of the last line run on in clauses: a comma or semicolon among them. */
const UNFINISHED = /[,;][^。?!”’]*$/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
/** Words long enough to be a sentence: a bare label ("市长某某:") or a one-word reply ("好") is no cut text. */
const MIN_WORDS = 8;

/** A `truncated-text` warning for each asker's or responder's turn of `turns` whose words end cut off. */
export function truncatedTurns({ text, view }: TextPair, turns: readonly Turn[]): Warning[] {
  const out: Warning[] = [];
  for (const [k, t] of turns.entries()) {
    if (t.role !== 'asker' && t.role !== 'responder') continue;
    if (resumedAfterCaption(view, turns, k)) continue;
    let end = t.span[1];
    while (end > t.span[0] && /\s/.test(view[end - 1])) end--;
    if (end - t.span[0] < MIN_WORDS || !CUT_END.test(view.slice(Math.max(t.span[0], end - 2), end))) continue;
    // A turn that ends inside its line hands its sentence on to the next turn ("在回应代表某关于预算执行的提问时,
    // 局长某介绍,…": the asker's adverbial, then the answer): the comma is a clause boundary, nothing was cut.
    if (end === t.span[1] && end < view.length && !LINE_BREAK.test(view[end])) continue;
    // The unfinished sentence runs on in clauses ("…;三是", "…,评估优秀的中"): a heading, a field ("完成时限:10月前"),
    // a page footer or an attribution ("”——市人大代表 某某") set at the turn's end has none.
    const line = view.slice(Math.max(t.span[0], lineStartAt(view, end)), end);
    if (!UNFINISHED.test(line)) continue;
    // ("▍表态：以问促改，守护成长": a marked section heading after the answer is the post's, its pause no unfinished clause.)
    if (isMarkedHeading(text.slice(Math.max(t.span[0], lineStartAt(view, end)), end))) continue;
    const at = Math.max(t.span[0], end - 4);
    out.push(warning('truncated-text', `the ${t.role}'s turn ends with no closing stop (“…${text.slice(at, end)}”): cut off here`, [at, end]));
  }
  return out;
}

/**
 * The speaker of `turns[k]` goes on after a photo caption set inside their words ("…二是扩大助餐服务覆盖面,⏎▲ 区民政局局长某某回答
 * 询问（图片来源:…）⏎今年新增老年助餐点18个,…"): the caption is a narration turn between two turns of theirs, nothing was cut.
 */
function resumedAfterCaption(view: string, turns: readonly Turn[], k: number): boolean {
  const caption = turns[k + 1];
  const after = turns[k + 2];
  if (!caption || !after || caption.role !== 'narration' || after.speaker !== turns[k].speaker || after.role !== turns[k].role) return false;
  return frameKind(view.slice(caption.span[0], caption.span[1]).trim()) === 'caption';
}
