/**
 * A doubling as a growth: "使全区再生资源回收量在今年基础上翻一番" is a target of +100 % on 再生资源回收量, so the next
 * session's "回收量预计增长65%左右" is set against it (目标 翻一番, 现状 65%左右: 未达标); 翻两番 is ×4, +300 %.
 *
 * The record reads a doubling as a multiple (翻一番 → 2 倍, quantities.ts); a growth is reported as a percent of the start,
 * so compare reads the multiple the same way: (2^N − 1) × 100 %. A doubling not yet done (no 了: 翻一番, 实现翻番) is a target
 * whatever its clause says; one done (翻了一番) keeps the stance its clause gives.
 */
import type { Quantity } from '../model/record.js';

/** 翻番, 翻一番, 翻了两番 as the parser writes them (qualifiers after: 翻了一番多). */
const DOUBLING = /^翻(了)?(?:[一两二三四]?番)/u;

/** The growth a doubling states, in percent, and whether it is still to come; null for any other figure. */
export function doublingGrowth(q: Quantity): { value: number; target: boolean } | null {
  if (q.unit !== '倍' || q.value === null) return null;
  const m = DOUBLING.exec(q.text);
  return m ? { value: (q.value - 1) * 100, target: m[1] === undefined } : null;
}
