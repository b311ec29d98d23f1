/**
 * The CLI as a function: `main({argv, stdout, stderr}) → exit code`.
 *
 * Example: `inquiry parse seeds/qujing-2025-safety-rule-of-law.txt --format json`.
 * It reads files, calls the library and prints; commander runs with exitOverride so
 * that nothing calls process.exit and tests can run it in memory.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, EXIT_CODES_HELP, type CliIO } from './io.js';
import { UsageError } from './errors.js';
import { forTerminal, forTerminalLine } from '../format/terminal.js';

type Register = (program: Command, io: CliIO, setExit: (code: number) => void) => void;

/**
 * Commands in the order --help lists them, each loaded only when it runs (or for --help):
 * `inquiry parse --format json` never loads the YAML library, ajv or the table renderer,
 * and `--version` loads none of them.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: () => import('./commands/parse.js').then((m) => m.registerParse),
  compare: () => import('./commands/compare.js').then((m) => m.registerCompare),
  segment: () => import('./commands/segment.js').then((m) => m.registerSegment),
  schema: () => import('./commands/schema.js').then((m) => m.registerSchema),
};

/** The command named on the command line, or null (help, version, or an unknown word). */
function commandOf(argv: string[]): string | null {
  const word = argv.find((a) => !a.startsWith('-'));
  if (word === undefined || !(word in COMMANDS)) return null;
  return argv.includes('--version') || argv.includes('-V') ? null : word;
}

export const VERSION = '0.1.0';

/** For bin/inquiry.js, which reads standard input with it (a stream of bytes, stopped at a limit). */
export { readAtMost, stdoutFailure } from './io.js';

export async function main(io: CliIO): Promise<number> {
  const program = new Command('inquiry');
  let exitCode: number = EXIT.OK;
  const setExit = (code: number) => { exitCode = Math.max(exitCode, code); };
  program
    .description('Read Chinese people\'s-congress special-inquiry transcripts (专题询问) into structured records.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander echoes arguments in its messages ("unknown option '…'"): escape them too.
      writeErr: (s) => io.stderr.write(forTerminal(s)),
      // Usage errors read like every other message ("inquiry: unknown option '--bogus'"), so that
      // a script matching ^inquiry: sees them; commander's own prefix is "error: ".
      outputError: (s, write) => write(s.replace(/^error: /, 'inquiry: ')),
    })
    .addHelpText('after', EXIT_CODES_HELP);
  // No command at all: one line, as for an unknown one, rather than the whole help on stderr with no "inquiry:" line.
  if (io.argv.length === 0) {
    io.stderr.write(`inquiry: missing command: ${Object.keys(COMMANDS).join(', ')} (inquiry --help describes them)\n`);
    return EXIT.USAGE;
  }
  try {
    const named = commandOf(io.argv);
    const versionOnly = named === null && (io.argv.includes('--version') || io.argv.includes('-V'));
    if (!versionOnly) {
      for (const name of named ? [named] : Object.keys(COMMANDS)) (await COMMANDS[name]())(program, io, setExit);
    }
    await program.parseAsync(io.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; help shown because a command was missing exits 2.
      if (error.exitCode === 0) return EXIT.OK;
      return EXIT.USAGE; // commander already printed its one-line message
    }
    if (error instanceof UsageError) {
      io.stderr.write(`inquiry: ${forTerminalLine(error.message)}\n`);
      return EXIT.USAGE;
    }
    // One line, never a stack trace: the message's first line is what the user can act on.
    io.stderr.write(`inquiry: internal error: ${forTerminalLine(String((error as Error)?.message ?? error).split('\n')[0])}\n`);
    return EXIT.USAGE;
  }
}
