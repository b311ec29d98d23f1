// src/extract/indicator-coverbs.ts: a coverb's object, a modal after a locative, an adverb glued to a verb are the predicate's.
import { describe, expect, it } from 'vitest';
import { beforeCoverb, predicateWords } from '../../src/extract/indicator-coverbs.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
/** Each quantity of `text` with its indicator, as the whole reader gives them. */
const indicators = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.indicator]);

describe('[indicator-coverbs] who acts is never what is measured (real segmenter)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // the subject before 由 is what is funded; alone, nothing before the figure names it
    ['专项资金由县财政安排200万元。', [['200万元', '专项资金']]],
    ['经费由区财政全额保障120万元。', [['120万元', '经费']]],
    ['所需资金由市级财政安排500万元,用于改造。', [['500万元', '所需资金']]],
    ['由县财政安排200万元。', [['200万元', null]]],
    ['由县财政安排200万元资金。', [['200万元', '资金']]], // the noun after the figure names it
    ['由市财政承担40%。', [['40%', null]]],
    // 从 naming a source
    ['从省里争取800万元。', [['800万元', null]]],
    ['从省里争取资金800万元。', [['800万元', '资金']]],
    // near-misses: 由 and 从 inside words, and a change from A to B, stay as they read
    ['自由贸易试验区面积120平方公里。', [['120平方公里', '自由贸易试验区面积']]],
    ['易涝点由原来的418处减少到120处。', [['418处', '易涝点'], ['120处', '易涝点']]],
    ['治理率由2021年的18%提高到35%。', [['2021年', null], ['18%', '治理率'], ['35%', '治理率']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, Array<[string, string | null]>]>([
    ['年底前要完成30个。', [['30个', null]]],
    ['年底前要完成1200万元。', [['1200万元', null]]],
    ['先建10个,再建20个。', [['10个', null], ['20个', null]]],
    ['今年先建5公里,明年再建8公里。', [['5公里', null], ['8公里', null]]],
    ['先建10个示范点。', [['10个', '示范点']]],
    ['年内先建2000米绿道。', [['2000米', '绿道']]],
  ])('words of the predicate: %s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, boolean]>([
    ['前要', true], ['内要', true], ['先建', true], ['再修', true],
    // near-misses: nouns
    ['前景', false], ['先进', false], ['示范点', false], ['要点', false],
  ])('predicateWords(%s) → %s', (phrase, want) => {
    expect(predicateWords(phrase, jieba)).toBe(want);
  });

  it('gives undefined where no coverb stands', () => {
    const view = '专项资金安排200万元';
    expect(beforeCoverb(view, [0, 4], 6, jieba)).toBeUndefined();
  });
});
