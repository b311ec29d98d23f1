/**
 * The parts of a numbered formulation written as clauses rather than a 、-list: set off by ；, by ，, or by markers.
 *
 * Example: "围绕“三个聚焦”:聚焦办事,压缩时限;聚焦共享,打通系统;聚焦评价,闭环整改。" has three parts set off
 * by ; each opening with the head 聚焦 (the detail after a part's comma is the part's own); in "推进三个融合:
 * 一是产城融合;二是城乡融合;三是区域融合" the marked parts each repeat the head 融合, which confirms the
 * formulation (the marked list itself is the enumeration's); "“两个确保”:确保资金安全,确保工程质量" has two one-clause parts set
 * off by , each opening with 确保. A part holds the head X when its first clause opens
 * with X or ends with it, or, for the head 一 (“三个一”), opens with 一 and a classifier (一张清单, 一个平台, 一支队伍).
 * The parts number exactly N. Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { findMarkers } from './markers.js';

/**
 * The one-character heads a formulation's parts may open with: 一 with a classifier (“三个一”: 一张清单、一个平台), the
 * negation 不 (“四个不”: 不漏报、不错报), 零 and 无 (“三个零”: 零投诉、零事故; “三个无”: 无违建、无垃圾). Any other single
 * character is too short to be repeated on purpose.
 */
export const ONE_CHAR_HEAD = /^[一不零无]$/;
/** Classifiers after the 一 of a part of a 一 head ("一张清单", "一支队伍", "一套机制"). */
const ONE_CLASSIFIER = /^一[个张支条项套把本件批块名台次份网单库池]/;
/** Where clauses set off by ; end: the sentence or the line ends. */
const SENTENCE_END = /[。!?\n]/g;
/** How far marked parts are looked for after the separator, in code units: a list of N short parts. */
const MARKED_REACH = 1500;

/**
 * True when the part [s, e) holds the head `x`: its first clause (up to a comma) opens with x or ends with it.
 * `anyClause` (a quoted X, a coined word: 三个“一律”): a later clause of the part opening with x holds it too — the
 * condition comes first and the coined word opens the rule ("凡是拖欠的款项,一律清偿").
 */
export function holdsHead(view: string, quoted: Uint8Array, s: number, e: number, x: string, anyClause = false): boolean {
  if (x === '一') return ONE_CLASSIFIER.test(view.slice(s, s + 2));
  let clauseEnd = s;
  while (clauseEnd < e && (quoted[clauseEnd] || (view[clauseEnd] !== ',' && view[clauseEnd] !== ':'))) clauseEnd++;
  if (clauseEnd - s <= x.length) return false;
  // (A one-character head, 不 of 不漏报, opens its part: a clause ending in 不 is a question, no part.)
  if (view.startsWith(x, s) || (x.length > 1 && view.startsWith(x, clauseEnd - x.length))) return true;
  if (!anyClause || x.length < 2) return false;
  for (let i = clauseEnd; i < e; i++) {
    if (quoted[i] || view[i] !== ',') continue;
    let at = i + 1;
    while (at < e && /\s/.test(view[at])) at++;
    if (view.startsWith(x, at) && e - at > x.length) return true;
  }
  return false;
}

/**
 * The N parts after `start` set off by ; up to the sentence end (or `to`), each trimmed, when each holds `x`
 * ("聚焦办事,压缩时限;聚焦共享,…"; with `anyClause`, "凡是…,一律兑现;凡是…,一律清偿": holdsHead) and the first opens
 * with no marker (一是…;二是… is a marked list); null otherwise.
 */
export function semicolonParts(view: string, quoted: Uint8Array, start: number, to: number, n: number, x: string, anyClause = false): Span[] | null {
  SENTENCE_END.lastIndex = start;
  const stop = SENTENCE_END.exec(view);
  const parts = pieces(view, quoted, start, Math.min(stop ? stop.index : view.length, to), ';', n + 1);
  if (!parts || parts.length !== n || opensMarked(view, quoted, parts)) return null;
  return parts.every(([a, b]) => holdsHead(view, quoted, a, b, x, anyClause)) ? parts : null;
}

/**
 * The stretches of view[start, end) set off by `sep` outside quotes, white space trimmed, the first `most` of them;
 * null when one of those is shorter than two characters.
 */
function pieces(view: string, quoted: Uint8Array, start: number, end: number, sep: string, most: number): Span[] | null {
  const parts: Span[] = [];
  let s = start;
  for (let i = start; i <= end && parts.length < most; i++) {
    if (i < end && (quoted[i] || view[i] !== sep)) continue;
    let a = s;
    let b = i;
    while (a < b && /\s/.test(view[a])) a++;
    while (b > a && /\s/.test(view[b - 1])) b--;
    if (b - a < 2) return null;
    parts.push([a, b]);
    s = i + 1;
  }
  return parts;
}

/** "一是取水机制;二是通报机制": parts whose first opens with a list marker are the enumeration's list, not clauses of the formulation. */
function opensMarked(view: string, quoted: Uint8Array, parts: Span[]): boolean {
  const marker = findMarkers(view, parts[0][0], Math.min(parts[0][1], parts[0][0] + 8), quoted)[0];
  return !!marker && marker.span[0] === parts[0][0];
}

/** Where clauses set off by , end: a semicolon, the sentence or the line. */
const CLAUSES_END = /[;。!?\n]/g;

/**
 * The N parts after `start` set off by , when each is one clause holding `x` ("“两个确保”:确保资金安全,确保工程质量。",
 * "“三个到位”:责任到位,措施到位,保障到位,按期完工"): the first N clauses of the sentence (up to ; or its end, or `to`)
 * each hold x, and the clause after them, if any, does not (more parts than N: none). The first opens with no marker.
 */
export function commaParts(view: string, quoted: Uint8Array, start: number, to: number, n: number, x: string): Span[] | null {
  CLAUSES_END.lastIndex = start;
  const stop = CLAUSES_END.exec(view);
  const parts = pieces(view, quoted, start, Math.min(stop ? stop.index : view.length, to), ',', n + 1);
  if (!parts || parts.length < n || opensMarked(view, quoted, parts)) return null;
  for (let k = 0; k < n; k++) if (!holdsHead(view, quoted, parts[k][0], parts[k][1], x)) return null;
  if (parts.length > n && holdsHead(view, quoted, parts[n][0], parts[n][1], x)) return null;
  return parts.slice(0, n);
}

/**
 * True when a marked list of exactly N parts opens at `start` (一是…二是…, 第一…第二…) and each part holds `x`
 * ("一是聚焦办事…二是聚焦共享…", "一是新建一批;二是改造一批"): the list repeats the head, so N个X names its parts.
 */
export function markedPartsHold(view: string, quoted: Uint8Array, start: number, to: number, n: number, x: string): boolean {
  const limit = Math.min(to, start + MARKED_REACH);
  let first = start;
  while (first < limit && /\s/.test(view[first])) first++;
  const markers = findMarkers(view, first, limit, quoted);
  const head = markers[0];
  if (!head || head.span[0] !== first || head.ordinal !== 1) return false;
  const run = markers.filter((m) => m.family === head.family);
  for (let k = 0; k < n; k++) if (run[k]?.ordinal !== k + 1) return false;
  if (run[n]?.ordinal === n + 1) return false; // more parts than N
  for (let k = 0; k < n; k++) {
    const end = k + 1 < run.length ? run[k + 1].span[0] : limit;
    let e = run[k].contentStart;
    while (e < end && !/[;。!?\n]/.test(view[e])) e++;
    if (!holdsHead(view, quoted, run[k].contentStart, e, x)) return false;
  }
  return true;
}
