/**
 * `inquiry compare A B [--format terminal|table|markdown|yaml|json]`: two sessions side by side, A and B named
 * as typed (`A out/p01.json (p01-yulin-2024-elder-care.txt)` when the saved record names its transcript).
 *
 * Example: `inquiry compare seeds/qujing-2025-safety-rule-of-law.txt qujing-2024.yaml`.
 * A and B are transcripts (parsed here) or records saved by `inquiry parse` (YAML or
 * JSON, validated); either may be `-`, standard input (`inquiry parse x.txt | inquiry compare - old.yaml`). A file that cannot be read, or a record that is malformed or of
 * another schema version, gets one line naming the file, and exit code 2. `--encoding` and `--max-size` are parse's
 * (`inquiry compare u16.txt old.yaml --encoding utf-16le` reads a UTF-16 transcript without a byte-order mark).
 *
 * Time runs from A to B: what B adds (新增) or no longer says (未再出现) and how a figure changed only
 * mean something that way. So when both sessions have dates and A's is the later
 * (`inquiry compare 2025.txt 2024.txt`), the earlier session becomes A, the baseline, and the output says
 * so (the terminal and markdown under their header, yaml and json on standard error: the data stay the
 * library's compare(earlier, later)); `--keep-order` keeps the order given and warns instead. When a session has no full
 * date (5月30日下午), the session that quotes the other's promises back (去年承诺…) is the later one, and a line says so; when
 * neither does, a line says that the order given is kept.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, outputColumns, type CliIO } from '../io.js';
import { describeFsError, describeFsErrorAt, UsageError } from '../errors.js';
import { loadRecord, readBytes, TooLarge, tooLarge } from '../job.js';
import { encodingOption, maxSizeOption, parseSize } from '../options.js';
import { ENCODING_NAMES } from '../../source/decode.js';
import { decode, DecodeError, toJson, toYaml, type EncodingName, type InquiryRecord } from '../../index.js';
import { compare, type CompareOptions } from '../../compare/index.js';
import { sessionOrder, type OrderReading, type SessionOrder } from '../../compare/order.js';
import { looksLikeRecord, readRecord } from '../../records/read.js';
import { formatComparisonTerminal } from '../../format/compare-terminal.js';
import { formatComparisonMarkdown } from '../../format/compare-markdown.js';
import { colorLevel, forTerminalLine } from '../../format/terminal.js';

/** `table` is `terminal`: parse calls its terminal output table, and a user coming from it types that. */
const FORMATS = ['terminal', 'table', 'markdown', 'yaml', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface Flags {
  format: Format;
  topicThreshold?: string;
  promiseThreshold?: string;
  terms?: string;
  all?: boolean;
  keepOrder?: boolean;
  encoding?: EncodingName;
  maxSize: string;
}

/** How A and B are read: `--encoding` and `--max-size`, as `inquiry parse` reads its inputs. */
interface Reading {
  encoding?: EncodingName;
  maxSize: number;
}

export function registerCompare(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('compare')
    .description('compare two sessions: organizations, people, topics, repeated promises, changed figures, distinctive terms')
    .argument('<a>', 'transcript or saved record (YAML or JSON) of the first session, or - for standard input')
    .argument('<b>', 'transcript or saved record of the second session, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (table is terminal, as parse names it)').choices(FORMATS).default('terminal'))
    .option('--topic-threshold <score>', 'least similarity (0–1) for two questions to align', '0.15')
    .option('--promise-threshold <score>', 'least similarity (0–1) for a measure to count as repeated', '0.6')
    .option('--terms <n>', 'distinctive terms per session', '12')
    .option('--all', 'terminal: list every measure, question and figure found on one side only (default: the first 30)')
    .option('--keep-order', 'keep A and B as given even when A is dated after B (default: the earlier session is A, the baseline)')
    // The same options as parse's (options.ts): a hint such as "try --encoding utf-16le" holds here too.
    .addOption(encodingOption())
    .addOption(maxSizeOption())
    .action(async (a: string, b: string, flags: Flags) => {
      const options: CompareOptions = {
        topicThreshold: score('--topic-threshold', flags.topicThreshold),
        promiseThreshold: score('--promise-threshold', flags.promiseThreshold),
        terms: { count: count('--terms', flags.terms) },
      };
      const reading: Reading = { encoding: flags.encoding, maxSize: parseSize(flags.maxSize) };
      if (a === '-' && b === '-') throw new UsageError('-: standard input can be read once; give - for A or for B, not both');
      if ((a === '-' || b === '-') && !io.stdin) throw new UsageError('-: standard input is not available');
      const cwd = io.cwd ?? process.cwd();
      const stdin = a === '-' || b === '-' ? await readStdin(io, reading.maxSize + 1) : null;
      const recordA = a === '-' ? fromBytes(a, stdin!, reading) : load(a, cwd, reading);
      const recordB = b === '-' ? fromBytes(b, stdin!, reading) : load(b, cwd, reading);
      let failed = false;
      for (const [file, r] of [[a, recordA], [b, recordB]] as const) {
        if (!r.ok) { io.stderr.write(`inquiry: ${forTerminalLine(file)}: ${forTerminalLine(r.problem)}\n`); failed = true; }
        else if (r.note) io.stderr.write(`inquiry: ${forTerminalLine(file)}: ${forTerminalLine(r.note)}\n`);
      }
      if (!recordA.ok || !recordB.ok || failed) { setExit(EXIT.USAGE); return; }
      const order = inTimeOrder(recordA.record, recordB.record, a, b, !!flags.keepOrder);
      // A transcript's text (not a saved record's): the introduction's office renames are read from it (compare.ts).
      const textOf = (r: InquiryRecord) => (r === recordA.record ? recordA.text : recordB.text) ?? null;
      const comparison = compare(order.a, order.b, { ...options, texts: { a: textOf(order.a), b: textOf(order.b) } });
      const swapped = order.a !== recordA.record;
      const [shownA, shownB] = [shownName(a, recordA.record), shownName(b, recordB.record)];
      const names = swapped ? { a: shownB, b: shownA } : { a: shownA, b: shownB };
      const notices = [order.notice, sameSession(recordA.record, recordB.record)].filter((n): n is string => n !== null);
      switch (flags.format) {
        case 'json': io.stdout.write(toJson(comparison)); break;
        case 'yaml': io.stdout.write(toYaml(comparison)); break;
        case 'markdown': io.stdout.write(formatComparisonMarkdown(comparison, { notice: notices, names })); break;
        case 'table':
        case 'terminal': io.stdout.write(formatComparisonTerminal(comparison, {
          color: colorLevel(io.env ?? {}, io.stdout.isTTY),
          columns: outputColumns(io),
          limit: flags.all ? Infinity : undefined,
          notice: notices,
          names,
        })); break;
      }
      if (flags.format === 'json' || flags.format === 'yaml') for (const n of notices) io.stderr.write(`inquiry: ${forTerminalLine(n)}\n`);
    });
}

/**
 * The two records in time order: A dated after B are swapped (the earlier is the baseline), unless
 * `keep`; with a notice saying what was done, or null when the order given is the time order or a date is missing.
 */
export function inTimeOrder(a: InquiryRecord, b: InquiryRecord, nameA: string, nameB: string, keep: boolean): { a: InquiryRecord; b: InquiryRecord; notice: string | null } {
  const [da, db] = [a.session.date, b.session.date];
  if (!da || !db) return undatedOrder(a, b, nameA, nameB, keep);
  if (da <= db) return { a, b, notice: null };
  if (keep) return { a, b, notice: `A (${nameA}, ${da}) 晚于 B (${nameB}, ${db})：按所给顺序比较，“新增”“未再出现”与变化均为从 A 到 B，与时间相反` };
  return { a: b, b: a, notice: `按会议日期排序：A 为较早的 ${nameB} (${db})，B 为 ${nameA} (${da})，与参数顺序相反 (--keep-order 保持所给顺序)` };
}

/** How each reading of the order is stated (order.ts): what the later session's text shows. */
const READING: Record<OrderReading, string> = {
  dates: '会议日期在后',
  meetings: '同一机关会次在后',
  quotes: '引述前次承诺',
  'follow-up': '标题为跟踪询问',
  reports: '以过去时报告对方的承诺',
};

/** The readings that tell the order, as one phrase: "同一机关会次在后 (第7届 第16次 / 第24次)、标题为跟踪询问 (【跟踪问效】…)". */
export function orderEvidence(order: SessionOrder): string {
  return order.evidence.map((e) => `${READING[e.by]} (${e.detail})`).join('、');
}

/**
 * A session with no full date (5月30日下午): the order cannot be read from the dates. When the texts tell which is the
 * later (order.ts: the meeting's ordinal, a quote of the other's promises, a follow-up's title, a past-tense report on the
 * other's promises) A is swapped to be the earlier unless `keep`; else the order given is kept. One line says how the
 * order was taken, naming every reading that tells it — unless neither is dated and nothing tells: then there was no
 * order to read.
 */
function undatedOrder(a: InquiryRecord, b: InquiryRecord, nameA: string, nameB: string, keep: boolean): { a: InquiryRecord; b: InquiryRecord; notice: string | null } {
  // (One session given twice has no order: sameSession says so.)
  if (a.source.sha256 === b.source.sha256) return { a, b, notice: null };
  const order = sessionOrder(a, b);
  const names = { a: nameA, b: nameB };
  const missing = `${order.undated.map((k) => `${k.toUpperCase()} (${names[k]})`).join('、')} 无日期`;
  const why = orderEvidence(order);
  if (order.later === 'b') return { a, b, notice: `${missing}：B ${why}，是较晚的一场，按参数顺序比较` };
  if (order.later === 'a' && keep) return { a, b, notice: `${missing}：A ${why}，应是较晚的一场；按所给顺序比较，“新增”“未再出现”与变化均为从 A 到 B，与时间相反` };
  // (Swapped, A and B name the other inputs: the undated is named by its file — once, when it is the later one alone:
  // "p04-b.txt 无日期，同一机关会次在后 …", not "p04-b.txt 无日期：p04-b.txt 同一机关会次在后 …".)
  if (order.later === 'a') {
    const said = order.undated.length === 1 && order.undated[0] === 'a' ? `${nameA} 无日期，${why}` : `${order.undated.map((k) => names[k]).join('、')} 无日期：${nameA} ${why}`;
    return { a: b, b: a, notice: `${said}，是较晚的一场：A 为 ${nameB}，B 为 ${nameA}，与参数顺序相反 (--keep-order 保持所给顺序)` };
  }
  // (Neither dated: no date was there to order by, and the table shows both missing; one dated, the reader may expect the order.)
  if (order.undated.length === 2) return { a, b, notice: null };
  return { a, b, notice: `${missing}，也无会次、引述、跟踪询问或对承诺的报告可定先后：先后无从判断，按参数顺序比较 (A 作较早的一场)` };
}

/**
 * What the header calls an input: the path as typed, with the transcript's name when the record names another
 * (`out/p01.json (p01-yulin-2024-elder-care.txt)`, a saved record); a transcript parsed here is named as typed.
 */
export function shownName(typed: string, record: InquiryRecord): string {
  const name = record.source.name;
  if (typed === '-') return name && name !== '-' ? `- (${name})` : '-';
  return name && name !== typed ? `${typed} (${name})` : typed;
}

/** A note when A and B are one session (the same text, by its sha256): `compare x.txt x.json` compares nothing. */
export function sameSession(a: InquiryRecord, b: InquiryRecord): string | null {
  return a.source.sha256 === b.source.sha256 ? `A 与 B 是同一场会议 (sha256 ${a.source.sha256.slice(0, 12)} 相同)：以下没有从 A 到 B 的变化可比` : null;
}

/** `note`: one line for standard error about how the input was read; `text`: a transcript's decoded text. */
type Loaded = { ok: true; record: InquiryRecord; note?: string; text?: string | null } | { ok: false; problem: string };

/** A saved record (by extension or by its first lines) is read and validated; anything else is parsed as a transcript. */
function load(file: string, cwd: string, reading: Reading): Loaded {
  let bytes: Uint8Array;
  try {
    // As parse reads: a regular file over --max-size is refused by its size, a device read no further than it.
    bytes = readBytes(resolve(cwd, file), reading.maxSize);
  } catch (error) {
    return { ok: false, problem: error instanceof TooLarge ? error.message : describeFsErrorAt(error, resolve(cwd, file)) };
  }
  return fromBytes(file, bytes, reading);
}

/** Standard input's first `limit` bytes, or why they could not be read. */
async function readStdin(io: CliIO, limit: number): Promise<Uint8Array | { problem: string }> {
  try {
    return await io.stdin!(limit);
  } catch (error) {
    return { problem: `cannot read standard input: ${describeFsError(error)}` };
  }
}

/**
 * A record or transcript from its bytes (a file's, or standard input's as `-`). Records are the
 * UTF-8 that parse writes, so they are recognised in the encoding detected; `--encoding` is for
 * transcripts (a UTF-16 one without a byte-order mark is not detected, and is read in it).
 */
function fromBytes(file: string, bytes: Uint8Array | { problem: string }, reading: Reading): Loaded {
  if (!(bytes instanceof Uint8Array)) return { ok: false, problem: bytes.problem };
  if (bytes.length > reading.maxSize) return { ok: false, problem: tooLarge(bytes.length, reading.maxSize) };
  const named = /\.(json|ya?ml)$/i.test(file);
  let text: string | null = null;
  try {
    text = decode(bytes).text;
  } catch (error) {
    if (named || !reading.encoding) return { ok: false, problem: error instanceof DecodeError ? error.message : describeFsError(error) };
  }
  if (text !== null && (named || looksLikeRecord(text))) {
    const read = readRecord(text);
    return read.ok ? read : { ok: false, problem: read.error };
  }
  const loaded = withForced(reading, bytes, (r) => loadRecord({ name: file, path: null, bytes }, r));
  return loaded.ok ? { ...loaded, text: decodedText(bytes, reading) } : loaded;
}

/** The transcript's text as decoded (forced or detected); compare keeps it only when its sha256 is the record's. */
function decodedText(bytes: Uint8Array, reading: Reading): string | null {
  for (const encoding of [reading.encoding, undefined]) {
    try { return decode(bytes, encoding).text; } catch { /* the next reading */ }
  }
  return null;
}

/**
 * `--encoding` applies to the transcripts it reads. Compare takes two inputs in one run, often one
 * UTF-16 file without a byte-order mark (which needs it) and one UTF-8 file (which it would turn
 * into garbage): an input the forced encoding does not read but detection does is read as detected,
 * and a note says so. (`parse` refuses such an input instead: each of its inputs can be run apart.)
 */
function withForced(reading: Reading, bytes: Uint8Array, load: (r: Reading) => Loaded): Loaded {
  if (!reading.encoding) return load(reading);
  try {
    decode(bytes, reading.encoding);
  } catch (error) {
    if (error instanceof DecodeError && error.detected) {
      const loaded = load({ ...reading, encoding: undefined });
      return loaded.ok ? { ...loaded, note: `--encoding ${reading.encoding} does not read it: read as ${ENCODING_NAMES[error.detected]}, as detected` } : loaded;
    }
  }
  return load(reading);
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
