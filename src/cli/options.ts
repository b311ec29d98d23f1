/**
 * The options `inquiry parse` and `inquiry compare` share, and their values checked: sizes,
 * counts, encodings and the `-o` target.
 * Example: `--max-size 1.5MB` → 1572864 bytes; `-o out/` → a directory target, made if only
 * its last folder is missing; `--jobs 0` → a usage error (exit 2) before any work starts.
 */
import { availableParallelism, totalmem } from 'node:os';
import { statSync, mkdirSync, rmdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Option } from 'commander';
import { describeFsError, fileInTheWay, UsageError } from './errors.js';
import { FEW_FILES } from './progress.js';

export const FORCED_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

/** `--encoding`: one definition for every command that reads transcripts, so they take the same values. */
export function encodingOption(): Option {
  return new Option('--encoding <encoding>', 'read every transcript in this encoding instead of detecting it (a few bad bytes are then read as U+FFFD, with a warning; a file it does not read at all is refused by parse, read as detected by compare, with a note)').choices(FORCED_ENCODINGS);
}

/** `--max-size`: inputs over it are not read (files, devices and standard input alike, see job.ts). */
export function maxSizeOption(): Option {
  return new Option('--max-size <size>', 'skip inputs larger than this (e.g. 500KB, 20MB)').default('20MB');
}

export interface OutputTarget {
  kind: 'file' | 'dir';
  /** Absolute path. */
  path: string;
  /** The path as the user typed it, for messages ("out/all.json", not "/home/…/out/all.json"). */
  shown: string;
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
  if (exists) return { kind: 'dir', path, shown: arg, created: false };
  if (!/[\\/]$/.test(arg)) return { kind: 'file', path, shown: arg, created: false };
  // Only the last folder may be new: a typo in a parent should not grow a tree of folders.
  try {
    mkdirSync(path);
  } catch (error) {
    throw new UsageError(`${arg}: cannot create this output directory: ${whyNoFolder(path, arg.replace(/[\\/]+$/, ''), error)}`);
  }
  return { kind: 'dir', path, shown: arg, created: true };
}

/** Why `mkdir` failed, naming paths as typed (`shown`): "out is a file, not a folder", not EEXIST. */
function whyNoFolder(path: string, shown: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const inTheWay = fileInTheWay(path, shown);
  if (inTheWay) return inTheWay;
  if (code === 'EEXIST') return `${shown} exists and is not a folder`; // a link to nothing
  if (code === 'ENOENT') return `the folder ${dirname(shown)} does not exist`;
  return describeFsError(error);
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

/** Memory each lane may take: its dictionary grows to ~350 MB (README, Batches). */
const LANE_MEMORY = 512 * 1024 * 1024;

/**
 * `--jobs`: a positive integer; by default the cores (within the limits above) for a long run, one otherwise.
 * The lanes and, when an explicit `--jobs N` was lowered, why: never more lanes than inputs (an idle lane still
 * loads the parser) nor than one per 512 MB of memory, the default's bound (`--jobs 1000` on a 2-core, 23 GB
 * machine took 6.5 GB). "--jobs 1000 lowered to 300: one lane per input".
 */
export function jobLanes(flag: string | undefined, files: number, cores = availableParallelism(), memory = totalmem()): { jobs: number; note: string | null } {
  const byMemory = Math.max(1, Math.floor(memory / LANE_MEMORY));
  if (flag === undefined) return { jobs: files <= FEW_FILES ? 1 : Math.max(1, Math.min(cores, MAX_DEFAULT_JOBS, byMemory)), note: null };
  const asked = positiveInt(flag, '--jobs');
  const jobs = Math.max(1, Math.min(asked, files, byMemory));
  if (jobs === asked) return { jobs, note: null };
  const why = jobs === Math.max(1, files) && files <= byMemory ? `one lane per input` : `one lane per 512 MB of memory (${(memory / 1024 ** 3).toFixed(1)} GB)`;
  return { jobs, note: `--jobs ${asked} lowered to ${jobs}: ${why}` };
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
