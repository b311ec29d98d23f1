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
