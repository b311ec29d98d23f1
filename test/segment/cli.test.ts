/** `inquiry segment` run in memory: a commander program with only this command registered. */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerSegment } from '../../src/cli/commands/segment.js';
import { wrapAt, GAZETTE } from '../helpers/wrap.js';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function run(argv: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  let code = 0;
  const io = {
    argv,
    stdout: { write: (s: string) => { out += s; } },
    stderr: { write: (s: string) => { err += s; } },
    stdin: stdin === undefined ? undefined : async () => new TextEncoder().encode(stdin),
    cwd: process.cwd(),
    env: {},
  };
  const program = new Command('inquiry').exitOverride().configureOutput({ writeOut: io.stdout.write, writeErr: io.stderr.write });
  registerSegment(program, io, (c) => { code = Math.max(code, c); });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch {
    code = Math.max(code, 2);
  }
  return { code, out, err };
}

describe('[cli segment]', () => {
  it.each([
    ['words, one line per line', ['segment', '-'], '市人大常委会开展专题询问。\n向“一府两院”询问\n', '市 / 人大常委会 / 开展 / 专题询问 / 。\n向 / “ / 一府两院 / ” / 询问\n'],
    ['tags', ['segment', '-', '--tag'], '向一府两院询问', '向/p 一府两院/nt 询问/v\n'],
    ['blank lines kept', ['segment', '-'], '综治中心\n\n枫桥经验\n', '综治中心\n\n枫桥经验\n'],
    ['Traditional and full-width text cut like its normalized view, printed as written', ['segment', '-'], '市人大常委會開展專題詢問，１２名委員', '市 / 人大常委會 / 開展 / 專題詢問 / ， / １２ / 名 / 委員\n'],
  ])('%s', async (_label, argv, input, expected) => {
    const r = await run(argv, input);
    expect(r).toEqual({ code: 0, out: expected, err: '' });
  });

  it('json: tokens with spans that slice the text', async () => {
    const text = '市检察院常务副检察长杨开宇回答:';
    const r = await run(['segment', '-', '--format', 'json', '--tag'], text);
    const doc = JSON.parse(r.out) as { anchored: boolean; source: { length: number }; tokens: { text: string; span: [number, number]; tag: string }[] };
    expect(doc.anchored).toBe(true);
    expect(doc.source.length).toBe(text.length);
    expect(doc.tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of doc.tokens) expect(text.slice(...t.span)).toBe(t.text);
    expect(doc.tokens.find((t) => t.text === '常务副检察长')?.tag).toBe('n');
  });

  it('a hard-wrapped PDF copy: cut with its wraps joined, tokens tiling the text as written', async () => {
    const text = wrapAt(GAZETTE, 60);
    const r = await run(['segment', '-', '--format', 'json'], text);
    const doc = JSON.parse(r.out) as { tokens: { text: string; span: [number, number] }[] };
    expect(doc.tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of doc.tokens) expect(text.slice(...t.span)).toBe(t.text);
    // A word broken over two lines is one token, its text the slice with the break.
    expect(doc.tokens.some((t) => /^\p{sc=Han}+\n\p{sc=Han}+$/u.test(t.text))).toBe(true);
    // The text output keeps one line per input line.
    const plain = await run(['segment', '-'], text);
    expect(plain.out.split('\n').length).toBe(text.split('\n').length + 1);
  });

  it('the seed: the people found are whole words', async () => {
    const r = await run(['segment', 'seeds/qujing-2025-safety-rule-of-law.txt']);
    expect(r.code).toBe(0);
    expect(r.out.split(' / ')).toEqual(expect.arrayContaining(['缪应虎', '余中平', '赵华江']));
  });

  it('a missing file: one line, exit 2', async () => {
    const r = await run(['segment', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('inquiry: no/such/file.txt: no such file or directory\n');
  });

  it('an unknown format: exit 2', async () => {
    expect((await run(['segment', '-', '--format', 'xml'], '')).code).toBe(2);
  });
});

describe('[cli segment] reads its input as parse does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-segment-'));
  const put = (name: string, content: string | Uint8Array) => { writeFileSync(join(dir, name), content); return join(dir, name); };
  const page = put('page.htm', '<!DOCTYPE html><html><head><title>标题</title><script>var 统计代码 = 1;</script></head><body><p>市人大常委会开展专题询问</p></body></html>');
  const u16 = put('u16.txt', new Uint8Array(Buffer.from('市人大常委会开展专题询问\n'.repeat(20), 'utf16le')));
  const big = put('big.txt', '专题询问\n'.repeat(300));

  it('an HTML page: its text, not its markup or scripts; spans index that text', async () => {
    const r = await run(['segment', page]);
    expect(r).toEqual({ code: 0, out: expect.stringContaining('市 / 人大常委会 / 开展 / 专题询问'), err: '' });
    expect(r.out).not.toMatch(/DOCTYPE|<|统计代码/);
    const json = JSON.parse((await run(['segment', page, '--format', 'json'])).out);
    expect(json.tokens.map((t: { text: string }) => t.text).join('')).not.toContain('<');
  });

  it('--encoding: UTF-16 without a byte-order mark, refused with a hint, then read as told', async () => {
    const refused = await run(['segment', u16]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/try --encoding utf-16le\)\n$/);
    expect(await run(['segment', u16, '--encoding', 'utf-16le'])).toEqual({ code: 0, out: '市 / 人大常委会 / 开展 / 专题询问\n'.repeat(20), err: '' });
  });

  it.each([
    [['--max-size', '1KB'], `inquiry: ${join(dir, 'big.txt')}: the file is 3.8 KB, over the --max-size of 1 KB\n`],
    [['--max-size', '1MB'], ''],
  ])('--max-size %j', async (flags, err) => {
    const r = await run(['segment', big, ...flags]);
    expect([r.code, r.err]).toEqual([err ? 2 : 0, err]);
  });

  it.runIf(existsSync('/dev/zero'))('a device is read no further than --max-size (20 MB by default): one line', async () => {
    const r = await run(['segment', '/dev/zero', '--max-size', '64KB']);
    expect(r).toEqual({ code: 2, out: '', err: 'inquiry: /dev/zero: over the --max-size of 64 KB\n' });
  });

  it('a directory, an empty file: one line each, exit 2', async () => {
    expect(await run(['segment', dir])).toEqual({ code: 2, out: '', err: `inquiry: ${dir}: is a directory, not a file\n` });
    const empty = put('empty.txt', '');
    const r = await run(['segment', empty]);
    expect([r.code, r.out, r.err.split('\n').length]).toEqual([2, '', 2]);
  });
});
