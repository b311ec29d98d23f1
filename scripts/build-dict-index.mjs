#!/usr/bin/env node
// Builds dict/jieba.dict.index and dict/idf.index from nodejieba's own dictionaries, so a
// document's words are found without loading the 349k-word dictionary (see dict/README.md).
// Run after `tsc` (it uses the format code in dist/segment/wordIndex.js):
//   npx tsc -p tsconfig.json && node scripts/build-dict-index.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { encodeIndex } from '../dist/segment/wordIndex.js';

const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba');
const out = new URL('../dict/', import.meta.url);

for (const [source, target] of [[nodejieba.DEFAULT_DICT, 'jieba.dict.index'], [nodejieba.DEFAULT_IDF_DICT, 'idf.index']]) {
  const bytes = readFileSync(source);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const lines = bytes.toString('utf8').split('\n').filter((l) => l.length > 0);
  const index = encodeIndex(lines, basename(source), sha256);
  writeFileSync(new URL(target, out), index);
  console.log(`${target}: ${lines.length} lines from ${basename(source)} (${(index.length / 1e6).toFixed(1)} MB)`);
}
