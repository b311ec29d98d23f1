import { describe, expect, it } from 'vitest';
import { HAN, hanExcept, spellOutHan } from '../../src/source/han-class.js';

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

describe('[han-class] spellOutHan: a regex literal\'s \\p{sc=Han} written out for the bundle', () => {
  it.each([
    ['alone', '^\\p{sc=Han}{2,4}$', 'u', `^[${HAN}]{2,4}$`],
    ['in a class', '[\\p{sc=Han}·]{2,6}', 'u', `[${HAN}·]{2,6}`],
    ['in a negated class', '[^\\p{sc=Han}的]', 'gu', `[^${HAN}的]`],
    ['after a class', '[ab]\\p{sc=Han}', 'u', `[ab][${HAN}]`],
    ['escaped brackets open no class', '\\[\\p{sc=Han}\\]', 'u', `\\[[${HAN}]\\]`],
    ['an escaped ] inside a class', '[\\]\\p{sc=Han}]', 'u', `[\\]${HAN}]`],
    ['in a lookbehind', '(?<=\\p{sc=Han})[·•]', 'u', `(?<=[${HAN}])[·•]`],
  ])('%s', (_label, pattern, flags, written) => {
    expect(spellOutHan(pattern, flags)).toBe(written);
  });

  it.each([
    ['no u flag (no property escapes)', '\\p{sc=Han}', ''],
    ['the v flag (nested classes)', '[\\p{sc=Han}]', 'v'],
    ['an escaped backslash before p (matches the text)', '\\\\p{sc=Han}', 'u'],
    ['the negated escape', '\\P{sc=Han}', 'u'],
    ['another property', '\\p{sc=Hani}|\\p{Script=Han}|\\p{L}', 'u'],
  ])('leaves alone %s', (_label, pattern, flags) => {
    expect(spellOutHan(pattern, flags)).toBe(pattern);
  });

  it('the written regexes match what the literals match', () => {
    const texts = ['欧阳明远', '王 某', '·李某', '[市]', '𠀋𠀌a', '市，问', '〇〇七', 'abc', '的人', '\\p{sc=Han}'];
    const patterns: Array<[string, string]> = [
      ['\\p{sc=Han}{2,4}', 'gu'], ['[\\p{sc=Han}·]+', 'gu'], ['[^\\p{sc=Han}\\s]+', 'gu'], ['(?<=\\p{sc=Han})[ ·](?=\\p{sc=Han})', 'gu'],
      ['\\[\\p{sc=Han}\\]', 'gu'], ['[\\]\\p{sc=Han}[]+', 'gu'], ['\\P{sc=Han}+', 'gu'], ['\\\\p\\{sc=Han\\}', 'gu'],
    ];
    for (const [pattern, flags] of patterns) {
      const a = new RegExp(pattern, flags);
      const b = new RegExp(spellOutHan(pattern, flags), flags);
      for (const t of texts) expect([pattern, t, [...t.matchAll(b)].map((m) => [m.index, m[0]])]).toEqual([pattern, t, [...t.matchAll(a)].map((m) => [m.index, m[0]])]);
    }
  });
});
