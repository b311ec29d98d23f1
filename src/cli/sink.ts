/**
 * Where rendered records go: standard output or one file (in input order, framed as one
 * stream), or a directory (one file per input). Every file is written under a temporary
 * name beside its target and renamed when complete, so an interrupted or failed run never
 * leaves a partial file; a run in which nothing parsed leaves no file at all. A device, FIFO or
 * socket (`-o /dev/null`) is written straight into, and a link is written through (place.ts).
 *
 * Example: `-o out/` with inputs `a/x.txt` and `b/x.htm` writes out/x.yaml and out/x-2.yaml;
 * inputs found under a directory argument keep their relative folders (`reports/2024/x.txt`
 * given as `reports` → out/2024/x.yaml).
 */
import { accessSync, closeSync, constants, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXTENSIONS, frame, type Frame, type RenderSpec } from './render.js';
import { describeFsError, describeFsErrorAt, fileInTheWay, UsageError } from './errors.js';
import { outputPlace } from './place.js';

/** One output file of `-o DIR` could not be written; the run goes on with the others. */
export class WriteError extends Error {
  override name = 'WriteError';
}

/** Temporary files alive right now, removed on interruption (see `removeTemporaryFiles`). */
const temporary = new Set<string>();

export function removeTemporaryFiles(): void {
  for (const path of temporary) rmSync(path, { force: true });
  temporary.clear();
}

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

/**
 * Why `target` cannot be written, in words: the file is written beside it under a temporary
 * name, so what fails is most often its folder — missing, not a folder, not writable, or one in
 * which no file can be made (/proc, /sys): "/proc/version: cannot write: no file can be created in
 * the folder /proc", not "no such file or directory" about a path that exists. Paths are named as
 * the user typed them (`shown`, the target's own spelling): "the folder out does not exist".
 */
export function describeWriteFailure(target: string, error: unknown, shown = target): string {
  const folder = dirname(target);
  const named = dirname(shown);
  const code = (error as NodeJS.ErrnoException)?.code;
  // A file where the folder, or one above it, should be (`-o a.txt/sub/x.json`: a.txt).
  const inTheWay = fileInTheWay(folder, named);
  if (inTheWay) return inTheWay;
  try {
    statSync(folder);
  } catch (e) {
    return (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? `the folder ${named} does not exist` : describeFsError(e);
  }
  try {
    if (statSync(target).isDirectory()) return 'is a directory, not a file';
  } catch { /* a new file */ }
  if (code === 'EACCES' || code === 'EPERM') return `the folder ${named} is not writable (permission denied)`;
  if (code === 'EROFS') return `the folder ${named} is on a read-only file system`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `no file can be created in the folder ${named}`;
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `the folder ${named} is not writable`;
  }
  return describeFsError(error);
}

/** Collects pieces by input index and writes them in input order, framed. */
export class OrderedStream {
  private pending = new Map<number, string | null>();
  private next = 0;
  private written = 0;

  constructor(private readonly write: (s: string) => void, private readonly frame: Frame) {}

  /** The piece of input `index`, or null when that input failed. */
  put(index: number, piece: string | null): void {
    this.pending.set(index, piece);
    while (this.pending.has(this.next)) {
      const p = this.pending.get(this.next)!;
      this.pending.delete(this.next++);
      if (p === null) continue;
      this.write((this.written++ === 0 ? this.frame.head : this.frame.sep) + p);
    }
  }

  /** Close the stream; returns how many records were written. */
  finish(): number {
    if (this.written > 0) this.write(this.frame.tail);
    return this.written;
  }
}

/**
 * One output file, written through a temporary file and renamed by `commit`; a device, FIFO or
 * socket (place.ts) is opened and written straight into, and `discard` can then only stop writing.
 */
export class AtomicFile {
  private readonly path: string;
  private readonly tmp: string | null;
  private fd: number | null;

  /** `shown`: the target as the user typed it, for the message when it cannot be written. */
  constructor(target: string, private readonly shown = target) {
    const place = outputPlace(target);
    this.path = place.path;
    this.tmp = place.direct ? null : temporaryName(place.path);
    try {
      this.fd = openSync(this.tmp ?? place.path, this.tmp ? 'wx' : 'w');
    } catch (error) {
      throw new UsageError(`${shown}: cannot write: ${this.tmp ? describeWriteFailure(place.path, error, shown) : describeFsErrorAt(error, place.path)}`);
    }
    if (this.tmp) temporary.add(this.tmp);
  }

  /** A failed write (a full disk, a file size limit, a FIFO whose reader left) names the file: the run cannot go on. */
  write(s: string): void {
    if (this.fd === null) return;
    try {
      writeSync(this.fd, s);
    } catch (error) {
      throw new UsageError(`${this.shown}: cannot write: ${describeFsError(error)}`);
    }
  }

  commit(): void {
    this.close();
    if (this.tmp === null) return;
    renameSync(this.tmp, this.path);
    temporary.delete(this.tmp);
  }

  discard(): void {
    this.close();
    if (this.tmp === null) return;
    rmSync(this.tmp, { force: true });
    temporary.delete(this.tmp);
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Write `content` to `target` atomically (temporary name, then rename; straight into a device,
 * FIFO or socket, through a link: place.ts); `shown` names it in a message.
 */
export function writeAtomic(target: string, content: string, shown = target): void {
  const place = outputPlace(target);
  if (place.direct) {
    try {
      writeFileSync(place.path, content);
    } catch (error) {
      throw new WriteError(`${shown}: cannot write: ${describeFsErrorAt(error, place.path)}`);
    }
    return;
  }
  const tmp = temporaryName(place.path);
  temporary.add(tmp);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, place.path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch { /* never made: its folder is missing or a file */ }
    throw new WriteError(`${shown}: cannot write: ${describeWriteFailure(place.path, error, shown)}`);
  } finally {
    temporary.delete(tmp);
  }
}

/** Output names for `-o DIR`: the input's relative path with the format's extension, made unique. */
export class DirectoryNames {
  private used = new Set<string>();

  /**
   * `isInput(path)`: whether a path is one of the run's inputs, never to be written over (a table of a.txt written into a.txt's folder).
   * `shown`: the directory as the user typed it, which names the files in messages.
   */
  constructor(private readonly dir: string, private readonly extension: string, private readonly isInput: (path: string) => boolean = () => false,
    private readonly shown = dir) {}

  /** The file to write `relative`'s record to: its absolute path, and its name as the user would type it. */
  target(relative: string): { path: string; shown: string } {
    const stem = relative.replace(/\.(txt|html?|md)$/i, '');
    let candidate = stem + this.extension;
    for (let n = 2; this.used.has(candidate) || this.isInput(join(this.dir, candidate)); n++) candidate = `${stem}-${n}${this.extension}`;
    this.used.add(candidate);
    const path = join(this.dir, candidate);
    const shown = join(this.shown, candidate);
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (error) {
      throw new WriteError(`${shown}: cannot write: ${describeWriteFailure(path, error, shown)}`);
    }
    return { path, shown };
  }
}

/**
 * What standard output holds when no input parsed: `[]` for a JSON array (several inputs), so a
 * script piping to jq or json.load reads an empty list; nothing for one JSON object, JSON Lines,
 * a YAML stream (an empty stream holds no document), CSV or tables.
 */
export function emptyStream(spec: Pick<RenderSpec, 'format' | 'multi'>): string {
  return spec.format === 'json' && spec.multi ? '[]\n' : '';
}

/** Results handed over in any order, passed on in input order (stderr lines stay deterministic with workers). */
export class InOrder<T> {
  private pending = new Map<number, T>();
  private next = 0;

  constructor(private readonly handle: (index: number, value: T) => void) {}

  put(index: number, value: T): void {
    this.pending.set(index, value);
    while (this.pending.has(this.next)) {
      const v = this.pending.get(this.next)!;
      this.pending.delete(this.next);
      this.handle(this.next++, v);
    }
  }
}

/** Where the rendered records of a run go; `put` receives them in input order, null for a failed input. */
export interface Output {
  /** Throws (with a one-line message naming the file) when a file cannot be written. */
  put(index: number, relative: string, text: string | null): void;
  /** All inputs done: close the stream, or remove the file when nothing was written. */
  finish(): void;
  /** The run broke off: leave nothing behind. */
  abort(): void;
}

/** Standard output (target null), one file, or one file per input in a directory. */
export function openOutput(target: { kind: 'file' | 'dir'; path: string; shown?: string } | null, spec: RenderSpec, stdout: (s: string) => void,
  isInput: (path: string) => boolean = () => false): Output {
  if (target?.kind === 'dir') {
    const names = new DirectoryNames(target.path, EXTENSIONS[spec.format], isInput, target.shown);
    return {
      put: (_, relative, text) => {
        if (text === null) return;
        const file = names.target(relative);
        writeAtomic(file.path, text, file.shown);
      },
      finish: () => {},
      abort: removeTemporaryFiles,
    };
  }
  const file = target ? new AtomicFile(target.path, target.shown) : null;
  const stream = new OrderedStream(file ? (s) => file.write(s) : stdout, frame(spec));
  return {
    put: (index, _, text) => stream.put(index, text),
    finish: () => {
      const written = stream.finish();
      if (written > 0) file?.commit();
      else file?.discard();
      if (written === 0 && !file) stdout(emptyStream(spec));
    },
    abort: () => file?.discard(),
  };
}
