import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, readdirSync, existsSync, copyFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import stringWidth from 'string-width';
import { run } from './run.js';
import { main } from '../../src/cli/main.js';
import { readAtMost } from '../../src/cli/io.js';

const SEED = join(import.meta.dirname, '../../seeds/qujing-2025-safety-rule-of-law.txt');
const TEXT = '问题一：如何推进“府检联动”？\n市人大常委会委员王某某提问。\n市政府副市长李某表示，一是健全机制，二是强化监督。\n';
let dir = '';

/** A folder of inputs, good and bad. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-cli-'));
  const put = (name: string, content: string | Uint8Array) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  copyFileSync(SEED, join(dir, 'seed.txt'));
  put('good/a.txt', TEXT);
  put('good/b.md', TEXT.replace('王某某', '张某'));
  put('good/sub/c.html', `<html><head><title>标题</title><script>x()</script></head><body><p>问题一：&ldquo;府检联动&rdquo;如何？</p><p>${'市政府副市长李某表示，一是健全机制。'}</p></body></html>`);
  put('good/notes.json', '{"not": "a transcript"}');
  put('good/.hidden.txt', TEXT);
  put('bad/empty.txt', '');
  put('bad/blank.txt', ' \n\t\u3000\n');
  put('bad/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  put('bad/undecodable.txt', new Uint8Array([0x41, 0xff, 0x42, 0xff, 0x43]));
  put('bad/markup-only.html', '<html><head><title>曲靖人大网</title></head><body><script>track()</script><img src="x.png"></body></html>');
  put('gbk.txt', new Uint8Array([0xce, 0xca, 0xcc, 0xe2, 0xd2, 0xbb, 0xa3, 0xba, 0xc4, 0xe3, 0xba, 0xc3, 0x0a])); // 问题一：你好
  put('utf16.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(TEXT, 'utf16le'))]));
  put('utf16-nobom.txt', new Uint8Array(Buffer.from(TEXT, 'utf16le')));
  put('control.txt', '问题一：红\u001b[31m字\u009b2J如何？\n');
  put('page.txt', '<!DOCTYPE html>\n<html><body><p>问题一：如何？</p></body></html>');
  mkdirSync(join(dir, 'empty-dir'));
  mkdirSync(join(dir, 'links'));
  symlinkSync(join(dir, 'empty-dir'), join(dir, 'links', 'folder.txt')); // a directory where a file is needed
});

const lines = (s: string) => s.split('\n').filter(Boolean);

describe('[cli] exit 0: every input parsed', () => {
  it('one file argument prints one JSON object', async () => {
    const { code, out, err } = await run(['parse', 'good/a.txt', '--format', 'json'], { cwd: dir });
    expect([code, err]).toEqual([0, '']);
    const record = JSON.parse(out);
    expect(record.schema).toBe('inquiry-record/1');
    expect(record.source).toMatchObject({ name: 'good/a.txt', encoding: 'utf-8', length: TEXT.length });
  });

  it('YAML is the default and reads back to the same record as JSON', async () => {
    const yaml = await run(['parse', 'good/a.txt'], { cwd: dir });
    const json = await run(['parse', 'good/a.txt', '--format', 'json'], { cwd: dir });
    expect(yaml.code).toBe(0);
    expect(yaml.out).toContain('王某某');
    expect(YAML.parse(yaml.out)).toEqual(JSON.parse(json.out));
  });

  it('a directory is read recursively (.txt .md .html), sorted, hidden and other files skipped', async () => {
    const { code, out } = await run(['parse', 'good', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(out).map((r: { source: { name: string } }) => r.source.name)).toEqual(['good/a.txt', 'good/b.md', 'good/sub/c.html']);
  });

  it('several inputs: JSON array, YAML stream and JSON Lines in input order', async () => {
    const args = ['parse', 'good/b.md', 'good/a.txt', 'seed.txt'];
    const names = ['good/b.md', 'good/a.txt', 'seed.txt'];
    const json = await run([...args, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.out).map((r: { source: { name: string } }) => r.source.name)).toEqual(names);
    expect(json.out).toBe(JSON.stringify(JSON.parse(json.out), null, 2) + '\n');
    const yaml = await run(args, { cwd: dir });
    expect(YAML.parseAllDocuments(yaml.out).map((d) => d.toJS().source.name)).toEqual(names);
    const jsonl = await run([...args, '--format', 'jsonl'], { cwd: dir });
    expect(lines(jsonl.out).map((l) => JSON.parse(l).source.name)).toEqual(names);
  });

  it('a glob is expanded and sorted', async () => {
    const { code, out } = await run(['parse', 'good/*.{txt,md}', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(0);
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual(['good/a.txt', 'good/b.md']);
  });

  it('- reads standard input', async () => {
    const { code, out } = await run(['parse', '-', '--format', 'json'], { cwd: dir, stdin: TEXT });
    expect(code).toBe(0);
    expect(JSON.parse(out).source).toMatchObject({ name: '-', length: TEXT.length });
  });

  it('an HTML page is read as its text: spans index the text without markup', async () => {
    const { out } = await run(['parse', 'good/sub/c.html', '--format', 'json'], { cwd: dir });
    const record = JSON.parse(out);
    const text = '问题一：“府检联动”如何？\n市政府副市长李某表示，一是健全机制。';
    expect(record.source.length).toBe(text.length);
    for (const p of record.people) for (const m of p.mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('a page saved as .txt is read as a page too', async () => {
    const { out } = await run(['parse', 'page.txt', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(out).source.length).toBe('问题一：如何？'.length);
  });

  it.each([
    ['gbk.txt', [], 'gb18030'],
    ['utf16.txt', [], 'utf-16le'],
    ['utf16-nobom.txt', ['--encoding', 'utf-16le'], 'utf-16le'],
  ])('%s %j is read as %s', async (file, extra, encoding) => {
    const { code, out } = await run(['parse', file, '--format', 'json', ...extra], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(out).source.encoding).toBe(encoding);
  });

  it.each([
    ['table', [], '│'],
    ['table', ['--view', 'people'], '│ org '], // table headers are short (views.ts); CSV keeps 'organization'
    ['table', ['--view', 'measures'], '│ mark '],
    ['table', ['--view', 'quantities'], 'indicator'],
    ['csv', ['--view', 'measures'], '\uFEFFfile,question,responder,list,item,marker,measure,start,end\r\n'],
    ['csv', ['--view', 'quantities'], '\uFEFFfile,question,text,value'],
    ['csv', [], '\uFEFFfile,#,label'],
  ])('--format %s %j', async (format, extra, expected) => {
    const { code, out } = await run(['parse', 'good/a.txt', 'seed.txt', '--format', format, ...extra], { cwd: dir });
    expect(code).toBe(0);
    expect(out).toContain(expected);
  });

  it.each([[50], [80], [140]])('--format table --width %d: no line wider', async (width) => {
    const { out } = await run(['parse', 'seed.txt', '--format', 'table', '--view', 'measures', '--width', String(width)], { cwd: dir });
    expect(Math.max(...out.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(width);
  });

  it('a table on a terminal takes the terminal width', async () => {
    const { out } = await run(['parse', 'seed.txt', '--format', 'table'], { cwd: dir, stdoutTTY: true, columns: 72, env: { NO_COLOR: '1' } });
    expect(Math.max(...out.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(72);
  });

  it('the csv of several files has one header', async () => {
    const { out } = await run(['parse', 'good', '--format', 'csv', '--view', 'people'], { cwd: dir });
    expect(out.match(/file,id,name/g)).toHaveLength(1);
    expect(out.lastIndexOf('\uFEFF')).toBe(0);
  });

  it.each([[['--help']], [['parse', '--help']], [['--version']]])('%j exits 0', async (argv) => {
    const { code, out } = await run(argv, { cwd: dir });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(0);
  });

  it('--help documents the exit codes', async () => {
    const { out } = await run(['parse', '--help'], { cwd: dir });
    expect(out).toMatch(/0 +every input parsed/);
    expect(out).toMatch(/1 +some inputs failed, or warnings were found with --strict/);
    expect(out).toMatch(/2 +usage error, or nothing could be read/);
    expect(out).toContain('byte-order mark');
  });

  it.each([[['--help']], [['parse', '--help']]])('%j also documents 130 and a failed write', async (argv) => {
    const { out } = await run(argv, { cwd: dir });
    expect(out).toMatch(/130 +interrupted \(Ctrl-C\)/);
    expect(out).toMatch(/2 +usage error, or nothing could be read, or the output could not be written/);
  });

  it('schema prints the JSON Schema', async () => {
    const { code, out } = await run(['schema'], { cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(out).$schema).toContain('json-schema.org');
  });
});

describe('[cli] exit 1: some inputs failed, one line each, the batch goes on', () => {
  it.each([
    ['bad/empty.txt', 'the file is empty'],
    ['bad/blank.txt', 'the file holds only white space'],
    ['bad/image.txt', 'binary'],
    ['bad/undecodable.txt', 'neither UTF-8'],
    ['bad/markup-only.html', 'the page holds no text once its markup is removed'],
    ['missing.txt', 'no such file or directory'],
    ['empty-dir', 'directory holds no'],
    ['nothing/*.txt', 'no file matches'],
  ])('%s: "%s"', async (bad, problem) => {
    const { code, out, err } = await run(['parse', 'good/a.txt', bad, 'good/b.md', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(1);
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual(['good/a.txt', 'good/b.md']);
    expect(lines(err)).toHaveLength(1);
    expect(err).toContain(`inquiry: ${bad}: `);
    expect(err).toContain(problem);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('a directory where a file is needed (a link named .txt to a folder)', async () => {
    const { code, err } = await run(['parse', 'good/a.txt', 'links', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toBe('inquiry: links/folder.txt: is a directory, not a file\n');
  });

  it('a file over --max-size', async () => {
    const { code, err } = await run(['parse', 'seed.txt', 'good/a.txt', '--max-size', '1KB', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(1);
    expect(err).toMatch(/^inquiry: seed\.txt: the file is \d+(\.\d)? KB, over the --max-size of 1 KB\n$/);
  });

  it('a bad file in a directory is reported and the others are parsed', async () => {
    const { code, out, err } = await run(['parse', '.', '--format', 'jsonl', '--jobs', '1'], { cwd: dir });
    expect(code).toBe(1);
    // the five in bad/, the link to a folder, and UTF-16 without a byte-order mark (needs --encoding)
    expect(lines(err).map((l) => l.split(':')[1].trim())).toEqual(['bad/blank.txt', 'bad/empty.txt', 'bad/image.txt', 'bad/markup-only.html', 'bad/undecodable.txt', 'links/folder.txt', 'utf16-nobom.txt']);
    expect(lines(out)).toHaveLength(8);
  });

  it('file names with control characters are printed escaped', async () => {
    const { err } = await run(['parse', 'good/a.txt', 'no\u001b[2Jsuch.txt'], { cwd: dir });
    expect(err).not.toContain('\u001b');
    expect(err).toContain('no\\u001b[2Jsuch.txt');
  });
});

describe('[cli] exit 2: usage error, or nothing could be read', () => {
  it.each([
    [['parse', 'bad/empty.txt']],
    [['parse', 'missing.txt']],
    [['parse', 'bad']],
    [['parse', 'empty-dir']],
    [['parse']],
    [[]],
    [['nosuchcommand']],
    [['parse', 'good/a.txt', '--format', 'xml']],
    [['parse', 'good/a.txt', '--view', 'measures']],
    [['parse', 'good/a.txt', '--format', 'table', '--view', 'speeches']],
    [['parse', 'good/a.txt', '--jobs', '0']],
    [['parse', 'good/a.txt', '--jobs', 'many']],
    [['parse', 'good/a.txt', '--max-size', 'big']],
    [['parse', 'good/a.txt', '--encoding', 'latin1']],
    [['parse', 'good/a.txt', '--width', '-3', '--format', 'table']],
    [['parse', 'good/a.txt', '-o', 'no/such/folder/out.json']],
    [['parse', 'good/a.txt', '--bogus']],
    [['parse', 'good/a.txt', '-o', '']],
  ])('%j', async (argv) => {
    const { code, out, err } = await run(argv, { cwd: dir });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.length).toBeGreaterThan(0);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('standard input that fails to read is one line, the other inputs go on', async () => {
    let err = '';
    let out = '';
    const code = await main({
      argv: ['parse', '-', 'good/a.txt', '--format', 'jsonl'],
      stdout: { write: (s: string) => { out += s; } },
      stderr: { write: (s: string) => { err += s; } },
      stdin: async () => { throw Object.assign(new Error('EIO: i/o error, read\n    at readStdin'), { code: 'EIO' }); },
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(err).toBe('inquiry: -: cannot read standard input: input/output error\n'); // EIO in words (errors.ts)
    expect(JSON.parse(out).source.name).toBe('good/a.txt');
  });

  it('an unexpected error is one line "internal error", exit 2, no stack trace', async () => {
    let err = '';
    const code = await main({
      argv: ['parse', 'good/a.txt'],
      stdout: { write: () => { throw new Error('stdout went away\n    at Socket.write'); } },
      stderr: { write: (s: string) => { err += s; } },
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err).toBe('inquiry: internal error: stdout went away\n');
  });

  it('-o \'\' (an unset shell variable) is a usage error, not standard output', async () => {
    const { code, out, err } = await run(['parse', 'good/a.txt', '-o', ''], { cwd: dir });
    expect([code, out, err]).toEqual([2, '', 'inquiry: -o needs a file or folder name, not an empty string (-o - is standard output)\n']);
  });

  it('stdin asked for but not available', async () => {
    const { code } = await run(['parse', '-'], { cwd: dir });
    expect(code).toBe(2);
  });
});

describe('[cli] -o: files written whole, nothing left behind on failure', () => {
  const listing = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();

  it('-o FILE writes the stream to the file and nothing to stdout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'inquiry-o-')), 'all.json');
    const r = await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'json', '-o', out], { cwd: dir });
    expect([r.code, r.out]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(2);
    expect(listing(join(out, '..'))).toEqual(['all.json']);
  });

  it('-o - is standard output', async () => {
    const r = await run(['parse', 'good/a.txt', '--format', 'json', '-o', '-'], { cwd: dir });
    expect(JSON.parse(r.out).source.name).toBe('good/a.txt');
  });

  it('-o FILE when nothing parses: exit 2 and no file at all', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    const r = await run(['parse', 'bad/empty.txt', 'missing.txt', '-o', join(folder, 'x.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(listing(folder)).toEqual([]);
  });

  it('-o naming an input is refused before anything runs: exit 2, the transcript untouched', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    const transcript = readFileSync(join(dir, 'good/a.txt'), 'utf8');
    copyFileSync(join(dir, 'good/a.txt'), join(folder, 'self.txt'));
    const r = await run(['parse', 'self.txt', '-o', 'self.txt'], { cwd: folder });
    expect(r.code).toBe(2);
    expect(r.err).toBe('inquiry: self.txt: is one of the inputs; writing the record there would replace the transcript\n');
    expect(readFileSync(join(folder, 'self.txt'), 'utf8')).toBe(transcript);
    // The same file under another spelling, or through a symbolic link, is the same input.
    symlinkSync(join(folder, 'self.txt'), join(folder, 'link.txt'));
    expect((await run(['parse', 'self.txt', '-o', './link.txt'], { cwd: folder })).code).toBe(2);
    expect(readFileSync(join(folder, 'self.txt'), 'utf8')).toBe(transcript);
  });

  it('-o DIR holding the inputs: a record whose name is an input\'s takes the next free name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    const transcript = readFileSync(join(dir, 'good/a.txt'), 'utf8');
    copyFileSync(join(dir, 'good/a.txt'), join(folder, 'x.txt'));
    const r = await run(['parse', '.', '-o', './', '--format', 'table'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(listing(folder)).toEqual(['x-2.txt', 'x.txt']);
    expect(readFileSync(join(folder, 'x.txt'), 'utf8')).toBe(transcript);
    expect(readFileSync(join(folder, 'x-2.txt'), 'utf8')).toContain('│');
  });

  it('-o DIR/ writes one record per input, named after it, keeping subfolders', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'inquiry-o-')), 'records') + '/';
    const r = await run(['parse', 'good', 'bad/empty.txt', '--format', 'json', '-o', folder], { cwd: dir });
    expect(r.code).toBe(1);
    expect(listing(folder)).toEqual(['a.json', 'b.json', 'sub', 'sub/c.json']);
    expect(JSON.parse(readFileSync(join(folder, 'sub/c.json'), 'utf8')).source.name).toBe('good/sub/c.html');
  });

  it('-o DIR: two inputs with the same name do not overwrite each other', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    writeFileSync(join(folder, '..', 'a.txt'), TEXT);
    const r = await run(['parse', 'good/a.txt', join(folder, '..', 'a.txt'), '--format', 'yaml', '-o', folder], { cwd: dir });
    expect(r.code).toBe(0);
    expect(listing(folder)).toEqual(['a-2.yaml', 'a.yaml']);
    expect(YAML.parse(readFileSync(join(folder, 'a.yaml'), 'utf8')).source.name).toBe('good/a.txt');
  });

  it('-o DIR when nothing parses: exit 2, no files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    const r = await run(['parse', 'bad', '-o', folder], { cwd: dir });
    expect(r.code).toBe(2);
    expect(existsSync(folder) ? listing(folder) : []).toEqual([]);
  });

  it('-o NEW/ when nothing parses: the folder made for it is removed again', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    const r = await run(['parse', 'bad/empty.txt', '-o', join(parent, 'new') + '/'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(listing(parent)).toEqual([]);
  });

  it('-o NEW/ inside a missing folder is a usage error', async () => {
    const r = await run(['parse', 'good/a.txt', '-o', join(tmpdir(), 'no-such-parent-xyz', 'out') + '/'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot create this output directory: the folder .*no-such-parent-xyz does not exist\n$/);
  });

  it('-o DIR with csv: each file is a whole CSV with BOM and header', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-o-'));
    await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'csv', '--view', 'people', '-o', folder], { cwd: dir });
    for (const f of ['a.csv', 'b.csv']) expect(readFileSync(join(folder, f), 'utf8')).toMatch(/^\uFEFFfile,id,name/);
  });
});

describe('[cli] terminals: escapes, colour, progress', () => {
  it('control characters of a transcript reach a terminal escaped, a pipe as they are', async () => {
    const tty = await run(['parse', 'control.txt'], { cwd: dir, stdoutTTY: true });
    expect(tty.out).not.toMatch(/[\u001b\u009b]/);
    const pipe = await run(['parse', 'control.txt', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(pipe.out).source.length).toBe('问题一：红\u001b[31m字\u009b2J如何？\n'.length);
  });

  it.each([
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{}, false, false],
    [{ FORCE_COLOR: '1' }, false, true],
  ])('table colour with env %j, TTY %s: %s', async (env, tty, coloured) => {
    const { out } = await run(['parse', 'good/a.txt', '--format', 'table', '--view', 'people'], { cwd: dir, env, stdoutTTY: tty });
    expect(out.includes('\u001b[')).toBe(coloured);
  });

  it.each([
    [true, [], true],
    [true, ['--quiet'], false],
    [false, [], false],
  ])('progress bar with stderr TTY %s %j: %s', async (tty, extra, shown) => {
    const { err } = await run(['parse', 'good', 'seed.txt', 'gbk.txt', 'utf16.txt', 'control.txt', '--jobs', '1', '--format', 'jsonl', ...extra], { cwd: dir, stderrTTY: tty });
    expect(err.includes('files/s')).toBe(shown);
    expect(err.includes('\r')).toBe(shown);
  });
});

describe('[cli] messages a script can match and a user can act on', () => {
  it.each([
    [['parse'], /^inquiry: missing required argument 'inputs'\n$/],
    [['parse', 'good/a.txt', '--bogus'], /^inquiry: unknown option '--bogus'\n$/],
    [['parse', 'good/a.txt', '--format', 'xml'], /^inquiry: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are /],
    [['parse', 'good/a.txt', '--encoding', 'shift_jis'], /^inquiry: option '--encoding <encoding>' argument 'shift_jis' is invalid/],
    [['compare', 'good/a.txt'], /^inquiry: missing required argument 'b'\n$/],
    [['nosuchcommand', 'x'], /^inquiry: unknown command 'nosuchcommand'\n$/],
    [[], /^inquiry: missing command: parse, compare, segment, schema \(inquiry --help describes them\)\n$/],
    [['compare', 'good/a.txt', 'good/b.md', '--format', 'xml'], /^inquiry: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are terminal, table, /],
  ])('usage error %j: one line starting "inquiry:", exit 2', async (argv, message) => {
    const { code, out, err } = await run(argv, { cwd: dir });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/^error:/m);
  });

  it.each([
    ['1KB', /the file is \d+(\.\d)? KB, over the --max-size of 1 KB$/],
    ['0.01MB', /the file is \d+(\.\d)? KB, over the --max-size of 10\.2 KB$/],
    ['100', /the file is \d+ bytes, over the --max-size of 100 bytes$/],
  ])('--max-size %s: sizes in the unit of the limit', async (size, message) => {
    const { code, err } = await run(['parse', 'seed.txt', '--max-size', size], { cwd: dir });
    expect(code).toBe(2);
    expect(err.trimEnd()).toMatch(message);
  });

  it.each([
    ['a file in /proc (exists; nothing can be made beside it)', '/proc/version', /^inquiry: \/proc\/version: cannot write: no file can be created in the folder \/proc\n$/],
    // Paths named as typed, never made absolute.
    ['a folder that does not exist', 'no/such/folder/out.json', /^inquiry: no\/such\/folder\/out\.json: cannot write: the folder no\/such\/folder does not exist\n$/],
    ['a path under a file', 'good/a.txt/out.json', /^inquiry: good\/a\.txt\/out\.json: cannot write: good\/a\.txt is a file, not a folder\n$/],
    ['a path two folders under a file', 'good/a.txt/sub/out.json', /^inquiry: good\/a\.txt\/sub\/out\.json: cannot write: good\/a\.txt is a file, not a folder\n$/],
    ['a folder under a file', 'good/a.txt/', /^inquiry: good\/a\.txt\/: cannot create this output directory: good\/a\.txt is a file, not a folder\n$/],
    ['a new folder in a missing one', 'nodir/out/', /^inquiry: nodir\/out\/: cannot create this output directory: the folder nodir does not exist\n$/],
    ['a new folder under a file', 'good/a.txt/sub/', /^inquiry: good\/a\.txt\/sub\/: cannot create this output directory: good\/a\.txt is a file, not a folder\n$/],
    ['a folder spelt with ./ and ..', './good/../nodir/x.json', /^inquiry: \.\/good\/\.\.\/nodir\/x\.json: cannot write: the folder \.\/good\/\.\.\/nodir does not exist\n$/],
  ])('-o into %s names the real problem', async (_, target, message) => {
    if (target.startsWith('/proc') && !existsSync(target)) return;
    const { code, out, err } = await run(['parse', 'good/a.txt', 'good/b.md', '-o', target], { cwd: dir });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
  });
});

describe('[cli] compare: saved records that are no record, or point to nobody', () => {
  it.each([
    ['deep.json', '['.repeat(100000) + ']'.repeat(100000), /^inquiry: deep\.json: not an inquiry record: the file holds a list, not an object\n$/],
    ['two.jsonl', 'jsonl', /^inquiry: two\.jsonl: holds 2 JSON Lines records; give one record per file\n$/],
    ['dangling.json', null, /^inquiry: dangling\.json: not a valid inquiry-record\/1 record: \/questions\/0\/askers\/0 "p-does-not-exist" is no id in \/people\n$/],
  ])('%s: one line naming the file and the path in the record, exit 2', async (name, content, message) => {
    let text = content;
    if (text === 'jsonl') text = (await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'jsonl'], { cwd: dir })).out;
    if (text === null) {
      const record = JSON.parse((await run(['parse', 'good/a.txt', '--format', 'json'], { cwd: dir })).out);
      record.questions[0].askers = ['p-does-not-exist'];
      text = JSON.stringify(record);
    }
    writeFileSync(join(dir, name), text);
    const { code, out, err } = await run(['compare', name, 'good/a.txt'], { cwd: dir });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
  });
});

describe('[cli] --format table: never silently wider than asked', () => {
  it.each([
    [['--width', '20'], /^inquiry: --width 20 is below the 49 columns a questions table needs; it is printed 49 wide\n$/, 49],
    [['--width', '20', '--view', 'measures'], /^inquiry: --width 20 is below the 29 columns a measures table needs; it is printed 29 wide\n$/, 29],
    [['--width', '80'], /^$/, 80],
  ])('%j', async (flags, note, widest) => {
    const { code, out, err } = await run(['parse', 'seed.txt', '--format', 'table', ...flags], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toMatch(note);
    expect(Math.max(...out.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(widest);
  });

  // COLUMNS is read as compare reads it (io.ts's outputColumns), on a terminal and in a pipe alike; --width wins over it.
  it.each([
    ['a pipe, COLUMNS=60', { env: { COLUMNS: '60' } }, [], 60],
    ['a terminal of 140, COLUMNS=60', { env: { COLUMNS: '60' }, stdoutTTY: true, columns: 140 }, [], 60],
    ['a pipe, COLUMNS=60 and --width 90', { env: { COLUMNS: '60' } }, ['--width', '90'], 90],
    ['a pipe, COLUMNS not a number: 100', { env: { COLUMNS: 'wide' } }, [], 100],
  ] as const)('%s', async (_name, options, flags, widest) => {
    const { code, out, err } = await run(['parse', 'seed.txt', '--format', 'table', ...flags], { cwd: dir, ...options });
    expect([code, err]).toEqual([0, '']);
    const width = Math.max(...out.trimEnd().split('\n').map((l) => stringWidth(l)));
    expect(width).toBeLessThanOrEqual(widest);
    expect(width).toBeGreaterThan(widest - 8);
  });

  it('COLUMNS narrower than the table: said once, naming COLUMNS', async () => {
    const { err } = await run(['parse', 'seed.txt', '--format', 'table'], { cwd: dir, env: { COLUMNS: '30' } });
    expect(err).toBe('inquiry: COLUMNS=30 is below the 49 columns a questions table needs; it is printed 49 wide\n');
  });

  it('a terminal narrower than the table: said once, on stderr', async () => {
    const { err } = await run(['parse', 'seed.txt', '--format', 'table'], { cwd: dir, stdoutTTY: true, columns: 40 });
    expect(err).toBe('inquiry: the terminal is 40 columns wide, below the 49 columns a questions table needs; it is printed 49 wide\n');
  });
});

describe('[cli] nothing parsed: what standard output holds', () => {
  it.each([
    ['json, several inputs', ['bad/empty.txt', 'bad/blank.txt', '--format', 'json'], '[]\n'],
    ['json, a directory', ['bad', '--format', 'json'], '[]\n'],
    ['json, missing files only', ['missing.txt', 'missing2.txt', '--format', 'json'], '[]\n'],
    ['json, a glob that matches nothing', ['nothing/*.txt', '--format', 'json'], '[]\n'],
    ['json -o -, several inputs', ['bad/empty.txt', 'bad/blank.txt', '--format', 'json', '-o', '-'], '[]\n'],
    ['json, one file (one object expected)', ['bad/empty.txt', '--format', 'json'], ''],
    ['jsonl', ['bad/empty.txt', 'bad/blank.txt', '--format', 'jsonl'], ''],
    ['yaml', ['bad/empty.txt', 'bad/blank.txt'], ''],
    ['csv', ['bad/empty.txt', 'bad/blank.txt', '--format', 'csv'], ''],
  ])('%s', async (_, argv, expected) => {
    const { code, out } = await run(['parse', ...argv], { cwd: dir });
    expect([code, out]).toEqual([2, expected]);
    if (expected) expect(JSON.parse(out)).toEqual([]);
  });
});

describe('[cli] compare -: standard input', () => {
  it('a transcript on standard input against a file', async () => {
    const { code, out, err } = await run(['compare', '-', 'good/a.txt', '--format', 'json'], { cwd: dir, stdin: readFileSync(SEED) });
    expect([code, err]).toEqual([0, '']);
    const comparison = JSON.parse(out);
    expect(comparison.source.a.name).toBe('-');
    expect(comparison.source.b.name).toBe('good/a.txt');
  });

  it('a record saved by parse, piped in as B', async () => {
    const saved = (await run(['parse', 'good/a.txt', '--format', 'json'], { cwd: dir })).out;
    const { code, out } = await run(['compare', 'good/b.md', '-', '--format', 'json'], { cwd: dir, stdin: saved });
    expect(code).toBe(0);
    expect(JSON.parse(out).source.b.name).toBe('good/a.txt');
  });

  it.each([
    ['- twice', ['compare', '-', '-'], 'x', /^inquiry: -: standard input can be read once; give - for A or for B, not both\n$/],
    ['empty standard input', ['compare', '-', 'good/a.txt'], '', /^inquiry: -: the file is empty\n$/],
    ['a record of another schema on standard input', ['compare', '-', 'good/a.txt'], '{"schema": "inquiry-record/9"}', /^inquiry: -: record schema inquiry-record\/9 is not supported/],
    ['no standard input', ['compare', '-', 'good/a.txt'], undefined, /^inquiry: -: standard input is not available\n$/],
  ])('%s: one line, exit 2', async (_, argv, stdin, message) => {
    const { code, out, err } = await run(argv, { cwd: dir, stdin });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(message);
  });
});

describe('[cli] --max-size bounds every input: standard input and devices too, not only regular files', () => {
  const KB = 1024;
  /** An endless stream of a member's line (`yes 委员王某：请问？`), counting the bytes handed out. */
  const endless = () => {
    const line = new TextEncoder().encode('委员王某：请问？\n'.repeat(256));
    const stream = {
      given: 0,
      async *[Symbol.asyncIterator]() {
        for (;;) { stream.given += line.length; yield line; }
      },
    };
    return stream;
  };
  const endlessStdin = () => {
    const stream = endless();
    return { stream, stdin: (limit?: number) => readAtMost(stream, limit) };
  };

  it('an endless standard input stops a byte past the limit: one line, exit 2', async () => {
    const { stream, stdin } = endlessStdin();
    const { code, out, err } = await run(['parse', '-', '--max-size', '1KB'], { cwd: dir, stdin });
    expect([code, out, err]).toEqual([2, '', 'inquiry: -: over the --max-size of 1 KB\n']);
    expect(stream.given).toBeLessThan(KB + 8 * KB); // the first chunk past the limit, no more
  });

  it('the rest of the batch is still parsed (exit 1)', async () => {
    const { stdin } = endlessStdin();
    const { code, out, err } = await run(['parse', 'good/a.txt', '-', 'good/b.md', '--max-size', '1MB', '--format', 'jsonl'], { cwd: dir, stdin });
    expect(code).toBe(1);
    expect(err).toBe('inquiry: -: over the --max-size of 1 MB\n');
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual(['good/a.txt', 'good/b.md']);
  });

  it('standard input of exactly --max-size bytes is read; one byte more is over', async () => {
    const size = Buffer.byteLength(TEXT);
    expect((await run(['parse', '-', '--max-size', String(size), '--format', 'json'], { cwd: dir, stdin: TEXT })).code).toBe(0);
    const over = await run(['parse', '-', '--max-size', String(size - 1), '--format', 'json'], { cwd: dir, stdin: TEXT });
    expect([over.code, over.err]).toEqual([2, `inquiry: -: over the --max-size of ${size - 1} bytes\n`]);
  });

  it.each([
    ['/dev/zero', ['--max-size', '1KB'], 'inquiry: /dev/zero: over the --max-size of 1 KB\n'],
    ['/dev/zero', [], 'inquiry: /dev/zero: over the --max-size of 20 MB\n'],
    ['/dev/urandom', ['--max-size', '1KB'], 'inquiry: /dev/urandom: over the --max-size of 1 KB\n'],
  ])('%s %j: a device without end is read up to the limit, then refused', async (device, flags, message) => {
    if (!existsSync(device)) return;
    const { code, out, err } = await run(['parse', device, ...flags], { cwd: dir });
    expect([code, out, err]).toEqual([2, '', message]);
  }, 60_000);

  it('a device that ends below the limit is read as before (/dev/null: an empty file)', async () => {
    if (!existsSync('/dev/null')) return;
    const { code, err } = await run(['parse', '/dev/null', 'good/a.txt', '--format', 'jsonl'], { cwd: dir });
    expect([code, err]).toEqual([1, 'inquiry: /dev/null: the file is empty\n']);
  });

  it('compare: an endless standard input or device stops at the limit too', async () => {
    const { stdin } = endlessStdin();
    const piped = await run(['compare', '-', 'good/a.txt', '--max-size', '1KB'], { cwd: dir, stdin });
    expect([piped.code, piped.out, piped.err]).toEqual([2, '', 'inquiry: -: over the --max-size of 1 KB\n']);
    if (!existsSync('/dev/zero')) return;
    const device = await run(['compare', 'good/a.txt', '/dev/zero', '--max-size', '1KB'], { cwd: dir });
    expect([device.code, device.err]).toEqual([2, 'inquiry: /dev/zero: over the --max-size of 1 KB\n']);
  });
});

describe('[cli] compare takes --encoding and --max-size, with parse\'s meaning', () => {
  it('a UTF-16 transcript without a byte-order mark: the hint says --encoding, and --encoding reads it', async () => {
    const hint = await run(['compare', 'utf16-nobom.txt', 'good/a.txt'], { cwd: dir });
    expect(hint.code).toBe(2);
    expect(hint.err).toMatch(/^inquiry: utf16-nobom\.txt: .*\(try --encoding utf-16le\)\n$/);
    const { code, out, err } = await run(['compare', 'utf16-nobom.txt', 'good/b.md', '--encoding', 'utf-16le', '--format', 'json'], { cwd: dir });
    // B is UTF-8, which UTF-16 would turn into meaningless characters: it is read as detected, and stderr says so.
    expect([code, err]).toEqual([0, 'inquiry: good/b.md: --encoding utf-16le does not read it: read as UTF-8, as detected\n']);
    expect(JSON.parse(out).source.a).toMatchObject({ name: 'utf16-nobom.txt' });
    const plain = JSON.parse((await run(['parse', 'good/b.md', '--format', 'json'], { cwd: dir })).out);
    expect(JSON.parse(out).source.b.sha256).toBe(plain.source.sha256);
  });

  it('--encoding is for transcripts: a record saved by parse (UTF-8) still reads as a record, from a file or standard input', async () => {
    const saved = (await run(['parse', 'good/b.md', '--format', 'json'], { cwd: dir })).out;
    const savedFile = join(mkdtempSync(join(tmpdir(), 'inquiry-saved-')), 'b.json');
    writeFileSync(savedFile, saved);
    for (const [args, stdin] of [[[savedFile], undefined], [['-'], saved]] as const) {
      const { code, out, err } = await run(['compare', 'utf16-nobom.txt', ...args, '--encoding', 'utf-16le', '--format', 'json'], { cwd: dir, stdin });
      expect([code, err]).toEqual([0, '']);
      expect(JSON.parse(out).source.b.name).toBe('good/b.md');
    }
  });

  it('--max-size: a file over it is refused by its size, as parse refuses it', async () => {
    const { code, err } = await run(['compare', 'seed.txt', 'good/a.txt', '--max-size', '1KB'], { cwd: dir });
    expect(code).toBe(2);
    expect(err).toMatch(/^inquiry: seed\.txt: the file is \d+(\.\d)? KB, over the --max-size of 1 KB\n$/);
  });

  it.each([
    [['--encoding', 'latin1'], /^inquiry: option '--encoding <encoding>' argument 'latin1' is invalid/],
    [['--max-size', 'big'], /^inquiry: --max-size must be a size such as 20MB or 500KB, not "big"\n$/],
  ])('a bad value %j: the usage error parse gives', async (flags, message) => {
    const compared = await run(['compare', 'good/a.txt', 'good/b.md', ...flags], { cwd: dir });
    const parsed = await run(['parse', 'good/a.txt', ...flags], { cwd: dir });
    expect([compared.code, parsed.code]).toEqual([2, 2]);
    expect(compared.err).toMatch(message);
    expect(compared.err).toBe(parsed.err);
  });

  it('--help describes both options in the same words as parse\'s --help', async () => {
    const help = async (command: string) => (await run([command, '--help'])).out.split(/\n(?=  -)/).filter((o) => /^  --(encoding|max-size)/.test(o)).map((o) => o.replace(/\s+/g, ' '));
    const compared = await help('compare');
    expect(compared).toHaveLength(2);
    expect(compared).toEqual(await help('parse'));
  });
});

describe('[cli] stderr: the prefix "inquiry:" is never coloured', () => {
  it.each([
    [{ FORCE_COLOR: '1' }, false],
    [{ FORCE_COLOR: '3' }, true],
    [{}, true],
  ])('env %j, stderr a terminal %s: every line starts with plain "inquiry: "', async (env, tty) => {
    const { err } = await run(['parse', 'good/a.txt', 'missing.txt', 'bad/empty.txt', '--strict', '--format', 'json'], { cwd: dir, env, stderrTTY: tty });
    expect(lines(err).length).toBeGreaterThanOrEqual(2);
    for (const line of lines(err)) expect(line).toMatch(/^inquiry: /);
    expect(err).not.toContain('\u001b');
  });

  it('the table on standard output keeps its colour under FORCE_COLOR', async () => {
    const { out } = await run(['parse', 'good/a.txt', '--format', 'table'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(out).toContain('\u001b[');
  });
});

describe('[cli] counts in English: one thing, several things', () => {
  it('a table caption says "1 question", "1 person" when there is one', async () => {
    const { out } = await run(['parse', 'good/a.txt', 'seed.txt', '--format', 'table'], { cwd: dir });
    const captions = lines(out).filter((l) => / — \d+ /.test(l));
    expect(captions).toHaveLength(2);
    for (const caption of captions) {
      expect(caption).toMatch(/ — (1 question|\d+ questions), (1 person|\d+ people)$/);
      expect(caption).not.toMatch(/\b1 (questions|people)\b/);
    }
  });

  it('a terminal one column wide', async () => {
    const { err } = await run(['parse', 'good/a.txt', '--format', 'table'], { cwd: dir, stdoutTTY: true, columns: 1 });
    expect(err).toBe('inquiry: the terminal is 1 column wide, below the 49 columns a questions table needs; it is printed 49 wide\n');
  });

  it('--max-size of one byte', async () => {
    const { err } = await run(['parse', '-', '--max-size', '1'], { cwd: dir, stdin: TEXT });
    expect(err).toBe('inquiry: -: over the --max-size of 1 byte\n');
  });

  it('--strict: "1 warning", "2 warnings"', async () => {
    // A question without its answer: one warning; with a control character too: more.
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-warnings-'));
    writeFileSync(join(folder, 'one-warning.txt'), '问题一：如何推进“府检联动”？\n市人大常委会委员王某某提问。\n');
    copyFileSync(join(dir, 'control.txt'), join(folder, 'control.txt'));
    const { err } = await run(['parse', 'one-warning.txt', 'control.txt', '--strict', '--format', 'jsonl'], { cwd: folder });
    expect(lines(err)[0]).toBe('inquiry: one-warning.txt: 1 warning (question-without-responder), --strict');
    expect(lines(err)[1]).toMatch(/^inquiry: control\.txt: [2-9] warnings \(/);
  });
});

describe('[cli] --strict lines come in the order of the arguments, among the other error lines', () => {
  const folder = mkdtempSync(join(tmpdir(), 'inquiry-strict-order-'));
  const warned = '问题一：如何推进“府检联动”？\n市人大常委会委员王某某提问。\n';
  beforeAll(() => {
    writeFileSync(join(folder, 'w1.txt'), warned);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'w2.txt'), warned.replace('王某某', '张某某'));
    writeFileSync(join(folder, 'clean.txt'), TEXT);
  });
  const args = ['w1.txt', 'empty.txt', 'w2.txt', 'missing.txt', 'clean.txt', '--strict', '--format', 'jsonl'];
  const expected = [
    /^inquiry: w1\.txt: 1 warning \(question-without-responder\), --strict$/,
    /^inquiry: empty\.txt: /,
    /^inquiry: w2\.txt: 1 warning \(question-without-responder\), --strict$/,
    /^inquiry: missing\.txt: no such file or directory$/,
  ];
  it.each([
    ['--jobs 1', ['--jobs', '1']],
    ['--jobs 1 -o DIR/', ['--jobs', '1', '-o', 'out1/']],
  ])('%s', async (_label, extra) => {
    const { code, err } = await run(['parse', ...args, ...extra], { cwd: folder });
    expect(code).toBe(1);
    expect(lines(err)).toHaveLength(expected.length);
    lines(err).forEach((line, i) => expect(line).toMatch(expected[i]));
  });
  it.each([
    ['--jobs 2', ['--jobs', '2']],
    ['--jobs 2 -o DIR/', ['--jobs', '2', '-o', 'out2/']],
  ])('%s (the built CLI: workers run dist/)', async (_label, extra) => {
    const { main: built } = await import(pathToFileURL(join(import.meta.dirname, '../../dist/cli/main.js')).href);
    const { code, err } = await run(['parse', ...args, ...extra], { cwd: folder }, built);
    expect(code).toBe(1);
    expect(lines(err)).toHaveLength(expected.length);
    lines(err).forEach((line, i) => expect(line).toMatch(expected[i]));
  }, 60_000);
});

describe('[cli] --jobs N above the inputs is lowered, with a note', () => {
  it('--jobs 64 on two files: two lanes, said once on stderr', async () => {
    const { code, err } = await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'jsonl', '--jobs', '64'], { cwd: dir });
    expect(code).toBe(0);
    expect(err).toBe('inquiry: --jobs 64 lowered to 2: one lane per input\n');
  });
  it('not with --quiet, nor when N fits', async () => {
    expect((await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'jsonl', '--jobs', '64', '--quiet'], { cwd: dir })).err).toBe('');
    expect((await run(['parse', 'good/a.txt', 'good/b.md', '--format', 'jsonl', '--jobs', '2'], { cwd: dir })).err).toBe('');
  });
});
