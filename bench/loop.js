#!/usr/bin/env node
// The per-document cost of parse(), without process start-up or dictionary loads: the seed and
// test/fixtures/transcripts/*/input* parsed once to warm up, then LOOP_ROUNDS times (default 20)
// in this process. Prints CPU ms per document and MB/s of transcript per core (CPU time, so other
// work on the machine does not skew it). With LOOP_PROFILE=DIR it writes a CPU profile of the
// timed rounds to DIR/loop.cpuprofile (open it in Chrome DevTools or any .cpuprofile viewer).
// By default the documents are parsed as a batch lane does (one dictionary loaded for all of
// them first, see prepareDocuments); LOOP_DICTIONARY=auto parses them as separate library calls
// do (a process meeting much text goes over to jieba's full dictionary, which is slower to cut).
// Run after `npx tsc -p tsconfig.json`: node bench/loop.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Math.max(1, Number(process.env.LOOP_ROUNDS) || 20);
const { parse, decode } = await import('../dist/index.js');
const { prepareDocuments } = await import('../dist/segment/jieba.js');
const files = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input*', { cwd: root }).sort()];
const inputs = files.map((f) => readFileSync(join(root, f)));
if (process.env.LOOP_DICTIONARY !== 'auto') prepareDocuments(inputs.map((bytes) => decode(bytes).text));
for (const bytes of inputs) parse(bytes); // warm: code compiled (and, with LOOP_DICTIONARY=auto, the full dictionary loaded)

let session = null;
if (process.env.LOOP_PROFILE) {
  const { Session } = await import('node:inspector/promises');
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const before = process.cpuUsage();
const start = performance.now();
let bytes = 0;
for (let r = 0; r < ROUNDS; r++) for (const input of inputs) { parse(input); bytes += input.length; }
const cpu = process.cpuUsage(before);
const wall = performance.now() - start;
const cpuMs = (cpu.user + cpu.system) / 1000;
const docs = ROUNDS * inputs.length;
console.log(`${docs} parses of ${inputs.length} files (${(bytes / docs / 1024).toFixed(1)} KB each on average): ` +
  `${(cpuMs / docs).toFixed(2)} ms CPU per document, ${(bytes / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s per core (wall ${wall.toFixed(0)} ms)`);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  mkdirSync(process.env.LOOP_PROFILE, { recursive: true });
  writeFileSync(join(process.env.LOOP_PROFILE, 'loop.cpuprofile'), JSON.stringify(profile));
}
