import { describe, expect, it } from 'vitest';
import { claim, claimedBy, newClaims } from '../../src/cli/claims.js';

describe('[claims] which lane runs which input', () => {
  it('the first lane to claim an input has it; a later claim is refused', () => {
    const claims = newClaims(3);
    expect(claimedBy(claims, 1)).toBe(0);
    expect(claim(claims, 1, 2)).toBe(true);
    expect(claim(claims, 1, 1)).toBe(false);
    expect(claimedBy(claims, 1)).toBe(2);
    expect(claim(claims, 0, 1)).toBe(true);
    expect([0, 1, 2].map((id) => claimedBy(claims, id))).toEqual([1, 2, 0]);
  });
  it('lives in shared memory, so every worker sees the same claims', () => {
    expect(newClaims(4).buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(newClaims(0).length).toBe(1); // an empty batch still gets a buffer
  });
});
