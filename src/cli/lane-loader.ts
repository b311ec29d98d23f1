/**
 * Loads a lane's parser (lane.ts) for `inquiry parse`, in this thread and in each worker, with the
 * bytecode V8 compiled for it at build time.
 *
 * Why: every lane is a V8 isolate of its own and compiles the parser's functions again on their
 * first calls (~50 ms of CPU over its first files, and ~15 ms to load the parser). `npm run
 * build` writes the lane as one classic script, dist/bundle/lane.cjs, runs it over the seed and
 * the fixtures and saves V8's code cache of it, lazily compiled functions included
 * (scripts/code-cache.mjs): a lane compiled with it starts with that bytecode.
 *
 * A cache never changes what runs: it is used only when its header names the exact bytes of
 * lane.cjs, this Node version and architecture and the V8 flags of the run (V8 checks its own
 * version and flags again and rejects a cache that does not fit, `cachedDataRejected`); a
 * missing, stale or rejected cache means compiling as without one. Without lane.cjs (tsc's
 * dist/cli/, src/ under vitest) the lane is imported as a module. Nothing is written here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { FEW_FILES } from './progress.js';

export type Lane = typeof import('./lane.js');

/**
 * V8 flags `inquiry parse` sets (see tuneV8 in commands/parse.ts), under which each code cache is made.
 *
 * Every run: each regexp compiled once, to machine code, on its first match (`--no-regexp-tier-up`).
 * V8's default compiles a regexp to bytecode first and again to machine code on its second
 * match, and nearly all of the parser's ~340 regexps match more than once in a transcript: on
 * the seed, a cold first parse took ~150 ms instead of ~190 (runs alternated); later parses are
 * no slower.
 */
const EVERY_RUN = '--no-regexp-tier-up';

/**
 * A short run (FEW_FILES files at most, SHORT_RUN_BYTES in all): no optimizing compiler. TurboFan's
 * compiles of the parser's hot functions take longer than they save on a transcript or two: the
 * CLI on the seed took ~217 ms without them and ~250 ms with, and ~195 ms of CPU against ~280.
 * From about 150 KB of text on, optimized code pays (300 KB: 0.67 s without, 0.63 s with; 1 MB:
 * 1.95 s against 1.47 s).
 */
export const SHORT_V8_FLAGS = `${EVERY_RUN} --no-opt`;

/** The most bytes of input a run with SHORT_V8_FLAGS reads. */
export const SHORT_RUN_BYTES = 128 * 1024;

/** Any other run (a batch, or a few long files): V8 optimizes only code that stays hot (see tuneV8 in commands/parse.ts). */
export const BATCH_V8_FLAGS = `${EVERY_RUN} --interrupt-budget=1000000`;

/** The V8 flags for a run of `files` inputs holding `bytes` bytes (files that cannot be read count 0). */
export function v8FlagsFor(files: number, bytes: number): string {
  return files <= FEW_FILES && bytes <= SHORT_RUN_BYTES ? SHORT_V8_FLAGS : BATCH_V8_FLAGS;
}

/** The code cache of lane.cjs for runs with `flags` set (SHORT_V8_FLAGS or BATCH_V8_FLAGS; any other has none that fits). */
export const cacheFile = (dir: string, flags: string): string => join(dir, flags === BATCH_V8_FLAGS ? 'lane-batch.cache' : 'lane.cache');

/**
 * The header of a cache of `source` (lane.cjs's bytes) made under `flags`: the digest of the
 * bytes, Node version, architecture and flags, then the digest of the cache's `data` (V8 checks
 * its version, flags and the source's length, not the data itself), 64 hex digits each, and a newline.
 */
export function cacheHeader(source: Uint8Array, flags: string, data: Uint8Array): string {
  const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
  return sha([sha(source), process.version, process.arch, process.versions.v8, flags].join('\0')) + sha(data) + '\n';
}

/** The code cache in `cache` (a cache file's bytes) when its header fits `source` and `flags`, else undefined. */
export function cachedDataFor(cache: Uint8Array, source: Uint8Array, flags: string): Buffer | undefined {
  const HEADER = 64 + 64 + 1;
  if (cache.length <= HEADER) return undefined;
  const data = Buffer.from(cache.buffer, cache.byteOffset + HEADER, cache.length - HEADER);
  return Buffer.from(cache.buffer, cache.byteOffset, HEADER).toString('latin1') === cacheHeader(source, flags, data) ? data : undefined;
}

/** A compiled lane.cjs (`module.exports` and its Script, whose code cache the build saves). */
export interface LoadedScript {
  exports: Lane;
  script: Script;
  /** 'accepted', 'rejected' (V8 refused it), or 'none' (missing or not for these bytes, this Node or these flags). */
  cache: 'accepted' | 'rejected' | 'none';
}

/** Compiles and runs `file` (a CommonJS script) with the cache in `cachePath` when it fits. */
export function loadScript(file: string, cachePath: string | null, flags: string): LoadedScript {
  const bytes = readFileSync(file);
  let cachedData: Buffer | undefined;
  if (cachePath) {
    try {
      cachedData = cachedDataFor(readFileSync(cachePath), bytes, flags);
    } catch {
      // No cache: compile as without one.
    }
  }
  // The same wrapper as Node's CommonJS loader, on the first line so that line numbers stay.
  const source = `(function (exports, require, module, __filename, __dirname) { ${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const wrapper = { exports: {} as Lane };
  script.runInThisContext()(wrapper.exports, createRequire(file), wrapper, file, dirname(file));
  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { exports: wrapper.exports, script, cache };
}

/**
 * The lane: dist/bundle/lane.cjs with its code cache when this module runs from the bundle,
 * else lane.ts's module. `flags`: the V8 flags this run set (SHORT_V8_FLAGS or BATCH_V8_FLAGS).
 */
export async function loadLane(flags: string): Promise<Lane> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const file = join(dir, 'lane.cjs');
  if (dir.endsWith(join('dist', 'bundle'))) {
    try {
      return loadScript(file, cacheFile(dir, flags), flags).exports;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || (error as NodeJS.ErrnoException).path !== file) throw error;
    }
  }
  return import('./lane.js');
}
