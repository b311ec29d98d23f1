import { describe, expect, it } from 'vitest';
import { foldCellLabels, isSpeakerCell } from '../../src/source/cell-labels.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

/** A table of turns: a member's row, the row under test, a member's row and an office's row; SEP parts the cells. */
function table(row: string, sep = '\t'): string {
  return [`委员张三${sep}请问市交通运输局，公交准点率是多少？`, row, `委员王五${sep}请问市教育局，学位缺口怎么解决？`, `市教育局${sep}我们今年新建学校3所。`].join('\n');
}

describe('[cell-labels] the gap after a speaker\'s cell in a table of turns reads as a label\'s colon', () => {
  // Each row: the row under test and its line in the view.
  it.each<[string, string, string]>([
    ['an official: organization, post, name', '市交通运输局局长李四\t谢谢张委员。今年准点率达到92.5%。', '市交通运输局局长李四:谢谢张委员。今年准点率达到92.5%。'],
    ['a government head\'s deputy', '副市长钱七\t我们将加大投入。', '副市长钱七:我们将加大投入。'],
    ['an office alone', '市交通运输局\t今年准点率达到92.5%。', '市交通运输局:今年准点率达到92.5%。'],
    ['the name first, the post in brackets', '李四（市交通运输局局长）\t谢谢张委员。', '李四(市交通运输局局长):谢谢张委员。'],
    ['title and name parted by one space', '市交通运输局局长 李四\t谢谢张委员。', '市交通运输局局长 李四:谢谢张委员。'],
    ['the chair', '主持人\t下面请市教育局回答。', '主持人:下面请市教育局回答。'],
    ['a row number\'s cell first', '2\t市交通运输局局长李四\t谢谢张委员。', '2\t市交通运输局局长李四:谢谢张委员。'],
    ['two tabs', '市交通运输局局长李四\t\t谢谢张委员。', '市交通运输局局长李四:\t谢谢张委员。'],
  ])('%s', (_name, row, want) => {
    const text = table(row);
    const view = normalize(text);
    expect(view.length).toBe(text.length);
    expect(view.split('\n')[1]).toBe(want);
    expect(view.split('\n')[0]).toBe('委员张三:请问市交通运输局,公交准点率是多少?');
  });

  // The other separators of cells: two spaces or more, one ideographic space (a space in the view).
  it.each<[string, string, string]>([
    ['two spaces', '  ', '市交通运输局局长李四: 谢谢张委员。'],
    ['three spaces', '   ', '市交通运输局局长李四:  谢谢张委员。'],
    ['an ideographic space', '\u3000', '市交通运输局局长李四:谢谢张委员。'],
    ['two ideographic spaces', '\u3000\u3000', '市交通运输局局长李四: 谢谢张委员。'],
  ])('cells parted by %s', (_name, sep, want) => {
    const text = table(`市交通运输局局长李四${sep}谢谢张委员。`, sep);
    expect(normalize(text).split('\n')[1]).toBe(want);
  });

  // Not a speaker's cell, or not a turn's words, or no layout: the row stays as it is.
  it.each<[string, string]>([
    ['a bare post, a column\'s head', '局长\t谢谢张委员。'],
    ['a figure table\'s row', '新改建里程（公里）\t126'],
    ['no sentence in the words', '市交通运输局\t道路养护'],
    ['a label with its colon already', '市交通运输局局长  李四：谢谢张委员。'],
    ['a name in a column of its own', '市交通运输局局长  李四  谢谢张委员。'],
    ['three cells', '市交通运输局\t李四\t谢谢张委员。'],
    ['a roster of names', '市交通运输局  李四、王强、赵明，列席会议。'],
    ['one space is no gap', '市交通运输局局长 谢谢张委员。'],
    ['prose', '市交通运输局表示，今年准点率达到92.5%。'],
  ])('%s: unchanged', (_name, row) => {
    const text = table(row);
    expect(normalize(text).split('\n')[1]).toBe(normalize(row));
  });

  it('no layout: members only, or one row, fold nothing', () => {
    const members = '委员张三\t请问公交准点率是多少？\n委员王五\t请问学位缺口怎么解决？';
    expect(foldCellLabels(members, members)).toBe(members);
    const one = '前言\n市教育局\t我们今年新建学校3所。';
    expect(foldCellLabels(one, one)).toBe(one);
  });

  it.each<[string, boolean]>([
    ['委员张三', true], ['张三委员', true], ['市交通运输局局长李四', true], ['副市长王五', true], ['市教育局', true],
    ['县人民政府', true], ['主持人', true], ['委员', false], ['副局长', false], ['项目', false], ['新改建里程(公里)', false],
  ])('speaker cell %s: %s', (cell, want) => {
    expect(isSpeakerCell(cell)).toBe(want);
  });

  it('the whole record: every answer read, the office unnamed', () => {
    const text = ['某市人大常委会专题询问实录', '', table('市交通运输局局长李四\t谢谢张委员。今年准点率达到92.5%。')].join('\n');
    const r = parse(text);
    expect(r.questions.map((q) => q.responders.map((p) => r.people.find((x) => x.id === p)!.name))).toEqual([['李四'], [null]]);
    expect(r.people.find((p) => p.name === '李四')!.titles).toEqual(['市交通运输局局长']);
  });
});
