import { describe, expect, it } from 'vitest';
import { alignGreedy, type Candidate } from '../../src/compare/align.js';

const c = (i: number, j: number, score: number): Candidate<null> => ({ i, j, score, detail: null });
const pairs = (xs: Candidate<null>[]) => xs.map((x) => [x.i, x.j]);

describe('[compare/align] greedy one-to-one', () => {
  it.each([
    ['best first, each item once', [c(0, 0, 0.9), c(0, 1, 0.8), c(1, 1, 0.7)], [[0, 0], [1, 1]]],
    ['below the threshold nothing pairs', [c(0, 0, 0.1)], []],
    ['a tie goes to the closer position', [c(0, 0, 1), c(0, 1, 1), c(1, 0, 1), c(1, 1, 1)], [[0, 0], [1, 1]]],
    ['a tie at equal distance goes to the earlier pair', [c(1, 0, 1), c(1, 2, 1)], [[1, 0]]],
    ['a tie goes to the higher secondary score before position', [{ ...c(0, 0, 1), tie: 0.2 }, { ...c(1, 0, 1), tie: 0.5 }], [[1, 0]]],
  ] as const)('%s', (_, candidates, expected) => {
    expect(pairs(alignGreedy([...candidates], 0.2))).toEqual(expected);
  });

  it('transposing the candidates transposes the result', () => {
    const xs = [c(0, 2, 0.5), c(1, 0, 0.5), c(2, 1, 0.5), c(0, 0, 0.5), c(2, 2, 0.4), c(1, 1, 0.5)];
    const t = alignGreedy(xs.map((x) => c(x.j, x.i, x.score)), 0.2);
    expect(pairs(t).map(([i, j]) => [j, i]).sort()).toEqual(pairs(alignGreedy(xs, 0.2)).sort());
  });
});
