import { describe, expect, it } from 'vitest';
import { selfReferenceStart } from '../../src/structure/self-references.js';
import { readOrganization } from '../../src/structure/title-orgs.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[self-references] a speaker\'s own body named short before a colleague\'s post', () => {
  it.each([
    ['请中心', '请中心'],
    ['请局', '请局'],
    ['由公司', '由公司'],
    ['下面由集团', '由集团'],
    ['请我局', '请我局'],
    ['由本中心', '由本中心'],
    ['我们公司', '我们公司'],
    ['本局', '本局'],
    ['下面请我们支队', '请我们支队'],
    // a name with the pronoun's character in it, a named body, no suffix
    ['日本公司', null],
    ['某资本公司', null],
    ['市水务局', null],
    ['请市公安局', null],
    ['请', null],
    ['自由贸易试验区管委会', null],
  ])('%s → %s', (before, ref) => {
    const view = normalize(before);
    const s = selfReferenceStart(lex, view, 0, view.length);
    expect(s < 0 ? null : view.slice(s)).toBe(ref);
  });
});

describe('[self-references] the post after one reads no organization', () => {
  it.each([
    ['请中心总经济师', '总经济师', null],
    ['由中心副主任', '副主任', null],
    ['请局总工程师', '总工程师', null],
    ['请我局副局长', '副局长', null],
    ['请市公安局副局长', '市公安局副局长', '市公安局'],
    ['东方资本公司总经理', '东方资本公司总经理', '东方资本公司'],
  ])('%s → link %s, organization %s', (text, link, org) => {
    const view = normalize(text);
    const post = view.search(/总经济师|副主任|总工程师|副局长|总经理/u);
    const r = readOrganization(lex, view, post, 0);
    expect([view.slice(r.start), r.organization && view.slice(...r.organization)]).toEqual([link, org]);
  });
});
