/**
 * A worker thread of `inquiry parse --jobs N`: runs the chunks of jobs it is sent, one at a time.
 *
 * Example: the pool posts `{ids: [7, 8, 9], inputs: [{name: 'a.txt', path: '/abs/a.txt'}, …]}`
 * and gets back `{id: 7, result: {ok: true, output: '---\n…', warnings: 2}}`, then 8, then 9,
 * each as soon as it is done; `{id: 9, skipped: true}` when another lane claimed 9 first (the
 * pool handed it over, see claims.ts). The options, the shared claims and this lane's number
 * arrive once in `workerData`; a chunk's files are read first so that one dictionary load covers
 * them all (see `runJobs`), and the loaded dictionary serves every later chunk it covers.
 * `{stop: true}` (Ctrl-C, or every job done) ends the thread once the chunk it is running is done. Runs from the
 * compiled dist/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobInput, JobOptions } from './job.js';
import { claim, claimedBy } from './claims.js';
import { loadLane } from './lane-loader.js';

const { options, claims, lane } = workerData as { options: JobOptions; claims: Int32Array; lane: number };
// The parser with the bytecode compiled for it at build time when run from the bundle (lane-loader.ts).
const { runJobs, loadRenderer } = await loadLane(options.v8Flags ?? '');
await loadRenderer(options.render.format);

parentPort?.on('message', (message: { ids: number[]; inputs: JobInput[] } | { stop: true }) => {
  // Ctrl-C (pool.ts): read here, between chunks, so the thread never ends inside native code.
  if ('stop' in message) process.exit(0);
  // Every job already claimed by another lane (handed over, or claimed for none on Ctrl-C): nothing to read or load.
  if (message.ids.every((id) => claimedBy(claims, id) !== 0)) {
    for (const id of message.ids) parentPort!.postMessage({ id, skipped: true });
    return;
  }
  let k = 0;
  for (const result of runJobs(message.inputs, options, (j) => claim(claims, message.ids[j], lane))) {
    const id = message.ids[k++];
    parentPort!.postMessage(result ? { id, result } : { id, skipped: true });
  }
});
