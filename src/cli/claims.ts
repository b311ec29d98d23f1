/**
 * Which lane of a batch runs which input, shared by the lanes (this thread and the workers) in
 * one SharedArrayBuffer: a slot per input, 0 while no lane has started it, else the number of the
 * lane that did. A lane claims an input just before parsing it, so an input handed to a lane but
 * not yet started can be handed to another that ran out of work (pool.ts); whichever claims it
 * first runs it, and the other skips it.
 *
 * Example: 800 files on two lanes; at the end lane 1 has finished and lane 2 still holds files
 * 770–799, all unstarted but 770: the pool hands 785–799 to lane 1, and lane 2, coming to 785,
 * finds it claimed by lane 1 and skips it.
 */

/** Claims of `inputs` inputs, all free. */
export function newClaims(inputs: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, inputs)));
}

/** Claim input `id` for lane `lane` (≥ 1): true when it was free, false when another lane has it. */
export function claim(claims: Int32Array, id: number, lane: number): boolean {
  return Atomics.compareExchange(claims, id, 0, lane) === 0;
}

/** The lane that claimed input `id`, or 0. */
export function claimedBy(claims: Int32Array, id: number): number {
  return Atomics.load(claims, id);
}
