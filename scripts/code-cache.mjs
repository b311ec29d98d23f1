#!/usr/bin/env node
// Writes V8's code cache of dist/bundle/lane.cjs (see src/cli/lane-loader.ts), run by
// scripts/bundle.mjs after bundling: `node scripts/code-cache.mjs` for a short run, with the
// flags `inquiry parse` sets for one (SHORT_V8_FLAGS, dist/bundle/lane.cache), and `node
// scripts/code-cache.mjs batch` for any other, with BATCH_V8_FLAGS (dist/bundle/lane-batch.cache).
// V8 accepts a cache only under the flags it was made with, so each is made in its own process.
//
// The lane is compiled as `inquiry parse` compiles it, then parses the seed and every fixture
// (JSON Lines), and a few of them in every format and view, so that the functions a parse calls
// are compiled; the cache then holds their bytecode too, not only the top level. Each cache
// starts with the header `cacheHeader` computes (lane.cjs's bytes, Node version, architecture,
// flags, the cache's own bytes): a lane uses it only with exactly these.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { BATCH_V8_FLAGS, SHORT_V8_FLAGS, cacheFile, cacheHeader, loadScript } = await import(join(root, 'dist/cli/lane-loader.js'));
const { VIEWS } = await import(join(root, 'dist/format/views.js'));

const flags = process.argv[2] === 'batch' ? BATCH_V8_FLAGS : SHORT_V8_FLAGS;
setFlagsFromString(flags);
const dir = join(root, 'dist/bundle');
const file = join(dir, 'lane.cjs');
const { exports: lane, script } = loadScript(file, null, flags);

const inputs = [];
const add = (path) => { if (existsSync(path)) inputs.push({ name: path, path }); };
for (const f of existsSync(join(root, 'seeds')) ? readdirSync(join(root, 'seeds')).sort() : []) if (f.endsWith('.txt')) add(join(root, 'seeds', f));
const fixtures = join(root, 'test/fixtures/transcripts');
for (const f of existsSync(fixtures) ? readdirSync(fixtures).sort() : []) add(join(fixtures, f, 'input.txt'));

const spec = (format, view = 'questions', multi = true, terminal = false) => ({ format, view, multi, width: 100, color: terminal ? 1 : 0, terminal });
const run = async (files, render, whole = false) => {
  await lane.loadRenderer(render.format);
  for (const _ of lane.runJobs(files, { maxSize: 20 << 20, render, whole, v8Flags: flags }));
};
await run(inputs, spec('jsonl'));
const few = inputs.slice(0, 8);
for (const format of ['yaml', 'json']) {
  await run(few.slice(0, 1), spec(format, 'questions', false));
  await run(few.slice(0, 1), spec(format, 'questions', false, true));
  await run(few, spec(format), true);
}
for (const format of ['table', 'csv']) for (const view of VIEWS) await run(few, spec(format, view, true, format === 'table'));

const data = script.createCachedData();
const target = cacheFile(dir, flags);
writeFileSync(`${target}.tmp`, Buffer.concat([Buffer.from(cacheHeader(readFileSync(file), flags, data), 'latin1'), data]));
renameSync(`${target}.tmp`, target);
