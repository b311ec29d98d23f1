/**
 * `inquiry compare A B [--format terminal|markdown|yaml|json]`: two sessions side by side.
 *
 * Example: `inquiry compare seeds/qujing-2025-safety-rule-of-law.txt qujing-2024.yaml`.
 * A and B are transcripts (parsed here) or records saved by `inquiry parse` (YAML or
 * JSON, validated); either may be `-`, standard input (`inquiry parse x.txt | inquiry compare - old.yaml`). A file that cannot be read, or a record that is malformed or of
 * another schema version, gets one line naming the file, and exit code 2.
 *
 * Time runs from A to B: what B adds (新增) or no longer says (未再出现) and how a figure changed only
 * mean something that way. So when both sessions have dates and A's is the later
 * (`inquiry compare 2025.txt 2024.txt`), the earlier session becomes A, the baseline, and the output says
 * so (the terminal and markdown under their header, yaml and json on standard error: the data stay the
 * library's compare(earlier, later)); `--keep-order` keeps the order given and warns instead.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, type CliIO } from '../io.js';
import { describeFsError, UsageError } from '../errors.js';
import { loadRecord } from '../job.js';
import { decode, DecodeError, toJson, toYaml, type InquiryRecord } from '../../index.js';
import { compare, type CompareOptions } from '../../compare/index.js';
import { looksLikeRecord, readRecord } from '../../records/read.js';
import { formatComparisonTerminal } from '../../format/compare-terminal.js';
import { formatComparisonMarkdown } from '../../format/compare-markdown.js';
import { colorLevel, forTerminalLine } from '../../format/terminal.js';

const FORMATS = ['terminal', 'markdown', 'yaml', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Largest input read: a transcript is tens of kilobytes, a record a few hundred. */
const MAX_SIZE = 64 * 1024 * 1024;

interface Flags {
  format: Format;
  topicThreshold?: string;
  promiseThreshold?: string;
  terms?: string;
  all?: boolean;
  keepOrder?: boolean;
}

export function registerCompare(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description('compare two sessions: organizations, people, topics, repeated promises, changed figures, distinctive terms')
    .argument('<a>', 'transcript or saved record (YAML or JSON) of the first session, or - for standard input')
    .argument('<b>', 'transcript or saved record of the second session, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('terminal'))
    .option('--topic-threshold <score>', 'least similarity (0–1) for two questions to align', '0.15')
    .option('--promise-threshold <score>', 'least similarity (0–1) for a measure to count as repeated', '0.6')
    .option('--terms <n>', 'distinctive terms per session', '12')
    .option('--all', 'terminal: list every measure, question and figure found on one side only (default: the first 30)')
    .option('--keep-order', 'keep A and B as given even when A is dated after B (default: the earlier session is A, the baseline)')
    .action(async (a: string, b: string, flags: Flags) => {
      const options: CompareOptions = {
        topicThreshold: score('--topic-threshold', flags.topicThreshold),
        promiseThreshold: score('--promise-threshold', flags.promiseThreshold),
        terms: { count: count('--terms', flags.terms) },
      };
      if (a === '-' && b === '-') throw new UsageError('-: standard input can be read once; give - for A or for B, not both');
      if ((a === '-' || b === '-') && !io.stdin) throw new UsageError('-: standard input is not available');
      const cwd = io.cwd ?? process.cwd();
      const stdin = a === '-' || b === '-' ? await readStdin(io) : null;
      const recordA = a === '-' ? fromBytes(a, stdin!) : load(a, cwd);
      const recordB = b === '-' ? fromBytes(b, stdin!) : load(b, cwd);
      let failed = false;
      for (const [file, r] of [[a, recordA], [b, recordB]] as const) {
        if (!r.ok) { io.stderr.write(`inquiry: ${forTerminalLine(file)}: ${forTerminalLine(r.problem)}\n`); failed = true; }
      }
      if (!recordA.ok || !recordB.ok || failed) { setExit(EXIT.USAGE); return; }
      const order = inTimeOrder(recordA.record, recordB.record, a, b, !!flags.keepOrder);
      const comparison = compare(order.a, order.b, options);
      switch (flags.format) {
        case 'json': io.stdout.write(toJson(comparison)); break;
        case 'yaml': io.stdout.write(toYaml(comparison)); break;
        case 'markdown': io.stdout.write(formatComparisonMarkdown(comparison, { notice: order.notice })); break;
        case 'terminal': io.stdout.write(formatComparisonTerminal(comparison, {
          color: colorLevel(io.env ?? {}, io.stdout.isTTY),
          columns: io.stdout.columns,
          limit: flags.all ? Infinity : undefined,
          notice: order.notice,
        })); break;
      }
      if (order.notice && (flags.format === 'json' || flags.format === 'yaml')) io.stderr.write(`inquiry: ${forTerminalLine(order.notice)}\n`);
    });
}

/**
 * The two records in time order: A dated after B are swapped (the earlier is the baseline), unless
 * `keep`; with a notice saying what was done, or null when the order given is the time order or a date is missing.
 */
export function inTimeOrder(a: InquiryRecord, b: InquiryRecord, nameA: string, nameB: string, keep: boolean): { a: InquiryRecord; b: InquiryRecord; notice: string | null } {
  const [da, db] = [a.session.date, b.session.date];
  if (!da || !db || da <= db) return { a, b, notice: null };
  if (keep) return { a, b, notice: `A (${nameA}, ${da}) 晚于 B (${nameB}, ${db})：按所给顺序比较，“新增”“未再出现”与变化均为从 A 到 B，与时间相反` };
  return { a: b, b: a, notice: `按会议日期排序：A 为较早的 ${nameB} (${db})，B 为 ${nameA} (${da})，与参数顺序相反 (--keep-order 保持所给顺序)` };
}

type Loaded = { ok: true; record: InquiryRecord } | { ok: false; problem: string };

/** A saved record (by extension or by its first lines) is read and validated; anything else is parsed as a transcript. */
function load(file: string, cwd: string): Loaded {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > MAX_SIZE) return { ok: false, problem: `the file is over ${MAX_SIZE / 1024 / 1024} MB; neither a transcript nor a record is that large` };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problem: describeFsError(error) };
  }
  return fromBytes(file, bytes);
}

/** Standard input's bytes, or why they could not be read. */
async function readStdin(io: CliIO): Promise<Uint8Array | { problem: string }> {
  try {
    return await io.stdin!();
  } catch (error) {
    return { problem: `cannot read standard input: ${describeFsError(error)}` };
  }
}

/** A record or transcript from its bytes (a file's, or standard input's as `-`). */
function fromBytes(file: string, bytes: Uint8Array | { problem: string }): Loaded {
  if (!(bytes instanceof Uint8Array)) return { ok: false, problem: bytes.problem };
  if (bytes.length > MAX_SIZE) return { ok: false, problem: `the input is over ${MAX_SIZE / 1024 / 1024} MB; neither a transcript nor a record is that large` };
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (error) {
    return { ok: false, problem: error instanceof DecodeError ? error.message : describeFsError(error) };
  }
  if (/\.(json|ya?ml)$/i.test(file) || looksLikeRecord(text)) {
    const read = readRecord(text);
    return read.ok ? read : { ok: false, problem: read.error };
  }
  return loadRecord({ name: file, path: null, bytes }, { maxSize: MAX_SIZE });
}

function score(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new UsageError(`${flag} must be a number from 0 to 1, not "${value}"`);
  return x;
}

function count(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!Number.isInteger(x) || x < 0 || x > 1000) throw new UsageError(`${flag} must be a whole number from 0 to 1000, not "${value}"`);
  return x;
}
