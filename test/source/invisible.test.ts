import { describe, expect, it } from 'vitest';
import { findInvisibleCuts, isInvisibleFormat } from '../../src/source/invisible.js';
import { parse } from '../../src/pipeline.js';

describe('[invisible] unseen format characters inside a run of Han characters are cut', () => {
  // Each row: a text and the characters its cuts take out.
  it.each<[string, string, string[]]>([
    ['a soft hyphen in a name', '委员张\u00ad三：', ['\u00ad']],
    ['two soft hyphens in a three-character name', '委员孙\u00ad小\u00ad红：', ['\u00ad', '\u00ad']],
    ['a zero-width space between title and name', '局长\u200b李四：', ['\u200b']],
    ['a word joiner and a soft hyphen in a row', '张\u2060\u00ad三', ['\u2060\u00ad']],
    ['a zero-width joiner between two ideographs', '王\u200d雪梅', ['\u200d']],
  ])('%s', (_name, text, cut) => {
    expect(findInvisibleCuts(text).map(([s, e]) => text.slice(s, e))).toEqual(cut);
  });

  // Not between two Han characters: left to the view, which reads each as a space.
  it.each<[string, string]>([
    ['a zero-width space opening a line', '\u200b委员张三：'],
    ['before a colon', '委员樊佳慧\u2060：'],
    ['between a Han character and a digit', '增加\u00ad50台'],
    ['inside an emoji sequence', '👨\u200d💻委员'],
    ['none at all', '委员张三：'],
  ])('%s: no cut', (_name, text) => {
    expect(findInvisibleCuts(text)).toEqual([]);
  });

  it.each<[number, boolean]>([[0x200b, true], [0x2060, true], [0x00ad, true], [0x200c, true], [0x200d, true], [0x3000, false], [0x20, false], [0xfeff, false]])(
    'U+%s unseen: %s', (c, want) => expect(isInvisibleFormat(c)).toBe(want),
  );

  // The whole record: the name without the soft hyphen, its mention's span over the text as written.
  it.each<[string, string, string]>([
    ['a two-character name', '委员张\u00ad三', '张三'],
    ['a three-character name, two soft hyphens', '委员孙\u00ad小\u00ad红', '孙小红'],
    ['a four-character name', '委员欧阳\u00ad明\u00ad华', '欧阳明华'],
  ])('%s', (_name, label, name) => {
    const text = `某市人大常委会专题询问\n\n委员王五：请问市教育局，学位缺口怎么解决？\n市教育局局长赵六：我们今年新建学校3所。\n${label}：还有一个问题，幼儿园怎么办？\n市教育局局长赵六：我们新建幼儿园5所。`;
    const r = parse(text);
    expect(r.questions).toHaveLength(2);
    const asker = r.people.find((p) => p.id === r.questions[1].askers[0])!;
    expect(asker.name).toBe(name);
    expect(asker.mentions[0].text).toBe(label);
    expect(text.slice(...asker.mentions[0].span)).toBe(label);
    expect(r.questions[1].text).toBe('还有一个问题，幼儿园怎么办？');
  });
});
