import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../src/structure/field-departments.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[field-departments] the field of a generic department', () => {
  it.each([
    ['民政部门', '民政'],
    ['市卫健部门', '卫健'],
    ['县医保部门', '医保'],
    ['自然资源部门', '自然资源'],
    ['有关部门', null],
    ['职能部门', null],
    ['市民政局', null],
  ])('%s → %j', (department, field) => {
    expect(fieldOf(lex, department)).toBe(field);
  });
});

describe('[field-departments] an unnamed official of a generic department answers for the institution named before', () => {
  // Each row: the text, and the office-only mention(s) as [text, organization].
  it.each<[string, string, Array<[string, string | null]>]>([
    ['the bureau named in the question',
      '“请问县医保局，报销比例能否提高？”委员问。医保部门负责人回答，今年将提高5个百分点。', [['医保部门负责人', '县医保局']]],
    ['a field whose last character ends institution names (社: 供销社)',
      '请问区人社局，零工市场建得怎样？人社部门负责人介绍，已建成8个。', [['人社部门负责人', '区人社局']]],
    ['a level word agreeing with the bureau',
      '请问州卫健委，村医待遇怎样保障？州卫健部门负责同志表示，补助已提高。', [['州卫健部门负责同志', '州卫健委']]],
    ['a level word of another level: the department as written',
      '请问县民政局，养老床位够不够？市民政部门负责人说，全市床位充足。', [['市民政部门负责人', '市民政部门']]],
    ['no institution named before: the department as written',
      '委员问养老床位够不够。民政部门负责人说，床位充足。', [['民政部门负责人', '民政部门']]],
    ['the latest of two institutions of that field',
      '市民政局局长许某某介绍了情况。请问区民政局，养老床位够不够？区民政部门负责人说，床位充足。', [['区民政部门负责人', '区民政局']]],
    ['a field the lexicon does not list, known from the institution named before',
      '请问县乡村振兴局，帮扶资金如何监管？乡村振兴部门负责人回答，已开展专项检查。', [['乡村振兴部门负责人', '县乡村振兴局']]],
    ['an unlisted field with its level word',
      '请问市城管执法局，占道经营怎么治？市城管执法部门负责人表示，将分类整治。', [['市城管执法部门负责人', '市城管执法局']]],
    ['an unlisted field of another level is left alone',
      '请问县城管执法局，占道经营怎么治？市城管执法部门负责人表示，将分类整治。', [['部门负责人', null]]],
  ])('%s', (_name, text, expected) => {
    const mentions = findMentions({ text, view: normalize(text) }).filter((m) => m.form === 'office-only');
    expect(mentions.map((m) => [text.slice(m.span[0], m.span[1]), m.organization])).toEqual(expected);
    for (const m of mentions) expect(m.title).toBe(text.slice(m.titleSpan![0], m.titleSpan![1]));
  });
});
