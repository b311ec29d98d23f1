/**
 * A record read from a joined text (the hard wraps of a PDF copy removed: "对1.2\n万个在建项目" read as
 * "对1.2万个在建项目") put back onto the original text: every span mapped through the `OffsetMap`,
 * every text that was its span's slice sliced again from the original (the quantity 1.2万个 then
 * reads "1.2\n万个", its value still 12000).
 *
 * Spans are found by name, as the schema names them: `span`, any `…Span` (sectionSpan,
 * statedCountSpan) and the session's `spans`; a `text` beside a `span` and an `xText` beside an
 * `xSpan` (statedCountText) are their slices. Items map tight (from the first character to just
 * after the last, a removed line break inside them kept); turns and sections map with one offset
 * function at both ends, so the turns that tile a section still tile it. Offsets are [start, end),
 * 0-based UTF-16 code units.
 */
import type { Span } from '../model/span.js';
import type { OffsetMap } from '../source/joined.js';

/** Keys whose spans tile their parent: a question's turns and its section (mapped with one function at both ends). */
const TILING_PARENTS = new Set(['turns']);
const TILING_KEYS = new Set(['sectionSpan']);

function isSpan(v: unknown): v is Span {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
}

/**
 * Map, in place, every span of `node` (a record or any part of it) read on `joined` onto
 * `original`, re-slicing the texts that were their spans' slices. Each object is mapped once, even when shared.
 */
export function remapSpans(node: unknown, joined: string, original: string, map: OffsetMap): void {
  walk(node, '', joined, original, map, new WeakSet());
}

function walk(node: unknown, parentKey: string, joined: string, original: string, map: OffsetMap, seen: WeakSet<object>): void {
  if (!node || typeof node !== 'object') return;
  if (seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const v of node) walk(v, parentKey, joined, original, map, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (o.spans && typeof o.spans === 'object' && !Array.isArray(o.spans)) remapFieldSpans(o, joined, original, map, seen);
  for (const key of Object.keys(o)) {
    const v = o[key];
    if (key === 'span' || key.endsWith('Span')) {
      if (!isSpan(v)) continue;
      const tiling = TILING_KEYS.has(key) || (key === 'span' && TILING_PARENTS.has(parentKey));
      const mapped = tiling ? map.tiling(v) : map.span(v);
      const textKey = key === 'span' ? 'text' : `${key.slice(0, -4)}Text`;
      if (typeof o[textKey] === 'string' && o[textKey] === joined.slice(v[0], v[1])) o[textKey] = original.slice(mapped[0], mapped[1]);
      o[key] = mapped;
    } else if (v && typeof v === 'object') walk(v, key, joined, original, map, seen);
  }
}

/** The session's `spans` (title, body, …): each mapped tight, and the field it gives re-sliced. */
function remapFieldSpans(o: Record<string, unknown>, joined: string, original: string, map: OffsetMap, seen: WeakSet<object>): void {
  const spans = o.spans as Record<string, unknown>;
  seen.add(spans);
  for (const key of Object.keys(spans)) {
    const v = spans[key];
    if (!isSpan(v)) continue;
    const mapped = map.span(v);
    if (typeof o[key] === 'string' && o[key] === joined.slice(v[0], v[1])) o[key] = original.slice(mapped[0], mapped[1]);
    spans[key] = mapped;
  }
}
