// src/extract/reference-numerals.ts: paired 一+verb slogans and askers referred back to are no figures.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { pairedOneAt, personReferenceAt } from '../../src/extract/reference-numerals.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text);
}

describe('[reference-numerals] 一A一B pairs', () => {
  it.each([
    ['紧盯“一降一升”目标', 3], ['紧盯“一降一升”目标', 5], ['推动一增一减', 2], ['做到一升一降', 2], ['一进一出', 0],
  ])('%s at %i is a pair', (text, at) => expect(pairedOneAt(text, at)).toBe(true));
  it.each([
    ['每天用水一升', 4], ['一个一个地排查', 0], ['统一一个标准', 2], ['一升水', 0],
  ])('%s at %i is no pair', (text, at) => expect(pairedOneAt(text, at)).toBe(false));

  it.each(['紧盯“一降一升”目标', '推动一增一减、一升一降'])('%s → no 1升', (text) => expect(quantities(text)).toEqual([]));
  it('a litre that measures stays', () => expect(quantities('每人每天饮水一升')).toEqual(['一升']));
});

describe('[reference-numerals] persons referred back to', () => {
  it.each([['集中回答了以上三位委员的提问', 7], ['对两位的提问', 1], ['上述两位代表', 2]])('%s at %i refers', (text, at) => {
    expect(personReferenceAt(text, at, at + 1)).toBe(true);
  });
  it.each([['集中回答了以上三位委员和代表的提问'], ['对两位的提问，他一并作了回答']])('%s → no count', (text) => {
    expect(quantities(text).filter((q) => q.endsWith('位'))).toEqual([]);
  });
  it.each([['共有5位委员报名提问', '5位'], ['请两位委员连续提问', '两位'], ['8位委员先后提问', '8位']])('%s counts or calls: kept', (text, want) => {
    expect(quantities(text)).toContain(want);
  });
});
