#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and the worker dist/cli/worker.js) into a few files
// in dist/bundle/, which bin/inquiry.js loads instead of the ~140 modules tsc writes.
//
// Why: Node's ES module loader costs a few hundred microseconds per module (resolve, read,
// compile, link): loading the parser's 133 modules took ~55 ms of a one-file parse (~240 ms),
// the same code in one chunk ~20 ms; every batch worker pays it again. The code is the same
// (rolldown only concatenates and renames, nothing is minified); lazy loading is kept, since
// each dynamic import() becomes its own chunk: `inquiry --version` still loads neither the
// parser nor the dictionary, and `inquiry parse` loads the parser's chunk only after starting
// its workers. dist/bundle/ sits two levels below the package root like dist/<dir>/, so the
// paths the modules build from import.meta.url (../../dict/…) are the same. nodejieba is a
// native addon and stays outside; modules loaded with createRequire (yaml) are required at
// run time as before.
//
// Run by `npm run build` after tsc. bin/inquiry.js falls back to dist/cli/ when the bundle is
// missing or older than tsc's output (see there), so a plain `tsc` never runs stale code.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}dist/bundle`;
rmSync(dir, { recursive: true, force: true });
await build({
  cwd: root,
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  external: ['nodejieba'],
  logLevel: 'warn',
  output: { dir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
