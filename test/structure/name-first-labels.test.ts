import { describe, expect, it } from 'vitest';
import { nameBeforeLineTitle, nameBeforeTitleBracket } from '../../src/structure/name-first-labels.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });

/** [name, title, organization, congress] of each mention that names someone. */
const brief = (text: string) =>
  findMentions(pairOf(text), [0, text.length]).filter((m) => m.name !== null && m.title !== null).map((m) => [m.name, m.title, m.organization, m.congress]);

describe('[name-first-labels] name, a space, the title filling the line', () => {
  it.each<[string, string, Array<[string, string, string | null, boolean]>]>([
    ['a full-width space', '东方晓　区人大常委会委员\n请问老旧小区改造完成了多少？', [['东方晓', '区人大常委会委员', '区人大常委会', true]]],
    ['a half-width space', '东方晓 区人大常委会委员\n请问老旧小区改造完成了多少？', [['东方晓', '区人大常委会委员', '区人大常委会', true]]],
    ['a trailing colon', '东方晓　区人大常委会委员：\n请问老旧小区改造完成了多少？', [['东方晓', '区人大常委会委员', '区人大常委会', true]]],
    ['a bare post', '南宫勇　副区长\n谢谢委员。已完成改造86个小区。', [['南宫勇', '副区长', null, false]]],
    ['a chain of posts', '百里清　区交通局党组书记、局长\n我汇报三点。', [['百里清', '区交通局党组书记、局长', '区交通局', false]]],
    ['an occupation listed after the title', '左丘明华　区人大代表、区实验小学教师\n我关心校车安全。', [['左丘明华', '区人大代表、区实验小学教师', '区人大', true]]],
    ['a dotted name', '古丽米热·阿木提　乡人大代表\n我想问灌溉的事。', [['古丽米热·阿木提', '乡人大代表', '乡人大', true]]],
    ['a label colon and the words on the same line', '东方晓　区人大常委会委员：请问老旧小区改造完成了多少？', [['东方晓', '区人大常委会委员', '区人大常委会', true]]],
  ])('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it.each([
    ['words after the title on its line', '东方晓　区人大常委会委员说，老旧小区改造很重要。'],
    ['a sentence before the name', '会上，东方晓　区人大常委会委员\n请问…'],
    ['no space between name and title', '东方晓区人大常委会委员\n请问…'],
  ])('no name-first label: %s', (_name, text) => {
    const view = normalize(text);
    const t = view.indexOf('区人大常委会委员');
    expect(nameBeforeLineTitle(lexicon(), view, t, t + '区人大常委会委员'.length, 0, [])).toBeNull();
  });
});

describe('[name-first-labels] name, then a bracket whose 、-list holds the title', () => {
  it.each<[string, string, Array<[string, string, string | null, boolean]>]>([
    ['an occupation before the title', '林海生（养殖大户、乡人大代表）\n我想问饲料补贴的事。', [['林海生', '养殖大户、乡人大代表', '乡人大', true]]],
    ['an occupation after the title', '林海生（乡人大代表、养殖大户）\n我想问饲料补贴的事。', [['林海生', '乡人大代表、养殖大户', '乡人大', true]]],
    ['a plain occupation word', '林海生（渔民、乡人大代表）\n我想问饲料补贴的事。', [['林海生', '渔民、乡人大代表', '乡人大', true]]],
    ['a dotted name', '热依拉·托乎提（乡人大代表）\n我想问饲料补贴的事。', [['热依拉·托乎提', '乡人大代表', '乡人大', true]]],
    ['a dotted name and an occupation', '热依拉·托乎提（养殖大户、乡人大代表）：\n我想问饲料补贴的事。', [['热依拉·托乎提', '养殖大户、乡人大代表', '乡人大', true]]],
    ['a transliterated name without a dot', '艾尼瓦尔（乡人大代表）\n我想问饲料补贴的事。', [['艾尼瓦尔', '乡人大代表', '乡人大', true]]],
    ['a label colon and the words on the same line', '林海生（乡人大代表、养殖大户）：我想问饲料补贴的事。', [['林海生', '乡人大代表、养殖大户', '乡人大', true]]],
    ['a label verb before the colon', '林海生（养殖大户、乡人大代表）问：饲料补贴什么时候发放？', [['林海生', '养殖大户、乡人大代表', '乡人大', true]]],
    ['a dotted name before a label colon', '热依拉·托乎提（乡人大代表）：饲料补贴什么时候发放？', [['热依拉·托乎提', '乡人大代表', '乡人大', true]]],
  ])('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it.each([
    ['a sentence in the bracket', '林海生（他说，乡人大代表）\n我想问…'],
    ['words after the bracket on its line', '林海生（养殖大户、乡人大代表）说，饲料涨价了。'],
    ['a sentence before the name', '会上，林海生（养殖大户、乡人大代表）\n我想问…'],
  ])('no label bracket: %s', (_name, text) => {
    const view = normalize(text);
    const t = view.indexOf('乡人大代表');
    expect(nameBeforeTitleBracket(lexicon(), view, t, t + '乡人大代表'.length, 0, view.length, [])).toBeNull();
  });
});

// Uyghur names built on Abdu- (阿不都, 阿布都, 阿都): 不 and 都 are words of the sentence elsewhere, but in a line's
// `NAME（title）：` label a dotted name of transliteration syllables is read whole, whichever half holds them.
describe('[name-first-labels] dotted names whose syllables are also words (阿不都)', () => {
  const title = '区交通运输局副局长';
  it.each<[string, string]>([
    ['买买提江·阿不都', 'in the second part'],
    ['阿不都·买买提江', 'in the first part'],
    ['热合曼·阿不都', 'after a short first part'],
    ['买买提江·阿布都', 'spelt 阿布都'],
    ['买买提江·阿都', 'spelt 阿都'],
    ['买买提江·都', 'a one-syllable last part'],
    ['买买提江·热合曼', 'no word among the syllables'],
    ['阿不都热合曼·吐尔逊', 'a first part running on after 都'],
  ])('%s (%s)', (name) => {
    expect(brief(`${name}（${title}）：今年以来，我们新建服务区5个。`)).toEqual([[name, title, '区交通运输局', false]]);
  });

  it.each([
    ['a sentence before the name', `会上，买买提江·阿不都（${title}）：\n今年以来…`],
    ['words after the bracket on its line', `买买提江·阿不都（${title}）介绍说，今年以来…`],
  ])('no label bracket: %s', (_name, text) => {
    const view = normalize(text);
    const t = view.indexOf(title);
    expect(nameBeforeTitleBracket(lexicon(), view, t, t + title.length, 0, view.length, [])).toBeNull();
  });

  it.each(['我们都·买买提', '教育厅·买买提'])('no label name for a first part that is no name: %s', (name) => {
    expect(brief(`${name}（${title}）：今年以来…`).map((m) => m[0])).not.toContain(name);
  });

  it('never reads the part after the dot as a name of its own (阿不都 alone)', () => {
    expect(brief(`会上，买买提江·阿不都（${title}）介绍说，今年以来…`).map((m) => m[0])).not.toContain('阿不都');
  });

  it('keeps a plain name before the bracket', () => {
    expect(brief(`王建国（区人大代表）：请问区公安局…`)).toEqual([['王建国', '区人大代表', '区人大', true]]);
  });
});
