// src/extract/count-attribute.ts: a count whose noun is followed by an attribute another figure of the clause measures.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
function indicators(text: string): [string, string | null][] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: jieba, exclude: [] }).map((q) => [q.text, q.indicator]);
}

describe('[count-attribute] NUM+measure word+noun+attribute+为/达+figure: the count counts the noun, the figure measures the attribute', () => {
  it.each<[string, [string, string | null][]]>([
    ['全省18个省控断面水质优良比例为88.9%。', [['18个', '省控断面'], ['88.9%', '水质优良比例']]],
    ['全市6个县区空气优良天数比例为91.2%。', [['6个', '县区'], ['91.2%', '空气优良天数比例']]],
    ['9个饮用水水源地水质达标比例达到100%。', [['9个', '饮用水水源地'], ['100%', '水质达标比例']]],
    ['5个重点河流水质优良比例为80%。', [['5个', '重点河流'], ['80%', '水质优良比例']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // the attribute in a clause of its own: nothing to split
    ['全市有14个国考断面,水质优良比例为92.9%。', [['14个', '国考断面'], ['92.9%', '水质优良比例']]],
    // no second figure in the clause: the count's phrase as read
    ['8个省控断面水质全部达标。', [['8个', '省控断面水质']]], // (全部 opens the predicate: indicator-after.ts)
    // nouns only before the measure noun: where the counted noun ends is not written, the phrase stays whole
    ['12个乡镇污水处理率为85%。', [['12个', '乡镇污水处理率'], ['85%', '污水处理率']]],
  ])('%s (left as read)', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});

describe('[count-attribute] an act right after the one counted noun, then a measure noun: the act and its measure are the attribute', () => {
  it.each<[string, [string, string | null][]]>([
    // 水体|整改|资金: the money of the rectification the water bodies need; the figures after it in the sentence measure it too
    ['据测算,9条水体整改资金约需2100万元,目前已落实1500万元。', [['9条', '水体'], ['2100万元', '整改资金'], ['1500万元', '整改资金']]],
    // near-misses: a noun before the act is what the attribute is said of (as above); a verbal noun is no act
    ['9个饮用水水源地水质达标比例达到100%。', [['9个', '饮用水水源地'], ['100%', '水质达标比例']]],
    ['5个项目建设资金2000万元。', [['5个', '项目'], ['2000万元', '资金']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});
