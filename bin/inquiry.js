#!/usr/bin/env node
// The command line: everything happens in src/cli/main.ts (compiled to dist/).
import { main } from '../dist/cli/main.js';

// `inquiry parse … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
};

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: readStdin,
  env: process.env,
});
