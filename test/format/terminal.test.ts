import { describe, expect, it } from 'vitest';
import { colorLevel, forTerminal, forTerminalLine, hasUnsafe, paint } from '../../src/format/terminal.js';

describe('[terminal] forTerminal', () => {
  it.each([
    ['市公安局\u001b]0;pwned\u0007表示', '市公安局\\u001b]0;pwned\\u0007表示'],
    ['红\u001b[31m字', '红\\u001b[31m字'],
    ['C1 \u009b2J', 'C1 \\u009b2J'],
    ['反向\u202e文字\u2066', '反向\\u202e文字\\u2066'],
    ['删除\u007f', '删除\\u007f'],
    ['回车\r覆盖', '回车\\u000d覆盖'],
    ['一是\t二是\n三是', '一是\t二是\n三是'],
    ['问题一：“一府两院”', '问题一：“一府两院”'],
    // Line and paragraph separators, the C1 next-line, bidi marks and isolates: a terminal acts on them.
    ['分隔\u2028符', '分隔\\u2028符'],
    ['段落\u2029符', '段落\\u2029符'],
    ['下一行\u0085', '下一行\\u0085'],
    ['标记\u200e\u200f\u061c', '标记\\u200e\\u200f\\u061c'],
    ['隔离\u2067文字\u2069', '隔离\\u2067文字\\u2069'],
    // Near misses: joiners and spaces that emoji and text need are shown as they are.
    ['👨\u200d👩\u200d👧家庭', '👨\u200d👩\u200d👧家庭'],
    ['全角\u3000空格\u00a0', '全角\u3000空格\u00a0'],
  ])('%j → %j', (input, output) => {
    expect(forTerminal(input)).toBe(output);
  });

  it.each([
    ['a\nb', 'a\\u000ab'],
    ['a\tb', 'a\\u0009b'],
    ['文件名.txt', '文件名.txt'],
    ['行\u2028分隔\u202e', '行\\u2028分隔\\u202e'],
  ])('one line: %j → %j', (input, output) => {
    expect(forTerminalLine(input)).toBe(output);
  });

  it.each([
    ['\u001b[2J', true],
    ['普通文字\n', false],
    ['\u0085', true],
    ['\u2028', true],
    ['\u200d', false],
  ])('hasUnsafe(%j) = %s', (input, expected) => {
    expect(hasUnsafe(input)).toBe(expected);
    expect(hasUnsafe(input)).toBe(expected); // the global regex keeps no state between calls
  });
});

describe('[terminal] colorLevel', () => {
  it.each([
    [{}, true, 1],
    [{}, false, 0],
    [{ NO_COLOR: '1' }, true, 0],
    [{ NO_COLOR: '' }, true, 1],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, 0],
    [{ FORCE_COLOR: '1' }, false, 1],
    [{ FORCE_COLOR: '' }, false, 1],
    [{ FORCE_COLOR: '0' }, true, 0],
    [{ FORCE_COLOR: 'false' }, true, 0],
    [{ FORCE_COLOR: '2' }, false, 2],
    [{ FORCE_COLOR: '3' }, false, 3],
    [{ TERM: 'dumb' }, true, 0],
  ] as const)('%j, TTY %s → %d', (env, tty, level) => {
    expect(colorLevel(env as Record<string, string>, tty)).toBe(level);
  });

  it.each([
    [0, '表头', '表头'],
    [1, '表头', '\u001b[1m表头\u001b[22m'],
  ] as const)('paint level %d bold(%j)', (level, input, output) => {
    expect(paint(level).bold(input)).toBe(output);
  });
});
