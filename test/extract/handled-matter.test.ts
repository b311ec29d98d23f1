import { describe, expect, it } from 'vitest';
import { handledMatter, HANDLING } from '../../src/extract/handled-matter.js';
import type { Token } from '../../src/segment/segmenter.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** [figure, indicator] of each quantity of `text`, segmented by jieba with the project's dictionaries. */
const read = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] }).map((q) => [q.text, q.indicator]);

/** Glued tokens of the given texts and tags. */
function glued(...words: Array<[string, string]>): Token[] {
  let at = 0;
  return words.map(([text, tag]) => ({ text, tag, span: [at, (at += text.length)] as [number, number] }));
}

describe('[handled-matter] the object of a verb of handling, read as verbs', () => {
  it.each<[string, Token[], boolean]>([
    ['供暖|投诉', glued(['供暖', 'v'], ['投诉', 'v']), true],
    ['投诉', glued(['投诉', 'v']), true],
    ['信访|举报', glued(['信访', 'v'], ['举报', 'v']), true],
    ['群众|投诉 (a noun: read as before)', glued(['群众', 'n'], ['投诉', 'v']), false],
    ['nothing', [], false],
    ['交了 (one character and 了)', glued(['交', 'v']), false],
  ])('%s: %s', (_, kept, want) => {
    expect(handledMatter(kept)).toBe(want);
  });

  it('受理 and 办理 are verbs of handling; 完成 and 整治 are not', () => {
    expect([HANDLING.has('受理'), HANDLING.has('办理'), HANDLING.has('完成'), HANDLING.has('整治')]).toEqual([true, true, false, false]);
  });
});

describe('[handled-matter] what a hotline or office handled is counted', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['12345热线共受理供暖投诉3260件，同比下降21.4%', [['3260件', '供暖投诉'], ['21.4%', '供暖投诉']]],
    ['共受理投诉300件', [['300件', '投诉']]],
    // near-misses: another predicate verb's verbs are work, no matter handled; a noun object reads as before
    ['完成整治1021个', [['1021个', '整治']]],
    ['共受理群众来信86件', [['86件', '群众来信']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('[handled-matter] near-misses: a predicate verb is no matter handled', () => {
  it('实现 is the predicate (抵押登记实现1小时办结): no object of handling, the reading is left as it was', () => {
    expect(handledMatter(glued(['实现', 'v']))).toBe(false);
    expect(read('抵押登记实现1小时办结')).toEqual([['1小时', '抵押登记实现']]);
  });
});
