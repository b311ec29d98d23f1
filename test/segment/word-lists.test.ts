import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyIdf, openIndex, readValues, userDictionaryText, valuesOf } from '../../src/segment/word-lists.js';

const dir = mkdtempSync(join(tmpdir(), 'inquiry-word-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIST = join(dir, 'small.dict.utf8');
writeFileSync(LIST, '人大 12955 j\n常委会 7079 j\n询问 2256 v\n');
const IDF = join(dir, 'small.idf.utf8');
writeFileSync(IDF, '询问 8.5\n专题 9.5\n');

describe('[word-lists] jieba word lists as read', () => {
  it.each([
    ['市 1 n\n县 2 n', '市 1 n\n县 2 n\n'],
    ['市 1 n\n', '市 1 n\n'],
    ['', ''],
    ['\n', ''],
  ])('the user dictionary %j is loaded as %j', (text, loaded) => {
    expect(userDictionaryText(text)).toBe(loaded);
  });

  it('a list with no shipped index of its size gets one built in memory, with the same values as the list read whole', () => {
    const index = openIndex('jieba.dict.index', LIST)!;
    expect(index.header.lines).toBe(3);
    const fromIndex = valuesOf(index);
    const whole = readValues(LIST);
    for (const w of ['人大', '常委会', '询问', '专题']) expect(fromIndex.value(w)).toBe(whole.value(w));
    expect([fromIndex.sum, fromIndex.min, fromIndex.lines]).toEqual([whole.sum, whole.min, whole.lines]);
    expect([whole.sum, whole.min, whole.lines]).toEqual([22290, 2256, 3]);
  });

  it('a missing list gives no index', () => {
    expect(openIndex('jieba.dict.index', join(dir, 'missing.utf8'))).toBeNull();
  });

  it('the IDF table is read on its first query', () => {
    const idf = lazyIdf(IDF);
    expect(idf.idf('询问')).toBe(8.5);
    expect(idf.idf('人大')).toBeUndefined();
    expect(idf.average).toBe(9);
  });
});
