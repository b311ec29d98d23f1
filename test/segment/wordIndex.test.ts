import { describe, expect, it } from 'vitest';
import { bucketOf, bucketOfWord, encodeIndex, WordIndex } from '../../src/segment/wordIndex.js';

const LINES = ['人大 12955 j', '人大常委会 4544 nt', '人大代表 5284 n', '人 100 n', '市 40141 n', '市人大 19 j', '𠀀 3 x', '𠀀字 2 n', 'AT&T 3 nz'];

describe('[wordIndex] round trip', () => {
  // Few buckets, so that collisions are certain and must be told apart.
  const index = new WordIndex(encodeIndex(LINES, 'test.dict', 'abc', 0, 4));

  it('keeps the header figures', () => {
    expect(index.header).toMatchObject({ source: 'test.dict', sha256: 'abc', lines: 9, buckets: 4, sum: 12955 + 4544 + 5284 + 100 + 40141 + 19 + 3 + 2 + 3, min: 2 });
  });

  it.each(LINES)('rebuilds %s exactly', (line) => {
    expect(index.find(line.split(' ')[0])).toBe(line);
  });

  it.each([['常委会', undefined], ['人大常', undefined], ['', undefined], ['at&t', undefined]])('find(%j) = %j', (word, line) => {
    expect(index.find(word)).toBe(line);
  });

  it.each([
    ['市人大常委会', 0, ['市', '市人大']],
    ['市人大常委会', 1, ['人', '人大', '人大常委会']],
    ['市人大常委会', 2, []],
    ['人大代表', 0, ['人', '人大', '人大代表']],
    ['人大', 1, []],
    ['𠀀字', 0, ['𠀀', '𠀀字']], // keys are UTF-16 code units: a surrogate pair is a two-unit key
  ])('matchAt(%s, %i)', (text, at, words) => {
    const found: string[] = [];
    index.matchAt(text, at, (id, length) => {
      expect(text.startsWith(index.word(id), at)).toBe(true);
      expect(index.word(id).length).toBe(length);
      found.push(index.word(id));
    });
    expect(found.sort()).toEqual([...words].sort());
  });

  it('idOf finds one-unit, two-unit and longer words, and nothing else', () => {
    for (const line of LINES) {
      const word = line.split(' ')[0];
      expect(index.word(index.idOf(word))).toBe(word);
    }
    expect(index.idOf('人大常')).toBe(-1);
    expect(index.idOf('')).toBe(-1);
  });

  it('values by word', () => {
    expect(index.value('人大常委会')).toBe(4544);
    expect(index.value('常委会')).toBeUndefined();
  });

  it('tags by word: the third column, undefined for a word the list lacks', () => {
    expect(index.tag('人大常委会')).toBe('nt');
    expect(index.tag('𠀀')).toBe('x');
    expect(index.tag('常委会')).toBeUndefined();
  });

  it('an IDF table (two columns, decimals) round-trips too', () => {
    const idf = new WordIndex(encodeIndex(['劳动防护 13.900677652', '生化学 13.900677652', '工作 2.5'], 'idf.utf8', ''));
    expect(idf.find('劳动防护')).toBe('劳动防护 13.900677652');
    expect(idf.value('工作')).toBe(2.5);
    expect(idf.header.tags).toEqual([]);
    expect(idf.tag('工作')).toBe('');
  });
});

describe('[wordIndex] refuses what it could not rebuild', () => {
  it.each([['词 007 n'], ['词 1.50 n'], ['词 1 n extra']])('%s', (line) => {
    expect(() => encodeIndex([line], 'x', '')).toThrow(/cannot rebuild/);
  });

  it('refuses a truncated file', () => {
    const bytes = encodeIndex(LINES, 'x', '');
    expect(() => new WordIndex(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });
});

describe('[wordIndex] buckets', () => {
  it('lie in range', () => {
    for (const [a, b] of [[0x4eba, 0x5927], [0x5e02, -1], [0xd840, 0xdc00], [0xffff, 0xffff], [0, 0]]) {
      const x = bucketOf(a, b, 1 << 17);
      expect(x >= 0 && x < 1 << 17).toBe(true);
    }
  });

  it('a word is in the bucket of its first two units', () => {
    expect(bucketOfWord('人大常委会', 1 << 17)).toBe(bucketOf(0x4eba, 0x5927, 1 << 17));
    expect(bucketOfWord('市', 1 << 17)).toBe(bucketOf(0x5e02, -1, 1 << 17));
  });
});
