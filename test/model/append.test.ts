import { describe, expect, it } from 'vitest';
import { append, greatest, least, replaceAll } from '../../src/model/append.js';

describe('[append] lists of any length, without spreading them into one call', () => {
  it.each<[string, number[], number[], number[]]>([
    ['onto a list', [1, 2], [3, 4], [1, 2, 3, 4]],
    ['nothing', [1], [], [1]],
    ['onto nothing', [], [5], [5]],
  ])('append %s', (_, target, items, expected) => {
    expect(append(target, items)).toEqual(expected);
    expect(target).toEqual(expected); // (in place)
  });

  it('replaceAll in place, from another list or a copy of itself', () => {
    const a = [1, 2, 3];
    replaceAll(a, [9]);
    expect(a).toEqual([9]);
    const b = [1, 2, 3];
    replaceAll(b, b);
    expect(b).toEqual([1, 2, 3]);
  });

  it.each<[number[], number, number]>([
    [[3, 1, 2], 1, 3],
    [[], Infinity, -Infinity],
    [[-0.5], -0.5, -0.5],
    [[1, NaN, 2], NaN, NaN],
  ])('least and greatest of %j, as Math.min / Math.max', (xs, min, max) => {
    expect(least(xs)).toBe(Math.min(...xs));
    expect(greatest(xs)).toBe(Math.max(...xs));
    expect([least(xs), greatest(xs)]).toEqual([min, max]);
  });

  it('more items than a call takes arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(append([], many).length).toBe(500_000);
    expect([least(many), greatest(many)]).toEqual([0, 499_999]);
    const target = [1];
    replaceAll(target, many);
    expect(target.length).toBe(500_000);
  });
});
