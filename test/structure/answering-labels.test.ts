import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const TITLE = '临川市人大常委会农村供水保障工作专题询问实录\n\n';
/** Each question's [askers, responders] by name (title for the unnamed). */
const rows = (body: string) => {
  const text = TITLE + body;
  const s = buildStructure({ text, view: normalize(text) });
  const who = (id: string) => { const p = s.people.find((x) => x.id === id)!; return p.name ?? p.titles[0]; };
  return s.questions.map((q) => [q.askers.map(who), q.responders.map(who)]);
};

const ASK = '市人大常委会委员 郝明川：去年询问提出的问题，整改情况如何？\n\n';
const NEXT = '市人大常委会委员 白若兰：请问市水务局，农村水厂什么时候完成改造？\n\n市水务局局长 庞立言：今年底前完成。\n';

describe('[answering-labels] the labelled turn right after a question answers it, whatever the title', () => {
  it.each<[string, string, unknown[]]>([
    ['a deputy secretary-general of the congress',
      `${ASK}市人大常委会副秘书长 柯远帆：整改已经基本完成，还有两项正在推进。\n\n${NEXT}`,
      [[['郝明川'], ['柯远帆']], [['白若兰'], ['庞立言']]]],
    ['thanks for the question (提问 in the words asks nothing)',
      `${ASK}市人大常委会副秘书长 柯远帆：谢谢郝委员的提问。整改主要有两个方面。一是建立台账；二是跟踪督办。\n\n${NEXT}`,
      [[['郝明川'], ['柯远帆']], [['白若兰'], ['庞立言']]]],
    ['a special committee\'s chair',
      `${ASK}市人大农业农村委员会主任委员 吕青禾：我们将形成问题清单，交市政府研究处理。\n\n${NEXT}`,
      [[['郝明川'], ['吕青禾']], [['白若兰'], ['庞立言']]]],
    ['a member who is also a committee\'s vice-chair',
      `${ASK}市人大常委会委员、市人大财经委副主任委员 卜清源：我们已经督促市政府建立了整改台账。\n\n${NEXT}`,
      [[['郝明川'], ['卜清源']], [['白若兰'], ['庞立言']]]],
    ['the chair calls the official to answer, a short label',
      `${ASK}主持人：请市人大常委会副秘书长柯远帆回答。\n\n柯远帆副秘书长：整改已经基本完成。\n\n${NEXT}`,
      [[['郝明川'], ['柯远帆']], [['白若兰'], ['庞立言']]]],
    ['a plain member replying by name of the question',
      `${ASK}市人大常委会委员 杜海平：关于郝委员提出的问题，调研组已经跟踪了三次，整改基本到位。\n\n${NEXT}`,
      [[['郝明川'], ['杜海平']], [['白若兰'], ['庞立言']]]],
  ])('%s', (_name, body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});

describe('[answering-labels] …but a second member who asks puts a question of their own', () => {
  it.each<[string, string, unknown[]]>([
    ['members asking in turn (集中提问), then the answers',
      `${ASK}市人大常委会委员 白若兰：请问市水务局，农村水厂什么时候完成改造？\n\n市人大常委会副秘书长 柯远帆：整改已经基本完成。\n\n市水务局局长 庞立言：今年底前完成。\n`,
      [[['郝明川'], ['柯远帆']], [['白若兰'], ['庞立言']]]],
    ['a committee\'s chair asking with 请问',
      `${ASK}市人大农业农村委员会主任委员 吕青禾：请问市财政局，管护资金有没有保障？\n\n市财政局局长 左文涛：已经列入预算。\n`,
      [[['郝明川'], []], [['吕青禾'], ['左文涛']]]],
    ['a plain member saying what they want to know, no question mark',
      `${ASK}市人大常委会委员 白若兰：我想了解一下农村水厂的改造进度。\n\n市水务局局长 庞立言：今年底前完成。\n`,
      [[['郝明川'], []], [['白若兰'], ['庞立言']]]],
    ['the chair calls the next member to ask',
      `${ASK}主持人：请市人大常委会副秘书长柯远帆提问。\n\n市人大常委会副秘书长 柯远帆：农村水厂的管护经费还没有落实。\n\n市水务局局长 庞立言：今年列入预算。\n`,
      [[['郝明川'], []], [['柯远帆'], ['庞立言']]]],
    ['an official of the congress directing: calling on an office to answer',
      `${ASK}市人大常委会秘书长 卜清源：请市水务局回答。\n\n市水务局局长 庞立言：整改已经完成。\n`,
      [[['郝明川'], ['庞立言']]]],
  ])('%s', (_name, body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});
