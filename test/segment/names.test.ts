import { describe, expect, it } from 'vitest';
import { cutAround, nameForms, nameSpans } from '../../src/segment/names.js';

describe('[names] where names occur', () => {
  it.each([
    ['副主任缪应虎表示', ['缪应虎'], [[3, 6]]],
    ['杨开宇回答杨开宇', ['杨开', '杨开宇'], [[0, 3], [5, 8]]],
    ['余波余中平', ['余中平', '余波'], [[0, 2], [2, 5]]],
    ['海建才', [], []],
    ['马伟马伟', ['马伟'], [[0, 2], [2, 4]]],
  ])('%s %j', (text, names, spans) => {
    expect(nameSpans(text, nameForms(names, (s) => s))).toEqual(spans);
  });

  it('adds the normalized form and drops empty or spaced names', () => {
    const fake = (s: string) => s.replace('陳', '陈').replace('國', '国').replace('華', '华');
    expect(nameForms(['陳國華', '', '张 三', '马伟'], fake)).toEqual(['陈国华', '陳國華', '马伟']);
  });
});

describe('[names] cutting around them', () => {
  const perChar = (s: string) => [...s].map((word) => ({ word }));
  it.each([
    ['副主任缪应虎表示', ['缪应虎'], ['副', '主', '任', '缪应虎', '表', '示']],
    ['缪应虎', ['缪应虎'], ['缪应虎']],
    ['表示', ['缪应虎'], ['表', '示']],
  ])('%s', (text, names, words) => {
    expect(cutAround(text, names, perChar, false).map((p) => p.word)).toEqual(words);
  });

  it('tags a name nr', () => {
    expect(cutAround('问缪应虎', ['缪应虎'], (s) => [{ word: s, tag: 'v' }], true)).toEqual([{ word: '问', tag: 'v' }, { word: '缪应虎', tag: 'nr' }]);
  });
});

describe('[names] the one-pass scan equals sorting every occurrence', () => {
  const reference = (text: string, names: readonly string[]): [number, number][] => {
    const found: [number, number][] = [];
    for (const name of names) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push([at, at + name.length]);
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const spans: [number, number][] = [];
    for (const span of found) if (spans.length === 0 || span[0] >= spans[spans.length - 1][1]) spans.push(span);
    return spans;
  };
  it('on generated texts and name lists (any order, overlapping names, surrogates)', () => {
    let seed = 5;
    const rand = (k: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
    const alphabet = ['马', '伟', '杨', '开', '宇', '余', '波', '𠀀', '\ud840', '表'];
    const word = (n: number) => Array.from({ length: n }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const names = Array.from({ length: rand(5) }, () => word(1 + rand(3)));
      const text = word(rand(25));
      expect(nameSpans(text, names)).toEqual(reference(text, names));
    }
  });
});

describe('[names] a stretch cut into more pieces than a call takes arguments', () => {
  it('keeps them all, without overflowing the stack', () => {
    const text = '请问'.repeat(150_000) + '缪应虎' + '表示'.repeat(150_000);
    const perChar = (s: string) => [...s].map((word) => ({ word }));
    const pieces = cutAround(text, ['缪应虎'], perChar, false);
    expect(pieces.length).toBe(600_001);
    expect(pieces[300_000].word).toBe('缪应虎');
  });
});
