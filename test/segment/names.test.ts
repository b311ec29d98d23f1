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
