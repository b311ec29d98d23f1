/**
 * The lane's code cache (src/cli/lane-loader.ts): a cache is used only when its header names the
 * exact script, this Node and these V8 flags; a missing, stale, damaged or rejected one compiles
 * the script as without one, and the script runs the same either way. When the bundle is built
 * (`npm run build` writes dist/bundle/lane.cjs and its caches), a fresh process accepts both.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BATCH_V8_FLAGS, SHORT_RUN_BYTES, SHORT_V8_FLAGS, cacheFile, cacheHeader, cachedDataFor, loadScript, v8FlagsFor } from '../../src/cli/lane-loader.js';

const ROOT = join(import.meta.dirname, '../..');

/** A CommonJS script with a few functions, compiled lazily on their first calls. */
const script = (n: number) =>
  `'use strict';\nconst { join } = require('node:path');\n` +
  Array.from({ length: n }, (_, i) => `function f${i}(x) { return join('a', String(x * ${i + 1})); }\n`).join('') +
  `exports.answer = () => [${Array.from({ length: n }, (_, i) => `f${i}(2)`).join(', ')}].join(' ') + ' ' + __filename.endsWith('.cjs');\n`;

/** Writes `source` as a .cjs file and, when `cache` is given, the cache file beside it. */
function files(source: string, cache?: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-lane-'));
  const file = join(dir, 'lane.cjs');
  writeFileSync(file, source);
  const path = join(dir, 'lane.cache');
  if (cache) writeFileSync(path, cache);
  return { file, path };
}

/** The cache of `source` after a run, with the header `header` (by default its own). */
function made(source: string, flags = '', header?: (data: Uint8Array) => string): Buffer {
  const { file } = files(source);
  const loaded = loadScript(file, null, flags);
  (loaded.exports as unknown as { answer: () => string }).answer();
  const data = loaded.script.createCachedData();
  return Buffer.concat([Buffer.from(header ? header(data) : cacheHeader(Buffer.from(source), flags, data), 'latin1'), data]);
}

const answer = (file: string, path: string | null, flags = '') => {
  const loaded = loadScript(file, path, flags);
  return { cache: loaded.cache, answer: (loaded.exports as unknown as { answer: () => string }).answer() };
};

describe('[lane-loader] the code cache of a lane', () => {
  const source = script(20);
  const expected = answer(files(source).file, null).answer;

  it('runs the script as a CommonJS module, with and without a cache', () => {
    expect(expected).toBe(Array.from({ length: 20 }, (_, i) => join('a', String(2 * (i + 1)))).join(' ') + ' true');
    const { file, path } = files(source, made(source));
    expect(answer(file, path)).toEqual({ cache: 'accepted', answer: expected });
    expect(answer(file, join(path, 'missing'))).toEqual({ cache: 'none', answer: expected });
  });

  it('ignores a cache made for other bytes, other flags, or damaged', () => {
    const other = source.replaceAll("join('a'", "join('b'"); // the same length: V8 alone would take the cache
    const f0 = files(source, made(other));
    expect(answer(f0.file, f0.path)).toEqual({ cache: 'none', answer: expected });
    const f1 = files(source, made(source, BATCH_V8_FLAGS));
    expect(answer(f1.file, f1.path)).toEqual({ cache: 'none', answer: expected });
    const damaged = made(source);
    damaged[damaged.length - 100] ^= 1;
    const f2 = files(source, damaged);
    expect(answer(f2.file, f2.path)).toEqual({ cache: 'none', answer: expected });
    expect(cachedDataFor(Buffer.from('short'), Buffer.from(source), '')).toBeUndefined();
  });

  it('a cache V8 refuses is compiled without', () => {
    // The header says `source`, the data is of a longer script: V8 rejects it.
    const longer = script(30);
    const cache = made(longer, '', (data) => cacheHeader(Buffer.from(source), '', data));
    const { file, path } = files(source, cache);
    expect(answer(file, path)).toEqual({ cache: 'rejected', answer: expected });
  });
});

describe('[lane-loader] the V8 flags of a run', () => {
  it.each([
    ['one transcript', 1, 25_000, SHORT_V8_FLAGS],
    ['four transcripts', 4, 100_000, SHORT_V8_FLAGS],
    ['a file that cannot be read (counts 0)', 1, 0, SHORT_V8_FLAGS],
    ['exactly SHORT_RUN_BYTES', 2, SHORT_RUN_BYTES, SHORT_V8_FLAGS],
    ['one long file', 1, SHORT_RUN_BYTES + 1, BATCH_V8_FLAGS],
    ['a batch of small files', 5, 5_000, BATCH_V8_FLAGS],
  ])('%s', (_label, files, bytes, flags) => {
    expect(v8FlagsFor(files, bytes)).toBe(flags);
  });

  it('every run compiles each regexp once; a short run has no optimizing compiler, a batch a raised budget', () => {
    expect(SHORT_V8_FLAGS.split(' ').sort()).toEqual(['--no-opt', '--no-regexp-tier-up']);
    expect(BATCH_V8_FLAGS.split(' ').sort()).toEqual(['--interrupt-budget=1000000', '--no-regexp-tier-up']);
    expect(cacheFile('d', SHORT_V8_FLAGS)).not.toBe(cacheFile('d', BATCH_V8_FLAGS));
  });
});

const BUNDLE = join(ROOT, 'dist/bundle');
const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -1);
const built = mtime(join(BUNDLE, 'lane.cjs')) >= mtime(join(ROOT, 'dist/cli/main.js')) && mtime(join(ROOT, 'dist/cli/lane-loader.js')) > 0;

describe.runIf(built)('[lane-loader] dist/bundle/lane.cjs and its caches', () => {
  it.each([['a short run', SHORT_V8_FLAGS], ['a batch', BATCH_V8_FLAGS]])('a fresh process accepts the cache for %s', (_label, flags) => {
    const loader = pathToFileURL(join(ROOT, 'dist/cli/lane-loader.js')).href;
    const code = `import { setFlagsFromString } from 'node:v8'; const flags = ${JSON.stringify(flags)}; if (flags) setFlagsFromString(flags);
      const { cacheFile, loadScript } = await import(${JSON.stringify(loader)});
      const loaded = loadScript(${JSON.stringify(join(BUNDLE, 'lane.cjs'))}, cacheFile(${JSON.stringify(BUNDLE)}, flags), flags);
      console.log(loaded.cache, Object.keys(loaded.exports).sort().join(','));`;
    expect(existsSync(cacheFile(BUNDLE, flags))).toBe(true);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('accepted loadRenderer,runJobs');
    expect(readFileSync(cacheFile(BUNDLE, flags)).length).toBeGreaterThan(100_000);
  }, 60_000);
});
