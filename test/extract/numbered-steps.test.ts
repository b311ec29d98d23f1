import { describe, expect, it } from 'vitest';
import { numberedStepAt } from '../../src/extract/numbered-steps.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
const figures = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.value, q.range]);

describe('[numbered-steps] a slogan of numbered steps is no count', () => {
  it.each<[string, string, number]>([
    ['一次告知、二次约谈、三次曝光', '一次', 2],
    ['一次告知、二次约谈、三次曝光', '二次', 2],
    ['一次告知、二次约谈、三次曝光', '三次', 2],
    ['对企业一次警告,二次处罚。', '二次', 2],
    // near-misses: 两 counts; a lone step; not consecutive
    ['开展一次检查、两次督查', '两次', 0],
    ['今年已三次曝光,', '三次', 0],
    ['一次告知、三次曝光', '三次', 0],
  ])('%s [%s] → %i', (text, at, want) => {
    expect(numberedStepAt(normalize(text), text.indexOf(at))).toBe(want);
  });

  it('leaves no figure in the slogan, and counts outside it stay', () => {
    expect(figures('实行一次告知、二次约谈、三次曝光。')).toEqual([]);
    expect(figures('开展一次检查、两次督查。').map((f) => f[0])).toContain('两次');
  });

  it('adjacent numerals are an approximate range', () => {
    expect(figures('托育费用每月动辄三四千元。')).toEqual([['三四千元', 3000, [3000, 4000]]]);
    expect(figures('一年只去一两次。')).toEqual([['一两次', 1, [1, 2]]]);
    expect(figures('新建七八个站点。')).toEqual([['七八个', 7, [7, 8]]]);
  });
});
