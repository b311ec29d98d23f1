/**
 * The stretches of content no question section covers (the introduction, narration between sections, the
 * closing), line by line, so that nothing of the text goes unread unnoticed.
 *
 * Example: lines "近日,…开展专题询问。" and "问题一:…" with one section over the second line give the first
 * line's content as one stretch. Spans are [start, end): UTF-16 offsets; `view` is the matching view.
 */
import type { Span } from '../model/span.js';
import { trim, type Line } from './blocks.js';

/** Content stretches (line by line) not covered by any section. */
export function outsideSpans(view: string, content: Line[], sections: Span[]): Span[] {
  const out: Span[] = [];
  // (Plain loops over lines × sections: this runs unoptimized in most of a batch.)
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    const c0 = l.content[0];
    const c1 = l.content[1];
    let pieces: Span[] | null = null; // null: the whole line, untouched so far
    for (let q = 0; q < sections.length; q++) {
      const s = sections[q];
      // A section that misses the line misses every piece of it (pieces lie inside the line).
      if (s[1] <= c0 || s[0] >= c1) continue;
      pieces = cutPieces(view, pieces ?? [l.content], s);
    }
    if (pieces === null) out.push(l.content);
    else for (const p of pieces) out.push(p);
  }
  // Merge neighbours separated only by white space.
  const merged: Span[] = [];
  for (const s of out) {
    const last = merged[merged.length - 1];
    if (last && /^\s*$/u.test(view.slice(last[1], s[0]))) last[1] = s[1];
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** `pieces` less section `s`: each piece it overlaps keeps its trimmed, non-empty rest on either side. */
function cutPieces(view: string, pieces: Span[], s: Span): Span[] {
  const next: Span[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces[k][0];
    const b = pieces[k][1];
    if (s[1] <= a || s[0] >= b) { next.push([a, b]); continue; }
    if (s[0] > a) { const p = trim(view, a, s[0]); if (p[1] > p[0]) next.push(p); }
    if (s[1] < b) { const p = trim(view, s[1], b); if (p[1] > p[0]) next.push(p); }
  }
  return next;
}
