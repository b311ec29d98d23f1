import { describe, expect, it } from 'vitest';
import { anchor, perCharacter, wellFormed } from '../../src/segment/anchor.js';

/** Tokens tile the input: consecutive, from 0 to the end, and each slice is its text. */
function tiles(input: string, tokens: { text: string; span: [number, number] }[]): boolean {
  let at = 0;
  for (const t of tokens) {
    if (t.span[0] !== at || input.slice(t.span[0], t.span[1]) !== t.text || t.text.length === 0) return false;
    at = t.span[1];
  }
  return at === input.length;
}

describe('[anchor] pieces that spell the input', () => {
  it.each([
    ['市人大常委会副主任缪应虎', ['市', '人大常委会', '副主任', '缪应虎']],
    ['矛盾纠纷化解率97.78%', ['矛盾纠纷', '化解率', '97.78', '%']],
    ['问题一:“一府两院”将采取哪些措施?', ['问题', '一', ':', '“', '一府两院', '”', '将', '采取', '哪些', '措施', '?']],
    ['全市 \r\n法院', ['全市', ' ', '\r\n', '法院']],
    ['𠀀字', ['𠀀', '字']],
  ])('%s', (input, words) => {
    const { tokens, anchored } = anchor(input, words.map((word) => ({ word })));
    expect(anchored).toBe(true);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tiles(input, tokens)).toBe(true);
  });

  it('keeps tags', () => {
    const { tokens } = anchor('副市长海建才', [{ word: '副市长', tag: 'n' }, { word: '海建才', tag: 'nr' }]);
    expect(tokens).toEqual([{ text: '副市长', span: [0, 3], tag: 'n' }, { text: '海建才', span: [3, 6], tag: 'nr' }]);
  });
});

describe('[anchor] pieces that do not: one token per character', () => {
  it.each([
    ['a lone surrogate read back as U+FFFD', '法\uD800院', ['法', '\uFFFD', '院']],
    ['a dropped character', '法 院', ['法', '院']],
    ['an extra character', '法院', ['法', '院', '。']],
    ['pieces out of order', '法院', ['院', '法']],
  ])('%s', (_label, input, words) => {
    const { tokens, anchored } = anchor(input, words.map((word) => ({ word })));
    expect(anchored).toBe(false);
    expect(tokens).toEqual(perCharacter(input));
    expect(tiles(input, tokens)).toBe(true);
  });

  it('keeps a surrogate pair in one token', () => {
    expect(perCharacter('𠀀字').map((t) => t.text)).toEqual(['𠀀', '字']);
  });
});

describe('[anchor] wellFormed: lone surrogates become U+FFFD, lengths kept', () => {
  it.each([
    ['法\uD800院', '法\uFFFD院'],
    ['\uDC00法', '\uFFFD法'],
    ['法\uD800', '法\uFFFD'],
    ['𠀀字', '𠀀字'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    ['市人大常委会', '市人大常委会'],
  ])('%j', (input, expected) => {
    expect(wellFormed(input)).toBe(expected);
    expect(wellFormed(input).length).toBe(input.length);
  });
});
