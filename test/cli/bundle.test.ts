/**
 * bin/inquiry.js runs the bundle `npm run build` writes to dist/bundle/ (scripts/bundle.mjs):
 * the same program as tsc's dist/cli/, in fewer files. These tests check that it prints exactly
 * what the modules print: a record, a batch through the bundle's own worker, an error, the
 * version (test/segment/lazy.test.ts checks through bin/ that --version loads no dictionary).
 * They run when the bundle is built and current (`npm test` builds it); the in-process CLI
 * tests cover the code itself.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './run.js';

const ROOT = join(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'dist/bundle/main.js');
const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -1);
/** Built and current: after a bare `tsc` the bundle is older than dist/cli/ and bin/inquiry.js does not use it either. */
const built = mtime(BUNDLE) >= mtime(join(ROOT, 'dist/cli/main.js')) && mtime(BUNDLE) > 0;
const SEED = join(ROOT, 'seeds/qujing-2025-safety-rule-of-law.txt');

/** Runs `node <entry> …args` in a fresh process. */
const node = (entry: string, args: string[], cwd = ROOT) =>
  spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });

/** A launcher that imports `entry`'s main() as bin/inquiry.js does, without its choice between the two. */
function launcher(entry: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'inquiry-bundle-')), 'launch.mjs');
  writeFileSync(file, `const { main } = await import(${JSON.stringify(pathToFileURL(entry).href)});\n` +
    'process.exitCode = await main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, env: process.env, ' +
    'stdin: async () => new Uint8Array() });\n');
  return file;
}

describe.runIf(built)('[bundle] dist/bundle/ is the same program as dist/cli/', () => {
  const bundle = built ? launcher(BUNDLE) : '';
  const modules = built ? launcher(join(ROOT, 'dist/cli/main.js')) : '';

  it.each([
    ['a record as JSON', ['parse', SEED, '--format', 'json']],
    ['a record as YAML', ['parse', SEED]],
    ['a missing file (exit 2, one line)', ['parse', 'no-such-file.txt']],
    ['the version', ['--version']],
  ])('%s', (_label, args) => {
    const a = node(bundle, args);
    const b = node(modules, args);
    expect(a.status).toBe(b.status);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  }, 60_000);

  it('a batch with --jobs 2 runs the bundle\'s own worker and prints what --jobs 1 prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-bundle-batch-'));
    const seed = readFileSync(SEED, 'utf8');
    for (let i = 0; i < 8; i++) writeFileSync(join(dir, `t${i}.txt`), seed.split('\n').slice(i * 3).join('\n'));
    const two = node(bundle, ['parse', '.', '--format', 'jsonl', '--jobs', '2', '--quiet'], dir);
    const one = node(modules, ['parse', '.', '--format', 'jsonl', '--jobs', '1', '--quiet'], dir);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n').filter(Boolean)).toHaveLength(8);
  }, 60_000);

  it('the lane\'s regex literals have \\p{sc=Han} written out as ranges (scripts/bundle.mjs, spellOutHan)', async () => {
    const { parseAst } = await import('rolldown/parseAst');
    const { HAN } = await import('../../src/source/han-class.js');
    const literals: Array<{ pattern: string; flags: string }> = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) { node.forEach(walk); return; }
      const n = node as { type?: string; regex?: { pattern: string; flags: string } };
      if (n.type === 'Literal' && n.regex) literals.push(n.regex);
      for (const value of Object.values(node)) walk(value);
    };
    walk(parseAst(readFileSync(join(ROOT, 'dist/bundle/lane.cjs'), 'utf8')));
    expect(literals.filter((r) => r.flags.includes('u') && r.pattern.includes('\\p{sc=Han}')).map((r) => r.pattern)).toEqual([]);
    expect(literals.filter((r) => r.pattern.includes(HAN)).length).toBeGreaterThan(100);
  }, 60_000);

  it('bin/inquiry.js prints the same as the in-process CLI', async () => {
    const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
    const inProcess = await run(['parse', SEED, '--format', 'json'], { cwd: ROOT }, main);
    const bin = node(join(ROOT, 'bin/inquiry.js'), ['parse', SEED, '--format', 'json']);
    expect(bin.status).toBe(inProcess.code);
    expect(bin.stdout).toBe(inProcess.out);
  }, 60_000);
});

describe.runIf(built && (existsSync('/usr/bin/yes') || existsSync('/bin/yes')))('[bundle] bin/inquiry.js reads standard input no further than --max-size', () => {
  it.each([
    [['parse', '-'], '1KB', 2],
    [['parse', '-', SEED, '--format', 'jsonl'], '100KB', 1], // the seed (24 KB) is still parsed
    [['compare', '-', SEED], '1KB', 2],
  ])('`yes … | inquiry %j --max-size %s` ends with one line (exit %d)', (args, size, code) => {
    const command = `yes 委员王某：请问？ | "${process.execPath}" bin/inquiry.js ${args.map((a) => `'${a}'`).join(' ')} --max-size ${size}`;
    const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect([r.status, r.stderr.split('\n')[0]]).toEqual([code, `inquiry: -: over the --max-size of ${size.replace('KB', ' KB')}`]);
  }, 70_000);
});

describe.runIf(built && existsSync('/dev/full'))('[bundle] bin/inquiry.js when standard output cannot be written (> /dev/full)', () => {
  it.each([
    [['parse', SEED]],
    [['parse', 'seeds', 'test/fixtures/transcripts/01-numbered-fullwidth', '--format', 'jsonl', '--jobs', '2', '--quiet']],
    [['schema']],
    [['segment', SEED]],
    [['compare', SEED, SEED]],
    [['--help']],
    [['parse', '--help']],
  ])('%j: one line, exit 2, no stack trace', (args) => {
    const command = `"${process.execPath}" bin/inquiry.js ${args.map((a) => `'${a}'`).join(' ')} > /dev/full`;
    const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect([r.status, r.stderr]).toEqual([2, 'inquiry: cannot write output: no space left on the device\n']);
  }, 70_000);
});
