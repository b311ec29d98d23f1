/**
 * What `inquiry parse` reads: the arguments expanded into an ordered list of inputs.
 *
 * Example: `inquiry parse seeds/ 'reports/**\/*.htm' notes.txt -` gives every .txt, .htm,
 * .html and .md file under seeds/ (recursively, sorted by path, hidden files skipped), the
 * files the glob matches (sorted), notes.txt, and standard input, in that order. A path
 * that exists is taken as a path even when it holds glob characters. A file named twice
 * (again, or through a link, or by another spelling of its path) is read once. Links to folders
 * under a directory are followed, each folder walked once (a link back up is no loop). The `-o`
 * folder, when it lies inside a folder walked (`parse nest/ -o nest/tables/`), is not walked: its
 * files are this tool's outputs, and reading them again would make tables of tables on every
 * re-run. When the `-o` folder is itself a folder given (`parse corpus/ -o corpus/ --format table`, tables
 * written beside the transcripts), the tables an earlier run wrote there are left out instead: a file
 * under the `-o` folder that opens like this tool's table (`┌────┬…`, or `(no questions)`) is no
 * transcript, and reading it would write a table of a table, more on every re-run. Problems (a missing file, a broken link, a directory with no transcripts, a glob
 * matching nothing) are returned as one line each with their place among the inputs; the caller
 * reports them in that order and goes on with the rest.
 */
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, join, sep } from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import { describeFsErrorAt } from './errors.js';

/** File types read when a directory is given. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.htm', '.html', '.md'] as const;

export interface Input {
  /** As the user would name it: the argument, or the directory argument joined with the relative path. */
  name: string;
  /** Absolute path, or null for standard input. */
  path: string | null;
  /** For files found under a directory argument: the path relative to it (names the output in `-o DIR`). */
  relative: string;
}

export interface Expanded {
  inputs: Input[];
  /** One line each: "name: problem". */
  problems: string[];
  /** Where each problem stands in input order: `problems[k]` is reported before `inputs[before[k]]` (after the last input when it equals their number). */
  before: number[];
}

export interface ExpandOptions {
  /** The `-o` folder (absolute): not walked when met inside a folder argument. */
  outputDir?: string;
  /** Told the name of the `-o` folder when it was left out of a walk that met it holding transcript files. */
  skipped?: (name: string) => void;
  /** Told, once per argument, how many of the files it gives are tables an earlier run wrote into the `-o` folder (left out). */
  ownTables?: (name: string, count: number) => void;
}

export function expandInputs(args: readonly string[], cwd: string, options: ExpandOptions = {}): Expanded {
  const outputDir = options.outputDir === undefined ? null : realPath(options.outputDir);
  const inputs: Input[] = [];
  const problems: string[] = [];
  const before: number[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    // By the file, not the name: a link and its target, or two spellings of a path, are one file.
    const key = input.path === null ? '-' : realPath(input.path);
    if (seen.has(key)) return; // the same file twice would print the same record twice
    seen.add(key);
    inputs.push(input);
  };
  const problem = (line: string) => { problems.push(line); before.push(inputs.length); };
  // Files of an argument found under the -o folder that are this tool's tables: left out, and counted.
  const notOwnTables = <T>(arg: string, files: T[], pathOf: (file: T) => string = String) => {
    const kept = outputDir === null ? files : files.filter((f) => !(isInside(realPath(pathOf(f)), outputDir) && isOwnTable(pathOf(f))));
    if (kept.length < files.length) options.ownTables?.(arg, files.length - kept.length);
    return kept;
  };
  for (const arg of args) {
    if (arg === '-') { add({ name: '-', path: null, relative: 'stdin' }); continue; }
    const path = resolve(cwd, arg);
    const stat = statOrNull(path);
    if (stat?.isDirectory()) {
      const unreadable: string[] = [];
      const skip = { dir: outputDir, met: [] as string[] };
      const found = notOwnTables(arg, walk(path, unreadable, new Set([realPath(path)]), skip));
      for (const folder of skip.met) options.skipped?.(join(arg, relative(path, folder)));
      for (const folder of unreadable) problem(`${join(arg, relative(path, folder))}: cannot read this folder`);
      if (found.length === 0 && unreadable.length === 0) problem(`${arg}: directory holds no ${TRANSCRIPT_EXTENSIONS.join(', ')} files`);
      for (const file of found) {
        const rel = relative(path, file);
        add({ name: join(arg, rel), path: file, relative: rel });
      }
    } else if (stat) {
      add({ name: arg, path, relative: baseName(arg) });
    } else if (glob().isDynamicPattern(arg)) {
      const all = glob().globSync(arg, { cwd, onlyFiles: true, absolute: false, dot: false, expandDirectories: false }).sort(byPath);
      const matches = notOwnTables(arg, all, (m) => resolve(cwd, m));
      if (all.length === 0) problem(`${arg}: no file matches this pattern`);
      for (const m of matches) add({ name: m, path: resolve(cwd, m), relative: baseName(m) });
    } else {
      problem(`${arg}: ${describeFsErrorAt(statError(path), path)}`);
    }
  }
  return { inputs, problems, before };
}

/**
 * tinyglobby, loaded on first use: it (with fdir and picomatch) costs ~4 ms of start-up, and
 * most runs name files or folders, not patterns. Its CommonJS build loads synchronously, so
 * `expandInputs` stays synchronous.
 */
let tinyglobby: typeof Tinyglobby | null = null;
function glob(): typeof Tinyglobby {
  return (tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof Tinyglobby);
}

/**
 * Transcript files under `dir`, sorted by path; hidden files and folders are skipped. A link to a
 * folder is followed as the folder (a corpus may link in another); `walked` holds the real path
 * of every folder walked, so none is walked twice and a link back up ends there. A link named
 * like a transcript is taken as a file (reading says what it is: a folder, or a broken link). The
 * folder `skip.dir` is left out, and noted in `skip.met` when it holds transcript files. Folders
 * that cannot be read go to `unreadable`.
 */
function walk(dir: string, unreadable: string[], walked: Set<string>, skip: { dir: string | null; met: string[] }): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    unreadable.push(dir);
    return out;
  }
  for (const e of entries.sort((a, b) => byPath(a.name, b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    const folder = e.isDirectory() || (e.isSymbolicLink() && !isTranscriptName(e.name) && statOrNull(full)?.isDirectory());
    if (folder) {
      const real = realPath(full);
      if (real === skip.dir) {
        if (holdsTranscripts(full)) skip.met.push(full);
        continue;
      }
      if (walked.has(real)) continue;
      walked.add(real);
      out.push(...walk(full, unreadable, walked, skip));
    } else if ((e.isFile() || e.isSymbolicLink()) && isTranscriptName(e.name)) out.push(full);
  }
  return out;
}

/**
 * Whether the file opens like a table `inquiry parse --format table` wrote with `-o DIR`: its box's
 * top-left corner `┌` (U+250C), or a whole file saying there was nothing to tabulate ("(no questions)").
 * No transcript opens so: the first 64 bytes are enough.
 */
export function isOwnTable(path: string): boolean {
  let head: string;
  try {
    if (!statSync(path).isFile()) return false; // a link to a FIFO would block the open: reading it says what it is
    const fd = openSync(path, 'r');
    try {
      const bytes = Buffer.alloc(64);
      head = bytes.subarray(0, readSync(fd, bytes, 0, 64, 0)).toString('utf8').replace(/^\uFEFF/, '');
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // reading it reports the problem
  }
  return head.startsWith('\u250C') || /^\(no (?:questions|measures|quantities|people)\)\r?\n?$/.test(head);
}

function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Whether a walk of `dir` would find a file to read (for the note on a folder left out). */
function holdsTranscripts(dir: string): boolean {
  return walk(dir, [], new Set([realPath(dir)]), { dir: null, met: [] }).length > 0;
}

export function isTranscriptName(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function baseName(p: string): string {
  const parts = p.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? p;
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The path with every link resolved, or the path itself when it cannot be (a dangling link: reading it reports that). */
function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function statError(path: string): unknown {
  try {
    statSync(path);
    return null;
  } catch (error) {
    return error;
  }
}

