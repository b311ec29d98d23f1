import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { pressesAnswerer } from '../../src/structure/chair-interjections.js';

const followUps = (text: string) => buildStructure({ text, view: normalize(text) }).questions.map((q) => q.followUpOf);

const INTRO = '某县人大常委会开展专题询问，县人大常委会副主任宇文秀兰主持会议。\n';
const FIRST = '县人大常委会委员 柯文静：请问县交通运输局，通村公路破损严重，怎么修？\n县交通运输局局长 龙海平：今年安排养护资金3000万元，先修危桥，再修主干道。\n';
const ANSWER = '\n县交通运输局局长 龙海平：年底前。';

describe('[chair-interjections] the chair cutting into the answer presses the exchange under way', () => {
  // Each row: the chair's turn right after the answer (answered again), and followUpOf of each question.
  it.each<[string, string, (number | null)[]]>([
    ['我插一句 after a vocative naming the one answering', '宇文秀兰：龙局长，我插一句，危桥有多少座？', [null, 1]],
    ['插句话 opening the words', '宇文秀兰：插句话，危桥有多少座？', [null, 1]],
    ['我打断一下, after thanks', '宇文秀兰：好，我打断一下，危桥有多少座？', [null, 1]],
    ['a (插话) note in the label', '宇文秀兰（插话）：危桥有多少座？', [null, 1]],
    // The chair calling the one answering, by surname + post or by name, and asking: the answer pressed.
    ['a vocative naming the one answering, then the question', '宇文秀兰：龙局长，请具体说说，危桥为什么修得慢？', [null, 1]],
    ['the one answering named, the answer pointed at', '宇文秀兰：龙局长刚才讲到危桥，我顺着问一下，危桥有多少座？', [null, 1]],
    ['called by full name and post, after assent', '宇文秀兰：好，龙海平局长，危桥有多少座？', [null, 1]],
    ['the host\'s label, the chair named as presiding', '主持人：龙局长刚才讲到危桥，我顺着问一下，危桥有多少座？', [null, 1]],
    // A question of the chair's own.
    ['no cut-in: a question of its own', '宇文秀兰：请问县财政局，养护资金怎么保障？', [null, null]],
    ['the one answering named, no question', '宇文秀兰：龙局长刚才讲得很清楚。下面请其他委员提问。', [null]],
    ['another member cutting in is no chair', '县人大常委会委员 杜明：我插一句，客运站什么时候建成？', [null, null]],
  ])('%s', (_name, turn, expected) => {
    expect(followUps(`${INTRO}${FIRST}${turn}${ANSWER}`)).toEqual(expected);
  });

  it('a 追问 after it follows up the thread\'s first', () => {
    const text = `${INTRO}${FIRST}宇文秀兰：龙局长，我插一句，危桥有多少座？${ANSWER}\n县人大常委会委员 柯文静：我追问一下，危桥改造资金从哪里来？${ANSWER}`;
    expect(followUps(text)).toEqual([null, 1, 1]);
  });

  it('after the chair\'s own call, not right after an answer: no follow-up', () => {
    const text = `${INTRO}${FIRST}宇文秀兰：下面请其他委员提问。\n宇文秀兰：我插一句，客运站什么时候建成？${ANSWER}`;
    expect(followUps(text)[1] ?? null).toBeNull();
  });
});

describe('[chair-interjections] pressesAnswerer: the chair\'s question put back to the one answering', () => {
  const handles = ['龙海平', '龙局长'];
  it.each<[string, boolean]>([
    ['龙局长,请具体说说,危桥为什么修得慢?', true],
    ['龙局长刚才讲到危桥,我顺着问一下,危桥有多少座?', true],
    ['龙局长您刚才说年底前,资金到位了吗?', true],
    ['好的,龙海平局长,危桥有多少座?', true],
    ['龙局长您好,危桥有多少座?', true],
    // near-misses: another official, no vocative, no question, another subject, a name that only starts alike
    ['周局长,客运站什么时候建成?', false],
    ['请问县财政局,养护资金怎么保障?', false],
    ['龙局长刚才讲得很清楚。', false],
    ['龙局长,我再问另外一个问题,客运站什么时候建成?', false],
    ['龙局长换个话题,客运站什么时候建成?', false],
    ['龙海平安县的危桥有多少座?', false],
  ])('%s → %s', (words, expected) => {
    expect(pressesAnswerer(words, handles)).toBe(expected);
  });
});
