#!/usr/bin/env node
// Batch throughput of `inquiry parse DIR --jobs N` (called by bench/run.js; runs alone too).
//
// Builds a corpus of ≥ 800 transcripts in a temporary folder from the seed and
// test/fixtures/transcripts/*/input.txt: each file is one of them with the sentences of every
// line shuffled (seeded, so every run sees the same corpus), which keeps the layout (headers and
// speaker lines stay lines) while making every file different. Then runs the built CLI as a fresh
// process with --jobs 1 and --jobs 2 (JSON Lines to a file, --quiet), taking turns, best of
// BATCH_RUNS runs each, and prints files/s, MB/s of transcript text and the speed-up.
// Targets (issue 6): 2 jobs ≥ 1.6× faster than 1 on 2 cores; ≥ 10 MB/s with 2 jobs.
//
// A speed-up can only be as good as the machine: so first it times a CPU-bound loop alone and
// two copies at once, in fresh processes. On dedicated cores two copies take as long as one
// (capacity 2.0×); on a virtual machine whose two CPUs share a physical core, or whose host is
// busy, they take longer, and that capacity — printed beside the speed-up — bounds what
// --jobs 2 can win there. (Seen on the 2-CPU machine this was tuned on: anywhere from 1.3× to
// 2.0×, changing from minute to minute.)
// Then the same on 800 files each as long as the seed (longFiles), the length of a full report.
// Environment: BATCH_FILES (default 800), BATCH_RUNS (default 3), BATCH_JOBS (default "1,2"),
// BATCH_LONG_RUNS (default 2; 0 skips the full-length files).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = Math.max(800, Number(process.env.BATCH_FILES) || 800);
const RUNS = Math.max(1, Number(process.env.BATCH_RUNS) || 3);
/** Runs of each job count on the full-length corpus (see longFiles); 0 skips it. */
const LONG_RUNS = Math.max(0, Number(process.env.BATCH_LONG_RUNS ?? 2));
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

/**
 * Writes `count` files into `dir`. With `minChars`, each file goes on with its source's sentences
 * shuffled again until it holds at least that many characters: one session of the source's layout
 * as long as a full report (the seed is ~8,600 characters; most fixtures hold one layout in a few hundred).
 */
export function buildCorpus(dir, count = FILES, minChars = 0) {
  const sources = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input.txt', { cwd: root }).sort()]
    .map((f) => readFileSync(join(root, f), 'utf8').replace(/^\uFEFF/, ''));
  const rand = random(20251126);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    let text = source.split('\n').map((line) => shuffle(sentences(line), rand).join('')).join('\n');
    while (text.length < minChars) text += '\n' + source.split('\n').map((line) => shuffle(sentences(line), rand).join('')).join('\n');
    const file = join(dir, `t${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes, sources: sources.length };
}

// The child reports its CPU time (all threads, workers included) on exit: with other work on the
// machine, wall time alone cannot tell a slow parser from a busy CPU.
const probe = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBATCH-CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

/** One timed run of the built CLI in a fresh process; returns wall and CPU seconds. `corpus`: a folder or a list of files. */
function timeRun(corpus, out, jobs) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, join(root, 'bin/inquiry.js'), 'parse', ...[corpus].flat(), '--format', 'jsonl', '-o', out, '--quiet', '--jobs', String(jobs)],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`inquiry parse --jobs ${jobs} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const cpu = Number(/BATCH-CPU (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1e6;
  const failed = r.stderr.split('\n').filter((l) => l.startsWith('inquiry:')).length;
  return { seconds, cpu, failed, outBytes: statSync(out).size };
}

/** A CPU-bound loop of string, Map and regex work (like parsing), about 0.8 s, in a fresh process. */
const SPIN = `const t=process.hrtime.bigint();let n=0;const m=new Map();const s='市人大常委会副主任李某某询问：一是加强监管，二是完善机制。';` +
  `for(let i=0;i<2000000;i++){const k=s.slice(i%20,i%20+6)+i%97;m.set(k,(m.get(k)??0)+1);if(/机制|监管/.test(s.slice(i%30)))n++;if(m.size>5000)m.clear();}` +
  `process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`;

function spinOnce(copies) {
  const script = `const {spawn}=require('node:child_process');let left=${copies};const ms=[];` +
    `for(let i=0;i<${copies};i++){const c=spawn(process.execPath,['-e',${JSON.stringify(SPIN)}]);let o='';c.stdout.on('data',d=>o+=d);` +
    `c.on('close',()=>{ms.push(Number(o));if(--left===0)process.stdout.write(String(Math.max(...ms)))})}`;
  return Number(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout);
}

/** How much faster two CPU-bound processes get through work than one, on this machine now (2.0 = two full cores). */
export function parallelCapacity(rounds = 3) {
  let one = Infinity;
  let two = Infinity;
  for (let i = 0; i < rounds; i++) {
    one = Math.min(one, spinOnce(1));
    two = Math.min(two, spinOnce(2));
  }
  return (2 * one) / two;
}

/**
 * The same measurement on files as long as a full report: most fixtures are a few hundred
 * characters, so the corpus above is mostly short files, where each lane's fixed start and warm-up
 * weigh most. Here every file is a session of its source's layout at least as long as the seed.
 */
function longFiles(dir, out, files) {
  const corpus = join(dir, 'long');
  mkdirSync(corpus);
  const seedChars = readFileSync(join(root, 'seeds/qujing-2025-safety-rule-of-law.txt'), 'utf8').length;
  const built = buildCorpus(corpus, files, seedChars);
  const mb = built.bytes / (1024 * 1024);
  const best = new Map([[1, Infinity], [2, Infinity]]);
  for (let r = 0; r < LONG_RUNS; r++) for (const n of [1, 2]) best.set(n, Math.min(best.get(n), timeRun(corpus, out, n).seconds));
  const [one, two] = [best.get(1), best.get(2)];
  console.log(`full-length files: ${built.files} files of at least ${seedChars.toLocaleString('en')} characters (the seed's length), ${mb.toFixed(1)} MB; best of ${LONG_RUNS} run(s)`);
  console.log(`  --jobs 1: ${one.toFixed(2)} s, ${(mb / one).toFixed(2)} MB/s; --jobs 2: ${two.toFixed(2)} s, ${(mb / two).toFixed(2)} MB/s`);
  console.log(`  speed-up 2 jobs vs 1: ${(one / two).toFixed(2)}× — target ≥ ${TARGET.speedup}×: ${one / two >= TARGET.speedup ? 'met' : 'MISSED'}; ` +
    `throughput with 2 jobs: ${(mb / two).toFixed(2)} MB/s — target ≥ ${TARGET.mbps} MB/s: ${mb / two >= TARGET.mbps ? 'met' : 'MISSED'}`);
  return { seconds: { 1: one, 2: two }, speedup: one / two, mbPerSecond: mb / two };
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
    const capacity = availableParallelism() >= 2 ? parallelCapacity() : 1;
    console.log(`machine: two CPU-bound processes at once get through ${capacity.toFixed(2)}× the work of one (2.00× = two full cores)`);
    // The job counts take turns, so that a busy spell on the machine does not fall on one only.
    const times = new Map(jobs.map((n) => [n, []]));
    for (let r = 0; r < runs; r++) for (const n of jobs) times.get(n).push(timeRun(corpus, out, n));
    const results = jobs.map((n) => {
      const best = times.get(n).reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const row = { jobs: n, seconds: best.seconds, cpu: best.cpu, filesPerSecond: built.files / best.seconds, mbPerSecond: mb / best.seconds, failed: best.failed, outMb: best.outBytes / (1024 * 1024) };
      console.log(`  --jobs ${n}: ${row.seconds.toFixed(2)} s (${row.cpu.toFixed(2)} s CPU), ${row.filesPerSecond.toFixed(0)} files/s, ${row.mbPerSecond.toFixed(2)} MB/s` +
        ` (${row.outMb.toFixed(0)} MB of JSON Lines written${row.failed ? `, ${row.failed} files failed` : ''})`);
      return row;
    });
    const one = results.find((r) => r.jobs === 1);
    const two = results.find((r) => r.jobs === 2);
    if (one && two) {
      const speedup = one.seconds / two.seconds;
      console.log(`speed-up 2 jobs vs 1: ${speedup.toFixed(2)}× (the machine's capacity now: ${capacity.toFixed(2)}×) — target ≥ ${TARGET.speedup}×: ${speedup >= TARGET.speedup ? 'met' : 'MISSED'}`);
      // What two lanes could do at best: each lane is a fresh isolate that pays node's start, the
      // parser's loading and its own JIT warm-up again, so two lanes of half the files each take
      // at least as long as one lane on half of them, alone on the machine.
      const half = readdirSync(corpus).sort().filter((_, i) => i % 2 === 0).map((f) => join(corpus, f));
      const halfBest = Math.min(...Array.from({ length: runs }, () => timeRun(half, out, 1).seconds));
      console.log(`ceiling: --jobs 1 on half of the files takes ${halfBest.toFixed(2)} s, so two lanes of half each cannot beat ` +
        `${(one.seconds / halfBest).toFixed(2)}× (a lane's start and warm-up: ~${Math.max(0, 2 * halfBest - one.seconds).toFixed(2)} s, paid once per lane)`);
      const load = loadavg()[0];
      if (load > availableParallelism()) console.log(`note: load average ${load.toFixed(1)} on ${availableParallelism()} cores — other work shares the CPU, wall times are inflated`);
      console.log(`throughput with 2 jobs: ${two.mbPerSecond.toFixed(2)} MB/s — target ≥ ${TARGET.mbps} MB/s: ${two.mbPerSecond >= TARGET.mbps ? 'met' : 'MISSED'}`);
      const long = LONG_RUNS > 0 ? longFiles(dir, out, files) : null;
      return { results, speedup, capacity, long };
    }
    return { results, capacity };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) batch();
