/**
 * One input, start to finish: read the bytes, decode, strip HTML, parse, render.
 * The same function runs in the main thread (`--jobs 1`) and in each worker.
 *
 * Example: `runJob({name: 'reports/a.htm', path: '/abs/reports/a.htm'}, …)` reads the page,
 * decodes it (GB18030 pages too), takes the text out of the markup, parses it and returns
 * the record already rendered as the piece of output it becomes. A bad input (too big,
 * empty, binary, undecodable) comes back as `{ok: false, problem}`, one line naming it;
 * a parser bug comes back the same way, so one odd file never sinks a batch.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
// Straight to the modules, not through index.js: a parse must not load compare, ajv or yaml.
import { parse } from '../pipeline.js';
import { decode, DecodeError, type EncodingName } from '../source/decode.js';
import { replacedWarning, type Replaced } from '../source/bad-bytes.js';
import { addWarning } from '../model/diagnostics.js';
import type { InquiryRecord } from '../model/record.js';
import { htmlToText, looksLikeHtml } from '../source/html.js';
import { prepareDocuments } from '../segment/jieba.js';
import { describeFsError, describeFsErrorAt } from './errors.js';
import { renderPiece, type RenderSpec } from './render.js';
import { counted } from '../format/plural.js';

export interface JobInput {
  name: string;
  /** Absolute path, or null when `bytes` are given (standard input). */
  path: string | null;
  /** Standard input's bytes: all of them, or one more than `maxSize` when it held more (see io.ts). */
  bytes?: Uint8Array;
  /** Set when the input could not even be read (standard input failed): the problem, in words. */
  unreadable?: string;
}

export interface JobOptions {
  encoding?: EncodingName;
  /** Largest input read, in bytes. */
  maxSize: number;
  render: RenderSpec;
  /** Render as a whole document (one file per record in `-o DIR`) rather than a piece of a stream. */
  whole: boolean;
  /** The V8 flags the run set for a batch ('' or absent: none): each lane loads the parser's code cache made under them (lane-loader.ts). */
  v8Flags?: string;
}

export type JobResult =
  /** `warnings`: how many the record has; `codes`: their distinct codes, in order of first appearance. */
  | { ok: true; output: string; warnings: number; codes: string[] }
  | { ok: false; problem: string };

/** Text read ahead by `runJobs` before parsing, in UTF-16 code units: bounds a lane's memory. */
const READ_AHEAD = 8 << 20;
/** Files read ahead by `runJobs` at most, so that the first results come soon. */
const READ_AHEAD_FILES = 256;

/**
 * Run a batch lane's jobs in this thread, yielding each result in input order. The inputs are
 * read and decoded ahead (up to READ_AHEAD of text, READ_AHEAD_FILES files), then one
 * dictionary load covers all of them (see `prepareDocuments`): same records as `runJob` on
 * each, without a dictionary load per file or the full dictionary's ~0.7 s and ~300 MB.
 * `claim(k)`, asked just before input k is parsed, says whether this lane still runs it: false when
 * another lane of the batch took it over (see pool.ts), and the input then yields null.
 */
export function* runJobs(inputs: readonly JobInput[], options: JobOptions, claim?: (k: number) => boolean): Generator<JobResult | null> {
  for (let i = 0; i < inputs.length;) {
    const first = i;
    const group: Loaded[] = [];
    for (let size = 0; i < inputs.length && group.length < READ_AHEAD_FILES && (group.length === 0 || size < READ_AHEAD); i++) {
      const text = loadText(inputs[i], options);
      group.push(text);
      if (text.ok) size += text.text.length;
    }
    const texts = group.flatMap((g) => (g.ok ? [g.text] : []));
    try {
      if (texts.length > 1) prepareDocuments(texts);
    } catch {
      // Each parse then loads what it needs, as a run on one file does.
    }
    for (const [k, g] of group.entries()) {
      if (claim && !claim(first + k)) yield null;
      else yield g.ok ? finish(parseText(g), options) : g;
    }
  }
}

export function runJob(input: JobInput, options: JobOptions): JobResult {
  return finish(loadRecord(input, options), options);
}

function finish(loaded: ReturnType<typeof loadRecord>, options: JobOptions): JobResult {
  if (!loaded.ok) return loaded;
  try {
    const { warnings } = loaded.record;
    const codes = [...new Set(warnings.map((w) => w.code))];
    return { ok: true, output: renderPiece(loaded.record, options.render, options.whole), warnings: warnings.length, codes };
  } catch (error) {
    return { ok: false, problem: `internal error while printing: ${firstLine(error)}` };
  }
}

/** Read and parse one input; `problem` is one line without the file name. */
export function loadRecord(input: JobInput, options: Pick<JobOptions, 'encoding' | 'maxSize'>):
  { ok: true; record: InquiryRecord } | { ok: false; problem: string } {
  const text = loadText(input, options);
  return text.ok ? parseText(text) : text;
}

/** An input read and decoded, its markup removed: the text to parse. */
export type Loaded = { ok: true; name: string; text: string; encoding: EncodingName; hasBom: boolean; replaced?: Replaced } | { ok: false; problem: string };

/** An input's text as `parse` reads it (segment reads the same): within --max-size, decoded, a page's markup removed. */
export function loadText(input: JobInput, options: Pick<JobOptions, 'encoding' | 'maxSize'>): Loaded {
  if (input.unreadable) return { ok: false, problem: input.unreadable };
  let bytes: Uint8Array;
  try {
    bytes = input.bytes ?? readBytes(input.path!, options.maxSize);
  } catch (error) {
    return { ok: false, problem: error instanceof TooLarge ? error.message : input.path ? describeFsErrorAt(error, input.path) : describeFsError(error) };
  }
  if (bytes.length > options.maxSize) return { ok: false, problem: tooLarge(bytes.length, options.maxSize) };
  let decoded;
  try {
    decoded = decode(bytes, options.encoding);
  } catch (error) {
    if (error instanceof DecodeError) return { ok: false, problem: error.message };
    return { ok: false, problem: `cannot decode: ${firstLine(error)}` };
  }
  let text = decoded.text;
  // By name, or by content: pages are also saved as .txt, and come through standard input.
  if (/\.html?$/i.test(input.name) || looksLikeHtml(text)) {
    text = htmlToText(text);
    if (text.trim() === '') return { ok: false, problem: 'the page holds no text once its markup is removed' };
  }
  return { ok: true, name: input.name, text, encoding: decoded.encoding, hasBom: decoded.hasBom, replaced: decoded.replaced };
}

function parseText(loaded: Loaded & { ok: true }): { ok: true; record: InquiryRecord } | { ok: false; problem: string } {
  try {
    const record = parse(loaded.text, { name: loaded.name });
    // parse() saw a string; the encoding and BOM are those of the bytes.
    record.source.encoding = loaded.encoding;
    record.source.hasBom = loaded.hasBom;
    // A forced encoding read bad bytes as U+FFFD: said on the record, in span order with the others.
    if (loaded.replaced) addWarning(record, replacedWarning(loaded.replaced, loaded.encoding, loaded.text));
    return { ok: true, record };
  } catch (error) {
    return { ok: false, problem: `internal error while parsing: ${firstLine(error)}` };
  }
}

/**
 * Bytes over the limit, said: standard input and devices are read no further than one byte past
 * it (see `readBytes`, io.ts), so `max + 1` bytes say only that there was more ("over the --max-size
 * of 1 MB"); more bytes than that were given whole, and their size is said.
 */
export function tooLarge(length: number, max: number): string {
  return new TooLarge(length > max + 1 ? length : null, max).message;
}

/** "the file is 31 MB, over the --max-size of 20 MB"; without the size (null) when reading stopped at the limit. */
export class TooLarge extends Error {
  constructor(size: number | null, max: number) {
    super(size === null ? `over the --max-size of ${sizeIn(max, max)}` : `the file is ${sizeOver(size, max)}, over the --max-size of ${sizeIn(max, max)}`);
  }
}

/** `bytes` in the unit a limit of `max` bytes reads best in: MB from 1 MB, KB from 1 KB, else bytes ("10KB" → "10 KB"). */
export function sizeIn(bytes: number, max: number): string {
  const [unit, name] = max >= 1024 * 1024 ? [1024 * 1024, 'MB'] : max >= 1024 ? [1024, 'KB'] : [1, 'bytes'];
  const x = Math.round((bytes / unit) * 10) / 10;
  return unit === 1 ? counted(bytes, 'byte') : `${x} ${name}`;
}

/** The size of a file over `max`, in the limit's unit, and in bytes when that would read as the limit itself. */
function sizeOver(size: number, max: number): string {
  const text = sizeIn(size, max);
  return text === sizeIn(max, max) ? counted(size, 'byte') : text;
}

/**
 * A file's bytes: a regular file over `max` is refused by its size before it is read; anything
 * else (a pipe, /dev/zero, /dev/urandom) has no size to go by and is read no further than one
 * byte past `max`, which the caller then finds over the limit, so it ends.
 */
export function readBytes(path: string, max: number): Uint8Array {
  const stat = statSync(path);
  if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (stat.isFile()) {
    if (stat.size > max) throw new TooLarge(stat.size, max);
    return readFileSync(path);
  }
  return readAtMost(path, max + 1);
}

/** The first `limit` bytes of the file at `path`, read in chunks. */
function readAtMost(path: string, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size < limit) {
      const chunk = new Uint8Array(Math.min(limit - size, 1 << 16));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      size += n;
    }
    return Buffer.concat(chunks, size);
  } finally {
    closeSync(fd);
  }
}

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : mb >= 0.1 ? `${mb.toFixed(1)} MB` : counted(bytes, 'byte');
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0];
}
