/**
 * `inquiry parse FILE… [--format yaml|json|jsonl] [-o FILE]`: one record per transcript.
 * Example: `inquiry parse seeds/qujing-2025-safety-rule-of-law.txt` prints YAML.
 */
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { resolve, dirname, basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, type CliIO } from '../io.js';
import { describeFsError, UsageError } from '../errors.js';
import { parse, DecodeError, toJson, toJsonLines, toYaml, toYamlStream, type InquiryRecord } from '../../index.js';

const FORMATS = ['yaml', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

export function registerParse(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('read transcripts into records (YAML by default)')
    .argument('<files...>', 'transcript files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('yaml'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action((files: string[], opts: { format: Format; output?: string }) => {
      const cwd = io.cwd ?? process.cwd();
      const records: InquiryRecord[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const bytes = readFileSync(resolve(cwd, file));
          records.push(parse(bytes, { name: file }));
        } catch (error) {
          failed++;
          const problem = error instanceof DecodeError ? error.message : describeFsError(error);
          io.stderr.write(`inquiry: ${file}: ${problem}\n`);
        }
      }
      if (records.length === 0) {
        setExit(EXIT.USAGE);
        return;
      }
      const out = render(records, opts.format);
      if (opts.output) writeAtomic(resolve(cwd, opts.output), out);
      else io.stdout.write(out);
      if (failed) setExit(EXIT.SOME_FAILED);
    });
}

function render(records: InquiryRecord[], format: Format): string {
  switch (format) {
    case 'json': return toJson(records.length === 1 ? records[0] : records);
    case 'jsonl': return toJsonLines(records);
    case 'yaml': return records.length === 1 ? toYaml(records[0]) : toYamlStream(records);
  }
}

/** Write to a temporary name beside the target, then rename: an interrupted run leaves no partial file. */
function writeAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new UsageError(`${path}: cannot write: ${describeFsError(error)}`);
  }
}
