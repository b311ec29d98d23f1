import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrderedStream, DirectoryNames, AtomicFile, InOrder, writeAtomic, describeWriteFailure, WriteError } from '../../src/cli/sink.js';
import { UsageError } from '../../src/cli/errors.js';

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
    expect([n.target('a.txt'), n.target('a.html'), n.target('a.md'), n.target('sub/报告.htm'), n.target('stdin')].map((p) => p.path.slice(dir.length + 1)))
      .toEqual(['a.yaml', 'a-2.yaml', 'a-3.yaml', 'sub/报告.yaml', 'stdin.yaml']);
  });

  it('DirectoryNames: each file also named under the folder as the user typed it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-names-'));
    const n = new DirectoryNames(dir, '.json', undefined, 'out/');
    expect(n.target('2024/a.txt')).toEqual({ path: join(dir, '2024/a.json'), shown: 'out/2024/a.json' });
  });

  it('DirectoryNames: a subfolder that is a file is a WriteError naming both as typed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-names-'));
    writeFileSync(join(dir, '2024'), 'x');
    const n = new DirectoryNames(dir, '.json', undefined, 'out');
    expect(() => n.target('2024/a.txt')).toThrow(new WriteError('out/2024/a.json: cannot write: out/2024 is a file, not a folder'));
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

describe('[sink] describeWriteFailure names the folder as the user typed it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-write-'));
  writeFileSync(join(dir, 'a.txt'), 'x');
  const enoent = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  it.each([
    ['nodir/x.json', 'the folder nodir does not exist'],
    ['no/such/x.json', 'the folder no/such does not exist'],
    ['a.txt/x.json', 'a.txt is a file, not a folder'],
    ['a.txt/sub/x.json', 'a.txt is a file, not a folder'],
  ])('%s: %s', (typed, words) => {
    expect(describeWriteFailure(join(dir, typed), enoent, typed)).toBe(words);
  });

  it('without a spelling given, the path itself', () => {
    expect(describeWriteFailure(join(dir, 'nodir/x.json'), enoent)).toBe(`the folder ${join(dir, 'nodir')} does not exist`);
  });

  it('AtomicFile and writeAtomic: the message names the target as typed', () => {
    expect(() => new AtomicFile(join(dir, 'nodir/x.json'), 'nodir/x.json')).toThrow(new UsageError('nodir/x.json: cannot write: the folder nodir does not exist'));
    expect(() => writeAtomic(join(dir, 'a.txt/x.json'), '{}', 'a.txt/x.json')).toThrow(new WriteError('a.txt/x.json: cannot write: a.txt is a file, not a folder'));
  });
});
