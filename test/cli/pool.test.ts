/**
 * The worker pool runs the compiled dist/cli/worker.js: CI runs `tsc` before `vitest run`;
 * when dist/ is missing (a fresh checkout, tests run alone) this file builds it first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chunkSize, Interrupted, runPool, workerScript } from '../../src/cli/pool.js';
import type { JobOptions, JobResult } from '../../src/cli/job.js';
import { run } from './run.js';

const ROOT = join(import.meta.dirname, '../..');
let dir = '';

beforeAll(() => {
  if (!workerScript()) {
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'ignore' });
    } catch { /* type errors elsewhere still emit dist/ */ }
  }
  dir = mkdtempSync(join(tmpdir(), 'inquiry-pool-'));
  for (let i = 0; i < 12; i++) writeFileSync(join(dir, `t${String(i).padStart(2, '0')}.txt`), `问题一：第${i}个问题？\n市政府副市长李某${i}表示，一是健全机制。\n`);
  writeFileSync(join(dir, 't05.txt'), '');
}, 120_000);

const options: JobOptions = {
  maxSize: 1 << 20,
  whole: false,
  render: { format: 'jsonl', view: 'questions', multi: true, width: 100, color: 0, terminal: false },
};

describe('[pool] chunk sizes', () => {
  // Each chunk that brings new words costs a lane a dictionary load: few chunks, but small
  // enough towards the end that the lanes finish together.
  const sizes = (files: number, lanes: number) => {
    const out: number[] = [];
    for (let left = files; left > 0; left -= out.at(-1)!) out.push(chunkSize(left, lanes));
    return out;
  };
  it.each([[800, 2], [800, 4], [100, 2], [17, 2], [3, 2], [5000, 2], [1, 1]])('%i files on %i lanes: every file once, 16–128 a chunk, shrinking', (files, lanes) => {
    const s = sizes(files, lanes);
    expect(s.reduce((a, b) => a + b, 0)).toBe(files);
    expect(s.slice(0, -1).every((n) => n >= 16 && n <= 128)).toBe(true);
    expect(s.every((n, i) => i === 0 || n <= s[i - 1])).toBe(true);
  });
  it('800 files on two lanes: 14 chunks, the first three of 128', () => {
    expect(sizes(800, 2)).toEqual([128, 128, 128, 104, 78, 59, 44, 33, 25, 19, 16, 16, 16, 6]);
  });
});

describe('[pool] worker threads', () => {
  it('finds the compiled worker', () => {
    expect(workerScript()).toMatch(/dist[\\/]cli[\\/]worker\.js$/);
  });

  it('runs every job once and reports it by index, bad inputs as problems', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ name: `t${i}`, path: join(dir, `t${String(i).padStart(2, '0')}.txt`) }));
    const results = new Map<number, JobResult>();
    await runPool(inputs, options, 2, (i, r) => { expect(results.has(i)).toBe(false); results.set(i, r); }, workerScript()!);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    expect(results.get(5)).toEqual({ ok: false, problem: 'the file is empty' });
    const ok = results.get(3)!;
    expect(ok.ok && JSON.parse(ok.output).source.name).toBe('t3');
  }, 60_000);

  it('--jobs 2 prints the same output, in input order, as --jobs 1', async () => {
    // Both through the built CLI: workers always run dist/, and src/ may be ahead of it.
    const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
    const one = await run(['parse', '.', '--format', 'json', '--jobs', '1'], { cwd: dir }, main);
    const two = await run(['parse', '.', '--format', 'json', '--jobs', '2'], { cwd: dir }, main);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
  }, 60_000);

  it('an error thrown by the caller while taking a result stops the pool and rejects', async () => {
    const inputs = Array.from({ length: 6 }, (_, i) => ({ name: `t${i}`, path: join(dir, `t0${i}.txt`) }));
    let taken = 0;
    const run = runPool(inputs, options, 2, () => { if (++taken === 2) throw new Error('stdout went away'); }, workerScript()!);
    await expect(run).rejects.toThrow('stdout went away');
    expect(taken).toBe(2);
  }, 60_000);

  it('a batch reads each file exactly as a run on that file alone (also past the lanes\' first documents)', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'inquiry-batch-'));
    const sources = readdirSync(join(ROOT, 'test/fixtures/transcripts')).sort()
      .map((d) => join(ROOT, 'test/fixtures/transcripts', d, 'input.txt')).filter((f) => existsSync(f));
    const names = Array.from({ length: 24 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
    names.forEach((n, i) => copyFileSync(sources[i % sources.length], join(batch, n)));
    const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
    const all = await run(['parse', '.', '--format', 'jsonl', '--jobs', '2'], { cwd: batch }, main);
    const records = all.out.trim().split('\n').map((l) => JSON.parse(l));
    for (const i of [20, 21, 22, 23]) {
      const alone = execFileSync(process.execPath, [join(ROOT, 'bin/inquiry.js'), 'parse', names[i], '--format', 'json'], { cwd: batch, encoding: 'utf8' });
      const record = JSON.parse(alone);
      record.source.name = `./${names[i]}`;
      expect(records[i].source.name).toMatch(new RegExp(`${names[i]}$`));
      record.source.name = records[i].source.name;
      expect(records[i]).toEqual(record);
    }
  }, 120_000);

  it('a worker that dies on one file fails only that file; the files it had not started go on', async () => {
    const crashing = join(dir, 'crashing-worker.mjs');
    writeFileSync(crashing, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ ids, inputs }) => inputs.forEach((input, k) => {
  if (input.name === 'boom') process.exit(3);
  parentPort.postMessage({ id: ids[k], result: { ok: true, output: input.name, warnings: 0, codes: [] } });
}));`);
    const inputs = ['a', 'boom', 'c', 'd', 'e'].map((name) => ({ name, path: null }));
    const results = new Map<number, JobResult>();
    await runPool(inputs, options, 1, (i, r) => results.set(i, r), crashing);
    expect([...results.entries()].sort(([a], [b]) => a - b).map(([, r]) => (r.ok ? r.output : r.problem)))
      .toEqual(['a', 'worker stopped (exit code 3)', 'c', 'd', 'e']);
  }, 60_000);

  it('with a local lane, this thread takes jobs too, and every job runs once', async () => {
    const echo = join(dir, 'echo-worker.mjs');
    writeFileSync(echo, `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ ids, inputs }) => inputs.forEach((input, k) => {
  const until = Date.now() + 5; while (Date.now() < until); // a little work
  parentPort.postMessage({ id: ids[k], result: { ok: true, output: 'worker:' + input.name, warnings: 0, codes: [] } });
}));`);
    const inputs = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, path: null }));
    const seen = new Map<number, string>();
    const local = function* (chunk: { name: string }[]): Generator<JobResult> {
      for (const input of chunk) {
        const until = Date.now() + 5;
        while (Date.now() < until);
        yield { ok: true, output: 'local:' + input.name, warnings: 0, codes: [] };
      }
    };
    await runPool(inputs, options, 2, (i, r) => { expect(seen.has(i)).toBe(false); seen.set(i, r.ok ? r.output : r.problem); }, echo, async () => local);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    const lanes = new Set([...seen.values()].map((v) => v.split(':')[0]));
    expect(lanes).toEqual(new Set(['local', 'worker']));
    for (const [i, v] of seen) expect(v.endsWith(`:n${i}`)).toBe(true);
  }, 60_000);

  it('a lane that runs out of work takes over the unstarted back half of another lane\'s files; each runs once', async () => {
    // A slow worker that claims each job before running it, as dist/cli/worker.js does, and skips
    // those another lane claimed; this thread's lane is fast, so it runs out first and takes over.
    const slow = join(dir, 'slow-worker.mjs');
    writeFileSync(slow, `import { parentPort, workerData } from 'node:worker_threads';
const { claims, lane } = workerData;
parentPort.on('message', ({ ids }) => ids.forEach((id) => {
  if (Atomics.compareExchange(claims, id, 0, lane) !== 0) return parentPort.postMessage({ id, skipped: true });
  const until = Date.now() + 40; while (Date.now() < until);
  parentPort.postMessage({ id, result: { ok: true, output: 'worker', warnings: 0, codes: [] } });
}));`);
    // 40 files of 20 KB: the worker is sent 16 + 16, this thread 8, then it takes over.
    const inputs = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, path: null, bytes: new Uint8Array(20_000) }));
    const seen = new Map<number, string>();
    const local = function* (chunk: unknown[], claim: (k: number) => boolean): Generator<JobResult | null> {
      for (let k = 0; k < chunk.length; k++) yield claim(k) ? { ok: true, output: 'local', warnings: 0, codes: [] } : null;
    };
    await runPool(inputs, options, 2, (i, r) => { expect(seen.has(i)).toBe(false); seen.set(i, r.ok ? r.output : r.problem); }, slow, async () => local);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    // Sent to the worker: 0–31 (two chunks of 16); this thread's own chunk: 32–39. Taken over: the back of 0–31.
    const takenOver = [...seen].filter(([i, lane]) => i < 32 && lane === 'local').map(([i]) => i);
    expect(takenOver.length).toBeGreaterThan(8);
    expect(takenOver).toContain(31);
    expect(seen.get(0)).toBe('worker');
  }, 60_000);

  it('nothing is taken over when the unstarted files are too little text to pay for a dictionary load', async () => {
    const slow = join(dir, 'slow-worker.mjs'); // written by the test above
    const inputs = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, path: null, bytes: new Uint8Array(100) }));
    const seen = new Map<number, string>();
    const local = function* (chunk: unknown[], claim: (k: number) => boolean): Generator<JobResult | null> {
      for (let k = 0; k < chunk.length; k++) yield claim(k) ? { ok: true, output: 'local', warnings: 0, codes: [] } : null;
    };
    await runPool(inputs, options, 2, (i, r) => seen.set(i, r.ok ? r.output : r.problem), slow, async () => local);
    expect([...seen].filter(([i, lane]) => i < 32 && lane === 'local')).toEqual([]);
    expect(seen.size).toBe(40);
  }, 60_000);

  it('a local lane that cannot be loaded fails the run (the workers are stopped)', async () => {
    const idle = join(dir, 'idle-worker.mjs');
    writeFileSync(idle, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});`);
    const inputs = Array.from({ length: 8 }, (_, i) => ({ name: `n${i}`, path: null }));
    await expect(runPool(inputs, options, 2, () => {}, idle, async () => { throw new Error('no parser'); })).rejects.toThrow('no parser');
  }, 60_000);

  it('a worker that cannot start fails its jobs with one line each, and the run ends', async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("cannot load\\nsecond line");');
    const inputs = [{ name: 'a', path: join(dir, 't00.txt') }, { name: 'b', path: join(dir, 't01.txt') }];
    const results: JobResult[] = [];
    await runPool(inputs, options, 1, (_, r) => results.push(r), broken);
    expect(results).toEqual([{ ok: false, problem: 'worker failed: cannot load' }, { ok: false, problem: 'worker failed: cannot load' }]);
  }, 60_000);

  it('Ctrl-C (the signal aborted): no job starts, each worker is told to stop and exits itself between chunks, never terminated; the run rejects with Interrupted', async () => {
    // The worker notes the chunks it runs and the stop it reads: a worker terminated from outside would write no "stop".
    const log = join(dir, 'stop-log.txt');
    writeFileSync(log, '');
    const polite = join(dir, 'polite-worker.mjs');
    writeFileSync(polite, `import { parentPort } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
parentPort.on('message', (m) => {
  if (m.stop) { appendFileSync(${JSON.stringify(log)}, 'stop\\n'); process.exit(0); }
  appendFileSync(${JSON.stringify(log)}, 'chunk\\n');
  const until = Date.now() + 50; while (Date.now() < until); // busy, as inside a dictionary load
  m.inputs.forEach((input, k) => parentPort.postMessage({ id: m.ids[k], result: { ok: true, output: input.name, warnings: 0, codes: [] } }));
});`);
    const inputs = Array.from({ length: 64 }, (_, i) => ({ name: `n${i}`, path: null }));
    const stopping = new AbortController();
    const taken: number[] = [];
    const running = runPool(inputs, options, 2, (i) => { taken.push(i); if (taken.length === 1) stopping.abort(); }, polite, undefined, stopping.signal);
    await expect(running).rejects.toBeInstanceOf(Interrupted);
    expect(taken).toHaveLength(1); // nothing is taken after the abort
    const entries = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(entries.filter((e) => e === 'stop')).toHaveLength(2); // both workers read the stop and exited by themselves
  }, 60_000);

  it('every job done: each worker is told to stop and exits by itself, never terminated, before the run resolves', async () => {
    // A worker terminated from outside inside native code (a dictionary load for files another lane took over) could
    // abort the process: the log's "stop" lines show that each worker read the stop and exited itself.
    const log = join(dir, 'finish-log.txt');
    writeFileSync(log, '');
    const polite = join(dir, 'finishing-worker.mjs');
    writeFileSync(polite, `import { parentPort } from 'node:worker_threads';
import { appendFileSync } from 'node:fs';
parentPort.on('message', (m) => {
  if (m.stop) { appendFileSync(${JSON.stringify(log)}, 'stop\\n'); process.exit(0); }
  m.inputs.forEach((input, k) => parentPort.postMessage({ id: m.ids[k], result: { ok: true, output: input.name, warnings: 0, codes: [] } }));
});`);
    const inputs = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, path: null }));
    const taken: number[] = [];
    await runPool(inputs, options, 3, (i) => taken.push(i), polite);
    expect(taken.sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    expect(readFileSync(log, 'utf8').split('\n').filter((e) => e === 'stop')).toHaveLength(3); // read before the run resolved
  }, 60_000);

  it('the compiled worker reads the stop too: Ctrl-C after the first result ends the run', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => ({ name: `t${i}`, path: join(dir, `t${String(i).padStart(2, '0')}.txt`) }));
    const stopping = new AbortController();
    const taken: number[] = [];
    const running = runPool(inputs, options, 2, (i) => { taken.push(i); stopping.abort(); }, workerScript()!, undefined, stopping.signal);
    await expect(running).rejects.toBeInstanceOf(Interrupted);
    expect(taken).toHaveLength(1);
  }, 60_000);

  it('a signal aborted before the run starts: nothing runs', async () => {
    const stopping = new AbortController();
    stopping.abort();
    const taken: number[] = [];
    await expect(runPool([{ name: 'a', path: join(dir, 't00.txt') }], options, 2, (i) => taken.push(i), workerScript()!, undefined, stopping.signal)).rejects.toBeInstanceOf(Interrupted);
    expect(taken).toEqual([]);
  }, 60_000);
});
