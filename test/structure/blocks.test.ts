import { describe, expect, it } from 'vitest';
import { splitLines, splitSentences, sentenceStart, sentenceEnd, lineAt, isSpace } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

describe('[blocks] lines', () => {
  it.each([
    ['问题一:如何?\n近年来,', [[0, 7], [8, 12]]],
    ['甲\r\n乙', [[0, 2], [3, 4]]],
    ['甲\n\n乙\n', [[0, 1], [2, 2], [3, 4]]],
  ])('%j', (text, spans) => {
    expect(splitLines(normalize(text)).map((l) => l.span)).toEqual(spans);
  });
  it('trims the content of a CRLF line', () => {
    const lines = splitLines(normalize('甲乙\r\n丙'));
    expect(lines[0].content).toEqual([0, 2]);
    expect(lineAt(lines, 4).index).toBe(1);
  });
});

describe('[blocks] sentences', () => {
  it.each([
    ['海建才表示,市政府将扭转局面。一是提高站位。', ['海建才表示,市政府将扭转局面。', '一是提高站位。']],
    ['“执行完毕率低,这是重点。”高红丽说。高红丽表示,', ['“执行完毕率低,这是重点。”高红丽说。', '高红丽表示,']],
    ['如何提升?市局局长回应', ['如何提升?', '市局局长回应']],
    ['将新建蓄水池. 今年投入3.5亿元. 1. 完善机制', ['将新建蓄水池.', ' 今年投入3.5亿元.', ' 1. 完善机制']],
  ])('%s', (text, sentences) => {
    const view = normalize(text);
    expect(splitSentences(view, 0, view.length).map(([s, e]) => text.slice(s, e))).toEqual(sentences);
  });
  it.each([
    ['引导群众参与。市法院代理院长邓玲说,近年来排名靠后。', '邓玲', '市法院代理院长邓玲说,近年来排名靠后。'],
    ['将新建蓄水池. 县水利局局长全某回答说, 将改造管网. 其他.', '全某', '县水利局局长全某回答说, 将改造管网.'],
  ])('the sentence around an offset: %s', (text, at, sentence) => {
    const i = text.indexOf(at);
    expect(text.slice(sentenceStart(text, i, 0), sentenceEnd(text, i, text.length))).toBe(sentence);
  });
  it('finds the sentence around an offset', () => {
    const text = '引导群众参与。市法院代理院长邓玲说,近年来排名靠后。';
    const at = text.indexOf('邓玲');
    expect(text.slice(sentenceStart(text, at, 0), sentenceEnd(text, at, text.length))).toBe('市法院代理院长邓玲说,近年来排名靠后。');
  });
});

describe('[blocks] isSpace reads white space as /\\s/u does', () => {
  it('for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/u.test(String.fromCharCode(c))) expect([c, isSpace(c)]).toEqual([c, !isSpace(c)]);
    expect(isSpace(Number.NaN)).toBe(false);
  });
});
