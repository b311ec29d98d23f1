/**
 * The CLI as a function: `main({argv, stdout, stderr}) → exit code`.
 *
 * Example: `inquiry parse seeds/qujing-2025-safety-rule-of-law.txt --format json`.
 * It reads files, calls the library and prints; commander runs with exitOverride so
 * that nothing calls process.exit and tests can run it in memory.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, type CliIO } from './io.js';
import { UsageError } from './errors.js';
import { forTerminal, forTerminalLine } from '../format/terminal.js';
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';
import { registerCompare } from './commands/compare.js';
import { registerSegment } from './commands/segment.js';

export const VERSION = '0.1.0';

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
    })
    .addHelpText('after', `
Exit codes:
  0  every input parsed
  1  some inputs failed, or warnings were found with --strict
  2  usage error, or nothing could be read
`);
  registerParse(program, io, setExit);
  registerCompare(program, io, setExit);
  registerSegment(program, io, setExit);
  registerSchema(program, io);
  try {
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
