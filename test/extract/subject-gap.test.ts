import { describe, expect, it } from 'vitest';
import { gapWord } from '../../src/extract/subject-gap.js';
import { between } from '../../src/extract/indicator-words.js';
import type { Token } from '../../src/segment/segmenter.js';

function tokens(...words: string[]): Token[] {
  let at = 0;
  return words.map((w) => { const [text, tag] = w.split('/'); const t = { text, tag, span: [at, at + text.length] as [number, number] }; at += text.length; return t; });
}
const passed = (t: Token) => between(t);

describe('[subject-gap] words between a subject and the verb linking its figure', () => {
  it.each<[string[], number, boolean]>([
    [['签约率/n', '虽然/c', '达到/v', '了/ul'], 1, true],
    [['签约率/n', '虽然/c', '达到/v', '了/ul'], 3, true], // 了 after a linking verb
    [['空置率/n', '却/d'], 1, true],
    [['比例/n', '要/v', '达到/v'], 1, true], // a modal before a linking verb
    [['浓度/n', '反弹/v'], 1, true], // a verb of change right before the figure
    [['标准/n', '维持/v'], 1, true],
    [['比例/n', '要/v', '回升/v'], 1, true],
    [['备案率/n', '年底/t', '前/f', '达到/v'], 2, true], // a locative closing a time word: a deadline
    [['备案率/n', '6/x', '月底/t', '以前/f', '达到/v'], 1, true], // the digits of the date
    // near-misses
    [['年底/t', '前/f', '完成/v', '任务/n'], 1, false], // a predicate and its object after the time
    [['前/f', '达到/v'], 0, false], // no time word before the locative
    [['备案率/n', '6/x', '个/q', '达到/v'], 1, false], // digits of a count, no date
    [['制度/n', '推行/v', '了/ul'], 2, false], // 了 after the predicate verb
    [['还/d', '需要/v', '资金/n'], 1, false], // a modal that is the predicate
    [['反弹/v', '水体/n'], 0, false], // 反弹 modifying a noun
    [['浓度/n', '反弹/v', '明显/a'], 1, false],
  ])('%j [%i] → %s', (input, k, want) => {
    expect(gapWord(tokens(...input), k, passed)).toBe(want);
  });
});
