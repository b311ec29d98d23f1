import { describe, expect, it } from 'vitest';
import { HAN, hanExcept } from '../../src/source/han-class.js';

describe('[han-class] Script=Han written out', () => {
  it('matches exactly the code points \\p{sc=Han} matches', () => {
    const written = new RegExp(`^[${HAN}]$`, 'u');
    const property = /^\p{sc=Han}$/u;
    const differ: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are no characters
      const s = String.fromCodePoint(c);
      if (written.test(s) !== property.test(s)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['市', true], ['问', false], ['的', false], ['〇', true], ['𠀋', true], ['a', false], ['，', false],
  ])('hanExcept("问的") on %s → %s', (ch, ok) => {
    expect(new RegExp(`^${hanExcept('问的')}$`, 'u').test(ch)).toBe(ok);
  });
});
