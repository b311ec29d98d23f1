import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

// The chair's calls that open the next exchange (speech-patterns.ts CALL_ASK, office-calls.ts): the call heads the
// question it calls for, never the tail of the one before.
const INTRO = '某市人大常委会开展专题询问。\n张斌：请王军委员提问。\n王军委员：请问市教育局，大班额什么时候消除？\n王强（市教育局局长）：明年底前全部消除。\n';

function questions(text: string) {
  const s = buildStructure({ text, view: normalize(text) });
  const name = new Map(s.people.map((p) => [p.id, p.name]));
  return s.questions.map((q) => ({ askers: q.askers.map((id) => name.get(id)), first: text.slice(q.turns[0].span[0], q.turns[0].span[1]).trim(), addressees: q.addressees, followUpOf: q.followUpOf }));
}

describe('[chair-next-question] a call for another question opens it', () => {
  it.each<[string, string, { first: string; followUpOf: number | null }]>([
    ['请X委员再问一个问题', '张斌：请王军委员再问一个问题。\n王军委员：乡村教师职称评聘有什么倾斜？\n刘敏（市人社局副局长）：单列评审。', { first: '张斌：请王军委员再问一个问题。', followUpOf: null }],
    ['请X委员再提一个问题', '张斌：请王军委员再提一个问题。\n王军委员：乡村教师职称评聘有什么倾斜？\n刘敏（市人社局副局长）：单列评审。', { first: '张斌：请王军委员再提一个问题。', followUpOf: null }],
    ['请X委员继续提问', '张斌：请王军委员继续提问。\n王军委员：乡村教师职称评聘有什么倾斜？\n刘敏（市人社局副局长）：单列评审。', { first: '张斌：请王军委员继续提问。', followUpOf: null }],
  ])('%s', (_name, body, expected) => {
    const qs = questions(`${INTRO}${body}\n`);
    expect(qs.length).toBe(2);
    expect({ first: qs[1].first, followUpOf: qs[1].followUpOf }).toEqual(expected);
    expect(qs[0].first.endsWith('提问。')).toBe(true); // (the first question's turns hold no later call)
  });

  it('a call on an office to answer the member\'s next question: that office is its addressee', () => {
    const qs = questions(`${INTRO}张斌：请市财政局回答王军委员的第二个问题。\n王军委员：教育经费落实得怎么样？\n陈刚（市财政局局长）：全部落实。\n`);
    expect(qs.map((q) => [q.askers, q.first, q.addressees])).toEqual([
      [['王军'], '张斌：请王军委员提问。', ['市教育局']],
      [['王军'], '张斌：请市财政局回答王军委员的第二个问题。', ['市财政局']],
    ]);
  });

  it('the first call, dispatched to offices (第一个问题由甲、乙两位委员联合提出,请A和B回答): the chair\'s, Q1\'s addressees', () => {
    const text = '某县人大常委会开展专题询问。县人大常委会主任张斌主持。\n张斌：现在开始询问。第一个问题由王军、李红两位委员联合提出，请县发改局和县财政局回答。\n'
      + '王军、李红委员：已签约未开工的项目怎么处理？\n县发改局局长刘敏：逐一清理。\n';
    const qs = questions(text);
    expect(qs.map((q) => [q.askers, q.first, q.addressees])).toEqual([
      [['王军', '李红'], '张斌：现在开始询问。第一个问题由王军、李红两位委员联合提出，请县发改局和县财政局回答。', ['县发改局', '县财政局']],
    ]);
  });

  // Near-misses: the chair's remark on the answer, a possessive, stay where they are.
  it('a remark naming the member\'s question opens nothing', () => {
    const qs = questions(`${INTRO}张斌：王军委员的问题很具体。\n`);
    expect(qs.length).toBe(1);
    expect(qs[0].addressees).toEqual(['市教育局']);
  });
});
