/**
 * A text with cuts removed and the map back: random spans of the joined text map onto the same
 * characters of the original (the cut ones added inside, none at the ends); spans tiling the joined
 * text tile the original. Example: "ab\ncd" less [2, 3) is "abcd", its span [2, 4) the original [3, 5).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutsThrough, joinWraps, OffsetMap } from '../../src/source/joined.js';
import { findLetterSpacing } from '../../src/source/letter-spacing.js';
import type { Span } from '../../src/model/span.js';

describe('[joined] the offset map', () => {
  /** A text and ascending, disjoint cuts in it, each a line break possibly after spaces, never at 0. */
  const textAndCuts = fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('\n', ' \n', '\r\n', '\u3000\n', '')), { minLength: 1, maxLength: 20 })
    .map((pieces) => {
      let text = '';
      const cuts: Span[] = [];
      for (const [word, brk] of pieces) {
        text += word;
        if (brk) { cuts.push([text.length, text.length + brk.length]); text += brk; }
      }
      return { text, cuts };
    });

  it('a span of the joined text maps onto the same characters, the cut ones added, and tight ends', () => {
    fc.assert(fc.property(textAndCuts, fc.nat(), fc.nat(), ({ text, cuts }, a, b) => {
      const { joined, map } = joinWraps(text, cuts);
      const s = a % (joined.length + 1);
      const e = s + (b % (joined.length - s + 1));
      const [os, oe] = map.span([s, e]);
      const removed = new Set(cuts.flatMap(([x, y]) => Array.from({ length: y - x }, (_, k) => x + k)));
      const kept = Array.from(text.slice(os, oe)).filter((_, k) => !removed.has(os + k)).join('');
      expect(kept).toBe(joined.slice(s, e));
      if (e > s) {
        expect(removed.has(os)).toBe(false); // starts on a character of the joined text
        expect(removed.has(oe - 1)).toBe(false); // ends right after one
      }
    }));
  });

  it('spans tiling the joined text tile the original', () => {
    fc.assert(fc.property(textAndCuts, fc.array(fc.nat(), { maxLength: 6 }), ({ text, cuts }, marks) => {
      const { joined, map } = joinWraps(text, cuts);
      const bounds = [...new Set([0, ...marks.map((m) => m % (joined.length + 1)), joined.length])].sort((x, y) => x - y);
      const tiles: Span[] = [];
      for (let i = 0; i + 1 < bounds.length; i++) tiles.push(map.tiling([bounds[i], bounds[i + 1]]));
      for (let i = 0; i + 1 < tiles.length; i++) expect(tiles[i][1]).toBe(tiles[i + 1][0]);
      if (tiles.length) expect(tiles[tiles.length - 1][1]).toBe(text.length);
    }));
  });

  it('no cuts: the identity', () => {
    const map = new OffsetMap([]);
    expect([map.toOriginal(5), map.toOriginalEnd(5), map.span([2, 4]), map.tiling([0, 3])]).toEqual([5, 5, [2, 4], [0, 3]]);
  });

  it('a cut at a span boundary: starts after it, tight ends before it, tiling ends after it', () => {
    // "ab\ncd": the cut [2, 3) removes "\n"; joined "abcd".
    const map = new OffsetMap([[2, 3]]);
    expect(map.span([0, 2])).toEqual([0, 2]);
    expect(map.span([2, 4])).toEqual([3, 5]);
    expect(map.span([1, 3])).toEqual([1, 4]);
    expect(map.tiling([0, 2])).toEqual([0, 3]);
  });
});

describe('[joined] cuts found on a joined text, through its map', () => {
  it.each<[string, string, Span[], Span[], Span[]]>([
    ['a wrap after letter-spacing', '问 题\n一', [[1, 2]], [[2, 3]], [[1, 2], [3, 4]]],
    ['a second cut over a first one', 'a b\ncd', [[1, 2]], [[1, 3]], [[1, 4]]],
    ['touching cuts merged', 'a b\nc', [[1, 2]], [[2, 3]], [[1, 2], [3, 4]]],
  ])('%s', (_name, text, first, second, want) => {
    const { map } = joinWraps(text, first);
    expect(cutsThrough(first, map, second)).toEqual(want);
  });

  it('gives the text both steps give', () => {
    const text = '问 题 一\n二三 四 五\n六';
    const first = findLetterSpacing(text);
    const once = joinWraps(text, first);
    const second: Span[] = [];
    for (let i = once.joined.indexOf('\n'); i >= 0; i = once.joined.indexOf('\n', i + 1)) second.push([i, i + 1]);
    const both = joinWraps(text, cutsThrough(first, once.map, second)).joined;
    expect(both).toBe(joinWraps(once.joined, second).joined);
  });
});

describe('[joined] a cut attached to the character before it (a character reference read as its character)', () => {
  // "甲&ldquo;乙&rdquo;\n丙": the tails of the references are the quotes', the line break is cut on its own.
  const text = '甲&ldquo;乙&rdquo;\n丙';
  const cuts: [number, number][] = [[2, 8], [10, 16], [16, 17]];
  const { joined, map } = joinWraps(text, cuts, new Set([2, 10]));

  it('an end after the character passes its tail, not the line break after it', () => {
    expect(joined).toBe('甲&乙&丙');
    expect(map.span([1, 4])).toEqual([1, 16]);
    expect(text.slice(...map.span([1, 4]))).toBe('&ldquo;乙&rdquo;');
  });

  it('without `attached`, an end stops before every cut', () => {
    expect(joinWraps(text, cuts).map.span([1, 4])).toEqual([1, 10]);
  });
});
