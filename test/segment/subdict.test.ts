import { describe, expect, it } from 'vitest';
import { documentDictionary, FILLER_MIN, FILLER_REST, WordFinder } from '../../src/segment/subdict.js';
import { encodeIndex, WordIndex } from '../../src/segment/wordIndex.js';

const LINES = ['人大 12955 j', '人大常委会 4544 nt', '常委会 7079 j', '市 40141 n', '市人大 19 j', '询问 2256 v', '专题 2367 n', '法院 2312 n', '一一记 2 m'];
const finder = new WordFinder(new WordIndex(encodeIndex(LINES, 'test.dict', '', 8)));

describe('[subdict] the words occurring in a text', () => {
  it.each([
    ['市人大常委会开展专题询问', ['人大', '人大常委会', '常委会', '市', '市人大', '询问', '专题']],
    ['法院', ['法院']],
    ['院法', []],
    ['人', []],
  ])('%s', (text, words) => {
    expect([...finder.collect(text, new Map()).keys()].sort()).toEqual([...words].sort());
  });

  it('returns the source lines unchanged', () => {
    expect(finder.collect('人大常委会', new Map()).get('人大常委会')).toBe('人大常委会 4544 nt');
  });

  it.each([['市人大', 19], ['常委会', 7079], ['检察院', undefined]])('frequency(%s)', (word, f) => {
    expect(finder.frequency(word)).toBe(f);
  });
});

describe('[subdict] fillers keep the total and the minimum', () => {
  it('adds the smallest frequency and the rest of the total', () => {
    const text = documentDictionary(['市 40141 n', '法院 2312 n'], 100_000, 2);
    expect(text.split('\n')).toEqual(['市 40141 n', '法院 2312 n', `${FILLER_MIN} 2 x`, `${FILLER_REST} ${100_000 - 40141 - 2312 - 2} x`, '']);
    const sum = text.trim().split('\n').reduce((n, l) => n + Number(l.split(' ')[1]), 0);
    expect(sum).toBe(100_000);
  });
});
