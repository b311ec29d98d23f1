import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs, isTranscriptName } from '../../src/cli/inputs.js';
import { OrderedStream, DirectoryNames, AtomicFile, InOrder, writeAtomic } from '../../src/cli/sink.js';
import { clock, createProgress } from '../../src/cli/progress.js';
import { parseSize } from '../../src/cli/commands/parse.js';

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
    expect(expandInputs(args, dir)).toEqual({ inputs: [], problems: [problem] });
  });

  it('files under a directory keep their path relative to it (for -o DIR)', () => {
    expect(expandInputs(['b'], dir).inputs.map((i) => i.relative)).toEqual(['1.HTML', '2.txt', join('sub', '3.md')]);
  });

  it.each([['报告.txt', true], ['page.HTM', true], ['a.html', true], ['b.md', true], ['c.pdf', false], ['txt', false]])('isTranscriptName(%j) = %s', (n, yes) => {
    expect(isTranscriptName(n)).toBe(yes);
  });
});

describe('[sink] OrderedStream', () => {
  it.each([
    [[[2, 'c'], [0, 'a'], [1, 'b']], '[a,b,c]'],
    [[[1, 'b'], [0, null], [2, 'c']], '[b,c]'],
    [[[0, null], [1, null]], ''],
    [[[0, 'a']], '[a]'],
  ] as const)('%j → %j', (puts, expected) => {
    let out = '';
    const s = new OrderedStream((x) => { out += x; }, { head: '[', sep: ',', tail: ']' });
    for (const [i, p] of puts) s.put(i, p);
    s.finish();
    expect(out).toBe(expected);
  });
});

describe('[sink] InOrder', () => {
  it.each([
    [[2, 0, 1], [[0, 0], [1, 1], [2, 2]]],
    [[0, 1, 2], [[0, 0], [1, 1], [2, 2]]],
    [[1, 2], []],
  ])('arrivals %j are handled as %j', (arrivals, handled) => {
    const seen: number[][] = [];
    const o = new InOrder<number>((i, v) => seen.push([i, v]));
    for (const i of arrivals) o.put(i, i);
    expect(seen).toEqual(handled);
  });
});

describe('[sink] files', () => {
  it('DirectoryNames: extension replaced, duplicates numbered, folders made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-names-'));
    const n = new DirectoryNames(dir, '.yaml');
    expect([n.target('a.txt'), n.target('a.html'), n.target('a.md'), n.target('sub/报告.htm'), n.target('stdin')].map((p) => p.slice(dir.length + 1)))
      .toEqual(['a.yaml', 'a-2.yaml', 'a-3.yaml', 'sub/报告.yaml', 'stdin.yaml']);
  });

  it('AtomicFile: nothing under the target name until commit; discard leaves nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-atomic-'));
    const f = new AtomicFile(join(dir, 'out.json'));
    f.write('[1');
    expect(readdirSync(dir).filter((x) => x === 'out.json')).toEqual([]);
    f.write(']');
    f.commit();
    expect(readdirSync(dir)).toEqual(['out.json']);
    const g = new AtomicFile(join(dir, 'other.json'));
    g.write('partial');
    g.discard();
    expect(readdirSync(dir)).toEqual(['out.json']);
    writeAtomic(join(dir, 'w.txt'), '全');
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'w.txt']);
  });
});

describe('[progress]', () => {
  it.each([[0, '0:00'], [59.6, '1:00'], [75, '1:15'], [3725, '1:02:05'], [Number.NaN, '-:--'], [Infinity, '-:--']])('clock(%d) = %s', (s, text) => {
    expect(clock(s)).toBe(text);
  });

  it('draws count, rate and time left, and clears itself', () => {
    let t = 0;
    let err = '';
    const p = createProgress(10, { write: (s: string) => { err += s; }, isTTY: true, columns: 80 }, true, () => t);
    for (let i = 0; i < 5; i++) { t += 200; p.tick(); }
    expect(err).toContain(' 5/10 [');
    expect(err).toContain('50%  5.0 files/s  0:01 left');
    p.log('inquiry: x.txt: the file is empty\n');
    expect(err).toContain('\r\u001b[Kinquiry: x.txt: the file is empty\n\r');
    p.done();
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });

  it('disabled: only the logged lines, no carriage return', () => {
    let err = '';
    const p = createProgress(10, { write: (s: string) => { err += s; } }, false);
    p.tick();
    p.log('line\n');
    p.done();
    expect(err).toBe('line\n');
  });
});

describe('[parse] --max-size', () => {
  it.each([['20MB', 20 * 1024 * 1024], ['500KB', 500 * 1024], ['1.5m', 1.5 * 1024 * 1024], ['1024', 1024], ['2 GiB', 2 * 1024 ** 3]])('%s = %d bytes', (s, n) => {
    expect(parseSize(s)).toBe(n);
  });
  it.each([['big'], ['-1MB'], ['']])('%j is refused', (s) => {
    expect(() => parseSize(s)).toThrow(/--max-size/);
  });
});
