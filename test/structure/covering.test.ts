import { describe, expect, it } from 'vitest';
import { covering, someCovering } from '../../src/structure/covering.js';

/** A small deterministic generator, so that a failure can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('[covering] which intervals hold a point', () => {
  it.each<[string, Array<[number, number]>, number, boolean]>([
    ['no intervals', [], 5, false],
    ['the start is inside', [[5, 8]], 5, true],
    ['the end is outside (end-exclusive)', [[5, 8]], 8, false],
    ['before every interval', [[5, 8], [10, 12]], 2, false],
    ['a long interval holds a point past a short later one', [[0, 100], [10, 12]], 50, true],
    ['between two intervals', [[0, 4], [10, 12]], 6, false],
    ['an empty interval holds nothing', [[5, 5]], 5, false],
  ])('%s', (_, spans, at, expected) => {
    const index = covering(spans.map(([start, end], i) => ({ start, end, item: i })));
    expect(someCovering(index, at)).toBe(expected);
  });

  it('passes only the intervals that pass the test', () => {
    const index = covering([{ start: 0, end: 10, item: 'a' }, { start: 2, end: 6, item: 'b' }]);
    expect(someCovering(index, 3, (x) => x === 'a')).toBe(true);
    expect(someCovering(index, 8, (x) => x === 'b')).toBe(false);
    expect(someCovering(index, 3, () => false)).toBe(false);
  });

  it('agrees with a scan of every interval on random overlapping and nested intervals', () => {
    const random = lcg(7);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: Math.floor(random() * 30) }, () => {
        const start = Math.floor(random() * 200);
        return { start, end: start + Math.floor(random() * 40), item: Math.floor(random() * 3) };
      });
      const index = covering(spans);
      for (let at = -1; at < 245; at += 3) {
        const test = (item: number) => item !== 1;
        const scan = spans.some((s) => at >= s.start && at < s.end && test(s.item));
        expect(someCovering(index, at, test)).toBe(scan);
      }
    }
  });
});
