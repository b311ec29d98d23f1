#!/usr/bin/env node
// The command line: everything happens in src/cli/main.ts (compiled to dist/).
import { statSync } from 'node:fs';

// `npm run build` also bundles the compiled CLI into dist/bundle/ (scripts/bundle.mjs), which
// loads ~30 ms faster than tsc's ~140 modules. It is used only when it is at least as new as
// tsc's output: after a bare `tsc`, the modules it just wrote run, never an older bundle.
const mtime = (path) => {
  try {
    return statSync(new URL(path, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const { main, readAtMost, stdoutFailure } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');

// `inquiry parse … | head` closes the pipe early: stop quietly. Any other failure to write
// standard output (`> /dev/full`, EIO) is one line and exit 2, never a stack trace (io.ts).
process.stdout.on('error', (error) => {
  const { code, line } = stdoutFailure(error, process.exitCode ?? 0);
  if (line) {
    try {
      process.stderr.write(line);
    } catch { /* stderr failed too: the exit code still says it */ }
  }
  process.exit(code);
});

// At most `limit` bytes (the CLI asks for one past --max-size): an endless pipe or device ends.
const readStdin = (limit) => readAtMost(process.stdin, limit);

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: readStdin,
  env: process.env,
});
