#!/usr/bin/env node
// Builds dict/jieba.dict.index and dict/idf.index from nodejieba's own dictionaries, so a
// document's words are found without loading the 349k-word dictionary (see dict/README.md).
// Run after `tsc` (it uses the format code in dist/segment/wordIndex.js):
//   npx tsc -p tsconfig.json && node scripts/build-dict-index.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { encodeIndex } from '../dist/segment/wordIndex.js';
import { jiebaFiles } from '../dist/segment/jieba.js';

const files = jiebaFiles();
const out = new URL('../dict/', import.meta.url);

for (const [source, target] of [[files.dict, 'jieba.dict.index'], [files.idf, 'idf.index']]) {
  const bytes = readFileSync(source);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lines = bytes.toString('utf8').split('\n').filter((l) => l.length > 0);
  const index = encodeIndex(lines, basename(source), sha256, bytes.length);
  writeFileSync(new URL(target, out), index);
  console.log(`${target}: ${lines.length} lines from ${basename(source)} (${(index.length / 1e6).toFixed(1)} MB)`);
}
