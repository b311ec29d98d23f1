/**
 * `inquiry parse` and its folders: the -o folder inside an input folder (re-runs stay the same),
 * links to folders and broken links, and Ctrl-C (exit 130, no file, no folder it made).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../run.js';

const T = (i: number) => `问题一：第${i}个问题怎么落实？\n市政府副市长李某${i}表示，一是健全机制，二是强化监督。\n`;
const ROOT = join(import.meta.dirname, '../../..');
let dir = '';
const lines = (s: string) => s.split('\n').filter(Boolean);
const tree = (at: string): string[] => readdirSync(at, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => relative(at, join(e.parentPath, e.name))).sort();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-parse-'));
  for (const f of ['nest/2024/a.txt', 'nest/2025/sub/b.txt', 'ext/c.txt', 'big/x.txt']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), T(f.length));
  }
  for (let i = 0; i < 8; i++) writeFileSync(join(dir, 'big', `f${i}.txt`), T(i));
  mkdirSync(join(dir, 'links'));
  symlinkSync(join(dir, 'ext'), join(dir, 'links', 'linked'));
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'links', 'dangling.txt'));
});

describe('[parse] -o DIR inside an input folder', () => {
  it('a re-run writes the same files, and does not parse the last run\'s tables (one note names the folder)', async () => {
    const first = await run(['parse', 'nest', '-o', 'nest/tables/', '--format', 'table'], { cwd: dir });
    expect([first.code, first.err]).toEqual([0, '']);
    const once = tree(join(dir, 'nest'));
    expect(once).toEqual(['2024/a.txt', '2025/sub/b.txt', 'tables/2024/a.txt', 'tables/2025/sub/b.txt']);
    for (let n = 0; n < 2; n++) {
      const again = await run(['parse', 'nest', '-o', 'nest/tables/', '--format', 'table'], { cwd: dir });
      expect([again.code, again.err]).toEqual([0, 'inquiry: nest/tables: not searched for transcripts: it is the -o folder\n']);
      expect(tree(join(dir, 'nest'))).toEqual(once);
    }
  });
});

describe('[parse] -o DIR equal to an input folder (tables written beside the transcripts)', () => {
  it('re-runs write the same files: the tables of the last run are not read again (one note per argument)', async () => {
    const at = join(dir, 'same');
    for (const f of ['a.txt', 'A-2.txt', '2024/b.txt', 'UPPER.TXT']) {
      mkdirSync(join(at, f, '..'), { recursive: true });
      writeFileSync(join(at, f), T(f.length));
    }
    const first = await run(['parse', 'same', '-o', 'same', '--format', 'table'], { cwd: dir });
    expect([first.code, first.err]).toEqual([0, '']);
    const once = tree(at);
    // a.txt's table takes a-3.txt (a.txt and, on a case-insensitive system, A-2.txt are inputs); UPPER.TXT's is not UPPER.txt.
    expect(once).toEqual(['2024/b-2.txt', '2024/b.txt', 'A-2-2.txt', 'A-2.txt', 'UPPER-2.txt', 'UPPER.TXT', 'a-3.txt', 'a.txt']);
    for (let n = 0; n < 2; n++) {
      const again = await run(['parse', 'same', '-o', 'same/', '--format', 'table'], { cwd: dir });
      expect([again.code, again.err]).toEqual([0, 'inquiry: same: 4 files not read: tables this tool wrote into the -o folder\n']);
      expect(tree(at)).toEqual(once);
    }
    // A glob meets them too; a table named on its own is read (asked for by name).
    const glob = await run(['parse', 'same/*.txt', '-o', 'same', '--format', 'table'], { cwd: dir });
    expect(glob.err).toBe('inquiry: same/*.txt: 3 files not read: tables this tool wrote into the -o folder\n');
    expect(tree(at)).toEqual(once);
  });

  it('other formats and other folders are not concerned: a .txt that is a transcript under the -o folder is read', async () => {
    mkdirSync(join(dir, 'plain', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'plain', 'sub', 'x.txt'), T(3));
    writeFileSync(join(dir, 'plain', 'x-2.txt'), T(4));
    for (let n = 0; n < 2; n++) {
      const r = await run(['parse', 'plain', '-o', 'plain', '--format', 'jsonl'], { cwd: dir });
      expect([r.code, r.err]).toEqual([0, '']);
    }
    expect(tree(join(dir, 'plain'))).toEqual(['sub/x.jsonl', 'sub/x.txt', 'x-2.jsonl', 'x-2.txt']);
    const t = await run(['parse', 'plain/sub', '-o', 'plain', '--format', 'table'], { cwd: dir });
    expect([t.code, t.err]).toEqual([0, '']); // x-2.txt is a transcript: read, its table x-2-2.txt
    expect(tree(join(dir, 'plain'))).toEqual(['sub/x.jsonl', 'sub/x.txt', 'x-2.jsonl', 'x-2.txt', 'x.txt']);
  });
});

describe('[parse] links inside an input folder', () => {
  it('a linked sub-folder is read; a broken link is said to be one', async () => {
    const { code, out, err } = await run(['parse', 'links', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(1);
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual(['links/linked/c.txt']);
    expect(err).toBe(`inquiry: links/dangling.txt: broken link to ${join(dir, 'nowhere.txt')}\n`);
  });
});

describe('[parse] Ctrl-C', () => {
  // Ctrl-C is sent while standard input is read: after -o made its folder, before the first file is written.
  const interrupting = (bytes: string) => async () => { process.emit('SIGINT'); return new TextEncoder().encode(bytes); };

  it.each([['1'], ['2']])('--jobs %s: exit 130, no file, and the folder this run made is removed', async (jobs) => {
    // The built CLI: workers always run dist/.
    const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
    const out = join(dir, `oint-${jobs}`);
    const r = await run(['parse', 'big', '-', '-o', `oint-${jobs}/`, '--format', 'json', '--jobs', jobs, '--quiet'], { cwd: dir, stdin: interrupting(T(99)) }, main);
    expect(r.code).toBe(130);
    expect(existsSync(out)).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('-o FILE: no file', async () => {
    const r = await run(['parse', 'big', '-', '-o', 'all.json', '--format', 'json'], { cwd: dir, stdin: interrupting(T(98)) });
    expect(r.code).toBe(130);
    expect(existsSync(join(dir, 'all.json'))).toBe(false);
  });

  it('near miss: a folder that was there before is kept', async () => {
    mkdirSync(join(dir, 'kept'));
    const r = await run(['parse', 'big', '-', '-o', 'kept/', '--format', 'json'], { cwd: dir, stdin: interrupting(T(97)) });
    expect(r.code).toBe(130);
    expect(readdirSync(join(dir, 'kept'))).toEqual([]);
  });
});
