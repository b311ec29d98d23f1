import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';
import { expectStructureInvariants } from '../helpers/structure.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

const nameOf = (s: Structure) => (id: string | null) => (id ? s.people.find((p) => p.id === id)?.name ?? id : null);

/** Every responder turn as [question index, speaker, answerTo, first characters]. */
function answerTurns(s: Structure) {
  const n = nameOf(s);
  return s.questions.flatMap((q) => q.turns.filter((t) => t.role === 'responder').map((t) => [q.index, n(t.speaker), t.answerTo, t.text.replace(/^\s+/u, '').slice(0, 6)]));
}

const HEAD = '东湖区人大常委会专题询问全区城市更新工作\n\n11月2日，区人大常委会举行联组会议开展专题询问。\n\n序号\t询问人\t询问问题\t应询单位\t应询人\n';
const ROWS = [
  '1\t区人大常委会委员 祁文涛\t老旧小区加装电梯推进慢，如何破解？\t区住建局\t局长 甄国梁',
  '2\t区人大常委会委员 郜美玲\t城市更新资金压力大，如何保障？\t区财政局\t局长 仉春林',
  '3\t区人大代表 干明远\t历史街区改造如何保护老建筑？\t区规划和自然资源分局\t分局局长 訾一鸣',
];

describe('[table-answers] answers narrated after a question table', () => {
  it.each([
    ['each answer to the row naming its speaker, the last row\'s own stays its own',
      `${ROWS.join('\n')}\n\n询问中，甄国梁回答说，今年计划加装电梯120台。仉春林表示，今年安排资金5.2亿元。訾一鸣表示，已挂牌保护历史建筑41处。\n`,
      [[1, '甄国梁', null, '区住建局\t局'], [2, '仉春林', null, '区财政局\t局'], [3, '訾一鸣', null, '区规划和自然'],
        [3, '甄国梁', 1, '询问中，甄国'], [3, '仉春林', 2, '仉春林表示，'], [3, '訾一鸣', null, '訾一鸣表示，']]],
    ['an official of two rows answers the first row no narrated answer took',
      `${ROWS[0]}\n${ROWS[1]}\n4\t区人大常委会委员 祁文涛（追问）\t补贴标准能否提高？\t区住建局\t局长 甄国梁\n\n甄国梁回答说，今年计划加装电梯120台。仉春林表示，今年安排资金5.2亿元。甄国梁补充说，补贴标准将提高到每台25万元。\n`,
      [[1, '甄国梁', null, '区住建局\t局'], [2, '仉春林', null, '区财政局\t局'], [3, '甄国梁', null, '区住建局\t局'],
        [3, '甄国梁', 1, '甄国梁回答说'], [3, '仉春林', 2, '仉春林表示，'], [3, '甄国梁', null, '甄国梁补充说']]],
  ])('%s', (_name, body, expected) => {
    const s = build(HEAD + body);
    expect(answerTurns(s)).toEqual(expected);
    expectStructureInvariants(HEAD + body, s);
  });

  it('the rows\' officials keep their offices: the office cell for a bare post', () => {
    const s = build(`${HEAD}${ROWS.join('\n')}\n\n仉春林表示，今年安排资金5.2亿元。\n`);
    expect(s.people.filter((p) => p.roles.includes('responder')).map((p) => [p.name, p.organization])).toEqual([
      ['甄国梁', '区住建局'], ['仉春林', '区财政局'], ['訾一鸣', '区规划和自然资源分局'],
    ]);
    expect(s.people.find((p) => p.name === '干明远')?.roles).toEqual(['asker']);
  });
});
