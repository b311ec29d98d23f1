import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrderedStream, DirectoryNames, AtomicFile, InOrder, writeAtomic } from '../../src/cli/sink.js';

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
