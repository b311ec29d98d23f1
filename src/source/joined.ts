/**
 * A text with some ranges cut out (the hard wraps of a PDF copy, see reflow.ts), and the map back:
 * "ab\ncd" with the cut [2, 3) joins to "abcd", whose offset 2 ("c") is offset 3 of the original.
 * Offsets are UTF-16 code units, 0-based; spans [start, end) are end-exclusive.
 */
import type { Span } from '../model/span.js';

/**
 * From the joined text back to the original: offsets of the joined text (UTF-16, 0-based) to
 * offsets of the text the cuts were removed from.
 */
export class OffsetMap {
  /** Joined-text offset of each cut, ascending. */
  private readonly at: number[];
  /** Units removed by the cuts up to and including each. */
  private readonly removed: number[];

  /** Per cut: the removed units belong to the character before it (the tail of "&ldquo;" read as "“", see entities.ts). */
  private readonly attached: boolean[];

  /** `attached`: the original starts of the cuts whose units belong to the character before them, passed by an end. */
  constructor(cuts: readonly Span[], attached: ReadonlySet<number> = new Set()) {
    this.at = [];
    this.removed = [];
    this.attached = [];
    let total = 0;
    for (const [s, e] of cuts) {
      this.at.push(s - total);
      total += e - s;
      this.removed.push(total);
      this.attached.push(attached.has(s));
    }
  }

  /** How many cuts stand at joined offsets < p (strict) or <= p. */
  private count(p: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at[mid] < p || (inclusive && this.at[mid] === p)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The original offset of joined offset `p`, a cut at `p` passed: the start of the character at `p`.
   * One function for starts and ends, so spans that tile the joined text tile the original.
   */
  toOriginal(p: number): number {
    const k = this.count(p, true);
    return k ? p + this.removed[k - 1] : p;
  }

  /** As an end: a cut at `p` not passed, so the span stops right after its last character. */
  toOriginalEnd(p: number): number {
    let k = this.count(p, false);
    // …but the rest of a character written as several units ("&rdquo;" ending a quotation) is the character's.
    while (k < this.at.length && this.at[k] === p && this.attached[k]) k++;
    return k ? p + this.removed[k - 1] : p;
  }

  /** A span mapped tight: from its first character to just after its last (an empty span stays empty). */
  span([s, e]: Span): Span {
    const a = this.toOriginal(s);
    return e > s ? [a, Math.max(a, this.toOriginalEnd(e))] : [a, a];
  }

  /** A span mapped with `toOriginal` at both ends: spans tiling the joined text tile the original. */
  tiling([s, e]: Span): Span {
    return [this.toOriginal(s), this.toOriginal(e)];
  }
}

/** `text` without its cuts (ascending, disjoint), and the map back (`attached` as for OffsetMap). */
export function joinWraps(text: string, cuts: readonly Span[], attached?: ReadonlySet<number>): { joined: string; map: OffsetMap } {
  const parts: string[] = [];
  let from = 0;
  for (const [s, e] of cuts) {
    parts.push(text.slice(from, s));
    from = e;
  }
  parts.push(text.slice(from));
  return { joined: parts.join(''), map: new OffsetMap(cuts, attached) };
}

/**
 * Cuts found on a text already joined by `first` (`second`, in offsets of that joined text, `map` its
 * map back) with `first`, as cuts of the original: ascending, disjoint, touching ones merged.
 * "问 题\n一" less [1, 2) joins to "问题\n一"; its cut [2, 3) there is [3, 4) of the original, so
 * both make [[1, 2], [3, 4]]; a second cut over a first one covers it.
 */
export function cutsThrough(first: readonly Span[], map: OffsetMap, second: readonly Span[]): Span[] {
  const all: Span[] = [...first];
  for (const c of second) if (c[1] > c[0]) all.push(map.span(c));
  return unionCuts(all);
}

/** Cuts ascending and disjoint: overlapping or touching ones merged, empty ones dropped. */
export function unionCuts(cuts: readonly Span[]): Span[] {
  const all = cuts.filter((c) => c[1] > c[0]).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else out.push([c[0], c[1]]);
  }
  return out;
}
