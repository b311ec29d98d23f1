/**
 * A pool of worker threads for `--jobs N`; results are reported by input index so the
 * caller keeps input order.
 *
 * Example: 800 files with `--jobs 2` run in this thread and in one worker, started first so
 * that its start-up overlaps this thread's loading of the parser. Lanes take the files in chunks (128 at most, smaller towards the
 * end so that the lanes finish together, see `chunkSize`): a lane reads a chunk's files first and loads one
 * dictionary for all of them. A worker keeps two chunks in flight so it never waits for the
 * next message. A worker that dies fails only the job it was running (one line); the jobs it
 * had not finished go to a new worker.
 * Workers run the compiled dist/cli/worker.js, also when this module runs from src/ under
 * vitest; `workerScript()` is null when dist/ is not built, and the caller runs in-process.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobOptions, JobResult } from './job.js';

/** Chunks a worker holds at once: the one it runs and the next. */
const IN_FLIGHT = 2;
/** Most files in a chunk: enough for one dictionary load to serve many, few enough to balance the lanes. */
const MAX_CHUNK = 128;
/**
 * Fewest files in a chunk (but for the last): a chunk whose files bring a word the lane has not
 * loaded costs a whole dictionary load (≈ 40 ms for the words of a few hundred transcripts), as
 * much as parsing a dozen files, so the chunks towards the end stop shrinking here; the lanes
 * then finish at most a chunk apart.
 */
const MIN_CHUNK = 16;

/**
 * How many files the next chunk takes when `left` are left for `lanes` lanes: half a lane's share
 * (a worker holds two chunks), between MIN_CHUNK and MAX_CHUNK. 800 files on two lanes: 128, 128,
 * 128, 104, 78, 59, 44, 33, 25, 19, 16, 16, 16, 6.
 */
export function chunkSize(left: number, lanes: number): number {
  return Math.min(left, Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.ceil(left / (lanes * 2)))));
}

export function workerScript(): string | null {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.ts') ? resolve(dirname(here), '../../dist/cli/worker.js') : join(dirname(here), 'worker.js');
  return existsSync(script) ? script : null;
}

/** Runs a chunk of jobs in this thread, yielding their results in order (see `runJobs`). */
export type LocalLane = (inputs: JobInput[]) => Iterable<JobResult>;

export function runPool(
  inputs: readonly JobInput[],
  options: JobOptions,
  jobs: number,
  onResult: (index: number, result: JobResult) => void,
  script: string,
  /**
   * Run jobs in this thread too, as one of the `jobs` lanes (loaded after the workers are
   * started, so that their start-up overlaps the loading): a new worker costs more than this thread.
   */
  local?: () => Promise<LocalLane>,
): Promise<void> {
  return new Promise((done, fail) => {
    let next = 0;
    let finished = 0;
    let stopped = false;
    const live = new Set<Worker>();
    /** Jobs sent to a worker that died before finishing them: sent again first. */
    const queued: number[] = [];
    if (inputs.length === 0) return done();
    const workers = Math.min(local ? jobs - 1 : jobs, inputs.length);
    const lanes = workers + (local ? 1 : 0);

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
    /** The next chunk of job indexes (see `chunkSize`). */
    const take = (): number[] => {
      const left = queued.length + inputs.length - next;
      const size = chunkSize(left, lanes);
      const chunk = queued.splice(0, size);
      while (chunk.length < size && next < inputs.length) chunk.push(next++);
      return chunk;
    };

    const spawn = () => {
      const worker = new Worker(script, { workerData: options });
      const held = new Set<number>();
      const chunks: number[][] = [];
      live.add(worker);
      const feed = () => {
        while (chunks.length < IN_FLIGHT && (queued.length > 0 || next < inputs.length)) {
          const ids = take();
          chunks.push(ids);
          for (const id of ids) held.add(id);
          worker.postMessage({ ids, inputs: ids.map((id) => inputs[id]) });
        }
      };
      worker.on('message', (m: { id: number; result: JobResult }) => {
        held.delete(m.id);
        if (chunks.length > 0 && chunks[0].every((id) => !held.has(id))) chunks.shift();
        feed();
        settle(m.id, m.result);
      });
      const die = (problem: string) => {
        if (!live.delete(worker)) return;
        // A worker runs its jobs in the order sent: the first one held is the one it died on;
        // the others never finished and go to the next worker.
        const [current, ...waiting] = [...held].sort((a, b) => a - b);
        held.clear();
        chunks.length = 0;
        queued.push(...waiting);
        if (current !== undefined) settle(current, { ok: false, problem });
        if ((queued.length > 0 || next < inputs.length) && !stopped) spawn();
      };
      worker.on('error', (error: Error) => die(`worker failed: ${String(error?.message ?? error).split('\n')[0]}`));
      worker.on('exit', (code) => die(`worker stopped (exit code ${code})`));
      feed();
    };

    const lane = async () => {
      const run = await local!();
      for (let ids = take(); ids.length > 0 && !stopped; ids = take()) {
        let k = 0;
        for (const result of run(ids.map((id) => inputs[id]))) {
          settle(ids[k++], result);
          if (stopped) return;
          await new Promise((resolve) => setImmediate(resolve)); // let worker messages in
        }
      }
    };
    for (let i = 0; i < workers; i++) spawn();
    if (local) lane().catch((error) => { stop(); fail(error); });
  });
}
