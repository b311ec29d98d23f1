/**
 * A side box set between the exchanges, quoting speech from another time: "【延伸阅读】⏎2019年专题询问回顾：委员某某问：建成区
 * 黑臭水体什么时候能消除？市水利局局长某某答：两年内全部消除…". Its labels are no turns of this meeting: whoever asks or
 * answers there asks no question of it, answers none, and is followed up by nobody. The box is its heading (【延伸阅读】,
 * 【相关链接】, 【背景】, 【回顾】, 【链接】, 【资料】, with words after it on its line or not) and the paragraph under it: it ends at
 * the next blank line (a heading alone on its line takes the paragraph under it). The reporter's, a narration turn at most.
 * Lines are the view's content lines (blocks.ts), in reading order.
 */
import type { Line } from './blocks.js';

/** A box's heading in corner (or square) brackets opening its line. */
const BOX_HEADING = /^[【\[]\s*(?:延伸阅读|相关链接|知识链接|资料链接|新闻链接|背景(?:资料|链接|介绍)?|回顾|往期回顾|链接|资料)\s*[】\]]/u;

/** The lines of the side boxes of `lines` (content lines of `view`, in reading order). */
export function sideBoxLines(view: string, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    const words = view.slice(lines[k].content[0], lines[k].content[1]);
    const heading = BOX_HEADING.exec(words);
    if (!heading) continue;
    out.push(lines[k]);
    // (A heading alone on its line heads the paragraph under it, a blank line between or not.)
    let j = k + 1;
    if (words.trim() === heading[0] && j < lines.length) out.push(lines[j++]);
    for (; j < lines.length && lines[j].index === lines[j - 1].index + 1; j++) out.push(lines[j]);
    k = j - 1;
  }
  return out;
}
