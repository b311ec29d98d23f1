import { describe, expect, it } from 'vitest';
import { bucketOf, encodeIndex, keyOf, WordIndex } from '../../src/segment/wordIndex.js';

const LINES = ['人大 12955 j', '人大常委会 4544 nt', '人大代表 5284 n', '人 100 n', '市 40141 n', '市人大 19 j', '𠀀 3 x', '𠀀字 2 n'];

describe('[wordIndex] round trip', () => {
  // Few buckets, so that collisions are certain and must be filtered out.
  const index = new WordIndex(encodeIndex(LINES, 'test.dict', 'abc', 4));

  it('keeps the header figures', () => {
    expect(index.header).toMatchObject({ source: 'test.dict', sha256: 'abc', lines: 8, buckets: 4, sum: 12955 + 4544 + 5284 + 100 + 40141 + 19 + 3 + 2, min: 2 });
  });

  it.each([
    ['人大', ['人大', '人大常委会', '人大代表']],
    ['人', ['人']],
    ['市', ['市']],
    ['市人', ['市人大']],
    ['𠀀', ['𠀀', '𠀀字']], // keys are UTF-16 code units: a surrogate pair is a whole key
    ['大常', []],
  ])('entries(%s)', (key, words) => {
    expect(index.entries(key).map((e) => e.word).sort()).toEqual([...words].sort());
  });

  it.each([['人大常委会', '人大常委会 4544 nt'], ['市人大', '市人大 19 j'], ['常委会', undefined]])('find(%s)', (word, line) => {
    expect(index.find(word)).toBe(line);
  });
});

describe('[wordIndex] keys and buckets', () => {
  it.each([['人大常委会', '人大'], ['市', '市'], ['𠀀字', '𠀀']])('keyOf(%s) = %s', (word, key) => {
    expect(keyOf(word)).toBe(key);
  });

  it('buckets lie in range', () => {
    for (const key of ['人大', '市', '𠀀', 'AT', '\uffff\uffff']) {
      const b = bucketOf(key, 1 << 17);
      expect(b >= 0 && b < 1 << 17).toBe(true);
    }
  });
});
