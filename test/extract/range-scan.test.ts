import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTEXT, scanRange } from '../../src/extract/range-scan.js';
import { normalize } from '../../src/source/normalize.js';

/** What the loops did before range-scan.ts: exec on the whole text from `from` until a match starts at or past `to`. */
function wholeText(re: RegExp, text: string, from: number, to: number): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function inRange(re: RegExp, text: string, from: number, to: number): [number, string][] {
  const out: [number, string][] = [];
  const scan = scanRange(re, text, from, to);
  for (let m = scan.next(); m; m = scan.next()) out.push([m.index, m[0]]);
  return out;
}

/** N个 + a verb, after no numeral: a lookbehind of one character and a lookahead past the match. */
const SLOGAN = /(?<![第\d一二两三四五六七八九十])([两三四五六七八九])个(?:聚焦|坚持|确保)(?![的站])/g;

describe('[range-scan] the matches of a regexp that start in a stretch of a text', () => {
  it.each<[string, string, number, number, [number, string][]]>([
    ['a match inside', '我们坚持三个聚焦,推动工作', 0, 13, [[4, '三个聚焦']]],
    ['offsets into the whole text', '前言。我们坚持三个聚焦,推动工作', 3, 16, [[7, '三个聚焦']]],
    ['a match starting at `to` is not the stretch’s', '我们坚持三个聚焦', 0, 4, []],
    ['a match starting before `to` may run past it', '我们坚持三个聚焦', 0, 5, [[4, '三个聚焦']]],
    ['the lookbehind sees the character before `from`', '第三个聚焦', 1, 5, []],
    ['the lookahead sees the character after `to`', '三个确保的要求', 0, 4, []],
  ])('%s', (_, text, from, to, expected) => {
    expect(inRange(SLOGAN, text, from, to)).toEqual(expected);
    expect(inRange(SLOGAN, text, from, to)).toEqual(wholeText(SLOGAN, text, from, to));
  });

  it('skipTo goes on from an offset into the whole text', () => {
    const text = '前言。三个聚焦三个坚持,两个确保';
    const scan = scanRange(SLOGAN, text, 3, text.length);
    expect(scan.next()?.index).toBe(3);
    scan.skipTo(11);
    expect(scan.next()?.[0]).toBe('两个确保');
    expect(scan.next()).toBeNull();
  });

  it('finds what the whole-text scan finds, for every stretch of the seed', () => {
    const view = normalize(readFileSync('seeds/qujing-2025-safety-rule-of-law.txt', 'utf8'));
    const ANNOUNCED = /(?<![第\d])([一二两三四五六七八九十]{1,3}|\d{1,2})(?:项|个|大|条)[\u4e00-\u9fff]{0,4}?(?:措施|机制|工作|方面)(?![站室])/g;
    let found = 0;
    for (let from = 0; from < view.length; from += 97) {
      for (const length of [1, 40, CONTEXT, 500, view.length]) {
        const to = Math.min(view.length, from + length);
        const matches = inRange(ANNOUNCED, view, from, to);
        expect(matches).toEqual(wholeText(ANNOUNCED, view, from, to));
        found += matches.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});
