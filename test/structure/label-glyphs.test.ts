// A glyph opening a label's line is the label's (src/structure/label-glyphs.ts).
import { describe, expect, it } from 'vitest';
import { glyphStart } from '../../src/structure/label-glyphs.js';

describe('[label-glyphs] the glyph before a label', () => {
  // Each row: the text, the label's first character (its first occurrence), the text the turn starts with.
  it.each<[string, string, string]>([
    ['问得好吗？\n▲市人大常委会委员 石某：', '市', '▲市'],
    ['问得好吗？\n● 区卫健委主任 柏某：', '区', '● 区'],
    ['问得好吗？\n  ◆州交通局局长 蔺某：', '州', '◆州'],
    ['问得好吗？\n△县委员 某：', '县', '△县'],
    ['问得好吗？\n◎县水利局局长 某：', '县', '◎县'],
    ['问得好吗？\n☆县水利局局长 某：', '县', '☆县'],
    ['问得好吗？\n▶县水利局局长 某：', '县', '▶县'],
    ['问得好吗？\n•县水利局局长 某：', '县', '•县'],
    ['问得好吗？\n\u3000■ 镇长 某：', '镇', '■ 镇'],
  ])('%s', (text, label, starts) => {
    const at = text.indexOf(label, text.indexOf('\n'));
    expect(text.slice(glyphStart(text, at)).startsWith(starts)).toBe(true);
  });

  // Each row: a lead that is no single glyph: the turn starts at the label.
  it.each<[string, string]>([
    ['two glyphs (a rule of its own kind)', '问得好吗？\n▲▲市人大常委会委员 石某：'],
    ['words before the label', '问得好吗？\n会上，市人大常委会委员 石某：'],
    ['a numbering glyph, not decoration', '问得好吗？\n①市人大常委会委员 石某：'],
    ['a glyph at the end of the line before', '问得好吗？▲\n市人大常委会委员 石某：'],
    ['the label at the line start', '问得好吗？\n市人大常委会委员 石某：'],
  ])('no glyph: %s', (_name, text) => {
    const at = text.indexOf('市', text.indexOf('\n'));
    expect(glyphStart(text, at)).toBe(at);
  });
});
