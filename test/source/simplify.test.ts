import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_PAIRS } from '../../src/source/simplify-table.js';
import { simplifiedPairsFromOpenCC } from '../../src/source/simplify-opencc.js';
import { simplifiedUnits } from '../../src/source/simplify.js';

describe('simplify table', () => {
  it('is what OpenCC gives (rerun scripts/write-simplify-table.mjs after upgrading opencc-js)', () => {
    expect(SIMPLIFIED_PAIRS === simplifiedPairsFromOpenCC()).toBe(true);
  });

  it('maps Traditional to Simplified and leaves Simplified and ambiguous characters alone', () => {
    const u = simplifiedUnits();
    const simp = (s: string) => [...s].map((c) => String.fromCharCode(u[c.charCodeAt(0)] || c.charCodeAt(0))).join('');
    expect(simp('市人大常委會委員說')).toBe('市人大常委会委员说');
    expect(simp('説裏')).toBe('说里');
    expect(simp('显著么干')).toBe('显著么干');
  });
});
