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
// The lane of `inquiry parse` (src/cli/lane.ts: the parser and the renderers, what each batch
// lane runs) is also written as one CommonJS script, dist/bundle/lane.cjs, without comments (the
// source's doc comments were 36 % of its 1.8 MB, which every lane reads, decodes, hashes for its
// cache check and hands to V8: ~1–2 % of a one-file parse; nothing else changes), which a lane compiles
// with V8's code cache: scripts/code-cache.mjs, run here, makes the caches (lane.cache and
// lane-batch.cache) by running it over the seed and the fixtures, and src/cli/lane-loader.ts
// uses them only with these exact bytes, this Node and these V8 flags (else it compiles as
// before). A lane then skips compiling the parser's functions again: ~15 ms less to load it and
// ~40 ms less CPU over its first files. The build does not fail when a cache cannot be made.
//
// Both builds write each regex literal's `\p{sc=Han}` out as ranges (`spellOutHan`, src/source/han-class.ts):
// the same regexes, cheaper for V8 to create and compile when the lane loads (~1.5 % of a one-file parse).
//
// Run by `npm run build` after tsc. bin/inquiry.js falls back to dist/cli/ when the bundle is
// missing or older than tsc's output (see there), so a plain `tsc` never runs stale code.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}dist/bundle`;
const { spellOutHan } = await import(`${root}dist/source/han-class.js`);

/** Each module's regex literals with `\p{sc=Han}` written out (spellOutHan); a literal that no longer compiles fails the build. */
const hanRanges = {
  name: 'han-ranges',
  transform(code, id) {
    if (!code.includes('p{sc=Han}')) return null;
    const literals = [];
    const walk = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (node.type === 'Literal' && node.regex) literals.push(node);
      for (const key of Object.keys(node)) if (key !== 'parent') walk(node[key]);
    };
    walk(parseAst(code));
    let out = code;
    for (const node of literals.sort((a, b) => b.start - a.start)) {
      const { pattern, flags } = node.regex;
      const written = spellOutHan(pattern, flags);
      if (written === pattern) continue;
      if (out.slice(node.start, node.end) !== `/${pattern}/${flags}`) throw new Error(`han-ranges: ${id}: literal at ${node.start} is not /${pattern}/${flags}`);
      new RegExp(written, flags); // (throws on a pattern that no longer compiles)
      out = out.slice(0, node.start) + `/${written}/${flags}` + out.slice(node.end);
    }
    return out === code ? null : { code: out, map: null };
  },
};
rmSync(dir, { recursive: true, force: true });
await build({
  cwd: root,
  input: { main: 'dist/cli/main.js', worker: 'dist/cli/worker.js' },
  platform: 'node',
  external: ['nodejieba'],
  plugins: [hanRanges],
  logLevel: 'warn',
  output: { dir, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});

// The lane as one classic script (no chunks: dynamic imports are inlined), for vm.Script and its code cache.
await build({
  cwd: root,
  input: { lane: 'dist/cli/lane.js' },
  platform: 'node',
  external: ['nodejieba'],
  plugins: [hanRanges],
  logLevel: 'warn',
  output: { dir, format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false, comments: false },
});
for (const variant of [[], ['batch']]) {
  const r = spawnSync(process.execPath, [`${root}scripts/code-cache.mjs`, ...variant], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) process.stderr.write(`bundle: no code cache for ${variant[0] ?? 'one file'} (runs without): ${r.stderr.trim().split('\n')[0]}\n`);
}
