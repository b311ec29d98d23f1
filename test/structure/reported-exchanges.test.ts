import { describe, expect, it } from 'vitest';
import { answeredTopic } from '../../src/structure/reported-exchanges.js';
import { normalize } from '../../src/source/normalize.js';
import { nameOf, structureOf } from '../helpers/structure.js';

/** The topic answered after `name` in `text`, or null. */
const topic = (text: string, name: string) => {
  const view = normalize(text);
  const at = view.indexOf(name) + name.length;
  const t = answeredTopic(view, at, view.length);
  return t ? text.slice(t[0], t[1]) : null;
};

describe('[reported-exchanges] answeredTopic: X就<topic>回答询问 — the question the report leaves out', () => {
  it.each([
    ['王广华就全民所有自然资源资产管理问题回答询问时说，全国', '王广华', '全民所有自然资源资产管理'],
    ['邓群策就耕地占补平衡问题回答询问时表示，', '邓群策', '耕地占补平衡'],
    ['朱东铁就灌区建设回答询问。', '朱东铁', '灌区建设'],
    ['辛国斌就机动车生产一致性监管问题作了回答。', '辛国斌', '机动车生产一致性监管'],
    ['张某就“放管服”改革作了说明。', '张某', '“放管服”改革'],
    ['李某就学前教育资源配置等问题回答了委员的询问。', '李某', '学前教育资源配置'],
  ])('%s → %s', (text, name, expected) => {
    expect(topic(text, name)).toBe(expected);
  });

  it.each([
    ['王某就此回答说，', '王某'], // points back at the question under way
    ['王某就这一问题作了回答。', '王某'],
    ['王某就委员提出的问题作了回答。', '王某'],
    ['王某就上述问题回答询问。', '王某'],
    ['王某回答询问时说，', '王某'], // no topic
    ['王某就业务培训情况介绍说，', '王某'], // 就 with no verb of answering
  ])('%s → no exchange', (text, name) => {
    expect(topic(text, name)).toBeNull();
  });
});

describe('[reported-exchanges] a reported answer opens an exchange of its own', () => {
  const text = [
    '十三届全国人大常委会第十次会议举行联组会议，开展专题询问。',
    '全国人大常委会委员张某问：柴油货车污染治理怎样才能见到实效？',
    '交通运输部副部长刘某某回答：交通运输部将推进大宗货物“公转铁”。',
    '工业和信息化部副部长辛某某就机动车生产一致性监管问题回答询问时说，今年将抽查车型500个。',
    '国家市场监督管理总局副局长甘某就油品质量监管作了回答。',
  ].join('\n');

  it('each 就-answer is a question with no asker, its topic the text', () => {
    const s = structureOf(text);
    expect(s.questions.map((q) => [q.askers.length, q.responders.map((id) => nameOf(s, id)), q.text])).toEqual([
      [1, ['刘某某'], '柴油货车污染治理怎样才能见到实效？'],
      [0, ['辛某某'], '机动车生产一致性监管'],
      [0, ['甘某'], '油品质量监管'],
    ]);
  });

  it('the first answer to a question is no new exchange, topic or not', () => {
    const s = structureOf('十三届全国人大常委会第十次会议举行联组会议，开展专题询问。\n全国人大常委会委员张某问：柴油货车污染治理怎样才能见到实效？\n交通运输部副部长刘某某就柴油货车治理问题回答询问时说，将推进“公转铁”。');
    expect(s.questions.length).toBe(1);
    expect(s.questions[0].responders.map((id) => nameOf(s, id))).toEqual(['刘某某']);
  });
});
