/** Damaged 问（…）/答（…） labels, read leniently once the document is laid out in whole ones (damaged-qa-labels.ts). */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { bracketQaLayout } from '../../src/structure/damaged-qa-labels.js';
import { normalize } from '../../src/source/normalize.js';

const HEAD = '2019年12月24日，某市第十四届人大常委会第十八次会议对全市农村饮水安全工作进行专题询问。\n\n';
/** Whole labels around the line under test: the layout is known from them. */
const BEFORE = '问（市人大常委会委员 庞建设）：全市农村集中供水率是多少？\n答（市水利局局长 靳国华）：已经达到百分之九十。\n\n';
const AFTER = '\n\n问（市人大代表 郑雪梅）：请问市生态环境局，水源保护区划定了多少？\n答（市生态环境局局长 贾东升）：已划定136个。\n';

/** Per question: askers, responders, addressees, followUpOf; and the warning codes. */
function read(middle: string) {
  const r = parse(HEAD + BEFORE + middle + AFTER);
  const name = (id: string) => r.people.find((p) => p.id === id)?.name ?? id;
  return {
    questions: r.questions.map((q) => ({ askers: q.askers.map(name), responders: q.responders.map(name), addressees: q.addressees, followUpOf: q.followUpOf })),
    warnings: r.warnings.map((w) => w.code),
  };
}

describe('[damaged-qa-labels] damaged labels still read as labels', () => {
  it.each<[string, string, { askers: string[]; responders: string[]; addressees?: string[]; followUpOf?: number | null }]>([
    ['a space where the brackets should be', '问 市人大常委会委员 郜丽萍：农村水费收缴难，怎么办？\n答（市发展改革委副主任 段志勇）：我们将核定供水价格。', { askers: ['郜丽萍'], responders: ['段志勇'] }],
    ['no colon after the bracket', '问（市人大常委会委员 郜丽萍）：农村水费收缴难，怎么办？\n答（市发展改革委副主任 段志勇）我们将核定供水价格。', { askers: ['郜丽萍'], responders: ['段志勇'] }],
    ['a name broken inside the brackets', '问（市人大常委会委员 司马\n文涛）：水质检测一年只做一次，符合规定吗？\n答（市卫生健康委副主任 樊\n晓燕）：按照规定每年检测不少于两次。', { askers: ['司马文涛'], responders: ['樊晓燕'] }],
    ['追问 after the bracket', '问（市人大常委会委员 庞建设）追问：供水率的统计口径是什么？\n答（市水利局局长 靳国华）：按户籍人口统计。', { askers: ['庞建设'], responders: ['靳国华'], followUpOf: 1 }],
    ['问 run into a title and a name: a question put to that official', '问市发展改革委副主任段志勇：水价怎么核定？\n答：按照保本微利原则核定。', { askers: [], responders: [], addressees: ['市发展改革委'] }],
  ])('%s', (_name, middle, want) => {
    const q = read(middle).questions[1];
    expect(q.askers).toEqual(want.askers);
    expect(q.responders).toEqual(want.responders);
    if (want.addressees) expect(q.addressees).toEqual(want.addressees);
    expect(q.followUpOf).toBe(want.followUpOf ?? null);
    expect(read(middle).questions).toHaveLength(3);
  });
});

describe('[damaged-qa-labels] near-misses left alone', () => {
  it('a bracket holding no person is no label, and is warned of (unread-label)', () => {
    const r = read('问（这个问题\n很难）什么意思呢，');
    expect(r.questions).toHaveLength(2);
    expect(r.warnings).toContain('unread-label');
  });
  it('a document without whole bracket labels is not read leniently, nor warned of', () => {
    const text = HEAD + '问：供水率是多少？\n答：百分之九十。\n问 市人大常委会委员 郜丽萍：水费怎么收？\n';
    expect(bracketQaLayout(normalize(text))).toBe(false);
    expect(parse(text).warnings.map((w) => w.code)).not.toContain('unread-label');
  });
  it('a line opening with 问题 in prose is no label, and whole labels raise no warning', () => {
    const r = read('问（市人大常委会委员 郜丽萍）：水费怎么收？\n答（市发展改革委副主任 段志勇）：我们将核定价格。');
    expect(r.warnings).not.toContain('unread-label');
    expect(r.questions.map((q) => q.askers)).toEqual([['庞建设'], ['郜丽萍'], ['郑雪梅']]);
  });
  it('问 run into a congress member\'s title and name is not taken as a question put to them', () => {
    const q = read('问市人大常委会委员郜丽萍：水费怎么收？\n答（市发展改革委副主任 段志勇）：我们将核定价格。').questions;
    expect(q.flatMap((x) => x.addressees)).not.toContain('市人大常委会');
  });
});

describe('[damaged-qa-labels] unread-label is for damaged lines only', () => {
  it('"问题一：" heading a question is no label', () => {
    const r = read('问题一：水费\n问（市人大常委会委员 郜丽萍）：水费怎么收？\n答（市发展改革委副主任 段志勇）：我们将核定价格。');
    expect(r.warnings).not.toContain('unread-label');
  });
});
