#!/usr/bin/env node
// `npm run bench`: what one-file parsing costs, beside the floor (`node -e 1`) and beside what
// nodejieba costs when it loads its full dictionaries; and whether the per-document dictionary
// the tool loads gives exactly the tokens of the full one.
//
// Each command runs RUNS times as a fresh process; the table shows the median wall time, the
// median CPU time and peak RSS (reported by the child itself on exit via --import). Then token agreement
// is measured on the seed and on test/fixtures/transcripts/*/input.txt, and bench/batch.js
// (batch throughput), bench/compilation.js (one file of many transcripts: linear growth) and bench/shapes.js (the
// pathological shapes of issue 6: one long turn, one paragraph of megabytes) run. Targets: parse median ≤ 250 ms, RSS ≤ 150 MB, 100 %.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const SEED = 'seeds/qujing-2025-safety-rule-of-law.txt';
const TARGET = { ms: 250, mb: 150 };
const probe = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH-RSS "+u.maxRSS+" CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const nodejiebaPath = createRequire(import.meta.url).resolve('nodejieba');

const commands = [
  ['node -e 1 (floor)', ['-e', '1']],
  ['inquiry --version (no dictionary)', ['bin/inquiry.js', '--version']],
  [`inquiry parse ${SEED} --format json`, ['bin/inquiry.js', 'parse', SEED, '--format', 'json']],
  ['bare nodejieba.load() (full dictionaries)', ['-e', `require(${JSON.stringify(nodejiebaPath)}).load()`]],
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

function measure(args) {
  const times = [];
  const rss = [];
  const cpu = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', probe, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i === 0) continue; // warm the file cache; not counted
    times.push(ms);
    const m = /BENCH-RSS (\d+) CPU (\d+)/.exec(r.stderr);
    rss.push(Number(m?.[1] ?? NaN) / 1024);
    cpu.push(Number(m?.[2] ?? NaN) / 1000);
  }
  return { ms: median(times), min: Math.min(...times), cpu: median(cpu), mb: median(rss) };
}

console.log(`inquiry benchmark — node ${process.version}, ${RUNS} runs each (median; first run discarded)\n`);
const rows = commands.map(([label, args]) => ({ label, ...measure(args) }));
const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${'command'.padEnd(width)}  median ms   min ms  CPU ms  peak RSS MB`);
for (const r of rows) console.log(`${r.label.padEnd(width)}  ${r.ms.toFixed(0).padStart(9)}  ${r.min.toFixed(0).padStart(7)}  ${r.cpu.toFixed(0).padStart(6)}  ${r.mb.toFixed(0).padStart(11)}`);
const load = (await import('node:os')).loadavg()[0];
const cores = (await import('node:os')).availableParallelism();
if (load > cores) console.log(`(load average ${load.toFixed(1)} on ${cores} cores: wall times are inflated; CPU ms is the child's user+system time)`);
const parse = rows[2];
const floor = rows[0];
console.log(`\nparse: ${parse.ms.toFixed(0)} ms median (${(parse.ms - floor.ms).toFixed(0)} ms above node -e 1), ${parse.mb.toFixed(0)} MB — ` +
  `targets ≤ ${TARGET.ms} ms: ${parse.ms <= TARGET.ms ? 'met' : 'MISSED'}, ≤ ${TARGET.mb} MB: ${parse.mb <= TARGET.mb ? 'met' : 'MISSED'}`);

// Token agreement: document dictionary (what parse loads) vs the full default dictionary, both
// with dict/user.dict.utf8 and the names the parser found in each file.
const { parse: parseRecord, decode, normalize } = await import('../dist/index.js');
const { jiebaSegmenter } = await import('../dist/segment/jieba.js');
const files = [SEED, ...globSync('test/fixtures/transcripts/*/input*', { cwd: root }).sort()];
const docs = files.map((file) => {
  const text = decode(readFileSync(new URL(file, new URL('..', import.meta.url)))).text;
  const names = parseRecord(text).people.flatMap((p) => (p.name ? [p.name] : []));
  return { file, text, names };
});
const spansOf = (tokens) => tokens.map((t) => `${t.span[0]}:${t.span[1]}:${t.tag ?? ''}`);
// Each file as written and as its normalized view (what the pipeline segments).
const both = (d) => d.text + '\n' + normalize(d.text);
const documentCuts = docs.map((d) => spansOf(jiebaSegmenter({ dictionary: 'document' }).withWords(d.names).tag(both(d))));
const fullCuts = docs.map((d) => spansOf(jiebaSegmenter({ dictionary: 'full' }).withWords(d.names).tag(both(d))));
let same = 0;
let total = 0;
console.log('\ntoken agreement (document dictionary vs full dictionary, same user words and names; tokens and tags; text and normalized view)');
docs.forEach((d, i) => {
  const full = fullCuts[i];
  const mine = new Set(documentCuts[i]);
  const agree = full.filter((s) => mine.has(s)).length;
  same += agree;
  total += full.length;
  const identical = agree === full.length && documentCuts[i].length === full.length;
  console.log(`  ${d.file}: ${agree}/${full.length} tokens${identical ? '' : '  DIFFERENT'}`);
});
console.log(`agreement: ${(100 * same / total).toFixed(2)} % of ${total} tokens in ${docs.length} files — target 100 %: ${same === total ? 'met' : 'MISSED'}`);

for (const script of ['batch.js', 'compilation.js', 'shapes.js']) {
  const path = new URL(`./${script}`, import.meta.url);
  if (!existsSync(path)) continue;
  console.log(`\nbench/${script}`);
  spawnSync(process.execPath, [fileURLToPath(path)], { cwd: root, stdio: 'inherit' });
}
