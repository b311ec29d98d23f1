import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

describe('[header-new-questions] a member\'s new question to another office under a header is a question of its own', () => {
  const TITLE = '西河区人大常委会关于农村供水工作情况的专题询问\n\n';
  const FIRST = '委员邵红梅：请问区水利局，农村自来水普及率是多少？\n区水利局局长葛志远：目前普及率为96%。\n\n';
  // Each row: the header, the member's next words; the member asks 区卫健局 a question of its own, answered by 苏丽.
  it.each<[string, string, string]>([
    ['好，谢谢 first', '问题一　农村供水', '好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['no thanks', '问题一　农村供水', '我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['a colon header', '问题一：农村供水', '好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？'],
    ['另外一个问题, 请问', '问题二　农村供水', '谢谢葛局长。另外一个问题，请问区卫健局，水质检测多久做一次？'],
    ['再问一个不同的问题', '问题一　农村供水', '好的。我再问一个不同的问题，想问区卫健局：水质检测多久做一次？'],
  ])('%s', (_name, header, words) => {
    const s = build(`${TITLE}${header}\n\n${FIRST}委员邵红梅：${words}\n区卫健局局长苏丽：每季度一次。\n`);
    const who = (id: string) => s.people.find((p) => p.id === id)?.name;
    expect(s.questions.map((q) => [q.responders.map(who), q.followUpOf])).toEqual([[['葛志远'], null], [['苏丽'], null]]);
    expect(s.questions[1].text).toContain('水质检测多久做一次？');
  });

  // Each row: the member's next words, which stay in the header's question (no new office, or no announcement).
  it.each<[string, string]>([
    ['announced, the same office', '我还有一个问题，问区水利局：管网漏损率是多少？'],
    ['a new office, no announcement', '区卫健局也说说，水质检测怎么样？'],
  ])('%s: one question', (_name, words) => {
    const s = build(`${TITLE}问题一　农村供水\n\n${FIRST}委员邵红梅：${words}\n区卫健局局长苏丽：每季度一次。\n`);
    expect(s.questions).toHaveLength(1);
  });

  it('a 追问 after the new question follows it up', () => {
    const s = build(`${TITLE}问题一　农村供水\n\n${FIRST}委员邵红梅：好，谢谢。我还有一个问题，问区卫健局：水质检测多久做一次？\n区卫健局局长苏丽：每季度一次。\n委员邵红梅（追问）：检测结果向群众公开吗？\n区卫健局局长苏丽：每季度公开。\n`);
    expect(s.questions.map((q) => q.followUpOf)).toEqual([null, null, 2]);
  });
});
