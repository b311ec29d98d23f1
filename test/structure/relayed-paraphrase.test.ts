import { describe, expect, it } from 'vitest';
import { relayedParaphrase } from '../../src/structure/relayed-paraphrase.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

describe('[relayed-paraphrase] a question the chair relays with no question mark (t70 #8)', () => {
  it.each<[string, string | null]>([
    ['刚才有位列席的同志递了一张条子，问的是残疾人“两项补贴”的问题，请县民政局简要回答。', '残疾人“两项补贴”的问题'],
    ['还有一个问题，是网民通过“福建人大”微信公众号留言提出的，问的是知识产权质押融资难。请省市场监督管理局回答。', '知识产权质押融资难'],
    ['我们收到一封群众来信，问的是老旧小区加装电梯的补贴标准，请市住建局答复一下。', '老旧小区加装电梯的补贴标准'],
    // near-misses: the chair summing up a member's own question; no call to answer; no 问的是
    ['刚才王委员问的是资金保障问题，请县财政局回答。', null],
    ['有网友留言，问的是公交线路调整的事，我们会后转交有关部门。', null],
    ['有网友留言反映公交线路太少，请市交通运输局回答。', null],
  ])('%s → %s', (words, expected) => {
    const view = normalize(words);
    const m = relayedParaphrase(view);
    expect(m ? words.slice(m[0], m[1]) : null).toBe(expected);
  });
});

describe('[relayed-paraphrase] the relay opens the turn', () => {
  const relay = '刚才有位列席的同志递了一张条子，问的是残疾人“两项补贴”的问题，请县民政局简要回答。';
  it('after a short lead, found', () => {
    const words = `好的，谢谢李局长。${relay}`;
    const m = relayedParaphrase(normalize(words));
    expect(m ? words.slice(m[0], m[1]) : null).toBe('残疾人“两项补贴”的问题');
  });
  // A turn's words run to its line's end: a page saved as one paragraph would have every turn searched to the text's end.
  it('deep inside a long run of words (a page saved as one paragraph), not searched for', () => {
    const words = `${'委员 王某：请问市水利局，水库何时完成？局长 李某：一是加强管理二是完善制度。'.repeat(20)}${relay}`;
    expect(relayedParaphrase(normalize(words))).toBeNull();
  });
});

describe('[relayed-paraphrase] end to end: a question of its own, answered by who speaks next', () => {
  const HEAD = '某县人大常委会专题询问社会救助工作\n\n2021年9月28日，某县第十八届人大常委会第三十九次会议举行联组会议，开展专题询问。县人大常委会主任蒲德华主持。\n\n';
  const Q = '县人大常委会委员杨国强问：明年社会救助资金的预算安排有没有保障？\n\n县财政局局长李文斌答：明年预算安排社会救助资金1.2亿元，比今年增长8%。\n\n';
  it('a note passed up: its own question, the office called its addressee', () => {
    const text = `${HEAD}${Q}主持人蒲德华：刚才有位列席的同志递了一张条子，问的是残疾人“两项补贴”的问题，请县民政局简要回答。\n\n县民政局局长陈晓东答：目前全县困难残疾人生活补贴惠及1.12万人。\n`;
    const r = parse(text);
    expect(r.questions.map((q) => [q.text, q.addressees.map((a) => (typeof a === 'string' ? a : a.text))])).toEqual([
      ['明年社会救助资金的预算安排有没有保障？', []],
      ['残疾人“两项补贴”的问题', ['县民政局']],
    ]);
    const names = (ids: string[]) => ids.map((id) => r.people.find((p) => p.id === id)?.name);
    expect(names(r.questions[0].responders)).toEqual(['李文斌']);
    expect(names(r.questions[1].responders)).toEqual(['陈晓东']);
  });
  it('near-miss: the chair summing up the member\'s own question just asked opens no question', () => {
    const text = `${HEAD}县人大常委会委员杨国强问：明年社会救助资金的预算安排有没有保障？\n\n主持人蒲德华：刚才杨委员问的是资金保障问题，请县财政局回答。\n\n县财政局局长李文斌答：明年预算安排社会救助资金1.2亿元。\n`;
    const r = parse(text);
    expect(r.questions.length).toBe(1);
  });
});
