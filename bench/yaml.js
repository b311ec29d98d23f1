#!/usr/bin/env node
// The cost of toYaml (the default output of `inquiry parse`) per record: the seed and
// test/fixtures/transcripts/*/input* parsed once, then toYaml timed over those records, warm,
// YAML_ROUNDS times (default 30). Also times the reference rendering (a yaml-package Document with
// number pairs in flow style — what toYaml printed before it had its own emitter) and checks that
// both print the same text. Run after `npx tsc -p tsconfig.json`: node bench/yaml.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import YAML from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Math.max(1, Number(process.env.YAML_ROUNDS) || 30);
const { parse, toYaml } = await import('../dist/index.js');
const files = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input*', { cwd: root }).sort()];
const records = files.map((f) => parse(readFileSync(join(root, f)), { name: f }));

function reference(value) {
  const doc = new YAML.Document(value, { aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Seq(_key, node) {
      if (node.items.length <= 2 && node.items.every((i) => YAML.isScalar(i) && typeof i.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

const differing = records.filter((r) => toYaml(r) !== reference(r)).length;
function time(fn) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const before = process.cpuUsage();
    for (let r = 0; r < ROUNDS; r++) for (const record of records) fn(record);
    const cpu = process.cpuUsage(before);
    best = Math.min(best, (cpu.user + cpu.system) / 1000 / (ROUNDS * records.length));
  }
  return best;
}
for (const record of records) { toYaml(record); reference(record); } // warm
const ref = time(reference);
const ours = time(toYaml);
const chars = records.reduce((n, r) => n + toYaml(r).length, 0) / records.length;
console.log(`${records.length} records (${(chars / 1024).toFixed(1)} K chars of YAML each): toYaml ${ours.toFixed(3)} ms CPU per record, ` +
  `reference ${ref.toFixed(3)} ms (${(ref / ours).toFixed(1)}x); ${differing ? `${differing} records DIFFER` : 'identical text'}`);
