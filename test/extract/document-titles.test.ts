// src/extract/document-titles.ts: figures inside a document's 《》 title are part of its name.
import { describe, expect, it } from 'vitest';
import { documentTitleAt } from '../../src/extract/document-titles.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text);
}

describe('[document-titles] the title opening at 《', () => {
  it.each<[string, string]>([
    ['《2024年工作要点》印发', '《2024年工作要点》'],
    ['《水资源保护三年行动方案（2024—2026年）》', '《水资源保护三年行动方案（2024—2026年）》'],
    ['《条例》', '《条例》'],
  ])('%s → %s', (text, want) => {
    expect(documentTitleAt(normalize(text), 0)).toBe(want.length);
  });

  it.each(['《条例', '《条例\n》', '《条例。后文》', '2024年'])('no title: %s', (text) => {
    expect(documentTitleAt(normalize(text), 0)).toBe(0);
  });
});

describe('[document-titles] figures in a title are no figures, figures around it are', () => {
  it.each<[string, string[]]>([
    ['就《黔东南州旅游产业化三年攻坚行动方案（2024—2026年）》实施情况开展专题询问', []],
    ['印发《2024年工作要点》,新建5所学校', ['5所']],
    ['出台《关于实施“十项行动”的意见》《水资源保护三年行动方案》,投入资金3亿元', ['3亿元']],
    ['根据《条例》第三条,罚款5000元', ['5000元']],
    ['《条例 2024年修订', ['2024年']], // an 《 left open hides nothing
  ])('%s → %o', (input, want) => {
    expect(quantities(input)).toEqual(want);
  });
});
