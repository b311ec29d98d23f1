import { describe, expect, it } from 'vitest';
import { readName } from '../../src/structure/names.js';
import { foldedNameDots } from '../../src/structure/dotted-names.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();
const name = (text: string, known: string[] = []) => {
  const view = normalize(text);
  const r = readName(lex, view, 0, view.length, known);
  return r ? text.slice(r.start, r.end) : null;
};

// Dotted names are read through readName, the reader every caller uses: it tries the dotted reading first.
describe('[dotted-names] dotted names typed with a stand-in for the dot', () => {
  it.each([
    ['古丽娜尔-吐尔逊首先提问', '古丽娜尔-吐尔逊'], ['买买提—艾力回答说', '买买提—艾力'], ['努尔兰﹒哈力克表示', '努尔兰﹒哈力克'],
    ['艾尔肯∙吾斯曼追问', '艾尔肯∙吾斯曼'], ['阿不都热依木．买买提主持会议', '阿不都热依木．买买提'], ['热娜.吐尔逊指出', '热娜.吐尔逊'],
    ['巴特尔－额尔敦:', '巴特尔－额尔敦'], ['努尔‐白克力‐阿不都表示', '努尔‐白克力‐阿不都'], ['古丽⋅阿不都表示', '古丽⋅阿不都'],
    // a typeset dot needs no transliteration characters
    ['扎西·多吉次仁委员', '扎西·多吉次仁'],
    // 都, 和 (words after names) as syllables of the last part
    ['热依拉·阿不都热合曼:请问', '热依拉·阿不都热合曼'], ['热依拉—阿不都热合曼:请问', '热依拉—阿不都热合曼'],
    ['买买提·阿不都说', '买买提·阿不都'], ['巴特尔·孟和回答', '巴特尔·孟和'],
    ['古丽·买买提就此事提问', '古丽·买买提'], ['古丽·买买提和自治区教育厅', '古丽·买买提'],
  ])('%s → %s', (text, expected) => expect(name(text)).toBe(expected));

  it.each([
    // a dash or stop between words, not between transcribed parts: the name stops before it
    ['王强—全区已设立河长', '王强'], ['李明-表示', '李明'], ['刘海涛——下一步', '刘海涛'],
  ])('%s → %s', (text, expected) => expect(name(text)).toBe(expected));
});

describe('[dotted-names] foldedNameDots: one person whatever middle dot the page prints', () => {
  it.each([
    ['阿依古丽•赛买提', '阿依古丽·赛买提'], ['努尔波拉提・吾买尔', '努尔波拉提·吾买尔'], ['赛力克‧哈孜', '赛力克·哈孜'],
    ['赛力克･哈孜', '赛力克·哈孜'], ['赛力克﹒哈孜', '赛力克·哈孜'], ['赛力克∙哈孜', '赛力克·哈孜'], ['赛力克．哈孜', '赛力克·哈孜'],
    ['阿布都·热合曼·吐尔地', '阿布都·热合曼·吐尔地'],
    // near-misses: no dot between two Han characters, a dash, a name with none
    ['王强', '王强'], ['买买提-艾力', '买买提-艾力'], ['买买提—艾力', '买买提—艾力'], ['• 王强', '• 王强'], ['王强.', '王强.'],
  ])('%s → %s', (name, folded) => {
    expect(foldedNameDots(name)).toBe(folded);
  });
});
