/**
 * HTML character references left in a plain-text file by a bad save: read as the characters they stand for.
 *
 * Example: "常委会委员何雨晴：&ldquo;积水点整改如何？&rdquo;" is read as "常委会委员何雨晴：“积水点整改如何？”": each
 * reference is cut to as many code units as its character ("&ldquo;" → "“", the cut [s + 1, s + 7)), the
 * text is read without the cuts (joined.ts) and every span mapped back, so texts still slice the file as
 * written. References to a space (&nbsp;, &#12288;) are left alone: the view already reads them as spaces
 * (normalize.ts). Offsets are UTF-16 code units, 0-based, spans [start, end) end-exclusive.
 */
import type { Span } from '../model/span.js';
import { decodeEntities } from './html.js';

export interface Entity {
  /** The reference as written, "&ldquo;" or "&#8220;". */
  span: Span;
  /** The character it stands for (two code units for one beyond the BMP). */
  value: string;
}

/** A reference: named, decimal or hexadecimal; the ';' optional only where html.ts allows it. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;
/** What the view already reads as white space, and the replacement mark of an invalid reference. */
const LEFT_ALONE = /^[\s\u00a0\u2002\u2003\u2009\u3000\ufffd]$/u;

/** The references in `text` that stand for a character other than a space, in reading order. */
export function findEntities(text: string): Entity[] {
  if (!text.includes('&')) return [];
  const out: Entity[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const value = decodeEntities(m[0]);
    if (value === m[0] || LEFT_ALONE.test(value) || value.length >= m[0].length) continue;
    out.push({ span: [m.index, m.index + m[0].length], value });
  }
  return out;
}

/** The cuts that shorten each reference to its character's length: "&ldquo;" at s keeps [s, s + 1). */
export function entityCuts(entities: readonly Entity[]): Span[] {
  return entities.map((e) => [e.span[0] + e.value.length, e.span[1]]);
}

/**
 * `joined` (the text less `cuts`, which include `entityCuts(entities)`) with each reference's kept units
 * replaced by its character: "&l" → "“". `cuts` ascending and disjoint, as joinWraps takes them.
 */
export function putEntities(joined: string, entities: readonly Entity[], cuts: readonly Span[]): string {
  if (!entities.length) return joined;
  const parts: string[] = [];
  let from = 0;
  let removed = 0;
  let c = 0;
  for (const e of entities) {
    while (c < cuts.length && cuts[c][1] <= e.span[0]) removed += cuts[c][1] - cuts[c++][0];
    const at = e.span[0] - removed;
    parts.push(joined.slice(from, at), e.value);
    from = at + e.value.length;
  }
  parts.push(joined.slice(from));
  return parts.join('');
}
