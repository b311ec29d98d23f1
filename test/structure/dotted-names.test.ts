import { describe, expect, it } from 'vitest';
import { readName } from '../../src/structure/names.js';
import { afterNameDot, dottedNameEndingAt, foldedNameDots } from '../../src/structure/dotted-names.js';
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

describe('[dotted-names] dottedNameEndingAt: where a dotted name before a title starts', () => {
  const at = (text: string, label: boolean) => {
    const view = normalize(text);
    const end = view.indexOf('(');
    const s = dottedNameEndingAt(lex, view, end, 0, label);
    return s < 0 ? null : text.slice(s, end);
  };
  it.each([
    // in a speaker label, 不 and 都 are syllables of a transliterated first part
    ['阿不都·买买提江（副局长）：', true, '阿不都·买买提江'],
    ['阿布都·热合曼（副局长）：', true, '阿布都·热合曼'],
    ['买买提江·阿不都（副局长）：', true, '买买提江·阿不都'],
    ['买买提江·阿不都（副局长）：', false, '买买提江·阿不都'],
    // near-misses: words of the sentence that are no syllables (我们) stay out of the first part, label or not
    ['我们都·买买提（副局长）：', true, '都·买买提'],
    ['教育厅·买买提（副局长）：', true, '厅·买买提'],
  ])('%s (label %s) → %s', (text, label, want) => expect(at(text, label)).toBe(want));

  it('afterNameDot: only right after a dot between Han characters', () => {
    const v = '买买提江·阿不都';
    expect(afterNameDot(v, 5)).toBe(true);
    expect(afterNameDot(v, 4)).toBe(false);
    expect(afterNameDot('2024.阿不都', 5)).toBe(false);
    expect(afterNameDot('·阿不都', 1)).toBe(false);
  });
});

describe('[dotted-names] 则, an adverb after names, as a syllable of the part after the dot (t72 #8)', () => {
  it.each([
    // the part after the dot runs to its end, before the verb of speaking, a label's colon, a title or a list's 、
    ['阿依古丽·艾则孜追问：收运经费由谁承担？', '阿依古丽·艾则孜'], ['吐尔逊·艾则孜说，', '吐尔逊·艾则孜'],
    ['阿依古丽·艾则孜：', '阿依古丽·艾则孜'], ['吐尔逊·艾则孜委员', '吐尔逊·艾则孜'], ['阿依古丽·艾则孜、吐尔逊·买买提先后提问', '阿依古丽·艾则孜'],
    ['阿依古丽·艾则孜在回答时说', '阿依古丽·艾则孜'],
    // near-misses: 则 right before the verb is the adverb (no syllable after it), and a preposition never reads on
    ['巴特尔·额尔敦则表示，', '巴特尔·额尔敦'], ['阿依古丽·艾力则认为，', '阿依古丽·艾力'], ['阿依古丽·艾就此提问', '阿依古丽·艾'],
    ['买买提·艾力就巴图提出的问题作答', '买买提·艾力'],
  ])('%s → %s', (text, expected) => expect(name(text)).toBe(expected));
});
