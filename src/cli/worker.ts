/**
 * A worker thread of `inquiry parse --jobs N`: runs the chunks of jobs it is sent, one at a time.
 *
 * Example: the pool posts `{ids: [7, 8, 9], inputs: [{name: 'a.txt', path: '/abs/a.txt'}, …]}`
 * and gets back `{id: 7, result: {ok: true, output: '---\n…', warnings: 2}}`, then 8, then 9,
 * each as soon as it is done. The options arrive once in `workerData`; a chunk's files are
 * read first so that one dictionary load covers them all (see `runJobs`), and the loaded
 * dictionary serves every later chunk it covers. Runs from the compiled dist/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobInput, JobOptions } from './job.js';
import { loadLane } from './lane-loader.js';

const options = workerData as JobOptions;
// The parser with the bytecode compiled for it at build time when run from the bundle (lane-loader.ts).
const { runJobs, loadRenderer } = await loadLane(options.v8Flags ?? '');
await loadRenderer(options.render.format);

parentPort?.on('message', (message: { ids: number[]; inputs: JobInput[] }) => {
  let k = 0;
  for (const result of runJobs(message.inputs, options)) parentPort!.postMessage({ id: message.ids[k++], result });
});
