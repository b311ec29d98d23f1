/** Markdown marks are layout: blanked in the view of a Markdown document, one space per code unit. */
import { describe, expect, it } from 'vitest';
import { blankMarkdown, looksMarkdown, markupGapStart, withoutEmphasis } from '../../src/source/markdown.js';
import { normalize } from '../../src/source/normalize.js';

/** Two marks elsewhere in the document, so that it shows Markdown. */
const MD = '# 县人大常委会专题询问纪要\n\n## 问题一\n';

describe('[markdown] marks blanked in a Markdown document', () => {
  it.each([
    ['a bold label with a padded name', '**镇人大代表 柯　岚**:请问县水利局,', '  镇人大代表 柯　岚  :请问县水利局,'],
    ['a bold label, the colon inside: the mark after it stays', '**县林业局局长 庞志诚:**谢谢。', '  县林业局局长 庞志诚:**谢谢。'],
    ['a list marker in bold', '**一是扩大覆盖面。**新建站点6个;', '  一是扩大覆盖面。  新建站点6个;'],
    ['a bold name in a meta line', '> 主持:县人大常委会副主任 **甘梦秋**  ', '  主持:县人大常委会副主任   甘梦秋    '],
    ['a nested blockquote', '> > 时间:2025年4月8日', '    时间:2025年4月8日'],
    ['underscores', '__询问人__:县人大常委会委员 蒲晴', '  询问人  :县人大常委会委员 蒲晴'],
    ['one star', '*资料来源:县人大常委会办公室*', ' 资料来源:县人大常委会办公室 '],
    ['one character in bold', '**问**:今年的目标是什么?', '  问  :今年的目标是什么?'],
  ])('%s', (_name, line, expected) => {
    const out = blankMarkdown(MD + line);
    expect(out.slice(MD.length)).toBe(expected);
    expect(out.length).toBe(MD.length + line.length);
  });

  it.each([
    ['a star in words', '注*:数据为初步统计'],
    ['a rule of stars', '***'],
    ['fill-in blanks', '姓名:______'],
    ['a mark with space inside', '** 不是强调 **'],
    ['emphasis across lines', '**第一行\n第二行**'],
    ['a hash tag in words', '话题#基层治理#'],
    ['a heading (the header grammar reads it)', '## 二、乡村医生'],
  ])('keeps %s', (_name, line) => {
    expect(blankMarkdown(MD + line).slice(MD.length)).toBe(line);
  });
});

describe('[markdown] only a document that shows Markdown', () => {
  it.each([
    ['one bold pair', '县人大常委会委员**蒲晴**问道:', false],
    ['a lone heading mark', '# 专题询问\n委员蒲晴:请问…', false],
    ['no mark', '委员蒲晴:请问县水利局', false],
    ['a heading and a blockquote', '# 专题询问\n> 时间:2025年4月8日', true],
    ['two bold labels', '**委员 蒲晴**:请问…\n**局长 庞志诚**:谢谢。', true],
  ])('%s', (_name, doc, expected) => {
    expect(looksMarkdown(doc)).toBe(expected);
  });

  it('leaves a plain document as it is', () => {
    const doc = '县人大常委会委员**蒲晴**问道:水库除险加固进展如何?';
    expect(blankMarkdown(doc)).toBe(doc);
  });

  it('is part of the view, which keeps the length', () => {
    const text = '# 县人大常委会专题询问纪要\n**县人大常委会委员 蒲　晴**：请问县水利局，…';
    const view = normalize(text);
    expect(view.length).toBe(text.length);
    expect(view).toContain('  县人大常委会委员 蒲 晴  :请问县水利局,');
  });
});

describe('[markdown] emphasis marks between two words', () => {
  it.each<[string, string, string, string]>([
    // [label, document, the word after the marks, the text before the gap's start]
    ['closing and opening mark between an organization and its post', '# 纪要\n**县交通局**局长滕远舟：', '局长', '# 纪要\n**县交通局'],
    ['a mark and a space', '# 纪要\n**县交通局** 局长 滕远舟：', '局长', '# 纪要\n**县交通局'],
    ['the post in bold inside the title', '# 纪要\n会议由常委会**副主任**滕远舟主持。**委员 蒲晴**：', '副主任', '# 纪要\n会议由常委会'],
  ])('%s', (_name, text, word, before) => {
    const at = text.indexOf(word);
    expect(text.slice(0, markupGapStart(text, normalize(text), at))).toBe(before);
  });

  it.each<[string, string]>([
    ['a plain space is no mark', '# 纪要\n**委员 蒲晴**：县交通局 局长滕远舟'],
    ['words against the post', '# 纪要\n**委员 蒲晴**：县交通局局长滕远舟'],
    ['a plain document (nothing blanked)', '县交通局**局长滕远舟'],
  ])('%s: the position itself', (_name, text) => {
    const at = text.indexOf('局长');
    expect(markupGapStart(text, normalize(text), at)).toBe(at);
  });

  it.each([
    ['县交通局**局长', '县交通局局长'],
    ['常委会__副主任', '常委会副主任'],
    ['县交通局局长', '县交通局局长'],
  ])('%s as a string of its own → %s', (title, expected) => {
    expect(withoutEmphasis(title)).toBe(expected);
  });
});
