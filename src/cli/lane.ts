/**
 * What a batch lane runs — the parser behind `runJobs` and the renderers — as one module, so that
 * `scripts/bundle.mjs` can also write it as one classic script, dist/bundle/lane.cjs, which
 * `loadLane` (lane-loader.ts) compiles with V8's code cache. Imported directly when that script
 * is missing (tsc's dist/cli/, the tests).
 */
export { runJobs } from './job.js';
export { loadRenderer } from './render.js';
