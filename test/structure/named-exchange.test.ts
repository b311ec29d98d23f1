import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';
import { expectStructureInvariants } from '../helpers/structure.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

/** Questions as [text prefix, askers, responders, followUpOf], people by name. */
function summary(s: Structure) {
  const name = (id: string) => s.people.find((p) => p.id === id)?.name ?? id;
  return s.questions.map((q) => [q.text.slice(0, 6), q.askers.map(name), q.responders.map(name), q.followUpOf]);
}

const LEAD = '2024年5月21日，某州市人大常委会举行联组会议，围绕农村饮水安全开展专题询问。\n\n';

type Row = [string, string, Array<[string, string[], string[], number | null]>];

describe('[named-exchange] a bare 问:/答: after a named exchange goes on with it', () => {
  it.each<Row>([
    ['问(职务 姓名): / 答(职务 姓名):, then bare 问: / 答:',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n答（市水利局局长 宁远舟）：去年达到91.2%。\n问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['a blank line between the blocks',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n\n答（市水利局局长 宁远舟）：去年达到91.2%。\n\n问：今年能提高到多少？\n\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['the speakers named before 问:/答: (职务姓名问:)',
      '市人大常委会委员詹若谷问：去年农村自来水普及率是多少？\n市水利局局长宁远舟答：去年达到91.2%。\n问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['the title in brackets after the name (姓名(职务)问:)',
      '詹若谷（市人大常委会委员）问：去年农村自来水普及率是多少？\n宁远舟（市水利局局长）答：去年达到91.2%。\n问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['the speaker in brackets after the colon (问:(职务 姓名))',
      '问：（市人大常委会委员 詹若谷）去年农村自来水普及率是多少？\n答：（市水利局局长 宁远舟）去年达到91.2%。\n问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['two responders named: the bare 答 is the last one\'s',
      '问（市人大常委会委员 詹若谷）：请问市水利局和市财政局，管网改造进展如何？\n答（市水利局局长 宁远舟）：已改造管网120公里。\n答（市财政局副局长 殷素素）：今年安排资金8000万元。\n问：资金缺口还有多少？\n答：缺口约2000万元。',
      [['请问市水利局', ['詹若谷'], ['宁远舟', '殷素素'], null], ['资金缺口还有', ['詹若谷'], ['殷素素'], 1]]],
    ['a 追问: label, then a bare 答:',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n答（市水利局局长 宁远舟）：去年达到91.2%。\n追问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['今年能提高到', ['詹若谷'], ['宁远舟'], 1]]],
    ['the next named asker opens a new exchange; the bare pair after it is theirs',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n答（市水利局局长 宁远舟）：去年达到91.2%。\n问（市人大代表 岑晓岚）：水质检测多久一次？\n答（市卫生健康委副主任 阙明）：每季度一次。\n问：检测结果公开吗？\n答：每季度在网站公开。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['水质检测多久', ['岑晓岚'], ['阙明'], null], ['检测结果公开', ['岑晓岚'], ['阙明'], 2]]],
  ])('%s', (_name, body, expected) => {
    const text = LEAD + body;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual(expected);
  });
});

describe('[named-exchange] what ends the exchange: the bare labels after it name nobody', () => {
  it.each<Row>([
    ['a ■ subhead between',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n答（市水利局局长 宁远舟）：去年达到91.2%。\n\n■水费标准\n\n问：水费会不会涨？\n答：今年不调整。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['水费会不会涨', [], [], null]]],
    ['a numbered topic line between (二、…)',
      '问（市人大常委会委员 詹若谷）：去年农村自来水普及率是多少？\n答（市水利局局长 宁远舟）：去年达到91.2%。\n二、关于水费标准\n问：水费会不会涨？\n答：今年不调整。',
      [['去年农村自来', ['詹若谷'], ['宁远舟'], null], ['水费会不会涨', [], [], null]]],
    ['no exchange named before: bare labels throughout',
      '问：去年农村自来水普及率是多少？\n答：去年达到91.2%。\n问：今年能提高到多少？\n答：今年力争达到94%。',
      [['去年农村自来', [], [], null], ['今年能提高到', [], [], null]]],
  ])('%s', (_name, body, expected) => {
    const text = LEAD + body;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual(expected);
  });
});
