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
import { registerParse } from './commands/parse.js';
import { registerSchema } from './commands/schema.js';

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
      writeErr: (s) => io.stderr.write(s),
    })
    .addHelpText('after', `
Exit codes:
  0  every input parsed
  1  some inputs failed, or warnings were found with --strict
  2  usage error, or nothing could be read
`);
  registerParse(program, io, setExit);
  registerSchema(program, io);
  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.OK;
      return EXIT.USAGE; // commander already printed its one-line message
    }
    if (error instanceof UsageError) {
      io.stderr.write(`inquiry: ${error.message}\n`);
      return EXIT.USAGE;
    }
    io.stderr.write(`inquiry: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT.USAGE;
  }
}
