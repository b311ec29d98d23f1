#!/usr/bin/env node
// Batch throughput of `inquiry parse DIR --jobs N` (called by bench/run.js; runs alone too).
//
// Builds a corpus of ≥ 800 transcripts in a temporary folder from the seed and
// test/fixtures/transcripts/*/input.txt: each file is one of them with the sentences of every
// line shuffled (seeded, so every run sees the same corpus), which keeps the layout (headers and
// speaker lines stay lines) while making every file different. Then runs the built CLI as a fresh
// process with --jobs 1 and --jobs 2 (JSON Lines to a file, --quiet), best of BATCH_RUNS runs,
// and prints files/s, MB/s of transcript text and the speed-up.
// Targets (issue 6): 2 jobs ≥ 1.6× faster than 1 on 2 cores; ≥ 10 MB/s with 2 jobs.
// Environment: BATCH_FILES (default 800), BATCH_RUNS (default 2), BATCH_JOBS (default "1,2").
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = Math.max(800, Number(process.env.BATCH_FILES) || 800);
const RUNS = Math.max(1, Number(process.env.BATCH_RUNS) || 2);
const JOBS = (process.env.BATCH_JOBS ?? '1,2').split(',').map(Number).filter((n) => n >= 1);
const TARGET = { speedup: 1.6, mbps: 10 };

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, rand) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Sentences of a line, each with its closing mark: "一是…。二是…；" → ["一是…。", "二是…；"]. */
const sentences = (line) => line.match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/g) ?? [line];

export function buildCorpus(dir, count = FILES) {
  const sources = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input.txt', { cwd: root }).sort()]
    .map((f) => readFileSync(join(root, f), 'utf8').replace(/^\uFEFF/, ''));
  const rand = random(20251126);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length].split('\n').map((line) => shuffle(sentences(line), rand).join('')).join('\n');
    const file = join(dir, `t${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes, sources: sources.length };
}

// The child reports its CPU time (all threads, workers included) on exit: with other work on the
// machine, wall time alone cannot tell a slow parser from a busy CPU.
const probe = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBATCH-CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

/** One timed run of the built CLI in a fresh process; returns wall and CPU seconds. */
function timeRun(corpus, out, jobs) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, join(root, 'bin/inquiry.js'), 'parse', corpus, '--format', 'jsonl', '-o', out, '--quiet', '--jobs', String(jobs)],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`inquiry parse --jobs ${jobs} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const cpu = Number(/BATCH-CPU (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  const failed = r.stderr.split('\n').filter((l) => l.startsWith('inquiry:')).length;
  return { seconds, cpu, failed, outBytes: statSync(out).size };
}

export function batch({ files = FILES, runs = RUNS, jobs = JOBS } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'inquiry-batch-'));
  const corpus = join(dir, 'corpus');
  const out = join(dir, 'out.jsonl');
  try {
    mkdirSync(corpus);
    const built = buildCorpus(corpus, files);
    const mb = built.bytes / (1024 * 1024);
    console.log(`corpus: ${built.files} files shuffled from ${built.sources} transcripts, ${mb.toFixed(1)} MB of UTF-8 text; ` +
      `${availableParallelism()} cores; best of ${runs} run(s), each a fresh process (start-up and dictionary load included)`);
    const results = jobs.map((n) => {
      const times = Array.from({ length: runs }, () => timeRun(corpus, out, n));
      const best = times.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const row = { jobs: n, seconds: best.seconds, cpu: best.cpu, filesPerSecond: built.files / best.seconds, mbPerSecond: mb / best.seconds, failed: best.failed, outMb: best.outBytes / (1024 * 1024) };
      console.log(`  --jobs ${n}: ${row.seconds.toFixed(2)} s (${row.cpu.toFixed(2)} s CPU), ${row.filesPerSecond.toFixed(0)} files/s, ${row.mbPerSecond.toFixed(2)} MB/s` +
        ` (${row.outMb.toFixed(0)} MB of JSON Lines written${row.failed ? `, ${row.failed} files failed` : ''})`);
      return row;
    });
    const one = results.find((r) => r.jobs === 1);
    const two = results.find((r) => r.jobs === 2);
    if (one && two) {
      const speedup = one.seconds / two.seconds;
      console.log(`speed-up 2 jobs vs 1: ${speedup.toFixed(2)}× — target ≥ ${TARGET.speedup}×: ${speedup >= TARGET.speedup ? 'met' : 'MISSED'}`);
      const load = loadavg()[0];
      if (load > availableParallelism()) console.log(`note: load average ${load.toFixed(1)} on ${availableParallelism()} cores — other work shares the CPU, wall times are inflated`);
      console.log(`throughput with 2 jobs: ${two.mbPerSecond.toFixed(2)} MB/s — target ≥ ${TARGET.mbps} MB/s: ${two.mbPerSecond >= TARGET.mbps ? 'met' : 'MISSED'}`);
      return { results, speedup };
    }
    return { results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) batch();
