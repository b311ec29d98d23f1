import { describe, expect, it } from 'vitest';
import { shapes } from '../../src/source/line-shapes.js';

describe('[line-shapes] the shape of each line', () => {
  it.each<[string, string, Partial<ReturnType<typeof shapes>[number]>]>([
    ['an indented label cut mid-title: wide, open, prose', '    陶某委员（省人大常委会委员、省人大财政经济委员会', { width: 52, indent: true, closed: false, prose: true, gapped: false }],
    ['a line closing its sentence inside a quote', '市政府将抓好落实。”', { closed: true, indent: false }],
    ['an ideographic space indents; a trailing space is no content', '　　全市共有12个县。  ', { indent: true, contentEnd: 11, closed: true }],
    ['one space does not indent', ' 继续推进改造', { indent: false, closed: false, prose: false }],
    ['columns apart: a table row', '序号  单位  金额', { gapped: true }],
    ['a blank line', '   ', { blank: true }],
    ['a form feed opening the line is no part of it', '\f第二页开头', { start: 1, width: 10 }],
  ])('%s', (_name, line, expected) => {
    expect(shapes(line)[0]).toMatchObject(expected);
  });

  it('splits on \\n; a CR before it is trailing white space', () => {
    expect(shapes('一行\r\n两行').map((s) => [s.start, s.contentEnd])).toEqual([[0, 2], [4, 6]]);
  });
});
