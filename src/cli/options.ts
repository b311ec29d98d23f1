/**
 * The values of `inquiry parse` options, checked: sizes, counts and the `-o` target.
 * Example: `--max-size 1.5MB` → 1572864 bytes; `-o out/` → a directory target, made if only
 * its last folder is missing; `--jobs 0` → a usage error (exit 2) before any work starts.
 */
import { availableParallelism, totalmem } from 'node:os';
import { statSync, mkdirSync, rmdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeFsError, UsageError } from './errors.js';
import { FEW_FILES } from './progress.js';

export interface OutputTarget {
  kind: 'file' | 'dir';
  /** Absolute path. */
  path: string;
  /** The directory was made by this run (and is removed again if nothing is written). */
  created: boolean;
}

/** `-o`: a directory when it exists as one or ends with a slash, else a file whose folder must exist. */
export function resolveOutput(arg: string, cwd: string): OutputTarget {
  const path = resolve(cwd, arg);
  let exists = false;
  try {
    exists = statSync(path).isDirectory();
  } catch { /* a new file or directory */ }
  if (exists) return { kind: 'dir', path, created: false };
  if (!/[\\/]$/.test(arg)) return { kind: 'file', path, created: false };
  // Only the last folder may be new: a typo in a parent should not grow a tree of folders.
  try {
    mkdirSync(path);
  } catch (error) {
    throw new UsageError(`${arg}: cannot create this output directory: ${describeFsError(error)}`);
  }
  return { kind: 'dir', path, created: true };
}

export function removeEmptyFolder(path: string): void {
  try {
    rmdirSync(path);
  } catch { /* not empty after all: leave it */ }
}

/**
 * Lanes a batch runs in by default: each holds jieba's full dictionary (~300 MB), so not more
 * than 8, nor more than the memory allows (one per 512 MB).
 */
export const MAX_DEFAULT_JOBS = 8;

/** `--jobs`: a positive integer; by default the cores (within the limits above) for a long run, one otherwise. */
export function jobCount(flag: string | undefined, files: number, cores = availableParallelism(), memory = totalmem()): number {
  if (flag !== undefined) return positiveInt(flag, '--jobs');
  if (files <= FEW_FILES) return 1;
  return Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS, Math.floor(memory / (512 * 1024 * 1024))));
}

export function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, not "${value}"`);
  return n;
}

/** "20MB", "500KB", "1.5M", "1048576" → bytes (binary units). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) throw new UsageError(`--max-size must be a size such as 20MB or 500KB, not "${value}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}
