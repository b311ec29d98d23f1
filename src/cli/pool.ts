/**
 * A pool of worker threads for `--jobs N`; results are reported by input index so the
 * caller keeps input order.
 *
 * Example: 800 files with `--jobs 2` run in this thread (warm already: its modules are
 * loaded) and in one worker, each loading the dictionary once; a worker keeps two jobs in
 * flight so it never waits for the next message. A worker that dies fails only the job it
 * was running (one line); the jobs it had not started go to a new worker.
 * Workers run the compiled dist/cli/worker.js, also when this module runs from src/ under
 * vitest; `workerScript()` is null when dist/ is not built, and the caller runs in-process.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { expectJobs, type JobInput, type JobOptions, type JobResult } from './job.js';

const IN_FLIGHT = 2;

export function workerScript(): string | null {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.ts') ? resolve(dirname(here), '../../dist/cli/worker.js') : join(dirname(here), 'worker.js');
  return existsSync(script) ? script : null;
}

export function runPool(
  inputs: readonly JobInput[],
  options: JobOptions,
  jobs: number,
  onResult: (index: number, result: JobResult) => void,
  script: string,
  /** Run jobs in this thread too, as one of the `jobs` lanes: it is warm already, a new worker is not. */
  local?: (input: JobInput) => JobResult,
): Promise<void> {
  return new Promise((done, fail) => {
    let next = 0;
    let finished = 0;
    let stopped = false;
    const live = new Set<Worker>();
    /** Jobs sent to a worker that died before starting them: sent again first. */
    const queued: number[] = [];
    if (inputs.length === 0) return done();

    const stop = () => {
      stopped = true;
      for (const w of live) void w.terminate();
      live.clear();
    };
    const settle = (index: number, result: JobResult) => {
      if (stopped) return;
      try {
        onResult(index, result);
      } catch (error) {
        // The caller cannot take more (its output failed): stop the workers, let it report.
        stop();
        fail(error);
        return;
      }
      if (++finished === inputs.length) {
        stop();
        done();
      }
    };

    const spawn = () => {
      const worker = new Worker(script, { workerData: { ...options, expectedJobs: share } });
      const held = new Set<number>();
      live.add(worker);
      const feed = () => {
        while (held.size < IN_FLIGHT && (queued.length > 0 || next < inputs.length)) {
          const id = queued.length > 0 ? queued.shift()! : next++;
          held.add(id);
          worker.postMessage({ id, input: inputs[id] });
        }
      };
      worker.on('message', (m: { id: number; result: JobResult }) => {
        held.delete(m.id);
        feed();
        settle(m.id, m.result);
      });
      const die = (problem: string) => {
        if (!live.delete(worker)) return;
        // A worker runs its jobs in the order sent: the first one held is the one it died on;
        // the others never started and go to the next worker.
        const [current, ...waiting] = [...held].sort((a, b) => a - b);
        held.clear();
        queued.push(...waiting);
        if (current !== undefined) settle(current, { ok: false, problem });
        if ((queued.length > 0 || next < inputs.length) && !stopped) spawn();
      };
      worker.on('error', (error: Error) => die(`worker failed: ${String(error?.message ?? error).split('\n')[0]}`));
      worker.on('exit', (code) => die(`worker stopped (exit code ${code})`));
      feed();
    };

    const take = () => (queued.length > 0 ? queued.shift() : next < inputs.length ? next++ : undefined);
    const lane = async () => {
      for (let id = take(); id !== undefined && !stopped; id = take()) {
        settle(id, local!(inputs[id]));
        await new Promise((resolve) => setImmediate(resolve)); // let worker messages in
      }
    };
    const workers = Math.min(local ? jobs - 1 : jobs, inputs.length);
    // Each lane's share of the batch: with many files a lane loads the full dictionary once.
    const share = Math.ceil(inputs.length / Math.max(1, workers + (local ? 1 : 0)));
    if (local) expectJobs(share);
    for (let i = 0; i < workers; i++) spawn();
    if (local) void lane();
  });
}
