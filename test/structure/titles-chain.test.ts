import { describe, expect, it } from 'vitest';
import { JOINERS, nameAfter, surnameOf } from '../../src/structure/titles-chain.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[titles-chain] helpers', () => {
  it.each([
    ['委员 王某', 2, '王某'],
    ['委员\t李某某表示', 2, '李某某'],
    ['委员\u3000李某某表示', 2, '李某某'],
    ['委员\u00a0李某某表示', 2, '李某某'],
    ['委员王某某率先发问', 2, '王某某'],
    ['委员人民群众', 2, null],
    ['委员调研', 2, null],
  ])('name after the title in %s', (text, pos, expected) => {
    const view = normalize(text);
    const n = nameAfter(lex, view, pos, view.length, []);
    expect(n ? text.slice(n.start, n.end) : null).toBe(expected);
  });

  it.each([['、', true], ['兼', true], [',', false], ['和', false]])('%s joins title links: %s', (ch, joins) => {
    expect(JOINERS.has(ch)).toBe(joins);
  });

  it.each([['歐陽明遠說', 0, '歐陽'], ['王某', 0, '王'], ['市长', 0, null]])('surname of %s as written', (text, pos, s) => {
    expect(surnameOf({ text, view: normalize(text) }, lex, pos)).toBe(s);
  });
});
