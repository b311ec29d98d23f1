import { describe, expect, it } from 'vitest';
import { parseUserDictionary } from '../../src/segment/userDict.js';

describe('[userDict] lines jieba reads as intended', () => {
  it.each([
    ['一府两院 20000 nt', { word: '一府两院', frequency: 20000, tag: 'nt', line: 1 }],
    ['府检联动 3000 n', { word: '府检联动', frequency: 3000, tag: 'n', line: 1 }],
  ])('%s', (text, entry) => {
    const d = parseUserDictionary(text + '\n');
    expect(d.problems).toEqual([]);
    expect(d.entries).toEqual([entry]);
  });
});

describe('[userDict] lines jieba would misread', () => {
  it.each([
    ['no frequency', '人大常委会 nt', /no frequency/],
    ['word only', '人大常委会', /no frequency/],
    ['frequency not an integer', '综治中心 3.5 nt', /positive integer/],
    ['tag not a POS tag', '综治中心 300 机构', /POS tag/],
    ['two spaces', '综治中心  300 nt', /single spaces/],
    ['four columns', '综治 中心 300 nt', /single spaces/],
    ['a tab', '综治中心\t300 nt', /single spaces/],
    ['a comment line', '# 机构 1 n', /no comments/],
  ])('%s', (_label, line, message) => {
    const d = parseUserDictionary(line);
    expect(d.problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('a repeated word', () => {
    const d = parseUserDictionary('综治中心 300 nt\n枫桥经验 300 n\n综治中心 500 nt\n');
    expect(d.problems).toEqual([{ line: 3, message: '综治中心 already on line 1' }]);
  });
});
