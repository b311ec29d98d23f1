import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { repliesToQuestionBack } from '../../src/structure/questions-back.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

const INTRO = '主持人：县人大常委会主任程立群。应询人：县交通运输局局长龙海平。\n\n';
const FIRST = '柯文静委员：我想问县交通运输局。危桥有多少座？\n\n龙海平：有41座。\n\n';

describe('[questions-back] an official asking the member to clarify is still answering', () => {
  // Each row: the member's remark, the official's question back, the member's reply; then the roles of the second
  // question's turns, and how many questions there are.
  it.each<[string, string, string, string, string[]]>([
    ['which one', '这个数字我有不同看法，石门桥还没修。', '您说的是哪一座石门桥？', '上游那座。', ['asker', 'responder', 'asker', 'responder']],
    ['this or that', '这个数字不对，西岭村那段还没动。', '您说的是西岭村东段还是西段？', '东段。', ['asker', 'responder', 'asker', 'responder']],
    ['a place named in reply', '我去看过，还有两座没加固。', '是哪个乡镇的？', '清水镇的。', ['asker', 'responder', 'asker', 'responder']],
  ])('%s', (_label, remark, back, reply, roles) => {
    const s = build(`${INTRO}${FIRST}柯文静委员：${remark}\n\n龙海平：${back}\n\n柯文静委员：${reply}\n\n龙海平：正在设计，年底开工。\n`);
    expect(s.questions).toHaveLength(2);
    expect(s.questions[1].turns.filter((t) => t.role !== 'narration').map((t) => t.role)).toEqual(roles);
    expect(s.people.find((p) => p.name === '龙海平')?.roles).toEqual(['responder']);
  });

  it('a member asking anew after a question back opens a question', () => {
    const s = build(`${INTRO}${FIRST}柯文静委员：石门桥还没修。\n\n龙海平：您说的是哪一座？\n\n柯文静委员：上游那座。另外，县道养护资金有多少？\n\n龙海平：3000万元。\n`);
    expect(s.questions).toHaveLength(3);
  });
});

describe('[questions-back] repliesToQuestionBack', () => {
  it.each<[string, string, boolean]>([
    ['您说的是哪个小区?', '翠竹苑小区。', true],
    ['您说的是南口还是北口?(笑)', '南口。', true],
    ['您说的是哪个小区?', '翠竹苑小区,为什么还没装?', false],
    ['您说的是哪个小区?', '翠竹苑小区。那里的电梯装了一半就停了,居民意见很大。', false],
    ['已经装完了。', '翠竹苑小区。', false],
  ])('%s / %s', (before, reply, expected) => {
    expect(repliesToQuestionBack(before, reply)).toBe(expected);
  });
});

describe('[questions-back] a member cutting in on an answer', () => {
  it.each<[string, string]>([
    ['an unnamed interjection label on its own line', '委员插话：上游那座为什么还没修？'],
    ['the member named in brackets opening the line', '（柯文静委员插话）上游那座为什么还没修？'],
    ['an interjection in brackets after the name', '柯文静委员（插话）：上游那座为什么还没修？'],
  ])('%s: a follow-up asked by the member, answered by the official', (_label, line) => {
    const s = build(`${INTRO}${FIRST}${line}\n\n龙海平：正在设计，年底开工。\n`);
    expect(s.questions).toHaveLength(2);
    expect(s.questions[1].followUpOf).toBe(1);
    const q = s.questions[1];
    const name = (id: string) => s.people.find((p) => p.id === id)?.name;
    expect(q.askers.map(name)).toEqual(['柯文静']);
    expect(q.responders.map(name)).toEqual(['龙海平']);
  });

  it('a bracketed interjection inside the answer leaves the official answering', () => {
    const s = build(`${INTRO}柯文静委员：我想问县交通运输局。危桥有多少座？\n\n龙海平：今年排查41座（柯文静委员插话：去年的呢？），去年的已修完。\n`);
    expect(s.people.find((p) => p.name === '龙海平')?.roles).toEqual(['responder']);
    expect(s.questions[0].responders).toHaveLength(1);
  });
});

describe('[questions-back] a bare name asking after an answer is not taken for a question back', () => {
  it('a member named bare, who spoke first without a question mark, asks after the official answered', () => {
    const s = build('某县人大常委会开展专题询问。\n\n柯文静：谢谢主任，我想了解危桥改造的情况。\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n柯文静：剩下的什么时候修完？\n\n龙海平：明年底前。\n');
    expect(s.questions.flatMap((q) => q.turns.filter((t) => t.role === 'asker').map((t) => t.speaker)).length).toBeGreaterThan(0);
    expect(s.questions.at(-1)?.turns.find((t) => t.text.startsWith('柯文静：剩下'))?.role).toBe('asker');
  });
});
