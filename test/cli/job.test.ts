import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadRecord, megabytes, readBytes, runJob, runJobs, sizeIn, type JobOptions } from '../../src/cli/job.js';

const ROOT = join(import.meta.dirname, '../..');

const bytes = (s: string) => new TextEncoder().encode(s);
const MB = 1024 * 1024;

describe('[job] loadRecord', () => {
  it.each([
    ['a.txt', bytes('问题一：如何推进？'), { ok: true, length: 9, encoding: 'utf-8' }],
    ['a.txt', bytes('\ufeff问题一：如何推进？'), { ok: true, length: 9, encoding: 'utf-8-bom' }],
    ['a.html', bytes('<p>问题一：&ldquo;如何&rdquo;？</p>'), { ok: true, length: 9, encoding: 'utf-8' }],
    ['-', bytes('<!DOCTYPE html><p>问题一</p>'), { ok: true, length: 3, encoding: 'utf-8' }],
    ['a.txt', new Uint8Array([0xce, 0xca, 0xcc, 0xe2, 0xd2, 0xbb]), { ok: true, length: 3, encoding: 'gb18030' }],
    ['a.txt', new Uint8Array(), { ok: false, problem: 'the file is empty' }],
    ['a.html', bytes('<html><script>x</script></html>'), { ok: false, problem: 'the page holds no text once its markup is removed' }],
    ['a.txt', bytes('x'.repeat(2000)), { ok: false, problem: 'the file is 2 KB, over the --max-size of 1 KB' }],
    // Standard input is read no further than a byte past the limit: how much more it held is not known.
    ['-', bytes('x'.repeat(1025)), { ok: false, problem: 'over the --max-size of 1 KB' }],
    ['-', bytes('x'.repeat(1026)), { ok: false, problem: 'the file is 1026 bytes, over the --max-size of 1 KB' }],
    ['-', bytes('x'.repeat(1024)), { ok: true, length: 1024, encoding: 'utf-8' }],
  ])('%s %j', (name, input, expected) => {
    const r = loadRecord({ name, path: null, bytes: input }, { maxSize: 1024 });
    if (expected.ok) {
      expect(r.ok).toBe(true);
      if (r.ok) expect([r.record.source.name, r.record.source.length, r.record.source.encoding]).toEqual([name, expected.length, expected.encoding]);
    } else {
      expect(r).toEqual(expected);
    }
  });

  it('a path that does not exist', () => {
    expect(loadRecord({ name: 'nope.txt', path: '/nonexistent/nope.txt' }, { maxSize: MB })).toEqual({ ok: false, problem: 'no such file or directory' });
  });
});

describe('[job] runJob renders the piece and counts warnings', () => {
  const options: JobOptions = { maxSize: MB, whole: false, render: { format: 'jsonl', view: 'questions', multi: true, width: 80, color: 0, terminal: false } };
  it('one JSON line', () => {
    const r = runJob({ name: 'a.txt', path: null, bytes: bytes('问题一：如何推进？') }, options);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.output.endsWith('\n')).toBe(true);
      expect(JSON.parse(r.output).warnings).toHaveLength(r.warnings);
    }
  });
});

describe('[job] sizeIn: a size in the unit of the --max-size it is set against', () => {
  it.each([
    [24751, 10 * 1024, '24.2 KB'], [10 * 1024, 10 * 1024, '10 KB'], [31 * MB, 20 * MB, '31 MB'], [1.5 * MB, 1.5 * MB, '1.5 MB'],
    [2 * MB, 1.5 * MB, '2 MB'], [600, 0, '600 bytes'], [0, 0, '0 bytes'], [3 * MB, 500 * 1024, '3072 KB'], [1, 1, '1 byte'],
  ])('%d bytes against %d → %s', (n, max, text) => {
    expect(sizeIn(n, max)).toBe(text);
  });
});

describe('[job] megabytes', () => {
  it.each([[512, '512 bytes'], [200 * 1024, '0.2 MB'], [5.25 * MB, '5.3 MB'], [31 * MB, '31 MB'], [20 * MB, '20 MB']])('%d → %s', (n, text) => {
    expect(megabytes(n)).toBe(text);
  });
});

describe('[job] runJobs: a chunk read ahead gives the records runJob gives one by one', () => {
  const options: JobOptions = { maxSize: MB, whole: false, render: { format: 'jsonl', view: 'questions', multi: true, width: 80, color: 0, terminal: false } };
  const inputs = [
    { name: 'seed.txt', path: join(ROOT, 'seeds/qujing-2025-safety-rule-of-law.txt') },
    { name: 'empty.txt', path: null, bytes: new Uint8Array() },
    ...globSync('test/fixtures/transcripts/*/input.txt', { cwd: ROOT }).sort().slice(0, 6).map((f) => ({ name: f, path: join(ROOT, f) })),
    { name: 'missing.txt', path: join(ROOT, 'no/such/file.txt') },
  ];
  it('same results, same order, bad inputs in place', () => {
    const chunked = [...runJobs(inputs, options)];
    expect(chunked).toEqual(inputs.map((input) => runJob(input, options)));
    expect(chunked.map((r) => r.ok)).toEqual([true, false, true, true, true, true, true, true, false]);
  });
});

describe('[job] an HTML page as saved from a congress site', () => {
  it('reads the article: scripts, styles, navigation and the site footer are no part of any question', () => {
    const r = loadRecord({ name: 'site-page-footer.html', path: join(ROOT, 'test/fixtures/html/site-page-footer.html') }, { maxSize: MB });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.session.topic).toBe('全市社区居家养老服务工作');
    expect(r.record.session.date).toBe('2024-10-30');
    expect(r.record.questions.map((q) => q.quantities.map((x) => x.text))).toEqual([['12项'], ['6000元']]);
    expect(r.record.people.map((p) => p.name)).toEqual(['丁海波', '严永红', '江秀梅', '宋志刚']);
  });
});

describe('[job] readBytes: a regular file refused by its size, anything else read no further than a byte past the limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-read-'));
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(3000));
  writeFileSync(join(dir, 'small.txt'), 'x'.repeat(1000));

  it('a regular file over the limit: refused before reading, with its size', () => {
    expect(() => readBytes(join(dir, 'big.txt'), 1024)).toThrow('the file is 2.9 KB, over the --max-size of 1 KB');
    expect(readBytes(join(dir, 'small.txt'), 1024)).toHaveLength(1000);
  });

  it.each([['/dev/zero'], ['/dev/urandom']])('%s: limit + 1 bytes, then it stops', (device) => {
    if (!existsSync(device)) return;
    expect(readBytes(device, 100_000)).toHaveLength(100_001);
    expect(loadRecord({ name: device, path: device }, { maxSize: 1024 })).toEqual({ ok: false, problem: 'over the --max-size of 1 KB' });
  });

  it('/dev/null: a device that ends, read whole (empty)', () => {
    if (!existsSync('/dev/null')) return;
    expect(readBytes('/dev/null', 1024)).toHaveLength(0);
  });
});
