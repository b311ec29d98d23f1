/**
 * The choice of a document's header layout among the candidates of headings.ts, and the headers of
 * an enclosing level that close its last question.
 *
 * Example: in "问题一:如何?\n一、健全机制。\n二、强化执法。\n问题二:如何?" the explicit family (问题一,
 * 问题二) is the layout and the 一、二、 lines are an answer's measures. A generic family ("一、…",
 * "(一)…", "1.…") is a layout only when its numbers run 1, 2, 3… over the document and its lines read
 * as questions or short titles, never as sentences of an answer; bracketed subheads
 * ("【医养结合为何“结”而不“合”】") are one when two or more of them each open an exchange. Askers are
 * given as the UTF-16 offsets where they start speaking; spans are [start, end) UTF-16 offsets into
 * the decoded text.
 */
import { BRACKETED, GENERIC, type Header } from './headings.js';
import { meetingPart } from './meeting-parts.js';
import { isClosingNarration } from './closing-narration.js';
import { greatest, least } from '../model/append.js';

/** The words of a section title naming a topic, no sentence: "用地", "校外培训治理" (of "问题三｜用地"). */
const TOPIC_TITLE = /^[^,。;:?!、“”()\s][^,。;:?!“”]{0,15}$/u;

/** A short line that is not a sentence: a section title such as "一、关于食品安全监管". */
function titleLike(view: string, h: Header): boolean {
  const rest = view.slice(h.rest[0], h.rest[1]);
  return rest.length > 0 && rest.length <= 40 && !/[;:]$/u.test(rest) && !/[,;。:]/u.test(rest.slice(0, -1));
}

export interface HeaderLayout {
  headers: Header[];
  /** Numbers skipped between consecutive headers ([after, next]). */
  gaps: Array<[Header, Header]>;
  /** Headers repeating the previous number. */
  duplicates: Header[];
}

/**
 * Choose the document's question headers: the explicit family with most candidates, else the
 * generic family whose lines count 1, 2, 3… and read as questions, or whose sections each hold
 * an asker (`askers`: offsets where askers start speaking). An official report's "一、基本情况 /
 * 二、询问的主要问题" are parts of the report, not questions: its "(一)关于…问题。" lines are.
 * Returns null when the document has no header layout.
 */
export function chooseHeaders(view: string, all: Header[], askers: number[] = []): HeaderLayout | null {
  // A header after a speaker label counts when the same family goes on at a line start with a later number.
  const labelled = all.some((h) => h.afterLabel) ? all.filter((h) => !h.afterLabel || all.some((o) => !o.afterLabel && o.family === h.family && o.number > h.number)) : all;
  // A header glued to its words counts when an asker's label starts right after it ("问题一常委会委员某:").
  const candidates = labelled.some((h) => h.glued) ? labelled.filter((h) => !h.glued || askers.includes(h.rest[0])) : labelled;
  const explicit = candidates.filter((h) => h.family !== '、' && h.family !== '()' && h.family !== '.' && h.family !== '追问' && h.family !== BRACKETED);
  const families = new Map<string, Header[]>();
  for (const h of explicit) families.set(h.family, [...(families.get(h.family) ?? []), h]);
  // Explicit families, most numerous first; "第一个问题,我们…" opening lines of an answer are no
  // headers: a family must read as questions or hold the askers.
  for (const pool of [...families.values()].sort((a, b) => b.length - a.length)) {
    const layout = chain(pool, true);
    if (!layout) continue;
    const n = layout.headers.length;
    const questions = layout.headers.filter((h) => h.questionLike).length;
    // (Numbered from 1, or section titles naming a topic — "问题三｜用地", an excerpt's third question —
    // each over an asker.)
    const titles = layout.headers.every((h) => h.family !== '第' && TOPIC_TITLE.test(view.slice(h.rest[0], h.rest[1])));
    if (questions * 2 >= n || !askers.length || (asked(layout, askers) === n && (layout.headers[0].number === 1 || titles))) return layout;
  }
  let best: { layout: HeaderLayout; score: number } | null = null;
  const subheads = subheadLayout(candidates.filter((h) => h.family === BRACKETED), askers);
  if (subheads) {
    const n = subheads.headers.length;
    best = { layout: subheads, score: n * 1000 + subheads.headers.filter((h) => h.questionLike).length * 10 + n };
  }
  // (A numbered list after the chair ends the oral part, "现场询问到此结束。…以下问题…书面答复:", nobody asking after it, is
  // the closing's list of questions answered in writing: never the transcript's question structure.)
  const oralEnd = endOfAsking(view, askers);
  for (const [family] of GENERIC) {
    // (An outline's parts of the meeting, "一、分组询问" / "三、表态发言", are no questions: meeting-parts.ts.)
    const own = candidates.filter((h) => h.family === family && h.line.span[0] < oralEnd && meetingPart(view.slice(h.rest[0], h.rest[1])) === null);
    // Question lines first: answers' lists restart at 1 and rarely ask anything.
    for (const pool of [own.filter((h) => h.questionLike), own.filter((h) => h.questionLike || titleLike(view, h))]) {
      const layout = chain(pool, false);
      if (!layout || layout.headers.length < 2) continue;
      const n = layout.headers.length;
      const questions = layout.headers.filter((h) => h.questionLike).length;
      const hits = asked(layout, askers);
      const ok = questions * 2 >= n || (askers.length ? hits >= 2 && hits * 5 >= n * 3 : pool.every((h) => h.questionLike || titleLike(view, h)));
      const score = hits * 1000 + questions * 10 + n;
      if (ok && (!best || score > best.score)) best = { layout, score };
    }
  }
  return best?.layout ?? null;
}

/**
 * Bracketed subheads as a layout: those whose stretch (to the next bracketed line) holds an asker's
 * start, numbered 1, 2, 3… — at least two, and nobody asking before the first (bracketed lines in
 * the middle of a report that began its exchanges without them are asides: "【记者手记】"). A column
 * tag over the introduction ("【人大代表面对面】") or a trailing "【相关链接】" opens no exchange and is
 * left out.
 */
function subheadLayout(pool: Header[], askers: number[]): HeaderLayout | null {
  const headers: Header[] = [];
  for (let i = 0; i < pool.length; i++) {
    const from = pool[i].line.span[1];
    const to = pool[i + 1]?.line.span[0] ?? Infinity;
    if (askers.some((a) => a >= from && a < to)) headers.push({ ...pool[i], number: headers.length + 1 });
  }
  if (headers.length < 2 || askers.some((a) => a < headers[0].line.span[0])) return null;
  return { headers, gaps: [], duplicates: [] };
}

/**
 * Where the oral part ends: the start of the first line after an asker that is the meeting's closing narration
 * (closing-narration.ts: "主持人:由于时间关系,现场询问到此结束。…") when nobody starts asking after it; else the text's end.
 */
function endOfAsking(view: string, askers: number[]): number {
  if (!askers.length) return Infinity;
  const first = least(askers);
  const last = greatest(askers);
  for (let at = view.indexOf('\n', first); at >= 0; at = view.indexOf('\n', at + 1)) {
    const end = view.indexOf('\n', at + 1);
    const line = view.slice(at + 1, end < 0 ? view.length : end).trim();
    if (line && at + 1 > last && isClosingNarration(line)) return at + 1;
  }
  return Infinity;
}

/** How many of the layout's sections hold an asker's start. */
function asked(layout: HeaderLayout, askers: number[]): number {
  return layout.headers.filter((h, i) => {
    const end = layout.headers[i + 1]?.line.span[0] ?? Infinity;
    return askers.some((a) => a >= h.line.span[0] && a < end);
  }).length;
}

/**
 * Headers of an enclosing level that end a question section: in a report whose questions are
 * "(一)…(四)" under "二、询问的主要问题", the later "三、意见和建议" closes question (四). They are
 * the title-like headers of another family whose numbering began before the first question.
 * Returns the offsets of their lines.
 */
export function enclosingBreaks(view: string, candidates: Header[], layout: HeaderLayout): number[] {
  const first = layout.headers[0];
  const family = first.family;
  const out: number[] = [];
  for (const [other] of GENERIC) {
    if (other === family) continue;
    const parents = chain(candidates.filter((h) => h.family === other && (h.questionLike || titleLike(view, h))), false);
    if (!parents || !parents.headers.some((h) => h.line.span[0] < first.line.span[0])) continue;
    for (const h of parents.headers) if (h.line.span[0] > first.line.span[0]) out.push(h.line.span[0]);
  }
  return out.sort((a, b) => a - b);
}

/** Keep the headers that continue 1, 2, 3…; explicit families keep every header (jumps and repeats warned, restarts at 1 not). */
function chain(pool: Header[], explicit: boolean): HeaderLayout | null {
  const headers: Header[] = [];
  const gaps: Array<[Header, Header]> = [];
  const duplicates: Header[] = [];
  for (const h of pool) {
    const last = headers[headers.length - 1];
    if (!last) {
      if (explicit || h.number <= 2) headers.push(h);
      continue;
    }
    if (h.number === last.number + 1) headers.push(h);
    else if (explicit && h.number === last.number) { duplicates.push(h); headers.push(h); }
    else if (explicit && h.number > last.number) { gaps.push([last, h]); headers.push(h); }
    else if (explicit) { if (h.number !== 1) gaps.push([last, h]); headers.push(h); } // a second part numbered afresh
    else if (!explicit && h.number === 1) return null; // a list restarting: these are measures, not questions
  }
  return headers.length ? { headers, gaps, duplicates } : null;
}
