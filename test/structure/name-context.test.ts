import { describe, expect, it } from 'vitest';
import { boundaryBefore, endScore, opensInstitution, surnameAt } from '../../src/structure/name-context.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[name-context] scores and boundaries', () => {
  it.each([
    ['表示', 3], ['同志', 3], ['说', 2], ['就', 2], [',', 2], ['', 2], ['委员', 2], ['然后', 1], ['调查', 0],
  ])('after a name: %j → %i', (after, score) => {
    const view = normalize('王某' + after);
    expect(endScore(lex, view, 2, view.length)).toBe(score);
  });

  it.each([
    ['请李局长', 1, true], ['。李局长', 1, true], ['对此李局长', 2, true], ['询问李局长', 2, true], ['大李局长', 1, false], ['李局长', 0, true],
  ])('boundary before %s at %i → %s', (text, pos, ok) => {
    expect(boundaryBefore(lex, normalize(text), pos, 0)).toBe(ok);
  });

  it.each([['欧阳明远', '欧阳'], ['王某', '王'], ['和丽', '和'], ['市长', null]])('surname of %s → %s', (text, s) => {
    expect(surnameAt(lex, text, 0)).toBe(s);
  });

  // An institution inside a name's stretch ends the name early, unless its last character opens a word with the
  // next (海关 + 心: 王成海 关心).
  it.each([
    ['王成海关心', false], ['李海关注', false], ['王成海关于', false], ['南沙海关局', true], ['王成政府', true],
  ])('an institution opens inside %s → %s', (text, opens) => {
    const view = normalize(text);
    expect(opensInstitution(lex, view, 1, 3, view.length)).toBe(opens);
  });
});
