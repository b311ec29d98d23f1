import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, isTranscriptName } from '../../src/cli/inputs.js';

describe('[inputs] expandInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-inputs-'));
  for (const f of ['b/2.txt', 'b/1.HTML', 'b/sub/3.md', 'b/x.pdf', 'b/.git/4.txt', '问题[1].txt', 'a.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  mkdirSync(join(dir, 'empty', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'empty', 'nested', 'x.pdf'), 'x');
  const names = (args: string[]) => expandInputs(args, dir).inputs.map((i) => i.name);

  it.each([
    [['b'], ['b/1.HTML', 'b/2.txt', 'b/sub/3.md']],
    [['a.txt', 'b/2.txt'], ['a.txt', 'b/2.txt']],
    [['b/2.txt', 'b', 'a.txt'], ['b/2.txt', 'b/1.HTML', 'b/sub/3.md', 'a.txt']],
    [['**/*.txt'], ['a.txt', 'b/2.txt', '问题[1].txt']],
    [['b/.git'], ['b/.git/4.txt']],
    [['问题[1].txt'], ['问题[1].txt']],
    [['-', 'a.txt', '-'], ['-', 'a.txt']],
  ])('%j → %j', (args, expected) => {
    expect(names(args)).toEqual(expected);
  });

  it.each([
    [['missing.txt'], 'missing.txt: no such file or directory'],
    [['*.docx'], '*.docx: no file matches this pattern'],
    [['empty'], 'empty: directory holds no .txt, .htm, .html, .md files'],
  ])('%j → problem %j', (args, problem) => {
    expect(expandInputs(args, dir)).toEqual({ inputs: [], problems: [problem], before: [0] });
  });

  it('files under a directory keep their path relative to it (for -o DIR)', () => {
    expect(expandInputs(['b'], dir).inputs.map((i) => i.relative)).toEqual(['1.HTML', '2.txt', join('sub', '3.md')]);
  });

  it.each([['报告.txt', true], ['page.HTM', true], ['a.html', true], ['b.md', true], ['c.pdf', false], ['txt', false]])('isTranscriptName(%j) = %s', (n, yes) => {
    expect(isTranscriptName(n)).toBe(yes);
  });
});
