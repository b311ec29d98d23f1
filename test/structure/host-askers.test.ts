import { describe, expect, it } from 'vitest';
import { nameOf, structureOf } from '../helpers/structure.js';

/** Each question as "asker → responders: text". */
const questionsOf = (text: string) => {
  const s = structureOf(text);
  return s.questions.map((q) => `${q.askers.map((id) => nameOf(s, id)).join(',')} → ${q.responders.map((id) => nameOf(s, id)).join(',')}: ${q.text}`);
};

const HEAD = '白河县人大常委会开展城乡供水工作专题询问\n\n“水厂什么时候建成？”委员田志远问。\n县水利局局长罗建国表示：明年6月建成。\n\n';
const ANSWER = '\n县水利局局长罗建国回答：已覆盖38个村。';

describe('[host-askers] the host named with a verb of asking asks, as a member does', () => {
  it.each<[string, string]>([
    ['the host\'s label, the question quoted after it', '主持人韩立松随后提问：“管网覆盖了多少个村？”'],
    ['the quotation first, the host after it', '“管网覆盖了多少个村？”主持人韩立松随后提问。'],
    ['接着问, the words unquoted', '主持人韩立松接着问：管网覆盖了多少个村？'],
    ['会议主持人, 提问 alone', '会议主持人韩立松提问：“管网覆盖了多少个村？”'],
  ])('%s', (_name, line) => {
    expect(questionsOf(HEAD + line + ANSWER)).toEqual(['田志远 → 罗建国: 水厂什么时候建成？', '韩立松 → 罗建国: 管网覆盖了多少个村？']);
  });

  it('the host asking is the chair the introduction names, one person', () => {
    const text = '白河县人大常委会开展城乡供水工作专题询问\n\n县人大常委会主任韩立松主持。\n\n“水厂什么时候建成？”委员田志远问。\n县水利局局长罗建国表示：明年6月建成。\n\n主持人韩立松随后提问：“管网覆盖了多少个村？”' + ANSWER;
    const s = structureOf(text);
    expect(s.people.filter((p) => p.name === '韩立松')).toHaveLength(1);
    expect(s.questions.map((q) => q.askers.map((id) => nameOf(s, id)).join(','))).toEqual(['田志远', '韩立松']);
  });

  it.each<[string, string]>([
    ['a host\'s label with no verb of asking is the moderator\'s narration', '主持人韩立松：下面请委员继续提问。\n委员田志远问：“管网覆盖了多少个村？”'],
    ['a host\'s 提问 whose words ask nothing is narration too', '主持人韩立松提问：请委员们准备。\n委员田志远问：“管网覆盖了多少个村？”'],
  ])('%s', (_name, lines) => {
    const got = questionsOf(HEAD + lines + ANSWER);
    expect(got.every((q) => !q.startsWith('韩立松'))).toBe(true);
  });
});
