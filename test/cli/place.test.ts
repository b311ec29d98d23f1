/**
 * `-o PATH` over what is there (place.ts): a device, FIFO or socket is written straight into, as
 * the shell's `>` does, never replaced by a regular file; a link is written through, and kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputPlace } from '../../src/cli/place.js';
import { AtomicFile, writeAtomic } from '../../src/cli/sink.js';
import { run } from './run.js';

const T = '问题一：基层队伍建设怎么落实？\n市应急管理局局长李某表示，一是健全机制，二是强化监督。\n';
let dir = '';
const canFifo = (() => { try { execFileSync('mkfifo', ['--help'], { stdio: 'ignore' }); return true; } catch { return false; } })();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-place-'));
  writeFileSync(join(dir, 'a.txt'), T);
  writeFileSync(join(dir, 'target.json'), 'old');
  symlinkSync('target.json', join(dir, 'latest.json'));
  symlinkSync('made-by-run.json', join(dir, 'dangling.json'));
  symlinkSync('/dev/null', join(dir, 'null'));
  symlinkSync('/proc/self/fd/1', join(dir, 'mystdout'));
  symlinkSync('loop-b', join(dir, 'loop-a'));
  symlinkSync('loop-a', join(dir, 'loop-b'));
  mkdirSync(join(dir, 'real'));
  symlinkSync('real', join(dir, 'linked-folder'));
  symlinkSync('../target.json', join(dir, 'real', 'up.json'));
  if (canFifo) execFileSync('mkfifo', [join(dir, 'fifo'), join(dir, 'fifo2')]);
});

describe('[place] outputPlace: renamed over, or written straight into', () => {
  it.each([
    // target → written file (relative to the temp dir, or absolute), straight into?
    ['new.json', 'new.json', false],
    ['target.json', 'target.json', false],
    ['latest.json', 'target.json', false], // a link to a file: its target, the link kept
    ['dangling.json', 'made-by-run.json', false], // a link to a name yet to be made: that name
    ['linked-folder/up.json', 'target.json', false], // ../ read from where the link really is
    ['null', '/dev/null', true],
    ['mystdout', 'mystdout', true], // /proc/self/fd/1's link text (pipe:[…]) is no path: the descriptor itself
    ['loop-a', 'loop-a', true], // a loop: opening it says so
  ])('%s → %s (direct %s)', (target, path, direct) => {
    const place = outputPlace(join(dir, target));
    expect(place).toEqual({ path: path.startsWith('/') ? path : join(dir, path), direct });
  });

  it.each([['/dev/null'], ['/dev/stdout'], ['/dev/stderr'], ['/dev/fd/1'], ['/proc/self/fd/2']])('%s is written straight into', (target) => {
    expect(outputPlace(target).direct).toBe(true);
  });

  it('a socket is written straight into', async () => {
    const path = join(dir, 'sock');
    const server = createServer().listen(path);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect(outputPlace(path)).toEqual({ path, direct: true });
    } finally {
      server.close();
    }
  });
});

describe('[place] writing through links, into devices', () => {
  it('AtomicFile through a link writes its target and keeps the link; /dev/null stays a device', () => {
    const f = new AtomicFile(join(dir, 'latest.json'));
    f.write('{"x":1}');
    f.commit();
    expect(readlinkSync(join(dir, 'latest.json'))).toBe('target.json');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('{"x":1}');
    const n = new AtomicFile(join(dir, 'null'));
    n.write('gone');
    n.discard();
    writeAtomic(join(dir, 'null'), 'gone');
    expect(lstatSync(join(dir, 'null')).isSymbolicLink()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.runIf(existsSync('/dev/full'))('-o /dev/full: the failed write names the file in one line (the run cannot go on)', async () => {
    const f = new AtomicFile('/dev/full', 'full');
    expect(() => f.write('x'.repeat(1 << 16))).toThrow('full: cannot write: no space left on the device');
    f.discard();
    const r = await run(['parse', 'a.txt', '-o', '/dev/full'], { cwd: dir });
    expect([r.code, r.out, r.err]).toEqual([2, '', 'inquiry: /dev/full: cannot write: no space left on the device\n']);
  });

  it('a link loop is one line', () => {
    expect(() => new AtomicFile(join(dir, 'loop-a'), 'loop-a')).toThrow('loop-a: cannot write: a link that leads back to itself');
  });

  it('parse -o LINK writes the link\'s target; -o null (a link to /dev/null) prints nothing, exit 0', async () => {
    const a = await run(['parse', 'a.txt', '--format', 'json', '-o', 'dangling.json'], { cwd: dir });
    expect([a.code, a.err, a.out]).toEqual([0, '', '']);
    expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'made-by-run.json'), 'utf8')).questions).toHaveLength(1);
    const b = await run(['parse', 'a.txt', '-o', 'null'], { cwd: dir });
    expect([b.code, b.err, b.out]).toEqual([0, '', '']);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it.runIf(canFifo)('parse -o FIFO: the reader gets the record, the FIFO stays a FIFO', async () => {
    const reader = spawn('sh', ['-c', 'cat fifo > from-fifo.json'], { cwd: dir });
    const done = new Promise((resolve) => reader.once('exit', resolve));
    const r = await run(['parse', 'a.txt', '--format', 'json', '-o', 'fifo'], { cwd: dir });
    await done;
    expect([r.code, r.err]).toEqual([0, '']);
    expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'from-fifo.json'), 'utf8')).questions).toHaveLength(1);
  });

  it.runIf(canFifo)('-o DIR: an output name that is a FIFO is written into, not replaced', async () => {
    const out = join(dir, 'outdir');
    mkdirSync(out);
    execFileSync('mkfifo', [join(out, 'a.json')]);
    const reader = spawn('sh', ['-c', 'cat outdir/a.json > from-dir-fifo.json'], { cwd: dir });
    const done = new Promise((resolve) => reader.once('exit', resolve));
    const r = await run(['parse', 'a.txt', '--format', 'json', '-o', 'outdir'], { cwd: dir });
    await done;
    expect([r.code, r.err]).toEqual([0, '']);
    expect(lstatSync(join(out, 'a.json')).isFIFO()).toBe(true);
    expect(existsSync(join(dir, 'from-dir-fifo.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'from-dir-fifo.json'), 'utf8')).questions).toHaveLength(1);
  });
});
