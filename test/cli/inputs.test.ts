import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, isOwnTable, isTranscriptName } from '../../src/cli/inputs.js';

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

describe('[inputs] links to folders, the -o folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-links-'));
  for (const f of ['corpus/a.txt', 'corpus/sub/b.txt', 'ext/c.txt', 'corpus/out/a.txt', 'corpus/out/sub/b.txt', 'corpus/notes/x.pdf']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x');
  }
  symlinkSync(join(dir, 'ext'), join(dir, 'corpus', 'linked')); // a folder linked in from elsewhere
  symlinkSync(join(dir, 'corpus'), join(dir, 'corpus', 'sub', 'up')); // a link back up: a loop
  symlinkSync(join(dir, 'corpus', 'sub'), join(dir, 'corpus', 'sub-again')); // the same folder twice
  symlinkSync(join(dir, 'nowhere'), join(dir, 'corpus', 'gone.txt')); // a broken link named like a transcript
  symlinkSync(join(dir, 'nowhere'), join(dir, 'gone.txt'));
  const expand = (args: string[], outputDir?: string) => {
    const skipped: string[] = [];
    const r = expandInputs(args, dir, { outputDir: outputDir && join(dir, outputDir), skipped: (n) => skipped.push(n) });
    return { names: r.inputs.map((i) => i.name), problems: r.problems, skipped };
  };

  it('a linked folder is walked; a link back up and a second link to one folder walk nothing again', () => {
    expect(expand(['corpus']).names).toEqual(['corpus/a.txt', 'corpus/gone.txt', 'corpus/linked/c.txt', 'corpus/out/a.txt', 'corpus/out/sub/b.txt', 'corpus/sub/b.txt']);
  });

  it('the -o folder inside a walked folder is left out, and named once when it holds transcript files', () => {
    expect(expand(['corpus'], 'corpus/out')).toEqual({
      names: ['corpus/a.txt', 'corpus/gone.txt', 'corpus/linked/c.txt', 'corpus/sub/b.txt'], problems: [], skipped: ['corpus/out'],
    });
  });

  it.each([
    ['an -o folder holding no transcript: left out without a word', 'corpus/notes', []],
    ['the -o folder reached through a link: the same folder', 'ext', ['corpus/linked']],
  ])('%s', (_, out, skipped) => {
    expect(expand(['corpus'], out).skipped).toEqual(skipped);
  });

  it('near miss: the -o folder is the folder argument itself, or elsewhere: every file is read', () => {
    expect(expand(['corpus/out'], 'corpus/out').names).toEqual(['corpus/out/a.txt', 'corpus/out/sub/b.txt']);
    expect(expand(['corpus'], 'ext2').names).toHaveLength(6);
  });

  it('a broken link given as an argument is said to be one', () => {
    expect(expand(['gone.txt']).problems).toEqual([`gone.txt: broken link to ${join(dir, 'nowhere')}`]);
    expect(expand(['missing.txt']).problems).toEqual(['missing.txt: no such file or directory']);
  });
});

describe('[inputs] isOwnTable: a table this tool wrote, not a transcript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-own-'));
  it.each([
    ['┌────┬────────┐\n│  # │ label  │\n', true],
    ['\uFEFF┌────┬────┐\n', true],
    ['(no questions)\n', true],
    ['(no people)\n', true],
    // near misses: transcripts
    ['问题一：如何？\n┌──┐\n', false],
    ['(no questions) were asked, 会议记录如下……\n', false],
    ['（无）\n', false],
    ['─── 询问一 ───\n', false],
    ['', false],
  ])('%j → %s', (content, own) => {
    const path = join(dir, `f${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(path, content);
    expect(isOwnTable(path)).toBe(own);
  });

  it('a missing file is not one (reading it reports the problem)', () => {
    expect(isOwnTable(join(dir, 'missing.txt'))).toBe(false);
  });
});
