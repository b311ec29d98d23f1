/**
 * Enumerations: runs of markers turned into lists of items, with inner lists nested.
 *
 * Example: "一是抓实机制创新。…二是抓实打击防范。…专业打击上,…防范治理上,…协同共治上,…三是抓实
 * 民意监测。…" gives one list of three items whose second item holds an inner list of three
 * header items. An item runs from after its marker to the next marker of its list; the last item
 * ends at its first sentence end when the items before it were single sentences (…;四是补齐监管能力
 * 短板。), else at the end of its paragraph or before a sentence wrapping up ("…三是完善制度。谢谢！": list-wrap-up.ts),
 * and always before the next list of the stretch. An item that opened inside a quotation ends at its closing mark.
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import { findMarkers, type Marker, type MarkerFamily } from './markers.js';
import { isHeader } from './header-markers.js';
import { quoteMask } from './quotes.js';
import { buildRuns, type Run } from './enumeration-runs.js';
import { clauseList } from './enumeration-clauses.js';
import { attachDetails } from './enumeration-details.js';
import { ADDRESSES_LISTENERS, withoutFrames } from './courtesy-frames.js';
import { besideClause, closedPairEnd, opensWrapUp, summaryParagraph, topicParagraph, wrapUpStart } from './list-wrap-up.js';
import { resumeLeadInStart } from './resume-lead-ins.js';
import { footnoteMarkAt } from '../structure/back-matter.js';
import { closesPair } from './hand-pairs.js';
import { withSequenceMiddles } from './sequence-middles.js';
import { lineStartAt } from '../source/line-bounds.js';
import { append } from '../model/append.js';

export interface ItemNode {
  /** null for unmarked items (the clauses of an announced set). */
  marker: Marker | null;
  /** Trimmed extent of the item's text: marker and closing punctuation excluded. */
  start: number;
  end: number;
  items: ItemNode[];
}

export interface BlockNode {
  family: MarkerFamily | 'series';
  /** From the first marker to the end of the last item. */
  start: number;
  end: number;
  items: ItemNode[];
  /** The header naming the group this list belongs to ("能力素质上,一是…"), when there is one. */
  group?: Marker;
}

/** Tells where the list opening at `markerStart` begins, announcement included (default: the marker). */
export type LeadIn = (markerStart: number) => number;

/** The count announced for the list opening at `markerStart` ("三项工作:一是…" → 3), or null (default: none known). */
export type StatedCount = (markerStart: number) => number | null;

/** A sentence ends at `i`: 。!?, or an English full stop after Han text before a space ("…机制. 今年…"; not 3.5, not "1. "). */
function endsSentence(view: string, i: number): boolean {
  const c = view.charCodeAt(i); // read by code unit: the walks below test every character of a stretch
  if (c === 0x3002 || c === 0x21 || c === 0x3f) return true; // 。 ! ? (the view folds ！？)
  return c === 0x2e && /\s/u.test(view[i + 1] ?? '') && /[\p{sc=Han}”’)]/u.test(view[i - 1] ?? '');
}

/**
 * The characters that may end a sentence or a line (see endsSentence): the walks over an item
 * jump natively from one to the next (test + lastIndex) instead of testing every character.
 */
const MAY_END = /[。!?.\n]/g;

/** The lists of one speaker's stretch `[from, to)` of the view, top level in reading order. */
export function readBlocks(view: string, from: number, to: number, leadIn: LeadIn = (p) => p, quoted = quoteMask(view), stated: StatedCount = () => null): BlockNode[] {
  // "首先,感谢…" / "最后,我表个态": frames of the speech, never items (courtesy-frames.ts).
  // "首先,…⏎同时,…⏎最后,…": a connective paragraph inside a closed sequence is its middle member (sequence-middles.ts).
  const markers = withSequenceMiddles(view, withoutFrames(view, findMarkers(view, from, to, quoted)), quoted);
  return assemble(view, quoted, markers, from, to, leadIn, stated);
}

function assemble(view: string, quoted: Uint8Array, markers: Marker[], from: number, to: number, leadIn: LeadIn, stated: StatedCount): BlockNode[] {
  // A sequence word continuing a list (第一…;其次…;最后…) stands in the paragraph of the list's last
  // item, or opens the next line when each item opens its own. It never continues a list that already
  // holds the items its announcement counts, nor as a 最后 that addresses the listeners (ADDRESSES_LISTENERS).
  const within = (last: Marker, next: Marker, run: readonly Marker[]) => {
    const count = stated(run[0].span[0]);
    if (count !== null && run.length >= count) return false;
    ADDRESSES_LISTENERS.lastIndex = next.contentStart;
    if (next.ordinal === 99 && ADDRESSES_LISTENERS.test(view)) return false;
    const end = lastItemEnd(view, quoted, last.contentStart, to, false);
    if (next.span[0] < end) return true;
    return opensLine(view, last.span[0], from) && opensLine(view, next.span[0], from) && view.slice(end, next.span[0]).trim() === '';
  };
  const runs = buildRuns(markers.filter((m) => !isHeader(m.family)), within);
  for (const run of runs) countedBeside(view, quoted, run, to, stated);
  const blocks: { block: BlockNode; run: Run; inner: Marker[][] }[] = [];
  for (const run of runs) {
    const prev = blocks[blocks.length - 1];
    const first = run.markers[0].span[0];
    const last = run.markers[run.markers.length - 1].span[1];
    if (prev && first < prev.block.end) {
      const host = prev.block.items.findIndex((it, k) => first >= prev.run.markers[k].span[0] && last <= it.end);
      const lastIndex = prev.block.items.length - 1;
      if (host >= 0 && run.family !== prev.run.family) { append(prev.inner[host], run.markers); continue; }
      // A new list of the same kind inside the last item closes that item before the new list's lead-in.
      if (first < prev.run.markers[lastIndex].span[0]) continue;
      const cut = Math.max(prev.block.items[lastIndex].start, sentenceStart(view, leadIn(first), from));
      prev.block.items[lastIndex] = trimmed(view, prev.block.items[lastIndex].marker, prev.block.items[lastIndex].start, cut);
      prev.block.end = prev.block.items[lastIndex].end;
    }
    const block = listOf(view, quoted, run.markers, run.family, to);
    blocks.push({ block, run, inner: run.markers.map(() => []) });
  }
  // Header markers join the deepest item that holds them.
  const loose: Marker[] = [];
  for (const h of markers.filter((m) => isHeader(m.family))) {
    const owner = blocks.find(({ block }) => h.span[0] >= block.start && h.span[0] < block.end);
    const k = owner ? owner.block.items.findIndex((it, i) => h.span[0] >= owner.run.markers[i].span[1] && h.span[1] <= it.end) : -1;
    if (owner && k >= 0) owner.inner[k].push(h);
    else if (!owner) loose.push(h);
  }
  for (const { block, inner } of blocks) {
    block.items.forEach((item, k) => {
      const nested = inner[k].length ? assemble(view, quoted, inner[k].sort((a, b) => a.span[0] - b.span[0]), item.start, item.end, leadIn, stated) : [];
      item.items = nested[0]?.items ?? clauseList(view, quoted, item.start, item.end);
    });
  }
  const out = blocks.map((b) => b.block);
  for (const family of ['header-fangmian', 'header-shang'] as const) {
    const heads = loose.filter((h) => h.family === family);
    if (heads.length < 2) continue;
    const block = listOf(view, quoted, heads, family, to);
    // Headers over ordinal lists ("能力素质上,一是…五是… 审判管理上,一是…") only name groups: the lists are the items.
    const grouped = out.filter((b) => !isHeader(b.family) && b.start >= block.start && b.start < block.end);
    if (grouped.length) {
      for (const b of grouped) b.group = block.items.find((it) => b.start >= it.start && b.start < it.end)?.marker ?? undefined;
      continue;
    }
    if (out.some((b) => block.start < b.end && b.start < block.end)) continue;
    for (const item of block.items) item.items = clauseList(view, quoted, item.start, item.end);
    out.push(block);
  }
  // "…三是抓减损。其中提单产方面:首先…": a list detailing one item of the list before it is that item's (enumeration-details.ts).
  return attachDetails(view, out.sort((a, b) => a.start - b.start));
}

/**
 * "从三个方面推进。一方面,…;另一方面,…;此外,…": a pair closed by 另一方面 whose announcement counts more sides than it
 * has goes on with the clause that 同时/此外/另外 opens after its last side, in that side's paragraph — the next item,
 * marked by the connective (without the count, that clause is the text after the list: list-wrap-up.ts).
 */
function countedBeside(view: string, quoted: Uint8Array, run: Run, to: number, stated: StatedCount): void {
  const last = run.markers[run.markers.length - 1];
  if (!closesPair(last)) return;
  const count = stated(run.markers[0].span[0]);
  if (count === null || count <= run.markers.length) return;
  const beside = besideClause(view, quoted, last.contentStart, lastItemEnd(view, quoted, last.contentStart, to, false));
  if (!beside) return;
  const [start, end] = beside.connective;
  let contentStart = end;
  while (contentStart < to && /[,:、\s]/.test(view[contentStart])) contentStart++;
  run.markers.push({ family: 'pair', ordinal: last.ordinal + 1, text: view.slice(start, end), span: [start, end], contentStart, opensClause: true });
}

/**
 * The list of a run that opens past its first item ("三是…;四是…" resumed after an interruption: resumed-lists.ts),
 * read as any run is; its items' inner clause lists included.
 */
export function resumedList(view: string, quoted: Uint8Array, markers: Marker[], to: number): BlockNode {
  // ("③应急能力。全市组建…" opening its line, alone: no item before it tells the items' length; one that opens its
  // paragraph runs to the paragraph's end, as the items of a list set one per paragraph do.)
  const block = listOf(view, quoted, markers, markers[0].family, to, markers.length === 1 && opensLine(view, markers[0].span[0], 0));
  for (const item of block.items) item.items = clauseList(view, quoted, item.start, item.end);
  return block;
}

/** Items of one run, the last one bounded by the sentence/paragraph rule and by `to`. */
/** `paragraph`: the last item is known to run over its paragraph (a lone resumed item opening its line). */
function listOf(view: string, quoted: Uint8Array, markers: Marker[], family: MarkerFamily, to: number, paragraph = false): BlockNode {
  const items: ItemNode[] = [];
  // (An item ends before the lead-in of the next marker, "…完善机制。下面说第三,": resume-lead-ins.ts.)
  // (Items each opening a paragraph: a paragraph that sums up or gives a source, "据统计,…", ends the item before it.)
  const paragraphs = markers.every((m) => opensLine(view, m.span[0], 0));
  for (let k = 0; k < markers.length - 1; k++) items.push(trimmed(view, markers[k], markers[k].contentStart, itemEnd(view, quoted, markers[k].contentStart, markers[k + 1].span[0], paragraphs)));
  const lastMarker = markers[markers.length - 1];
  const single = !paragraph && items.every((it) => !hasSentenceEnd(view, quoted, it.start, it.end));
  // (Items of several sentences: the last one stops before a sentence that wraps up, "…三是完善制度。谢谢！": list-wrap-up.ts.)
  // (Markers inside their lines: a line break in the last item's clause may be a hard wrap, "年底前出台⏎农村养老…".)
  const inline = markers.every((m) => !opensLine(view, m.span[0], 0));
  let end = single ? lastItemEnd(view, quoted, lastMarker.contentStart, to, true, inline) : wrapUpStart(view, quoted, lastMarker.contentStart, lastItemEnd(view, quoted, lastMarker.contentStart, to, false, inline));
  // ("(一)规范检查行为。⏎1.…⏎(二)…⏎(三)推进包容审慎监管。⏎全市共发布…": a heading's text runs over its paragraphs, the last one's too.)
  if (!inline && headingList(view, items, lastMarker)) end = headingBodyEnd(view, quoted, lastMarker.contentStart, to);
  // (一方面…;另一方面…;同时,…: the side that closes a pair, 一手抓's second too, has no third after it, list-wrap-up.ts.)
  if (closesPair(lastMarker)) end = closedPairEnd(view, quoted, lastMarker.contentStart, end);
  items.push(trimmed(view, lastMarker, lastMarker.contentStart, withFieldLines(view, markers[0].contentStart, lastMarker.span[0], end, to)));
  return { family, start: markers[0].span[0], end: items[items.length - 1].end, items, group: undefined }; // group set later, same shape
}

/**
 * A list of headings, each over paragraphs of its own: every marker opens its line, an earlier item runs past its
 * heading's line (its body under it), and the last marker's line is a heading — one sentence, or none, ending it.
 * Such a last item owns the paragraphs under it as the earlier ones do (not only its heading line).
 */
function headingList(view: string, items: ItemNode[], last: Marker): boolean {
  if (!items.some((it) => view.slice(it.start, it.end).includes('\n')) || !opensLine(view, last.span[0], 0)) return false;
  let nl = view.indexOf('\n', last.contentStart);
  if (nl < 0) nl = view.length;
  const line = view.slice(last.contentStart, nl).trimEnd();
  const stop = line.search(/[。!?]/u);
  return line.length > 0 && (stop < 0 || stop === line.length - 1);
}

/**
 * The end of a heading item at `start` over the paragraphs after its line, up to `to`: before a paragraph that
 * wraps the speech up ("以上是我的汇报。", "下一步,…") or is a field line ("备注:…"), or a wrap-up sentence inside them (list-wrap-up.ts).
 */
function headingBodyEnd(view: string, quoted: Uint8Array, start: number, to: number): number {
  let end = Math.min(to, view.indexOf('\n', start) < 0 ? to : view.indexOf('\n', start));
  while (end < to) {
    let next = end;
    while (next < to && /\s/u.test(view[next])) next++;
    // (…nor a field line, "备注:以上任务按月调度": a short key and a colon open no body paragraph, withFieldLines.)
    FIELD_AT.lastIndex = next;
    if (next >= to || opensWrapUp(view, next) || FIELD_AT.test(view)) break;
    const nl = view.indexOf('\n', next);
    end = nl < 0 || nl > to ? to : nl;
  }
  return wrapUpStart(view, quoted, start, end);
}

/** The end of an item whose next marker starts at `next`: before that marker's resumption lead-in, if it has one. */
/** `paragraphs`: every item of the list opens its own paragraph. */
function itemEnd(view: string, quoted: Uint8Array, start: number, next: number, paragraphs = false): number {
  const lead = resumeLeadInStart(view, next, start);
  const end = lead >= 0 ? lead : next;
  // "二是抓修复。…⏎⏎在监管方面,我们也…⏎⏎三是抓机制": a paragraph opening with a topic frame is no item's (list-wrap-up.ts).
  const topic = topicParagraph(view, quoted, start, end);
  // "二是强化创业扶持。…⏎⏎据统计,截至10月底,…⏎⏎三是…": nor, in a list of paragraphs, one that sums up or gives a source.
  const summary = paragraphs ? summaryParagraph(view, quoted, start, topic >= 0 ? topic : end) : -1;
  return summary >= 0 ? summary : topic >= 0 ? topic : end;
}

/** A field line: a short key and a colon opening the line ("责任单位:区住建局", "完成时限:3个月内"); the key is group 1. */
const FIELD_LINE = /\n[ \t\u3000]*([\u4e00-\u9fff]{2,6}):/g;
/** The same at one position (sticky), after the line break. */
const FIELD_AT = /[ \t\u3000]*([\u4e00-\u9fff]{2,6}):/y;

/**
 * The last item's end pushed over the lines after it that repeat the fields of the earlier items
 * ("3.淘汰柴油货车420辆。\n责任单位:区交警大队\n完成时限:年内" when items 1 and 2 carry 责任单位 and
 * 完成时限 lines): a list item runs to the next item or the end of the block, its field lines included.
 * A line of another shape ("以上任务均由…") ends the list. `[first, last)`: the earlier items.
 */
function withFieldLines(view: string, first: number, last: number, end: number, to: number): number {
  let nl = view.indexOf('\n', end);
  if (nl < 0 || nl >= to || view.slice(end, nl).trim() !== '') return end;
  const part = view.slice(first, last);
  const keys = new Set<string>();
  FIELD_LINE.lastIndex = 0;
  for (let m = FIELD_LINE.exec(part); m; m = FIELD_LINE.exec(part)) keys.add(m[1]);
  if (keys.size === 0) return end;
  for (;;) {
    FIELD_AT.lastIndex = nl + 1;
    const m = FIELD_AT.exec(view);
    if (!m || !keys.has(m[1])) return end;
    const next = view.indexOf('\n', nl + 1);
    end = next < 0 || next > to ? to : next;
    if (end === to) return end;
    nl = next;
  }
}

/** Shortest line that may be hard-wrapped mid-clause (a wrapped page is wide). */
const WRAP_WIDTH = 20;
/** The characters on both sides of a hard wrap mid-clause: Han, digits, a comma or 、 before it. */
const WRAP_BEFORE = /[\p{sc=Han}\d,、]/u;
const WRAP_AFTER = /[\p{sc=Han}\d]/u;

/** The line break at `nl` cuts a clause of a wide line in two: no stop, colon or semicolon before it, words right after. */
function hardWrap(view: string, nl: number, to: number): boolean {
  if (nl < 0 || nl + 1 >= to || !WRAP_BEFORE.test(view[nl - 1] ?? '') || !WRAP_AFTER.test(view[nl + 1])) return false;
  const lineStart = lineStartAt(view, nl);
  return nl - lineStart >= WRAP_WIDTH;
}

/** A line opening with an inner list's marker: (1), (一), ①, ⑴, 1. or 1、 — the next item of a list a colon announced. */
const INNER_ITEM_LINE = /^[ \t\u3000]*(?:\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)|[①-⑳⑴-⒇]|\d{1,2}[.、](?!\d))/u;

/** `inline`: the list's markers stand inside their lines, so a hard wrap in the last item's clause does not end it. */
function lastItemEnd(view: string, quoted: Uint8Array, start: number, to: number, singleSentence: boolean, inline = false): number {
  let end = view.indexOf('\n', start);
  // A paragraph ending in a colon announces what follows ("三是完善机制:\n(一)…"): the item goes on…
  let announced = false;
  while (end >= 0 && end < to && /:\s*$/.test(view.slice(Math.max(start, end - 3), end))) { end = view.indexOf('\n', end + 1); announced = true; }
  // …over every line of the inner list it announces ("第二,在数据共享上下功夫。包括:⏎(1)打通…;⏎(2)电子证照…。"), not its first only.
  while (announced && end >= 0 && end < to && INNER_ITEM_LINE.test(view.slice(end + 1, Math.min(to, end + 8)))) end = view.indexOf('\n', end + 1);
  while (inline && end >= 0 && end < to && hardWrap(view, end, to)) end = view.indexOf('\n', end + 1);
  if (end < 0 || end > to) end = to;
  if (!singleSentence) return end;
  MAY_END.lastIndex = start;
  while (MAY_END.test(view)) {
    const i = MAY_END.lastIndex - 1;
    if (i >= end) break;
    if (!quoted[i] && endsSentence(view, i)) return i + 1;
  }
  return end;
}

function hasSentenceEnd(view: string, quoted: Uint8Array, start: number, end: number): boolean {
  MAY_END.lastIndex = start;
  while (MAY_END.test(view)) {
    const i = MAY_END.lastIndex - 1;
    if (i >= end) break;
    if (!quoted[i] && (endsSentence(view, i) || view[i] === '\n')) return true;
  }
  return false;
}

/** Only spaces stand between `pos` and the start of its line (or `from`). */
function opensLine(view: string, pos: number, from: number): boolean {
  let i = pos;
  while (i > from && (view[i - 1] === ' ' || view[i - 1] === '\t')) i--;
  return i === from || view[i - 1] === '\n';
}

/** Start of the sentence holding `pos`: after the last 。 ! ? (or English full stop) or line break before it (not before `from`). */
export function sentenceStart(view: string, pos: number, from: number): number {
  let i = pos;
  while (i > from && !endsSentence(view, i - 1) && view[i - 1] !== '\n') i--;
  return i;
}

/** An item over `[start, end)` without the joiners after the marker and the closing punctuation. */
export function trimmed(view: string, marker: Marker | null, start: number, end: number): ItemNode {
  while (start < end && /[\s,:、]/.test(view[start])) start++;
  const trimEnd = () => { while (end > start && (/[\s,;。!?、:]/.test(view[end - 1]) || (view[end - 1] === '.' && /[\p{sc=Han}”’)]/u.test(view[end - 2] ?? '')))) end--; };
  trimEnd();
  // "完成率38%;\n- 二是…": the bullet opening the next item's line is not this item's.
  const bullet = /\n[ \t]*[●◆■▲★☆□◇○•▶►·*+-]$/.exec(view.slice(Math.max(start, end - 8), end));
  if (bullet) { end -= bullet[0].length; trimEnd(); }
  // "表示:“一是…;二是强化支撑。”他说,三是…": an item ends at the closing mark of the quotation it started in.
  const closing = unopenedClose(view, start, end);
  if (closing >= 0) { end = closing; trimEnd(); }
  // "推动转型,”吴晓燕说,“": the attribution splitting a quotation between two items is neither's.
  // (At most 22 characters long, ending the item: only its tail is searched — the whole item was, per item.)
  const tail = Math.max(start, end - 22);
  const attribution = /”[^“”。!?\n]{1,20}“$/.exec(view.slice(tail, end));
  if (attribution) { end = tail + attribution.index; trimEnd(); }
  // "探索互助。”": a closing mark whose quotation opened before the item is not the item's.
  while (end > start && /[”」』]/.test(view[end - 1]) && unopened(view, start, end)) { end--; trimEnd(); }
  // "年内培训3000人³;": a footnote's mark closing the item points at a note, it is no word of the measure.
  const mark = /(?:[①-⑳]|[¹²³⁴-⁹⁰]{1,2}|\[\d{1,3}\])$/u.exec(view.slice(Math.max(start, end - 5), end));
  if (mark && footnoteMarkAt(view, end - mark[0].length) === mark[0].length) { end -= mark[0].length; trimEnd(); }
  return { marker, start, end, items: [] };
}

/** The first closing quote mark in `[start, end)` with no opening mark before it in the range, or -1. */
function unopenedClose(view: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x201c || c === 0x300c || c === 0x300e) depth++; // “ 「 『
    else if (c === 0x201d || c === 0x300d || c === 0x300f) { // ” 」 』
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** True when the closing quote mark at `end - 1` has no opening mark in `[start, end - 1)`. */
function unopened(view: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end - 1; i++) {
    const c = view.charCodeAt(i);
    if (c === 0x201c || c === 0x300c || c === 0x300e) depth++; // “ 「 『
    else if ((c === 0x201d || c === 0x300d || c === 0x300f) && depth > 0) depth--; // ” 」 』
  }
  return depth === 0;
}
