/**
 * A worker thread of `inquiry parse --jobs N`: runs jobs one message at a time.
 *
 * Example: the pool posts `{id: 7, input: {name: 'a.txt', path: '/abs/a.txt'}}` and gets
 * back `{id: 7, result: {ok: true, output: '---\n…', warnings: 2}}`. The options arrive once
 * in `workerData`; the dictionary is loaded by the first parse and reused for every later
 * job of this worker. Runs from the compiled dist/cli/worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { expectJobs, runJob, type JobInput, type JobOptions } from './job.js';
import { loadRenderer } from './render.js';

/** `expectedJobs`: about how many jobs this worker will get (its share of the batch). */
const options = workerData as JobOptions & { expectedJobs?: number };
expectJobs(options.expectedJobs ?? 0);
await loadRenderer(options.render.format);

parentPort?.on('message', (message: { id: number; input: JobInput }) => {
  parentPort!.postMessage({ id: message.id, result: runJob(message.input, options) });
});
