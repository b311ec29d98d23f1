// The chair handing a member's earlier question to another office (src/structure/redirected-answers.ts).
import { describe, expect, it } from 'vitest';
import { ASKED_BEFORE } from '../../src/structure/redirected-answers.js';
import { parse } from '../../src/pipeline.js';

const HEAD = '某市人大常委会专题询问农村人居环境整治工作\n\n2019年10月30日，某市人大常委会召开联组会议，开展专题询问。市人大常委会副主任郭建民主持会议。\n\n'
  + '常委会委员 贾春生：请问市农业农村局，全市农村改厕完成了多少？\n市农业农村局局长 王振东：累计完成农村户厕改造28.6万座。\n'
  + '常委会委员 孟庆华：请问市生态环境局，农村黑臭水体治理进展如何？\n市生态环境局局长 宋伟：已完成治理121条。\n';
const TAIL = '市财政局局长 冯丽：今年安排改厕奖补资金1.1亿元，已全部下达。\n常委会委员 李文军：请问市住建局，农村危房改造还有多少存量？\n市住建局局长 田志刚：现有存量危房213户。\n';

function read(chair: string) {
  const r = parse(`${HEAD}${chair}\n${TAIL}`);
  const name = new Map(r.people.map((p) => [p.id, p.name]));
  return { r, qs: r.questions.map((q) => ({ askers: q.askers.map((id) => name.get(id)), responders: q.responders.map((id) => name.get(id)), followUpOf: q.followUpOf })) };
}

describe('[redirected-answers] the member spoken about as having asked before', () => {
  it.each([
    ['委员的问题', '委员的问题'],
    ['委员的第二个问题', '委员的第二个问题'],
    ['代表提出的', '代表提出的意见'],
    ['委员刚才还问到了', '委员刚才还问到了改厕资金'],
    ['委员前面提到', '委员前面提到的事'],
  ])('%s', (_, after) => expect(ASKED_BEFORE.test(after)).toBe(true));
  it.each([
    ['a call to ask on', '委员追问'],
    ['another question', '委员再问一个问题'],
    ['a question of their own now', '委员提问'],
  ])('not: %s', (_, after) => expect(ASKED_BEFORE.test(after)).toBe(false));
});

describe('[redirected-answers] the chair hands an earlier question to an office', () => {
  it.each([
    ['请<office>回答<name>委员的问题, then a restatement', '郭建民：下面请市财政局回答贾春生委员的问题。贾委员刚才还问到了改厕资金的问题。'],
    ['the restatement first, then the call', '郭建民：贾委员刚才还问到了改厕资金的问题，请市财政局回答。'],
  ])('%s: no new question, the answer is the member\'s earlier question\'s', (_, chair) => {
    const { r, qs } = read(chair);
    expect(qs).toEqual([
      { askers: ['贾春生'], responders: ['王振东', '冯丽'], followUpOf: null },
      { askers: ['孟庆华'], responders: ['宋伟'], followUpOf: null },
      { askers: ['李文军'], responders: ['田志刚'], followUpOf: null },
    ]);
    // The chair's line is narration in the section it stands in; the answer after it answers question 1.
    const turns = r.questions[1].turns;
    expect(turns.map((t) => [t.role, t.answerTo])).toEqual([['asker', null], ['responder', null], ['narration', null], ['responder', 1]]);
    expect(turns[2].text).toContain('贾委员刚才还问到了改厕资金的问题');
    expect(r.questions[0].quantities.map((q) => q.text)).toContain('1.1亿元');
    expect(r.questions[1].quantities.map((q) => q.text)).not.toContain('1.1亿元');
  });

  it('near-miss: the member then asks in their own words — a question of theirs (office-calls.ts)', () => {
    const { qs } = read('郭建民：请市财政局回答贾春生委员的第二个问题。\n常委会委员 贾春生：改厕资金到位了吗？');
    expect(qs.map((q) => [q.askers, q.responders])).toEqual([
      [['贾春生'], ['王振东']], [['孟庆华'], ['宋伟']], [['贾春生'], ['冯丽']], [['李文军'], ['田志刚']],
    ]);
  });

  it('near-miss: a call on another member to ask opens their question', () => {
    const { qs } = read('郭建民：下面请赵丽敏委员提问。\n常委会委员 赵丽敏：改厕资金到位了吗？');
    expect(qs.map((q) => [q.askers, q.responders])).toEqual([
      [['贾春生'], ['王振东']], [['孟庆华'], ['宋伟']], [['赵丽敏'], ['冯丽']], [['李文军'], ['田志刚']],
    ]);
  });
});
