import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { namedAsker, namedQuestion } from '../../src/structure/named-follow-ups.js';

const read = (text: string) => buildStructure({ text, view: normalize(text) }).questions.map((q) => ({ followUpOf: q.followUpOf, addressees: q.addressees }));

describe('[named-follow-ups] namedAsker: the member whose question is taken up', () => {
  it.each<[string, string | null]>([
    ['我接着曾委员的问题追问一下,零售药店的药价监管由谁负责?', '曾'],
    ['我接着欧阳委员的问题再问一下:水价改革怎么推进?', '欧阳'],
    ['就王委员刚才的问题,我再补充问一下,资金从哪里来?', '王'],
    ['我想就刚才李明代表提出的问题追问,还有多少缺口?', '李明'],
    ['顺着张委员问的问题,请问市财政局,钱从哪里来?', '张'],
    // near-misses: a member praised, a question named by no member, an official's words, the member named far into the words
    ['王委员的问题提得很好,我想问另一个问题。', null],
    ['就刚才的问题,我再问一下,资金从哪里来?', null],
    ['我接着李局长的话问一下,资金从哪里来?', null],
    ['请问市民政局,护理人员从哪里来?我们在调研中发现,很多地方都反映过,这个情况和刚才接着王委员的问题所说的一样', null],
  ])('%s → %s', (words, expected) => {
    expect(namedAsker(words)).toBe(expected);
  });
});

describe('[named-follow-ups] namedQuestion: resolved against earlier askers', () => {
  const askers = ['王建国', '李红', '王小明', '赵刚'];
  const follows = [null, null, 2, null];
  it.each<[string, number, number | null]>([
    ['李', 5, 2],
    ['李红', 5, 2],
    // two earlier members 王: the nearest earlier one (王小明's question 3, itself following up question 2 → its thread's first)
    ['王', 5, 2],
    ['王建国', 5, 1],
    // nobody of that name asked before; a member does not name their own question
    ['孙', 5, null],
    ['赵', 4, null],
  ])('%s before question %d → %s', (name, before, expected) => {
    expect(namedQuestion(name, [...askers, null], follows, before)).toBe(expected);
  });
  it('a member sharing the surname means another member of it: 王小明\'s "王委员" is 王建国', () => {
    expect(namedQuestion('王', [...askers, '王小明'], [...follows, null], 5)).toBe(1);
    expect(namedQuestion('王小明', [...askers, '王小明'], [...follows, null], 5)).toBeNull();
  });
});

describe('[named-follow-ups] a member taking up another member\'s question', () => {
  const INTRO = '某市人大常委会召开联组会议开展专题询问。\n';
  const Q1 = '常委会委员 田茂林:请问市民政局,养老床位缺口怎么补?\n市民政局局长 王建华:我们将新建一批养老服务中心。\n';
  const Q2 = '常委会委员 曾志强:请问市卫生健康委,医养结合怎么推进?\n市卫生健康委主任 肖文华:我们将推动医疗机构和养老机构签约合作。\n';
  it('names the question followed up, past another member\'s exchange, and takes its addressees', () => {
    const text = `${INTRO}${Q1}${Q2}常委会委员 陈秀芬:我接着田委员的问题追问一下,护理人员从哪里来?\n市民政局局长 王建华:我们将联合职业院校培养护理员。\n`;
    expect(read(text)).toEqual([
      { followUpOf: null, addressees: ['市民政局'] },
      { followUpOf: null, addressees: ['市卫生健康委'] },
      { followUpOf: 1, addressees: ['市民政局'] },
    ]);
  });
  it('keeps the offices it names itself', () => {
    const text = `${INTRO}${Q1}${Q2}常委会委员 陈秀芬:我接着田委员的问题再问一下,请问市财政局,资金从哪里来?\n市财政局局长 张敏:我们将争取专项债券。\n`;
    expect(read(text)[2]).toEqual({ followUpOf: 1, addressees: ['市财政局'] });
  });
  it('no such phrase: a question of its own', () => {
    const text = `${INTRO}${Q1}${Q2}常委会委员 陈秀芬:田委员的问题很重要,我问另一个问题,护理人员从哪里来?\n市民政局局长 王建华:我们将联合职业院校培养护理员。\n`;
    expect(read(text)[2]).toEqual({ followUpOf: null, addressees: [] });
  });
  it('a member nobody has heard yet: no link', () => {
    const text = `${INTRO}${Q1}${Q2}常委会委员 陈秀芬:我接着孙委员的问题追问一下,护理人员从哪里来?\n市民政局局长 王建华:我们将联合职业院校培养护理员。\n`;
    expect(read(text)[2].followUpOf).toBeNull();
  });
});
