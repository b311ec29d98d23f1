import { describe, expect, it } from 'vitest';
import { isStampLine, stampAbove, stampLength } from '../../src/structure/stamps.js';
import { normalize } from '../../src/source/normalize.js';

describe('[stamps] a live feed\'s clock-time stamps', () => {
  it.each<[string, boolean]>([
    ['【14:05】', true],
    ['[14:05]', true],
    ['［14:05］', true], // (the view folds the full-width brackets)
    ['（14:05）', true],
    ['〔8:47〕', true],
    ['14:05', true],
    ['  14:05:30 ', true],
    ['【14时05分】', true],
    ['8时47分', true],
    ['【 14:05 】', true],
    // Not stamps: a scene tag, a subhead, a date, a ratio, a sentence.
    ['【现场】', false],
    ['【农村客运如何“通得上”】', false],
    ['2024-05-21', false],
    ['14:05:30:12', false],
    ['会议于14:05开始。', false],
    ['14:05 主持人:下面请委员提问。', false],
    ['', false],
  ])('isStampLine(%j) = %s', (line, expected) => {
    expect(isStampLine(normalize(line))).toBe(expected);
  });

  it.each<[string, string]>([
    ['【14:05】区人大常委会委员甘某:…', '【14:05】'],
    ['【14:05】 区人大常委会委员甘某:…', '【14:05】 '],
    ['[14:05]问:…', '[14:05]'],
    ['（14:05）主持人:…', '（14:05）'],
    ['14:05 区某局局长覃某:…', '14:05 '],
    ['14:05:30　区某局局长覃某:…', '14:05:30　'],
    ['8时47分 区某局局长覃某:…', '8时47分 '],
    ['14:05', '14:05'],
    ['  【14:05】', '  【14:05】'],
    // A bare clock time running on into words is a sentence's adverbial, no stamp.
    ['8时47分,会议开始。', ''],
    ['14:05会议开始。', ''],
    ['2024年5月21日 14:05', ''],
    ['区某局局长覃某:…', ''],
  ])('stampLength(%j) covers %j', (line, stamp) => {
    expect(stampLength(normalize(line), 0)).toBe(stamp.length);
  });

  it('reads the stamp at a line start inside the text', () => {
    const view = normalize('会议开始。\n【09:12】区人大常委会委员甘某:资金够吗?');
    expect(stampLength(view, view.indexOf('【'))).toBe(7);
    expect(stampLength(view, view.indexOf('区'))).toBe(0);
  });

  it.each<[string, string, string]>([
    ['a stamp alone on the line above', '…体系。\n【09:20】\n主持人:还有追问。', '【09:20】\n主持人'],
    ['a bare stamp above', '…体系。\n09:20\n主持人:还有追问。', '09:20\n主持人'],
    ['a blank line between', '…体系。\n\n【09:20】\n\n主持人:还有追问。', '【09:20】\n\n主持人'],
    ['an indented stamp', '…体系。\n　【09:20】\n主持人:还有追问。', '【09:20】\n主持人'],
    ['no stamp above', '…体系。\n主持人:还有追问。', '主持人'],
    ['a line with words above', '…体系。\n【09:20】主持人发言。\n韩某委员:还有追问。', '韩某委员'],
    ['a subhead above', '…体系。\n【海绵城市效果如何评估】\n韩某委员:请问…', '韩某委员'],
  ])('stampAbove: %s', (_name, text, expected) => {
    const view = normalize(text);
    const line = view.lastIndexOf('\n') + 1;
    const at = stampAbove(view, line, 0);
    expect(text.slice(at, at + expected.length)).toBe(expected);
  });

  it('never reaches above the floor', () => {
    const view = normalize('【09:20】\n主持人:还有追问。');
    expect(stampAbove(view, view.indexOf('主'), 3)).toBe(view.indexOf('主'));
    expect(stampAbove(view, view.indexOf('主'), 0)).toBe(0);
  });
});
