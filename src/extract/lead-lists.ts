/**
 * Lists without ordinal markers whose items open with a lead phrase: "我们将采取以下措施。⏎加快水源工程建设。今年开工…
 * ⏎实施供水管网延伸。依托…⏎完善应急供水机制。对…" lists three measures (marker null), as does the bold form
 * "做好以下工作。⏎**推行“综合查一次”。**在…⏎**全面推广“无感监管”。**依托…".
 *
 * The list needs an announcement ending the line before it: 以下/如下 ("采取以下措施。", "以下几项工作:", "从以下三个
 * 方面"), or a count of measures (announce.ts: "采取三项措施:", "“三个强化”:"). Each following line is an item while it
 * opens with a short verb–object heading — a measure verb (measure-verbs.ts), 2–16 characters without a stop, closed by
 * 。 or , or a bold mark — up to the stretch's end or the first line that does not. A formulation of a count and a verb
 * ("“三个强化”:") names its items by that verb: its ;-separated segments each open with it ("强化智能监控,…;强化专项
 * 整治,…;强化队伍建设,…"). Not read: facts or problems announced ("有关情况如下:", "存在以下问题。"), a heading with no
 * announcement, a deed reported ("加强了监管。").
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Announcement } from './announce.js';
import { findAnnouncement, introducesProblems, NUM } from './announce.js';
import type { BlockNode, ItemNode } from './enumeration.js';
import { measureVerbAt } from './measure-verbs.js';
import { parseNumeral } from './numerals.js';

export interface LeadList {
  block: BlockNode;
  announcement: Announcement;
}

/** An announcement by 以下/如下 ending its sentence: the words from 以下 to the stop (or the colon). */
const FOLLOWING = /(?:从|就)?(?:以下|如下)[^,;:。!?\n]{0,10}$/;
/** What 以下 may announce that is no measure: facts, figures, problems and their causes. */
const NOT_MEASURES = /(?:情况|数据|问题|原因|困难|不足|差距|短板|成效|成绩|进展|背景|数字|特点|变化|因素|事实|结果)/;
/** A quoted count and a verb of one or two characters, then the separator: "“三个强化”:" (group 1 the count, 2 the verb). */
const COUNTED_VERB = new RegExp(`“${NUM}(?:个|项|大)?([\\u4e00-\\u9fff]{1,2})”[\\u4e00-\\u9fff]{0,4}:$`);
/** A heading at a line's start: bold mark maybe, 2–16 characters of words (quotes, 、), closed by 。 or , or a bold mark. */
const HEADING = /[ \t\u3000]*(\*\*|__)?([\p{sc=Han}“”"、A-Za-z0-9]{2,16}?)(?:。(?:\*\*|__)?|(?:\*\*|__)。?|,)/uy;

/** The lead lists of the stretch `[from, to)`; `floor(p)`: where an announcement for a list at `p` may start. */
export function findLeadLists(view: string, from: number, to: number, quoted: Uint8Array, floor: (p: number) => number): LeadList[] {
  const out: LeadList[] = [];
  const lines = linesOf(view, from, to);
  for (let k = 0; k < lines.length; k++) {
    const [ls, le] = lines[k];
    // "抓好“两个强化”:强化智能监控,…;强化队伍建设,…。": the segments on the announcement's own line.
    const inline = inlineVerbList(view, quoted, lines, k);
    if (inline) {
      out.push(inline);
      while (k + 1 < lines.length && lines[k + 1][0] < inline.block.end) k++;
      continue;
    }
    if (k + 1 >= lines.length) break;
    const head = announcementOf(view, ls, le, lines[k + 1][0], quoted, floor);
    if (!head) continue;
    const items: ItemNode[] = head.verb !== null ? verbSegments(view, quoted, lines, k + 1, head.verb, lines[k + 1][0]) : headingLines(view, lines, k + 1);
    if (items.length < 2) continue;
    out.push({ block: { family: 'series', start: items[0].start, end: items[items.length - 1].end, items, group: undefined }, announcement: head.announcement });
    while (k + 1 < lines.length && lines[k + 1][0] < items[items.length - 1].end) k++;
  }
  return out;
}

/** The non-blank lines of `[from, to)`, each as [start, end) without its line break. */
function linesOf(view: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let s = from; s < to;) {
    let e = view.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    if (view.slice(s, e).trim() !== '') out.push([s, e]);
    s = e + 1;
  }
  return out;
}

/**
 * The announcement ending the line `[ls, le)` for a list on the line at `next`: its last sentence ends in 。 or a colon
 * (bold marks after it aside) and announces by 以下/如下 or by a count (announce.ts); a count of a quoted verb gives the verb.
 */
function announcementOf(view: string, ls: number, le: number, next: number, quoted: Uint8Array, floor: (p: number) => number): { announcement: Announcement; verb: string | null } | null {
  let end = le;
  while (end > ls && /[\s*_]/.test(view[end - 1])) end--;
  if (end <= ls || !/[。:]/.test(view[end - 1]) || quoted[end - 1]) return null;
  let start = end - 1;
  while (start > ls && !/[。!?]/.test(view[start - 1])) start--;
  const sentence = view.slice(start, end - 1);
  if (NOT_MEASURES.test(sentence.slice(Math.max(0, sentence.search(/以下|如下/)))) && /以下|如下/.test(sentence)) return null;
  if (introducesProblems(view, next, Math.max(ls, floor(next)))) return null;
  const verb = view[end - 1] === ':' ? COUNTED_VERB.exec(sentence + ':') : null;
  if (verb) {
    const open = start + sentence.lastIndexOf('“');
    const n = parseNumeral(verb[1]);
    return n === null ? null : { announcement: { count: n, span: [open + 1, open + sentence.slice(sentence.lastIndexOf('“')).indexOf('”')], aspects: false }, verb: verb[2] };
  }
  const counted = findAnnouncement(view, next, Math.max(ls, floor(next)), quoted);
  if (counted && counted.span[0] >= start) return { announcement: counted, verb: null };
  const following = FOLLOWING.exec(sentence);
  if (!following) return null;
  return { announcement: { count: null, span: [start + following.index, end - 1], aspects: false }, verb: null };
}

/** The same quoted count of a verb with a colon inside line `k`, its segments after the colon on the line (and lines after). */
const COUNTED_VERB_IN = new RegExp(`“${NUM}(?:个|项|大)?([\\u4e00-\\u9fff]{1,2})”[\\u4e00-\\u9fff]{0,4}:`, 'g');

function inlineVerbList(view: string, quoted: Uint8Array, lines: [number, number][], k: number): LeadList | null {
  const [ls, le] = lines[k];
  const line = view.slice(ls, le);
  COUNTED_VERB_IN.lastIndex = 0;
  for (let m = COUNTED_VERB_IN.exec(line); m; m = COUNTED_VERB_IN.exec(line)) {
    let at = ls + m.index + m[0].length;
    while (at < le && /\s/.test(view[at])) at++;
    const n = parseNumeral(m[1]);
    if (at >= le || n === null || !view.startsWith(m[2], at)) continue;
    const items = verbSegments(view, quoted, lines, k, m[2], at);
    if (items.length < 2) continue;
    const open = ls + m.index;
    return { block: { family: 'series', start: items[0].start, end: items[items.length - 1].end, items, group: undefined }, announcement: { count: n, span: [open + 1, open + m[0].indexOf('”')], aspects: false } };
  }
  return null;
}

/** The lines from `k` on that open with a heading starting with a measure verb, each line one item. */
function headingLines(view: string, lines: [number, number][], k: number): ItemNode[] {
  const items: ItemNode[] = [];
  for (let j = k; j < lines.length; j++) {
    const [ls, le] = lines[j];
    HEADING.lastIndex = ls;
    const h = HEADING.exec(view);
    if (!h || h.index !== ls || h.index + h[0].length > le) break;
    const at = ls + h[0].indexOf(h[2]);
    const verb = measureVerbAt(view, at);
    // (A verb with 了 reports a deed done: "加强了监管。", no measure to take.)
    if (verb === 0 || view[at + verb] === '了') break;
    items.push(item(view, at, le));
  }
  return items;
}

/** The ;-separated segments (or lines) from line `k` on that open with `verb`, each one item. */
/** (`from`: where the first segment starts, on line `k`.) */
function verbSegments(view: string, quoted: Uint8Array, lines: [number, number][], k: number, verb: string, from: number): ItemNode[] {
  const items: ItemNode[] = [];
  for (let j = k; j < lines.length; j++) {
    const le = lines[j][1];
    const ls = j === k ? from : lines[j][0];
    let s = ls;
    for (let i = ls; i <= le; i++) {
      if (i < le && (quoted[i] || view[i] !== ';')) continue;
      let at = s;
      while (at < i && /[\s*]/.test(view[at])) at++;
      if (at >= i) { s = i + 1; continue; }
      if (!view.startsWith(verb, at) || view[at + verb.length] === '了') return items;
      items.push(item(view, at, i));
      s = i + 1;
    }
  }
  return items;
}

/** An item over `[start, end)` without the closing punctuation and bold marks. */
function item(view: string, start: number, end: number): ItemNode {
  while (end > start && /[\s,;。!?、:*_]/.test(view[end - 1])) end--;
  return { marker: null, start, end, items: [] };
}
