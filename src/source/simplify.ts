/**
 * Traditional → Simplified, one UTF-16 code unit for one, from OpenCC's character tables.
 *
 * Example: "市人大常委會委員說" → "市人大常委会委员说"; Hong Kong variant forms
 * (説, 裏) are first mapped to the standard Traditional form, then to Simplified (see
 * simplify-opencc.ts for the derivation). The map is read from simplify-table.ts, written from
 * OpenCC by scripts/write-simplify-table.mjs (a test checks the two agree): deriving it at run
 * time meant loading and splitting three OpenCC dictionaries, ~12 ms of every process.
 */
import { SIMPLIFIED_PAIRS } from './simplify-table.js';

/** The map as a table by code unit: 0 where a unit stays as it is (one lookup per character, no string per character). */
let units: Uint16Array | null = null;

/** The Simplified code unit for `unit`, or 0 when it has none of its own. */
export function simplifiedUnits(): Uint16Array {
  if (units) return units;
  units = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < SIMPLIFIED_PAIRS.length; i += 2) units[SIMPLIFIED_PAIRS.charCodeAt(i)] = SIMPLIFIED_PAIRS.charCodeAt(i + 1);
  return units;
}
