/**
 * Mentions of a numbered term that name no formulation of their own.
 *
 * Example: "六个聚焦是聚焦主导产业、…、聚焦人才引育。前五个聚焦均按计划推进" — 前五个聚焦 points into the six already
 * named (the first five of them), as do 后两个聚焦, 其中两个聚焦, 其余三个聚焦: a subset of a set is no new set. Only when the
 * same term was counted before (六个聚焦): "前三个月" names nothing either way, and "其中三项制度" with no earlier count of
 * 制度 is left to the finders. And "关于“两个维护”,不,是关于“两个责任”": the speaker withdrew the first term
 * (不, 是… right after it), so it was never said.
 * Offsets are UTF-16 code units into the view (ASCII punctuation), 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';

/** Words before a count that take part of a set already named: the first / last N, N of them, the other N. */
const SUBSET_BEFORE = /(?:前|后|其中|其余|另外)$/;
/** A count opening a term: the numeral (Chinese or digits) and a classifier; the rest is the term. */
const COUNT = /^(?:\d{1,2}|[两二三四五六七八九十]{1,3})([个项大条种类张]?)/;
/** How far back the set may have been named, in code units (one exchange, a page or two). */
const REACH = 4000;

/** True when the count at `span` follows 前/后/其中/其余 and its term was counted earlier by another numeral. */
export function subsetReference(view: string, span: Span): boolean {
  const [s, e] = span;
  const before = view.slice(Math.max(0, s - 2), s);
  const lead = SUBSET_BEFORE.exec(before);
  if (!lead) return false;
  const text = view.slice(s, e);
  const count = COUNT.exec(text);
  if (!count) return false;
  const term = text.slice(count[0].length);
  if (term.length < 1) return false;
  const from = Math.max(0, s - REACH);
  const earlier = view.slice(from, s - lead[0].length);
  const named = new RegExp(`(?:\\d{1,2}|[两二三四五六七八九十]{1,3})[个项大条种类张]?[“‘"]?${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu');
  for (let m = named.exec(earlier); m; m = named.exec(earlier)) {
    // (Another count of the same term: 六个聚焦 before 前五个聚焦; not 第二个聚焦, an ordinal.)
    if (earlier[m.index - 1] !== '第' && m[0] !== text) return true;
  }
  return false;
}

/** What follows a withdrawn term: its closing quote maybe, then 不 and a correction (不,是… / 不对,是… / ——不,应该是…). */
const WITHDRAWN = /^[”」』’"]?\s*(?:,|——|—|…+)?\s*不对?[,!]?\s*(?:应该是|应是|我说的是|是)/;

/** True when the term at `span` is withdrawn by the speaker right after it ("“两个维护”,不,是“两个责任”"). */
export function withdrawn(view: string, span: Span): boolean {
  return WITHDRAWN.test(view.slice(span[1], span[1] + 12));
}
