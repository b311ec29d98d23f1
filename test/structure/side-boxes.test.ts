/** Side boxes quoting another time's exchange (【延伸阅读】, 【背景】, 【回顾】…): no turns of this meeting. */
import { describe, expect, it } from 'vitest';
import { sideBoxLines } from '../../src/structure/side-boxes.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

/** The words of the side-box lines of `text`. */
function boxes(text: string): string[] {
  const view = normalize(text);
  const content = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  return sideBoxLines(view, content).map((l) => view.slice(l.content[0], l.content[1]));
}

describe('[side-boxes] lines', () => {
  it.each<[string, string, number]>([
    ['a heading over its paragraph', '某局长答：…。\n\n【延伸阅读】\n2019年专题询问回顾：委员某问：…？局长某答：…。\n\n委员某问：…？', 2],
    ['a heading alone, a blank line, then its paragraph', '【背景】\n\n去年，市人大常委会就此开展过专题询问。\n\n委员某问：…？', 2],
    ['a heading with its words on its line', '【回顾】2019年，委员某问过同一个问题。\n委员某问：…？', 2],
    ['a heading over two lines, up to the blank line', '[相关链接]\n第一行。\n第二行。\n\n委员某问：…？', 3],
  ])('%s', (_name, text, n) => {
    expect(boxes(text)).toHaveLength(n);
  });

  it.each<[string, string]>([
    ['a tag heading a turn', '【追问】\n委员某：…？'],
    ['a topic subhead', '【水质监测】\n委员某问：…？'],
    ['回顾 inside a sentence', '局长某答：回顾过去一年，我们做了三件事。'],
  ])('%s is none', (_name, text) => {
    expect(boxes(text)).toEqual([]);
  });
});

describe('[side-boxes] in a record', () => {
  const text = [
    '汀州市人大常委会专题询问全市河湖长制落实情况',
    '',
    '8月18日，汀州市第十六届人大常委会第三十六次会议举行联组会议，就全市河湖长制落实情况开展专题询问。',
    '',
    '市人大代表、江心村党总支书记鲁某某问：农村小微水体数量多、分布散，谁来管？请问市水利局。',
    '',
    '市水利局局长郦某某答：全市共有村级小微水体3612处，年内实现管护责任全覆盖。',
    '',
    '【延伸阅读】',
    '2019年专题询问回顾：委员俞某某问：建成区黑臭水体什么时候能消除？市水利局局长岑某某答：两年内全部消除，共涉及水体17条。',
    '',
    '市人大常委会委员俞某某问：当年承诺的17条黑臭水体整治，现在完成了多少？',
    '',
    '市生态环境局副局长闵某某答：17条黑臭水体已完成整治15条，剩余2条预计11月底前完成。',
    '',
  ].join('\n');
  const record = parse(text);
  it('its labels give no question, no responder and no follow-up target', () => {
    expect(record.questions).toHaveLength(2);
    expect(record.people.map((p) => p.name)).not.toContain('岑某某');
    expect(record.questions[1].followUpOf).toBeNull();
  });
  it('it ends the answer before it: a narration turn', () => {
    const turns = record.questions[0].turns;
    expect(turns[turns.length - 1].role).toBe('narration');
    expect(turns[turns.length - 1].text.startsWith('【延伸阅读】')).toBe(true);
  });
});
