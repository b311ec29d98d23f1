// src/extract/decades.ts: N年代 names a decade of the calendar, no span of N years (t70 finding 9a).
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { decadeAt } from '../../src/extract/decades.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => `${q.text}=${q.value} ${q.unit}`);
}

describe('[decades] a decade gives no figure', () => {
  it.each<[string, string[]]>([
    ['我们社区是上世纪八十年代建的老小区', []],
    ['上世纪90年代建成的厂房', []],
    ['20世纪80年代建的', []],
    ['八十年代初投用', []],
    ['上世纪80年代末', []],
    ['1990年代以来', []],
    ['21世纪10年代末', []], // 10 after 世纪: the 2010s
    ['上世纪五六十年代建的房子', []], // a range of two decades
    ['七八十年代的老厂房', []],
    ['70、80年代的老厂房', []], // a series sharing 年代
    ['六十到七十年代', []],
    ['上世纪九十年代建的小区有1200户', ['1200户=1200 户']], // the figure after it stays
  ])('%s → %j', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, string[]]>([
    // near-misses: a span of years, 代 opening a word of its own, a number no round ten
    ['这项工作已经坚持了80年', ['80年=80 年']],
    ['用了十年代价太大', ['十年=10 年']], // 十年 + 代价, and 十 alone names no decade
    ['三十年代表着一代人', ['三十年=30 年']], // 代表
    ['近20年代价很大', ['近20年=20 年']],
    ['85年代', ['85年=85 年']], // no round ten: no decade
    ['80年', ['80年=80 年']],
  ])('kept: %s → %j', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe('[decades] decadeAt: how far the decade reaches from its numeral', () => {
  it.each<[string, number, number]>([
    ['上世纪八十年代建的', 3, 4],
    ['上世纪90年代', 3, 4],
    ['1990年代', 0, 6],
    ['70、80年代', 0, 7],
    ['七八十年代', 0, 5],
    ['坚持了80年', 3, 0],
    ['十年代价', 0, 0],
    ['21世纪10年代', 4, 4],
  ])('%s at %d → %d', (text, at, want) => {
    expect(decadeAt(normalize(text), at)).toBe(want);
  });
});
