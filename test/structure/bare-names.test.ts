import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
// Through findMentions: the names a bare name may repeat are given there or read with their titles.
const mentions = (text: string, known: string[] = []) => findMentions(pairOf(text), [0, text.length], known);
/** [form, name, title, organization] of each mention. */
const brief = (text: string) => mentions(text).map((m) => [m.form, m.name, m.title, m.organization]);

describe('[bare-names] a known name on its own', () => {
  it.each([
    ['海建才表示', ['海建才'], '海建才'],
    ['余波回应道', ['余波'], '余波'],
    ['高红丽说。', ['高红丽'], '高红丽'],
  ])('known name %s', (text, known, name) => {
    expect(mentions(text, known).map((m) => [m.form, m.name])).toEqual([['bare-name', name]]);
  });

  // 据 framing reported speech opens the clause before its speaker, as a comma would ("据吴海峰介绍,…"); a name
  // never introduced is no bare name there either.
  it.each([
    ['。据吴海峰介绍,', ['吴海峰'], [['bare-name', '吴海峰']]],
    ['。据吴海峰透露,', ['吴海峰'], [['bare-name', '吴海峰']]],
    ['。据吴海峰介绍,', [], []],
  ])('据 before a known name %s', (text, known, expected) => {
    expect(mentions(text, known).map((m) => [m.form, m.name])).toEqual(expected);
  });

  it('a full mention makes later bare names known within the same call', () => {
    expect(brief('市政府副市长海建才分析,…。海建才表示,…')).toEqual([
      ['title-name', '海建才', '市政府副市长', '市政府'],
      ['bare-name', '海建才', null, null],
    ]);
  });
});

describe('[bare-names] a name before 同志, no title', () => {
  it.each([
    ['请李某某同志回答。', [['bare-name', '李某某', null, null]]],
    // an organization and 同志 around a name, no title: the moderator's call
    ['请县水务局严立新同志回答。', [['bare-name', '严立新', null, '县水务局']]],
    ['请市交通运输局张某某同志作答。', [['bare-name', '张某某', null, '市交通运输局']]],
    ['请市公安局回答。', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('[bare-names] a known name after the office it speaks for, no title', () => {
  it.each([
    ['市城管局严卫平回答，今年计划整治158条。', ['严卫平'], [['bare-name', '严卫平', null, '市城管局']]],
    ['县自然资源局岑国梁表示，已完成报批。', ['岑国梁'], [['bare-name', '岑国梁', null, '县自然资源局']]],
    // Near-misses: a name nobody introduced is no speaker there; a known name after a boundary needs no office.
    ['市城管局严卫平回答，今年计划整治158条。', [], []],
    ['严卫平回答，今年计划整治158条。', ['严卫平'], [['bare-name', '严卫平', null, null]]],
  ])('%s (known %j)', (text, known, expected) => {
    expect(mentions(text, known).map((m) => [m.form, m.name, m.title, m.organization])).toEqual(expected);
  });
});
