/**
 * `inquiry parse` meeting inputs as a researcher's batch does: Big5 and GBK files, a UTF-8 file
 * with a stray byte, compressed files, error lines in argument order, one file named twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.js';
import { encodeLegacy } from '../source/legacy-encoders.js';

const TRAD = '問題一：如何推進「府檢聯動」？\n市人大常委會委員陳某某提問。\n市政府副市長林某表示，一是健全機制，二是強化監督。\n';
const SIMP = '问题一：如何推进“府检联动”？\n市人大常委会委员王某某提问。\n市政府副市长李某表示，一是健全机制，二是强化监督。\n';
const BIG5_FIXTURE = join(import.meta.dirname, '../fixtures/encodings/121-traditional.big5.txt');
let dir = '';
const lines = (s: string) => s.split('\n').filter(Boolean);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inquiry-enc-'));
  writeFileSync(join(dir, 'big5.txt'), encodeLegacy(TRAD, 'big5'));
  writeFileSync(join(dir, 'gbk.txt'), encodeLegacy(SIMP, 'gbk'));
  writeFileSync(join(dir, 'utf8.txt'), SIMP);
  writeFileSync(join(dir, 'onebad.txt'), Buffer.concat([Buffer.from(SIMP), Buffer.from([0xff]), Buffer.from('三是加强宣传。\n')]));
  writeFileSync(join(dir, 'doc.txt'), gzipSync(Buffer.from(SIMP.repeat(20))));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n');
  symlinkSync(join(dir, 'utf8.txt'), join(dir, 'link.txt'));
  writeFileSync(join(dir, 'u16.txt'), Buffer.from(SIMP, 'utf16le'));
});

const parseJson = async (args: string[]) => {
  const r = await run(['parse', ...args, '--format', 'json'], { cwd: dir });
  return { ...r, record: r.out ? JSON.parse(r.out) : null };
};

describe('[cli] Big5 and GB18030', () => {
  it.each([
    ['big5.txt', [], 'big5', '市政府副市長林某'],
    ['big5.txt', ['--encoding', 'big5'], 'big5', '市政府副市長林某'],
    ['gbk.txt', [], 'gb18030', '市政府副市长李某'],
    ['gbk.txt', ['--encoding', 'gb18030'], 'gb18030', '市政府副市长李某'],
  ])('%s %j: read as %s', async (file, flags, encoding, responder) => {
    const { code, err, record } = await parseJson([file, ...flags]);
    expect([code, err]).toEqual([0, '']);
    expect(record.source.encoding).toBe(encoding);
    expect(record.questions).toHaveLength(1);
    expect(record.people.map((p: { text?: string; name?: string }) => JSON.stringify(p)).join()).toContain(responder.slice(-2));
  });

  it('a Big5 fixture written by iconv gives the same questions as its UTF-8 original', async () => {
    const big5 = await run(['parse', BIG5_FIXTURE, '--format', 'json']);
    const utf8 = await run(['parse', join(import.meta.dirname, '../fixtures/transcripts/121-traditional-dot-markers-compound-figures/input.txt'), '--format', 'json']);
    expect(big5.code).toBe(0);
    const [a, b] = [JSON.parse(big5.out), JSON.parse(utf8.out)];
    expect(a.source.encoding).toBe('big5');
    expect(a.source.sha256).toBe(b.source.sha256);
    expect(a.questions).toEqual(b.questions);
  });
});

describe('[cli] a file with a bad byte', () => {
  it('without --encoding: one line saying where the bad byte is, exit 2', async () => {
    const { code, out, err } = await run(['parse', 'onebad.txt'], { cwd: dir });
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(`inquiry: onebad.txt: the bytes are neither UTF-8, UTF-16, GB18030 nor Big5 (the first byte that is not UTF-8 is at offset ${Buffer.byteLength(SIMP)}; try --encoding utf-8 to read it as U+FFFD)\n`);
  });

  it('with --encoding utf-8: parsed, the byte read as U+FFFD, a replaced-bytes warning; --strict exits 1', async () => {
    const { code, err, record } = await parseJson(['onebad.txt', '--encoding', 'utf-8']);
    expect([code, err]).toEqual([0, '']);
    const w = record.warnings.find((x: { code: string }) => x.code === 'replaced-bytes');
    expect(w.message).toContain(`byte offset ${Buffer.byteLength(SIMP)}`);
    expect(w.span).toEqual([SIMP.length, SIMP.length + 1]);
    const strict = await run(['parse', 'onebad.txt', '--encoding', 'utf-8', '--strict', '--format', 'json'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('replaced-bytes');
  });

  it('the library reads bytes the same way: parse(bytes, {encoding})', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const record = parse(readFileSync(join(dir, 'onebad.txt')), { encoding: 'utf-8' });
    expect(record.warnings.map((w) => w.code)).toContain('replaced-bytes');
  });
});

describe('[cli] a forced encoding that does not read an input', () => {
  it.each([
    ['utf8.txt', 'utf-16le', 'UTF-8'],
    ['utf8.txt', 'utf-16be', 'UTF-8'],
    ['gbk.txt', 'big5', 'GB18030'],
    ['big5.txt', 'gb18030', 'Big5'],
  ])('parse %s --encoding %s: refused in one line naming the file, the encoding and what it reads as; exit 2', async (file, forced, detected) => {
    const { code, out, err } = await run(['parse', file, '--encoding', forced], { cwd: dir });
    expect([code, out]).toEqual([2, '']);
    expect(err).toMatch(new RegExp(`^inquiry: ${file}: the bytes do not read as ${forced} \\(\\d+% common characters, under half\\); it reads as ${detected}: drop --encoding for it\n$`));
  });

  it('in a batch the inputs it reads are parsed, the others refused (exit 1)', async () => {
    const { code, out, err } = await run(['parse', 'u16.txt', 'utf8.txt', '--encoding', 'utf-16le', '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(1);
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual(['u16.txt']);
    expect(lines(err)).toEqual([expect.stringMatching(/^inquiry: utf8\.txt: the bytes do not read as utf-16le .*drop --encoding for it$/)]);
  });

  it('standard input too', async () => {
    const { code, err } = await run(['parse', '-', '--encoding', 'big5'], { stdin: encodeLegacy(SIMP, 'gbk') });
    expect(code).toBe(2);
    expect(err).toMatch(/^inquiry: -: the bytes do not read as big5 .*it reads as GB18030: drop --encoding for it\n$/);
  });

  it('compare: the forced encoding reads A (UTF-16 without a BOM); B, UTF-8, is read as detected, with a note', async () => {
    const { code, out, err } = await run(['compare', 'u16.txt', 'utf8.txt', '--encoding', 'utf-16le', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    // (Both files hold the same transcript, so compare's note on one session given twice follows.)
    expect(lines(err)).toEqual(['inquiry: utf8.txt: --encoding utf-16le does not read it: read as UTF-8, as detected', expect.stringMatching(/^inquiry: A 与 B 是同一场会议 \(sha256 [0-9a-f]{12} 相同\)/)]);
    const plain = await run(['compare', 'utf8.txt', 'utf8.txt', '--format', 'json'], { cwd: dir });
    const [forced, same] = [JSON.parse(out), JSON.parse(plain.out)];
    expect(forced.source.a.sha256).toBe(same.source.a.sha256);
    expect(forced.source.b.sha256).toBe(same.source.b.sha256);
  });

  it('compare: an input neither the forced encoding nor detection reads is refused, exit 2', async () => {
    const { code, err } = await run(['compare', 'u16.txt', 'utf8.txt', '--encoding', 'utf-16be'], { cwd: dir });
    expect(code).toBe(2);
    expect(err).toMatch(/^inquiry: u16\.txt: the bytes do not read as utf-16be .*it reads as UTF-16LE: try --encoding utf-16le\ninquiry: utf8\.txt: --encoding utf-16be does not read it: read as UTF-8, as detected\n$/);
  });
});

describe('[cli] compressed files are binary', () => {
  it.each([[[]], [['--encoding', 'utf-8']]])('gzip %j', async (flags) => {
    const { code, err } = await run(['parse', 'doc.txt', ...flags], { cwd: dir });
    expect(code).toBe(2);
    expect(err).toBe('inquiry: doc.txt: the file is binary, not text\n');
  });
});

describe('[cli] error lines in input order', () => {
  it.each([['1'], ['2']])('expansion and reading errors interleave as the arguments do (--jobs %s)', async (jobs) => {
    const args = ['empty.txt', 'missing.txt', 'utf8.txt', 'blank.txt', 'nowhere/', '*.nomatch', 'doc.txt'];
    const { code, out, err } = await run(['parse', ...args, '--format', 'jsonl', '--jobs', jobs], { cwd: dir });
    expect(code).toBe(1);
    expect(lines(out)).toHaveLength(1);
    expect(lines(err)).toEqual([
      'inquiry: empty.txt: the file is empty',
      'inquiry: missing.txt: no such file or directory',
      'inquiry: blank.txt: the file holds only white space',
      'inquiry: nowhere/: no such file or directory',
      'inquiry: *.nomatch: no file matches this pattern',
      'inquiry: doc.txt: the file is binary, not text',
    ]);
  });

  it('nothing readable: every expansion error, in order, exit 2', async () => {
    const { code, err } = await run(['parse', 'missing.txt', '*.nomatch'], { cwd: dir });
    expect(code).toBe(2);
    expect(lines(err)).toEqual(['inquiry: missing.txt: no such file or directory', 'inquiry: *.nomatch: no file matches this pattern']);
  });
});

describe('[cli] one file named twice is read once', () => {
  it.each([
    [['utf8.txt', 'link.txt']],
    [['link.txt', 'utf8.txt']],
    [['utf8.txt', './utf8.txt']],
  ])('%j', async (args) => {
    const { code, out } = await run(['parse', ...args, '--format', 'jsonl'], { cwd: dir });
    expect(code).toBe(0);
    expect(lines(out).map((l) => JSON.parse(l).source.name)).toEqual([args[0]]);
  });

  it('an absolute path and a relative one', async () => {
    const { out } = await run(['parse', 'utf8.txt', join(dir, 'utf8.txt'), '--format', 'jsonl'], { cwd: dir });
    expect(lines(out)).toHaveLength(1);
  });
});

describe('[cli] --help names the encodings', () => {
  it('Big5 detected, big5 a choice of --encoding', async () => {
    const { out } = await run(['parse', '--help']);
    expect(out).toContain('GB18030/GBK/GB2312, Big5');
    expect(out).toMatch(/choices: "utf-8", "gb18030", "big5"/);
  });
});
