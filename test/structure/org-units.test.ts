import { describe, expect, it } from 'vitest';
import { parseOrganization } from '../../src/structure/org-units.js';
import { lexicon } from '../../src/structure/lexicon.js';

const lex = lexicon();

describe('[org-units] parseOrganization', () => {
  it.each([
    ['市人大常委会', [['市', 'place'], ['人大常委会', 'head']]],
    ['市法院执行局', [['市', 'place'], ['法院', 'head'], ['执行局', 'inner']]],
    ['西双版纳州人民政府', [['西双版纳州', 'place'], ['人民政府', 'head']]],
    ['县生态环境分局', [['县', 'place'], ['生态环境分局', 'named']]],
    ['临港新区管委会', [['临港新区', 'place'], ['管委会', 'head']]],
    ['南沙海关办公室', [['南沙海关', 'named'], ['办公室', 'inner']]],
  ])('parse %s', (s, units) => {
    expect(parseOrganization(lex, s)?.map((u) => [s.slice(u.start, u.end), u.kind])).toEqual(units);
  });

  it.each([['坚持党的'], ['的'], [''], ['的市'], ['会议的县']])('no organization in %j', (s) => {
    expect(parseOrganization(lex, s)).toBeNull();
  });
});
