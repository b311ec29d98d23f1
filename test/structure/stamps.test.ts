import { describe, expect, it } from 'vitest';
import { isStampLine, STAMP, stampAbove, stampLength } from '../../src/structure/stamps.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

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

describe('[stamps] a document\'s paragraph number before a paragraph\'s opener', () => {
  // Word exports print the outline number at a paragraph's head; like a clock time it stands before the opener.
  const LEAD = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(.*)$`, 'u');
  it.each<[string, string]>([
    ['2.2.1  追问（孔令然）：水源地保护资金有没有保障？', '追问(孔令然):水源地保护资金有没有保障?'],
    ['2.3  柴文松追问：何时完工？', '柴文松追问:何时完工?'],
    ['3. 柴文松追问：何时完工？', '柴文松追问:何时完工?'],
    ['2.2.1 柴文松追问：何时完工？', '柴文松追问:何时完工?'],
    ['４．１　罗主任在小结时要求，…', '罗主任在小结时要求,…'],
    // Not a paragraph number: a decimal running into its unit, a bare heading number.
    ['2.5亿元用于管网改造。', '2.5亿元用于管网改造。'],
    ['3  询问会小结', '3  询问会小结'],
  ])('%s', (line, rest) => {
    expect(LEAD.exec(normalize(line))![1]).toBe(rest);
  });
});

describe('[stamps] a paragraph number does not hide the follow-up or the closing it stands before', () => {
  const HEAD = [
    '云溪市人大常委会第九次会议专题询问',
    '2019年4月12日，云溪市人大常委会第九次会议开展专题询问。常委会主任罗德坤主持。',
    '2.1  常委会委员柴文松问：城区供水管网漏损率偏高，市水务局有什么措施？',
    '答（市水务局局长 鲁泽民）：一是推进管网改造；二是推行分区计量。',
  ];
  const ANSWER = '答（市财政局局长 项春华）：市财政今年安排改造资金2.4亿元，能够保障。';
  it.each([
    '2.2.1  追问（孔令然）：管网改造资金是否有保障？',
    '2.2.1  孔令然追问：管网改造资金是否有保障？',
    '2.2.1 孔令然追问：管网改造资金是否有保障？',
    '2.3  孔令然追问：管网改造资金是否有保障？',
    '3. 孔令然追问：管网改造资金是否有保障？',
  ])('%s', (line) => {
    const r = parse([...HEAD, line, ANSWER].join('\n'));
    const name = (id: string | null) => r.people.find((p) => p.id === id)?.name ?? id;
    expect(r.questions.map((q) => [q.label, q.askers.map(name), q.responders.map(name), q.followUpOf])).toEqual([
      ['2.1', ['柴文松'], ['鲁泽民'], null],
      [line.slice(0, line.indexOf(' ')), ['孔令然'], ['项春华'], 1],
    ]);
  });

  it.each(['3.1  罗德坤主任在小结时要求，', '3.1 罗德坤主任在小结时要求，'])('%s… closes the inquiry', (lead) => {
    const closing = `${lead}市政府要认真梳理问题，于三个月内书面报告整改情况。`;
    const r = parse([...HEAD, '', '3  询问会小结', closing].join('\n'));
    expect(r.session.closing?.text).toBe(closing);
    expect(r.questions[0].quantities.map((q) => q.text)).toEqual([]);
  });
});
