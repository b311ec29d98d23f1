import { describe, expect, it } from 'vitest';
import { documentDictionary, FILLER_MIN, FILLER_REST, GrowingDictionary, WordFinder } from '../../src/segment/subdict.js';
import { encodeIndex, WordIndex } from '../../src/segment/wordIndex.js';

const LINES = ['人大 12955 j', '人大常委会 4544 nt', '常委会 7079 j', '市 40141 n', '市人大 19 j', '询问 2256 v', '专题 2367 n', '法院 2312 n', '一一记 2 m'];
const TOTAL = LINES.reduce((n, l) => n + Number(l.split(' ')[1]), 0);
const index = new WordIndex(encodeIndex(LINES, 'test.dict', '', 0, 8));
const finder = new WordFinder(index);
const wordsOf = (text: string) => [...finder.collect(text, new Set())].map((id) => index.word(id)).sort();

describe('[subdict] the words occurring in a text', () => {
  it.each([
    ['市人大常委会开展专题询问', ['人大', '人大常委会', '常委会', '市', '市人大', '询问', '专题']],
    ['法院', ['法院']],
    ['院法', []],
    ['人', []],
    ['', []],
  ])('%j', (text, words) => {
    expect(wordsOf(text)).toEqual([...words].sort());
  });

  it.each([
    ['市人大常委会开展专题询问', '市人大常委會开展专题询问'],
    ['法院专题询问', '法院專題询问'],
    ['市人大常委会', '市人大常委会'],
    ['询问。', '询问.'],
  ])('collectVariant(%s, %s) finds what collect finds', (base, variant) => {
    const alone = [...finder.collect(variant, new Set())].sort();
    const seen = finder.collect(base, new Set());
    const both = [...finder.collectVariant(base, variant, new Set(seen))].sort();
    expect(both).toEqual([...new Set([...seen, ...alone])].sort());
  });

  // The parser may read a document with its wraps, gaps and letter spacing joined: a word
  // across white space must be in the chunk's dictionary too.
  it.each([
    ['市人大常\n委会', ['人大常委会', '常委会', '人大', '市人大']],
    ['专　题询问', ['专题']],
    ['询 问', ['询问']],
    ['市 人 大', ['市人大', '人大']],
    ['法院\r\n\r\n专题', []],
    ['市人大常委会', []],
    ['  法院  ', []],
    ['', []],
  ])('collectJoined(%j) adds the words white space cut', (text, across) => {
    const joined = [...finder.collectJoined(text, new Set())].map((id) => index.word(id));
    for (const w of across) expect(joined).toContain(w);
    // Never a word that the text without its white space lacks.
    const bare = wordsOf(text.replace(/\s+/g, ''));
    for (const w of joined) expect(bare).toContain(w);
  });

  it.each([['市人大', 19], ['常委会', 7079], ['检察院', undefined]])('frequency(%s)', (word, f) => {
    expect(finder.frequency(word)).toBe(f);
  });
});

describe('[subdict] the document dictionary', () => {
  const text = documentDictionary(index, finder.collect('市法院', new Set()));
  const lines = text.trim().split('\n');

  it('holds the source lines of the words, then the fillers', () => {
    expect(lines.slice(0, -2).sort()).toEqual(['市 40141 n', '法院 2312 n']);
    expect(lines.slice(-2)).toEqual([`${FILLER_MIN} 2 x`, `${FILLER_REST} ${TOTAL - 40141 - 2312 - 2} x`]);
  });

  it('keeps the total and the smallest frequency of the full dictionary', () => {
    const values = lines.map((l) => Number(l.split(' ')[1]));
    expect(values.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(Math.min(...values)).toBe(2);
  });
});

describe('[subdict] a growing document dictionary', () => {
  const ids = (text: string) => finder.collect(text, new Set());
  const sorted = (text: string) => text.trim().split('\n').sort();

  it('writes for each word set the lines documentDictionary writes', () => {
    const growing = new GrowingDictionary(index);
    const first = ids('市法院');
    expect(sorted(growing.text(first))).toEqual(sorted(documentDictionary(index, first)));
    const more = new Set([...first, ...ids('专题询问')]);
    expect(sorted(growing.text(more))).toEqual(sorted(documentDictionary(index, more)));
  });

  it('starts over for a set that lacks a word given before', () => {
    const growing = new GrowingDictionary(index);
    growing.text(ids('市人大常委会'));
    const other = ids('法院');
    expect(sorted(growing.text(other))).toEqual(sorted(documentDictionary(index, other)));
  });
});
