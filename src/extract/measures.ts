/**
 * Answers: the numbered measures each responder lists, one `Answer` per list, in reading order.
 *
 * Example: "市司法局局长余中平回应称,…将从四方面发力:一是优化服务供给,…二是强化政治引领,…" gives
 * one answer of 余中平 with statedCount 4 ("从四方面") and four measures. Lists in an asker's
 * turn belong to the question ("询问了…两个方面的问题:一是…二是…") and are left out; a list
 * belongs to the responder whose turn holds it (turns change mid-line). Header-led paragraphs
 * ("管案方面,…管人方面,…") are an answer only when announced ("构建“管案、管人、管事”三大体系。")
 * or introduced by a colon; unannounced ones ("客观上,…主观上,…") are analysis, not measures.
 * A 、-series counted by "等N个方面" outside every marked list is an answer too (marker null).
 * Lists of problems or causes ("主要存在三方面问题:一是…", "原因主要是:一是…") are not answers.
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { Answer, Measure, Turn } from '../model/record.js';
import { warning, type Warning } from '../model/diagnostics.js';
import type { Span } from '../model/span.js';
import type { QuestionFrame, TextPair } from '../structure/types.js';
import { isHeader } from './header-markers.js';
import { quoteMask } from './quotes.js';
import { readBlocks, type BlockNode, type ItemNode } from './enumeration.js';
import { findAnnouncement, introducesProblems, type Announcement } from './announce.js';
import { findSeries } from './enumeration-series.js';
import { joinInterrupted } from './interrupted-lists.js';
import { unlistedCounts } from './unlisted-counts.js';
import { insertLines } from './inserts.js';
import { moveMarkerWraps, writtenMarker } from './marker-wraps.js';
import { resumedLists } from './resumed-lists.js';
import { opensNewList } from './list-wrap-up.js';
import { findLeadLists } from './lead-lists.js';
import { append } from '../model/append.js';

interface Stretch {
  speaker: string | null;
  role: Turn['role'];
  span: Span;
}

interface Found {
  block: BlockNode;
  responder: string | null;
  announcement: Announcement | null;
  /** Index of the speaker's stretch: counts split over lists only within one stretch. */
  stretch: number;
}

/** `skip`: paragraphs repeated by a bad copy (structure/repeated-paragraphs.ts): a list inside one is read where it stands whole. */
export function extractAnswers(pair: TextPair, q: QuestionFrame, skip: readonly Span[] = []): { answers: Answer[]; warnings: Warning[]; resumed: ResumedList[]; open: OpenList[] } {
  const { text } = pair;
  // A list cut off by an interruption and resumed by the same responder is read as one (interrupted-lists.ts).
  const joined = joinInterrupted(pair.view, mergeTurns(pair.view, q.turns));
  const { stretches } = joined;
  // A figure table set into the words (its rows, its caption, "（见表1）") is blanked for reading lists (inserts.ts).
  // …and a marker broken by a hard wrap ("二⏎是") is read whole (marker-wraps.ts).
  const { view, moved } = moveMarkerWraps(withoutInserts(joined.view, stretches), stretches.filter((s) => s.role === 'responder').map((s) => s.span));
  const quoted = quoteMask(view);
  const found: Found[] = [];
  const unlisted: Announcement[] = [];
  const resumed: { responder: string | null; block: BlockNode }[] = [];
  // The end of the last list of problems passed over: its count ("难在三个方面:") is not the next list's.
  let problemsEnd = 0;
  stretches.forEach((s, index) => {
    if (s.role !== 'responder') return;
    // An announcement is looked for back to the end of the previous list or of the last asker turn.
    const floor = (p: number) => Math.max(q.sectionSpan[0], lastAskerEnd(stretches, p), found[found.length - 1]?.block.end ?? 0, problemsEnd <= p ? problemsEnd : 0);
    const leadIn = (p: number) => findAnnouncement(view, p, floor(p), quoted)?.span[0] ?? p;
    const stated = (p: number) => findAnnouncement(view, p, floor(p), quoted)?.count ?? null;
    const label = ownLabel(view, s.span[0]);
    const blocks = readBlocks(view, s.span[0], s.span[1], leadIn, quoted, stated).flatMap((b) => withoutEmptyItems(label ? cutAtLabel(view, b, label) : b));
    // "…等三个方面": a 、-series outside every marked list; its count is read with it.
    const series = findSeries(view, s.span[0], s.span[1], quoted).filter(({ block }) => !blocks.some((b) => block.start < b.end && b.start < block.end));
    // "采取以下措施。⏎加快水源工程建设。…⏎实施供水管网延伸。…": headed lines after an announcement, no markers (lead-lists.ts).
    const marked = [...blocks, ...series.map((x) => x.block)];
    const leads = findLeadLists(view, s.span[0], s.span[1], quoted, floor).filter(({ block }) => !marked.some((b) => block.start < b.end && b.start < block.end));
    const candidates = [...blocks.map((block) => ({ block, given: undefined })), ...[...series, ...leads].map(({ block, announcement }) => ({ block, given: announcement }))];
    const counted: number[] = [];
    for (const { block, given } of candidates.sort((a, b) => a.block.start - b.block.start)) {
      let announcement = given ?? findAnnouncement(view, block.start, floor(block.start), quoted, block.items.length);
      if (announcement) counted.push(announcement.span[0]);
      // "从能力素质、审判管理两方面着手。能力素质上,一是…": 两方面 counts the groups, not this list.
      if (block.group && announcement?.aspects && announcement.span[1] <= block.group.span[0]) announcement = null;
      if (isHeader(block.family) && !announcement && !colonBefore(view, block.start, s.span[0])) continue;
      // "还存在一些问题:一是…": a list of problems or causes is no answer.
      if (!given && introducesProblems(view, block.start, floor(block.start))) { problemsEnd = Math.max(problemsEnd, block.end); continue; }
      if (skip.some((c) => c[0] <= block.start && block.end <= c[1])) continue;
      found.push({ block, responder: s.speaker, announcement, stretch: index });
    }
    // "我们将采取三项措施:" and no list read after it: the count is flagged, 3 vs 0 (unlisted-counts.ts).
    // (An inner list's start counts: "二是完善机制,主要有两项措施:(一)…(二)…", "其中,第二方面又包括两点:其一…".)
    const listStarts = candidates.flatMap((c) => [c.block.start, ...innerListStarts(c.block.items)]);
    for (const a of unlistedCounts(view, s.span[0], s.span[1], quoted, listStarts, counted)) {
      if (!skip.some((c) => c[0] <= a.span[0] && a.span[1] <= c[1])) unlisted.push(a); // (a repeated paragraph is read where it stands whole)
    }
    // "…二是强化支撑。" — a follow-up — "…。三是完善制度。": a list resumed past its first item goes on with the list
    // the responder left open before (resumed-lists.ts); one left open in an earlier question, the pipeline joins.
    for (const block of resumedLists(view, quoted, s.span, [...blocks, ...series.map((x) => x.block)])) {
      if (skip.some((c) => c[0] <= block.start && block.end <= c[1])) continue;
      const open = openListOf(found, s.speaker, block);
      if (open) {
        append(open.block.items, block.items);
        open.block.end = block.end;
      } else resumed.push({ responder: s.speaker, block });
    }
  });
  const warnings = found.flatMap((f, k) => countWarning(f, found.slice(k + 1), text, view));
  for (const a of unlisted) {
    warnings.push(warning('stated-count-mismatch', `“${text.slice(a.span[0], a.span[1])}” announces ${a.count} items but the list has 0 (no list follows it)`, a.span));
  }
  const answers = found.map(({ block, responder, announcement }): Answer => ({
    responder,
    span: [moved.has(block.start - 1) ? block.start - 1 : block.start, block.end],
    statedCount: announcement?.count ?? null,
    statedCountText: announcement ? text.slice(announcement.span[0], announcement.span[1]) : null,
    statedCountSpan: announcement?.span ?? null,
    marker: isHeader(block.family) ? `X${block.family === 'header-shang' ? '上' : '方面'}` : markerText(text, block, moved),
    measures: toMeasures(text, block.items, moved),
  }));
  const open = found.map((f, k): OpenList => ({ answer: answers[k], responder: f.responder, ...lastMarkerOf(f.block) }));
  return {
    answers,
    warnings,
    resumed: resumed.map(({ responder, block }) => ({ responder, ...firstMarkerOf(block), span: [block.start, block.end], measures: toMeasures(text, block.items, moved) })),
    open,
  };
}

/** An answer's list, with the family and number of its last marker: a list resumed later may go on with it. */
export interface OpenList {
  answer: Answer;
  responder: string | null;
  family: string;
  ordinal: number;
}

/** Measures of a list resumed past its first item that no list of its question goes on with (resumed-lists.ts). */
export interface ResumedList {
  responder: string | null;
  family: string;
  /** The number of its first marker (三是 → 3). */
  ordinal: number;
  span: Span;
  measures: Measure[];
}

/**
 * The list of `found` the resumed `block` goes on with: the same responder's, of the marker family, ending on the
 * number right before the block's first and before the block, and short of its announced count if it has one.
 */
function openListOf(found: Found[], responder: string | null, block: BlockNode): Found | null {
  const first = firstMarkerOf(block);
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k];
    if (f.responder !== responder || f.block.end > block.start || full(f.announcement?.count, f.block.items.length)) continue;
    const last = lastMarkerOf(f.block);
    if (last.family === first.family && last.ordinal === first.ordinal - 1) return f;
  }
  return null;
}

/** A list holding the items its count announced is closed: no later marker goes on with it. */
function full(count: number | null | undefined, items: number): boolean {
  return count != null && items >= count;
}

function firstMarkerOf(block: BlockNode): { family: string; ordinal: number } {
  const m = block.items[0].marker;
  return { family: m?.family ?? block.family, ordinal: m?.ordinal ?? 0 };
}

function lastMarkerOf(block: BlockNode): { family: string; ordinal: number } {
  const m = block.items[block.items.length - 1].marker;
  return { family: m?.family ?? block.family, ordinal: m?.ordinal ?? 0 };
}

/**
 * A list resumed in a later question (the member's follow-up between: "三是…" after "一是…二是…") appended to the
 * open list it goes on with — the same responder's, of its family, ending right before its first number, short of
 * its announced count — in the latest question before; its measures numbered on. The `stated-count-mismatch` of that list is dropped from
 * `warnings` when the count now matches, else it tells the list's new length (说三点 and 第一…第四 over a follow-up: "has 4"). Returns false when no open list takes it (its measures are then not read:
 * a lone 二是 is no list). `joined` is told the open list that took it (the pipeline moves the figures of the measures
 * to that list's question).
 */
export function joinResumed(r: ResumedList, open: OpenList[], warnings: Warning[], joined?: (list: OpenList) => void): boolean {
  for (let k = open.length - 1; k >= 0; k--) {
    const o = open[k];
    if (o.responder !== r.responder || o.family !== r.family || o.ordinal !== r.ordinal - 1 || o.answer.span[1] > r.span[0]) continue;
    if (full(o.answer.statedCount, o.answer.measures.length)) continue;
    const n = o.answer.measures.length;
    append(o.answer.measures, r.measures.map((m, i) => ({ ...m, index: n + i + 1 })));
    o.answer.span = [o.answer.span[0], r.span[1]];
    o.ordinal += r.measures.length;
    joined?.(o);
    const said = o.answer.statedCountSpan;
    const at = said ? warnings.findIndex((w) => w.code === 'stated-count-mismatch' && w.span?.[0] === said[0] && w.span?.[1] === said[1]) : -1;
    // The count now matches: no warning; else the warning tells the length of the list the record gives, resumed part included.
    if (at >= 0 && o.answer.statedCount === o.answer.measures.length) warnings.splice(at, 1);
    else if (at >= 0 && o.answer.statedCount != null && o.answer.statedCountText != null) {
      warnings[at] = { ...warnings[at], message: countMessage(o.answer.statedCountText, o.answer.statedCount, `${o.answer.measures.length}`) };
    }
    return true;
  }
  return false;
}

/**
 * Consecutive turns of the same speaker and role read as one stretch: a list may cross a paragraph break,
 * and a figure table set between two of them (a narration turn of insert lines only: inserts.ts).
 */
function mergeTurns(view: string, turns: Turn[]): Stretch[] {
  const out: Stretch[] = [];
  for (let k = 0; k < turns.length; k++) { // index loops here and below: a batch runs this unoptimized
    const t = turns[k];
    const last = out[out.length - 1];
    if (last && last.speaker === t.speaker && last.role === t.role && last.span[1] <= t.span[0]) last.span = [last.span[0], t.span[1]];
    else if (last && t.role === 'narration' && k + 1 < turns.length && turns[k + 1].speaker === last.speaker && turns[k + 1].role === last.role
      && last.role === 'responder' && onlyInserts(view, t.span)) last.span = [last.span[0], t.span[1]];
    else out.push({ speaker: t.speaker, role: t.role, span: [t.span[0], t.span[1]] });
  }
  return out;
}

/** True when every line of `span` with words on it is an insert (a table row, its caption, a cross-reference). */
function onlyInserts(view: string, span: Span): boolean {
  const inserts = insertLines(view, span[0], span[1]);
  if (!inserts.length) return false;
  let words = 0;
  for (let start = span[0]; start < span[1];) {
    let end = view.indexOf('\n', start);
    if (end < 0 || end > span[1]) end = span[1];
    if (view.slice(start, end).trim() !== '') words++;
    start = end + 1;
  }
  return words === inserts.length;
}

/** The view with the insert lines of the responders' stretches blanked (spaces: offsets kept), or the same view when there are none. */
function withoutInserts(view: string, stretches: Stretch[]): string {
  const blanks: Span[] = [];
  for (let k = 0; k < stretches.length; k++) {
    const s = stretches[k];
    if (s.role === 'responder') append(blanks, insertLines(view, s.span[0], s.span[1]));
  }
  if (!blanks.length) return view;
  let out = '';
  let at = 0;
  for (const [a, b] of blanks) {
    out += view.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + view.slice(at);
}

function lastAskerEnd(stretches: Stretch[], pos: number): number {
  let end = 0;
  for (let k = 0; k < stretches.length; k++) {
    const s = stretches[k];
    if (s.role === 'asker' && s.span[1] <= pos) end = Math.max(end, s.span[1]);
  }
  return end;
}

/** The label opening a speaker's stretch ("区财政局局长 覃美玲:"), colon included, or null. */
function ownLabel(view: string, start: number): string | null {
  const m = LABEL_AT.exec(view.slice(start, start + 40));
  return m ? m[0] : null;
}
const LABEL_AT = /^[^\n。,;!?:]{2,38}:/u;
/** Only white space on a line before a point: the point opens the line. */
const LINE_OPEN = /(?:^|\n)[ \t\u3000]*$/u;

/**
 * "…二是奖励优秀中心;三是\n区财政局局长 覃美玲:谢谢宋委员。…": the speaker's own label, set again at a line's start
 * (the paragraph pasted twice), is never the text of an item: the item ends at the line before it.
 */
function cutAtLabel(view: string, block: BlockNode, label: string): BlockNode {
  let cut = false;
  const items = block.items.map((item) => {
    const slice = view.slice(item.start, item.end);
    for (let i = slice.indexOf(label); i >= 0; i = slice.indexOf(label, i + 1)) {
      if (!LINE_OPEN.test(slice.slice(0, i))) continue;
      cut = true;
      let end = item.start + i;
      while (end > item.start && /[\s,;。!?、:]/u.test(view[end - 1])) end--;
      return { ...item, end, items: item.items.filter((n) => n.end <= end) };
    }
    return item;
  });
  return cut ? { ...block, items, end: Math.max(block.start, items[items.length - 1].end) } : block;
}

/**
 * "…奖励10万元;三是" where the turn (or the file) ends: a marker that opens no text is no measure.
 * The list keeps the items before it, so a count it announced ("三项措施") is then seen to be short.
 */
function withoutEmptyItems(block: BlockNode): BlockNode[] {
  if (!block.items.some(isEmpty)) return [block];
  const items = block.items.filter((item) => !isEmpty(item));
  // (A list is two items or more: one left is no list.)
  if (items.length < 2) return [];
  return [{ ...block, items, end: items[items.length - 1].end }];
}

/** A marker and no text after it (the item cut at the turn's end, or at its speaker's label set again). */
function isEmpty(item: ItemNode): boolean {
  return item.marker !== null && item.end <= item.start;
}

/** Where the inner lists of `items` start, at any depth: their first item's marker, or its text when unmarked. */
function innerListStarts(items: ItemNode[]): number[] {
  const out: number[] = [];
  for (const item of items) {
    if (!item.items.length) continue;
    out.push(item.items[0].marker?.span[0] ?? item.items[0].start, ...innerListStarts(item.items));
  }
  return out;
}

/** "采取以下措施:管案方面,…": a colon right before the first header introduces the list. */
function colonBefore(view: string, pos: number, from: number): boolean {
  return /:\s*$/.test(view.slice(Math.max(from, pos - 3), pos));
}

/**
 * `stated-count-mismatch` when the items differ from the count, unless the lists that follow in
 * the same stretch without a count of their own make up the difference (8 = 5 + 3).
 */
function countWarning(f: Found, rest: Found[], text: string, view: string): Warning[] {
  const n = f.announcement?.count;
  if (n == null || !f.announcement) return [];
  let total = f.block.items.length;
  const parts = [total];
  let end = f.block.end;
  for (const next of rest) {
    if (total >= n || next.stretch !== f.stretch || next.announcement) break;
    // "从五个方面推进:一是…三是…。此外,在养殖污染治理方面:一是…": a list the speaker opens as a new one is not counted in.
    if (opensNewList(view, end, next.block.start)) break;
    end = next.block.end;
    total += next.block.items.length;
    parts.push(next.block.items.length);
  }
  if (total === n) return [];
  const said = text.slice(f.announcement.span[0], f.announcement.span[1]);
  const counted = f.block.items.length === n || parts.length === 1 ? `${f.block.items.length}` : `${f.block.items.length} (${parts.join(' + ')} over consecutive lists)`;
  return [warning('stated-count-mismatch', countMessage(said, n, counted), f.announcement.span)];
}

/** The `stated-count-mismatch` message: the count as written, its number, and the list's length as the record gives it. */
function countMessage(said: string, n: number, counted: string): string {
  return `“${said}” announces ${n} items but the list has ${counted}`;
}

/** The first marker as written in the text (the view folds "（一）" to "(一)"). */
function markerText(text: string, block: BlockNode, moved: ReadonlySet<number>): string | null {
  const m = block.items[0].marker;
  return m ? writtenMarker(text, m.span, moved) : null;
}

/** `moved`: where a line break inside a marker was moved to (marker-wraps.ts): such a marker is written "二⏎是". */
function toMeasures(text: string, items: ItemNode[], moved: ReadonlySet<number>): Measure[] {
  return items.map((item, k) => ({
    index: k + 1,
    marker: item.marker ? writtenMarker(text, item.marker.span, moved) : null,
    text: text.slice(item.start, item.end),
    span: [item.start, item.end],
    items: toMeasures(text, item.items, moved),
  }));
}
