/**
 * `inquiry parse INPUT… [--format yaml|json|jsonl|table|csv] [--view …] [-o FILE|DIR] [--jobs N]`.
 *
 * Example: `inquiry parse reports/ --format jsonl --jobs 2 -o all.jsonl` reads every
 * transcript under reports/, two workers at a time, and writes one record per line in
 * input order. A bad file is one line on stderr and the batch goes on; the exit code says
 * how it went (0 all parsed, 1 some failed or --strict found warnings, 2 nothing read or a
 * usage error).
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Option, type Command } from 'commander';
import { columnsSet, EXIT, EXIT_CODES_HELP, type CliIO } from '../io.js';
import { describeFsError, UsageError } from '../errors.js';
import { encodingOption, jobLanes, maxSizeOption, parseSize, positiveInt, removeEmptyFolder, resolveOutput } from '../options.js';
import { expandInputs, TRANSCRIPT_EXTENSIONS } from '../inputs.js';
import type { JobInput, JobOptions, JobResult } from '../job.js';
import { FORMATS, loadRenderer, type Format, type RenderSpec } from '../render.js';
import { emptyStream, InOrder, openOutput, removeTemporaryFiles, WriteError } from '../sink.js';
import { Interrupted, runPool, workerScript } from '../pool.js';
import { loadLane, SHORT_RUN_BYTES, v8FlagsFor } from '../lane-loader.js';
import { createProgress, FEW_FILES } from '../progress.js';
import { minTableWidth, VIEWS, type View } from '../../format/views.js';
import { colorLevel, forTerminalLine } from '../../format/terminal.js';
import { counted } from '../../format/plural.js';
import type { EncodingName } from '../../source/decode.js';

interface ParseFlags {
  format: Format;
  view?: View;
  output?: string;
  jobs?: string;
  encoding?: EncodingName;
  maxSize: string;
  strict?: boolean;
  quiet?: boolean;
  width?: string;
}

export function registerParse(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('read transcripts into records (YAML by default)')
    .argument('<inputs...>', `files, directories (searched for ${TRANSCRIPT_EXTENSIONS.join(' ')}), globs, or - for standard input`)
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('yaml'))
    .addOption(new Option('--view <view>', 'rows of --format table or csv (default: questions)').choices(VIEWS))
    .option('-o, --output <path>', 'write to FILE, or one file per input into DIR (an existing directory or a path ending in /); - for standard output; a device, FIFO or socket (/dev/null, a named pipe) is written straight into, a link through to its target')
    .option('-j, --jobs <n>', 'parse N files at a time: this thread and N-1 worker threads (default: the number of cores, at most 8 and one per 512 MB of memory, for more than 4 files; else 1; N is lowered to the number of inputs and one per 512 MB)')
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .option('--strict', 'exit 1 when any record has warnings')
    .option('-q, --quiet', 'no progress bar')
    .option('--width <columns>', 'table width in display columns (default: COLUMNS when set, else the terminal width, or 100)')
    .addHelpText('after', `
Output: one file argument prints one record (a JSON object, a YAML document); several inputs,
a directory or a glob print a YAML multi-document stream, a JSON array or JSON Lines, in input
order. When nothing parsed (exit 2), a JSON array is printed empty, [], and the other formats
print nothing. YAML also loads in YAML 1.1 readers (PyYAML): dates, yes/no and strings holding a
tab or U+2028 are quoted. HTML pages are read as their text without markup; spans index that text.

CSV (--format csv --view questions|measures|quantities|people) is RFC 4180, UTF-8 with a
byte-order mark so that spreadsheet programs (Excel, WPS) read the Chinese correctly; its first
column names the file. A text cell beginning with = + - @ gets a leading ' so no spreadsheet
runs it as a formula.

Encodings detected: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK/GB2312, Big5.
` + EXIT_CODES_HELP)
    .action(async (args: string[], flags: ParseFlags) => {
      setExit(await runParse(args, flags, io));
    });
}

async function runParse(args: string[], flags: ParseFlags, io: CliIO): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? {};
  // Never coloured, FORCE_COLOR or not: a log read by a script matching ^inquiry: gets the prefix as it is.
  const say = (line: string) => `inquiry: ${forTerminalLine(line)}\n`;

  if (flags.view && flags.format !== 'table' && flags.format !== 'csv') throw new UsageError('--view applies to --format table or csv');
  // `-o "$OUT"` with OUT unset: an empty name is a mistake, not standard output (that is `-o -`).
  if (flags.output === '') throw new UsageError('-o needs a file or folder name, not an empty string (-o - is standard output)');
  const maxSize = parseSize(flags.maxSize);
  // The -o folder inside an input folder holds this tool's outputs (tables are .txt): not read, or
  // every re-run would parse the last run's outputs. Said once, as it leaves files out of a folder named.
  const skippedNotes: string[] = [];
  const { inputs, problems, before } = expandInputs(args, cwd, {
    outputDir: outputFolder(flags.output, cwd),
    skipped: (name) => skippedNotes.push(`${name}: not searched for transcripts: it is the -o folder`),
    // The -o folder is (or is inside) a folder given: the tables an earlier run wrote there are not read again.
    ownTables: (name, count) => skippedNotes.push(`${name}: ${counted(count, 'file')} not read: ${count === 1 ? 'a table' : 'tables'} this tool wrote into the -o folder`),
  });
  for (const note of skippedNotes) io.stderr.write(say(note));
  if (inputs.length === 0) {
    for (const p of problems) io.stderr.write(say(p));
    // Several arguments, a directory or a glob would have given an array: an empty one (see emptyStream).
    if (!flags.output || flags.output === '-') io.stdout.write(emptyStream({ format: flags.format, multi: args.length > 1 || /[*?[]|[\\/]$/.test(args[0]) }));
    return EXIT.USAGE;
  }

  // Every option is checked before -o may create a folder.
  if (!io.stdin && inputs.some((i) => i.path === null)) throw new UsageError('-: standard input is not available');
  const lanes = jobLanes(flags.jobs, inputs.length);
  const workers = lanes.jobs;
  const width = flags.width ? positiveInt(flags.width, '--width') : null;
  const single = args.length === 1 && inputs.length === 1 && inputs[0].name === args[0];
  // An input is never written over: `-o a.txt` naming an input file is refused before anything runs,
  // and in `-o DIR` a record whose derived name is an input's takes the next free name (sink.ts).
  const inputFiles = new Set(inputs.flatMap((i) => (i.path === null ? [] : [realFile(i.path)])));
  // On a case-insensitive file system (macOS, Windows) the table of X.TXT written as X.txt would be X.TXT itself:
  // a name equal to an input's but for case is taken too, on every system (it then gets the next free name).
  const inputFolded = new Set([...inputFiles].map((path) => path.toLowerCase()));
  const isInput = (path: string) => inputFiles.has(realFile(path)) || inputFolded.has(realFile(path).toLowerCase());
  // (`-o a.txt/`, with the slash, asks for a folder: resolveOutput says a.txt is a file, not a folder.)
  if (flags.output && flags.output !== '-' && !/[\\/]$/.test(flags.output) && inputFiles.has(realFile(resolve(cwd, flags.output)))) {
    throw new UsageError(`${flags.output}: is one of the inputs; writing the record there would replace the transcript`);
  }
  const output = flags.output && flags.output !== '-' ? resolveOutput(flags.output, cwd) : null;
  // Ctrl-C while writing files: stop at the next file (a worker at the end of its chunk, pool.ts:
  // never inside native code), remove the temporary files and a folder this run made and left
  // empty, and exit 130 (below). A second Ctrl-C does that at once.
  const stopping = new AbortController();
  const cleanUp = () => {
    removeTemporaryFiles();
    if (output?.created) removeEmptyFolder(output.path);
  };
  const interrupted = () => {
    if (!stopping.signal.aborted) return stopping.abort();
    cleanUp();
    process.exit(INTERRUPTED);
  };
  // From the moment the folder may have been made: a Ctrl-C before the first file removes it.
  if (output) process.on('SIGINT', interrupted);
  const toTerminal = !output && !!io.stdout.isTTY;
  const spec: RenderSpec = {
    format: flags.format,
    view: flags.view ?? 'questions',
    multi: !single,
    // As compare prints: COLUMNS when set, on a terminal and in a pipe alike (not into -o files), else the terminal's width.
    width: width ?? (output ? undefined : columnsSet(env)) ?? (toTerminal ? io.stdout.columns : undefined) ?? 100,
    color: colorLevel(env, toTerminal),
    terminal: toTerminal,
  };
  // A table has a least width (headers whole, a Chinese character per cell): below it, say so and print at it.
  const least = spec.format === 'table' ? minTableWidth(spec.view) : 0;
  if (spec.width < least) {
    const asked = width !== null ? `--width ${width} is` : !output && columnsSet(env) !== undefined ? `COLUMNS=${spec.width} is` : `the terminal is ${counted(spec.width, 'column')} wide,`;
    io.stderr.write(say(`${asked} below the ${least} columns a ${spec.view} table needs; it is printed ${least} wide`));
    spec.width = least;
  }
  // The library's default segmenter in every lane: a batch then reads each file exactly as a
  // run on that file alone does.
  const options: JobOptions = { encoding: flags.encoding, maxSize, render: spec, whole: output?.kind === 'dir' };

  const jobs: JobInput[] = [];
  for (const input of inputs) {
    if (input.path !== null) { jobs.push({ name: input.name, path: input.path }); continue; }
    try {
      // Read no further than one byte past --max-size: `yes | inquiry parse -` stops (job.ts says it is over).
      jobs.push({ name: '-', path: null, bytes: await io.stdin!(maxSize + 1) });
    } catch (error) {
      jobs.push({ name: '-', path: null, unreadable: `cannot read standard input: ${describeFsError(error)}` });
    }
  }

  // An explicit --jobs above the inputs or the memory is lowered, and said once (not with --quiet).
  if (lanes.note && !flags.quiet) io.stderr.write(say(lanes.note));
  options.v8Flags = tuneV8(v8FlagsFor(jobs.length, inputBytes(jobs, SHORT_RUN_BYTES)));
  const progress = createProgress(jobs.length, io.stderr, jobs.length > FEW_FILES && !!io.stderr.isTTY && !flags.quiet);
  await loadRenderer(spec.format);
  // Records printed to the terminal the bar is drawn on erase it first (progress.ts).
  const print = (s: string) => { io.stdout.write(s); };
  const sink = openOutput(output, spec, io.stdout.isTTY ? (s) => progress.output(s, print) : print, isInput);
  let failed = problems.length;
  let parsed = 0;
  const warned: string[] = [];

  // Problems found while expanding the arguments are reported in their place among the inputs.
  let nextProblem = 0;
  const problemsBefore = (index: number) => {
    for (; nextProblem < problems.length && before[nextProblem] <= index; nextProblem++) progress.log(say(problems[nextProblem]));
  };
  // Results arrive as workers finish; they are reported and written in input order.
  const report = new InOrder<JobResult>((index, result) => {
    problemsBefore(index);
    const input = inputs[index];
    if (!result.ok) {
      failed++;
      progress.log(say(`${input.name}: ${result.problem}`));
      sink.put(index, input.relative, null);
      return;
    }
    try {
      sink.put(index, input.path === null ? 'stdin' : input.relative, result.output);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error; // standard output or -o FILE failed: the run cannot go on
      failed++;
      progress.log(say(error.message));
      return;
    }
    parsed++;
    if (result.warnings === 0) return;
    warned.push(`${input.name}: ${counted(result.warnings, 'warning')} (${result.codes.join(', ')})`);
    // Among the error lines, in the order of the arguments (README), not after them.
    if (flags.strict) progress.log(say(`${warned[warned.length - 1]}, --strict`));
  });
  const onResult = (index: number, result: JobResult) => {
    progress.tick();
    report.put(index, result);
  };

  try {
    const script = workers > 1 ? workerScript() : null;
    // The parser's modules are loaded only now, after the workers were started: a worker's
    // start-up (its own thread, its own copy of the modules) overlaps this thread's import.
    // Both come from lane.ts, with the bytecode compiled at build time when run from the bundle (lane-loader.ts).
    const lane = async () => { const { runJobs, loadRenderer } = await loadLane(options.v8Flags ?? ''); await loadRenderer(spec.format); return (chunk: JobInput[], claim?: (k: number) => boolean) => runJobs(chunk, options, claim); };
    if (script) await runPool(jobs, options, workers, onResult, script, lane, stopping.signal);
    else {
      // One lane: files are read ahead so that one dictionary load serves many of them.
      const runJobs = await lane();
      let i = 0;
      for (const result of runJobs(jobs)) {
        if (stopping.signal.aborted) throw new Interrupted();
        onResult(i, result!); // null only for a job another lane claimed: one lane here
        // Let signals (Ctrl-C) and stream callbacks in between files.
        if (++i < jobs.length) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    problemsBefore(inputs.length);
    progress.done();
    sink.finish();
  } catch (error) {
    progress.done();
    sink.abort();
    if (output?.created) removeEmptyFolder(output.path);
    if (error instanceof Interrupted) return INTERRUPTED; // cleaned up just above
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }

  if (parsed === 0) {
    if (output?.created) removeEmptyFolder(output.path); // made by this run, and nothing was written into it
    return EXIT.USAGE;
  }
  if (failed > 0 || (flags.strict && warned.length > 0)) return EXIT.SOME_FAILED;
  return EXIT.OK;
}

/** The exit code of a run stopped by Ctrl-C (128 + SIGINT), as a shell reports a process it interrupted. */
const INTERRUPTED = EXIT.INTERRUPTED;

/**
 * The V8 flags of this run (SHORT_V8_FLAGS or BATCH_V8_FLAGS, lane-loader.ts), set before the
 * parser is loaded, the first file and the first worker (flags are read when a regexp or a
 * function's feedback is made, and by every isolate created after them); returned for the
 * lanes, whose code cache was made under the same flags.
 *
 * A batch runs the same parser over many files, in every lane's own V8 isolate: V8's default
 * eagerness to optimize (a function is compiled by TurboFan after about 66 KB of its bytecode
 * has run) spends much of a lane's CPU compiling and recompiling lukewarm code. Raising the
 * budget 15-fold optimizes only the code that stays hot: on the 800-file bench corpus, CPU
 * per run falls from 3.8 s to 2.9 s with one lane and from 5.7 s to 3.6 s with two, and
 * later files are no slower.
 */
function tuneV8(flags: string): string {
  setFlagsFromString(flags);
  return flags;
}

/** The bytes of the jobs' inputs, counted until more than `enough` (a file that cannot be read counts 0: its lane reports it). */
function inputBytes(jobs: readonly JobInput[], enough: number): number {
  let total = 0;
  for (const job of jobs) {
    if (job.bytes) total += job.bytes.length;
    else if (job.path !== null) {
      try {
        total += statSync(job.path).size;
      } catch {
        // Reported by the lane that reads it.
      }
    }
    if (total > enough) break;
  }
  return total;
}

/** The folder `-o` names when it exists as one (a new one holds nothing to leave out), else undefined. */
function outputFolder(output: string | undefined, cwd: string): string | undefined {
  if (!output || output === '-') return undefined;
  const path = resolve(cwd, output);
  try {
    return statSync(path).isDirectory() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The file `path` names, symbolic links followed; the path itself when it does not exist (yet). */
function realFile(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
