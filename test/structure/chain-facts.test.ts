import { describe, expect, it } from 'vitest';
import { JOINERS, surnameOf } from '../../src/structure/chain-facts.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[chain-facts] the joiners of a chain and a surname as written', () => {
  it.each([['、', true], ['兼', true], [',', false], ['和', false]])('%s joins title links: %s', (ch, joins) => {
    expect(JOINERS.has(ch)).toBe(joins);
  });

  it.each([['歐陽明遠說', 0, '歐陽'], ['王某', 0, '王'], ['市长', 0, null]])('surname of %s as written', (text, pos, s) => {
    expect(surnameOf({ text, view: normalize(text) }, lex, pos)).toBe(s);
  });
});
