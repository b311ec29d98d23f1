/**
 * A pool of worker threads for `--jobs N`; results are reported by input index so the
 * caller keeps input order.
 *
 * Example: 800 files with `--jobs 2` run in this thread and in one worker, started first so
 * that its start-up overlaps this thread's loading of the parser. Lanes take the files in chunks (128 at most, smaller towards the
 * end, see `chunkSize`): a lane reads a chunk's files first and loads one dictionary for all of
 * them. A worker keeps two chunks in flight so it never waits for the next message. When no
 * chunk is left, a lane that runs out of work takes over the back half of the files another lane
 * holds but has not started (`handOver`; claims.ts says which lane runs which file): the lanes
 * finish within a file of each other, not a chunk or two (on files of a report's length, two
 * chunks of 16 were a second of one lane waiting). A worker that dies fails only the job it was
 * running (one line); the jobs it had not finished go to a new worker.
 * Ctrl-C (`signal` aborted) never terminates a worker from outside: one stopped that way inside
 * native code (nodejieba loading its dictionary) can abort the whole process ("terminate called
 * after throwing an instance of 'Napi::Error'", exit 134). Instead every job not started is
 * claimed for no lane, so each lane skips the rest of its chunk, and each worker is told to stop:
 * it reads that message only between chunks, a safe point, and exits; the run then rejects with
 * `Interrupted`, and the caller cleans up (no partial file) and exits 130. When every job is done the
 * workers are told to stop the same way, and the run ends once they have exited (`finish`).
 * Workers run the compiled dist/cli/worker.js, also when this module runs from src/ under
 * vitest; `workerScript()` is null when dist/ is not built, and the caller runs in-process.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobInput, JobOptions, JobResult } from './job.js';
import { claim, claimedBy, newClaims } from './claims.js';

/** How long the workers have to exit by themselves once every job is settled (`finish`), in milliseconds. */
const FINISH_GRACE_MS = 10_000;
/** Chunks a worker holds at once: the one it runs and the next. */
const IN_FLIGHT = 2;
/** Most files in a chunk: enough for one dictionary load to serve many, few enough to balance the lanes. */
const MAX_CHUNK = 128;
/**
 * Fewest files in a chunk (but for the last): a chunk whose files bring a word the lane has not
 * loaded costs a whole dictionary load (≈ 40 ms for the words of a few hundred transcripts), as
 * much as parsing a dozen files, so the chunks towards the end stop shrinking here; `handOver`
 * evens out the rest.
 */
const MIN_CHUNK = 16;
/**
 * Least text handed over from one lane to another, in bytes: parsing it (≈ 1.5–2 ms per KB of
 * UTF-8, ≈ 50–65 ms here) must outweigh the dictionary load the receiving lane may need for it
 * (≈ 40 ms). Sixteen short transcripts of the bench's shuffled corpus (2.3 KB each) pass it.
 */
const HAND_OVER_BYTES = 32 * 1024;

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

/**
 * Runs a chunk of jobs in this thread, yielding their results in order (see `runJobs`); `claim(k)`
 * is asked before job k runs, and a job it refuses yields null.
 */
export type LocalLane = (inputs: JobInput[], claim: (k: number) => boolean) => Iterable<JobResult | null>;

/** This thread's lane number in the claims; workers take 2, 3, … (a new number for each worker started). */
const LOCAL = 1;
/** The lane jobs are claimed for when the run is interrupted: none, so no lane starts them. */
const NO_LANE = -1;

/** The run was interrupted (its signal aborted): the workers have exited, the results taken so far stand. */
export class Interrupted extends Error {
  override name = 'Interrupted';
  constructor() {
    super('interrupted');
  }
}

/** The message that tells a worker to exit (see worker.ts). */
export const STOP = { stop: true } as const;

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
  /** Aborted by Ctrl-C: stop at the next safe point (see above). */
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((done, fail) => {
    let next = 0;
    let finished = 0;
    let stopped = false;
    const settled = new Uint8Array(inputs.length);
    const claims = newClaims(inputs.length);
    /** Each live worker and the jobs it holds (sent, not reported). */
    const live = new Map<Worker, { held: Set<number>; chunks: number[][] }>();
    /** Jobs sent to a worker that died before finishing them: sent again first. */
    const queued: number[] = [];
    /** Jobs of this thread's chunk not yet run (its lane's share that another lane may take over). */
    let localLeft: number[] = [];
    let lanesStarted = LOCAL;
    if (inputs.length === 0) return done();
    const workers = Math.min(local ? jobs - 1 : jobs, inputs.length);
    const lanes = workers + (local ? 1 : 0);

    const stop = () => {
      stopped = true;
      for (const w of live.keys()) void w.terminate();
      live.clear();
    };
    /**
     * Every job settled: each worker is told to stop as on Ctrl-C, and the run ends when all have exited — a worker may
     * still be loading a dictionary for a chunk whose files another lane took over, and terminated there it could abort
     * the process (see above). One that has not exited within FINISH_GRACE_MS (it should take a chunk's load at most)
     * is terminated, so a stuck worker never hangs the run.
     */
    const finish = () => {
      stopped = true;
      const workers = [...live.keys()];
      live.clear(); // their exits are no deaths to recover from
      let left = workers.length;
      if (left === 0) return done();
      const late = setTimeout(() => { for (const w of workers) void w.terminate(); }, FINISH_GRACE_MS);
      const exited = () => { if (--left <= 0) { clearTimeout(late); done(); } };
      for (const w of workers) {
        w.once('exit', exited);
        w.postMessage(STOP);
      }
    };
    /** Ctrl-C: no job starts any more; each worker exits when it reads STOP, between chunks (never terminated inside native code). */
    const interrupt = () => {
      if (stopped) return;
      stopped = true;
      for (let id = 0; id < inputs.length; id++) claim(claims, id, NO_LANE);
      const workers = [...live.keys()];
      live.clear(); // their exits are no deaths to recover from
      let left = workers.length;
      const exited = () => { if (--left <= 0) fail(new Interrupted()); };
      if (left === 0) return exited();
      for (const w of workers) {
        w.once('exit', exited);
        w.postMessage(STOP);
      }
    };
    if (signal?.aborted) return fail(new Interrupted());
    signal?.addEventListener('abort', interrupt, { once: true });
    const settle = (index: number, result: JobResult) => {
      if (stopped || settled[index]) return;
      settled[index] = 1;
      try {
        onResult(index, result);
      } catch (error) {
        // The caller cannot take more (its output failed): stop the workers, let it report.
        stop();
        fail(error);
        return;
      }
      if (++finished === inputs.length) finish();
    };
    /** The next chunk of job indexes (see `chunkSize`). */
    const take = (): number[] => {
      const left = queued.length + inputs.length - next;
      const size = chunkSize(left, lanes);
      const chunk = queued.splice(0, size);
      while (chunk.length < size && next < inputs.length) chunk.push(next++);
      return chunk;
    };
    const sizes = new Map<number, number>();
    const bytesOf = (id: number): number => {
      let size = sizes.get(id);
      if (size === undefined) {
        const input = inputs[id];
        try {
          size = input.bytes?.length ?? (input.path === null ? 0 : statSync(input.path).size);
        } catch {
          size = 0;
        }
        sizes.set(id, size);
      }
      return size;
    };
    /**
     * Once every chunk is out: the back half of the unstarted jobs of the lane that holds most,
     * for a lane that ran out (`taker`); none when that is less than HAND_OVER_BYTES of text.
     * The lane that held them skips those it finds claimed (claims.ts).
     */
    const handOver = (taker: Worker | null): number[] => {
      let best: number[] = [];
      const consider = (held: Iterable<number>) => {
        const open = [...held].filter((id) => !settled[id] && claimedBy(claims, id) === 0).sort((a, b) => a - b);
        if (open.length > best.length) best = open;
      };
      for (const [w, lane] of live) if (w !== taker) consider(lane.held);
      if (taker !== null) consider(localLeft);
      const half = best.slice(Math.ceil(best.length / 2));
      if (half.reduce((sum, id) => sum + bytesOf(id), 0) < HAND_OVER_BYTES) return [];
      for (const lane of live.values()) for (const id of half) lane.held.delete(id);
      return half;
    };

    const spawn = () => {
      const lane = ++lanesStarted;
      const worker = new Worker(script, { workerData: { options, claims, lane } });
      const held = new Set<number>();
      const chunks: number[][] = [];
      live.set(worker, { held, chunks });
      const send = (ids: number[]) => {
        chunks.push(ids);
        for (const id of ids) held.add(id);
        worker.postMessage({ ids, inputs: ids.map((id) => inputs[id]) });
      };
      const feed = () => {
        if (stopped) return;
        while (chunks.length > 0 && chunks[0].every((id) => !held.has(id))) chunks.shift();
        while (chunks.length < IN_FLIGHT && (queued.length > 0 || next < inputs.length)) send(take());
        if (chunks.length === 0 && !stopped) {
          const ids = handOver(worker);
          if (ids.length > 0) send(ids);
        }
      };
      worker.on('message', (m: { id: number; result?: JobResult; skipped?: true }) => {
        held.delete(m.id);
        feed();
        if (m.result) settle(m.id, m.result);
      });
      const die = (problem: string) => {
        if (!live.delete(worker)) return;
        // A worker runs its jobs in the order sent: the one it died on is the first it claimed and
        // did not report (or, when it claimed none, the first it held); the others it had not
        // started go to the next worker, unless another lane took them over.
        const open = [...held].filter((id) => !settled[id]).sort((a, b) => a - b);
        held.clear();
        chunks.length = 0;
        const current = open.find((id) => claimedBy(claims, id) === lane) ?? open.find((id) => claim(claims, id, lane));
        queued.push(...open.filter((id) => id !== current && claimedBy(claims, id) === 0));
        if (current !== undefined) settle(current, { ok: false, problem });
        if ((queued.length > 0 || next < inputs.length) && !stopped) spawn();
      };
      worker.on('error', (error: Error) => die(`worker failed: ${String(error?.message ?? error).split('\n')[0]}`));
      worker.on('exit', (code) => die(`worker stopped (exit code ${code})`));
      feed();
    };

    const lane = async () => {
      const run = await local!();
      for (let ids = take(); ids.length > 0 && !stopped; ids = take()) await runLocal(run, ids);
      for (let ids = handOver(null); ids.length > 0 && !stopped; ids = handOver(null)) await runLocal(run, ids);
    };
    const runLocal = async (run: LocalLane, ids: number[]) => {
      localLeft = ids.slice();
      let k = 0;
      for (const result of run(ids.map((id) => inputs[id]), (j) => claim(claims, ids[j], LOCAL))) {
        const id = ids[k++];
        localLeft = ids.slice(k);
        if (result) settle(id, result);
        if (stopped) return;
        await new Promise((resolve) => setImmediate(resolve)); // let worker messages in
      }
      localLeft = [];
    };
    for (let i = 0; i < workers; i++) spawn();
    if (local) lane().catch((error) => { stop(); fail(error); });
  });
}
