import { describe, expect, it } from 'vitest';
import { commaNoteStart, qualifierEnd } from '../../src/structure/title-qualifiers.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });

describe('[title-qualifiers] a status qualifier in brackets right after a title', () => {
  it.each([
    ['副局长（主持工作）', '（主持工作）'],
    ['副主任（主持全面工作）', '（主持全面工作）'],
    ['副院长(负责日常工作)', '(负责日常工作)'],
    ['调研员（正处级）', '（正处级）'],
    ['副局长（副厅级）', '（副厅级）'],
    ['副主任（正县级）', '（正县级）'],
    ['局长（副部长级）', '（副部长级）'],
    ['副局长（一级调研员）', '（一级调研员）'],
    ['副县长（挂职）', '（挂职）'],
    ['委员（兼职）', '（兼职）'],
    ['主任（兼）', '（兼）'],
    ['局长（代）', '（代）'],
    ['局长（代理）', '（代理）'],
    // The post in the company a body is run as (烟草专卖局（公司）局长（经理）).
    ['局长（经理）', '（经理）'],
    ['局长（总经理）', '（总经理）'],
    // No qualifier: a sex, a year, a figure, a name, an aside, attendance (attendance-notes.ts), a bracket after a space.
    ['副局长（女）', ''],
    ['局长（2019年起）', ''],
    ['局长（3人）', ''],
    ['局长（韦立新）', ''],
    ['局长（已退休）', ''],
    ['代表（列席）', ''],
    ['副局长 （主持工作）', ''],
  ])('%s', (written, qualifier) => {
    const view = normalize(written);
    const title = written.search(/[（(\s]/u);
    expect(written.slice(title, qualifierEnd(view, title))).toBe(qualifier);
  });
});

describe('[title-qualifiers] the qualifier belongs to the title, the name follows it', () => {
  it.each([
    ['市财政局副局长（主持工作）夏侯军：我补充一点。', '夏侯军', '市财政局副局长（主持工作）', '市财政局'],
    ['[县民政局副局长（主持工作） 司徒兰]我们从两方面推进。', '司徒兰', '县民政局副局长（主持工作）', '县民政局'],
    ['【区交通运输局党组书记、副局长（主持工作）诸葛平】谢谢委员。', '诸葛平', '区交通运输局党组书记、副局长（主持工作）', '区交通运输局'],
    ['省水利厅副厅长（正厅级）贺兰山介绍，全省新建水库三座。', '贺兰山', '省水利厅副厅长（正厅级）', '省水利厅'],
    ['市卫健委副主任（挂职）东方晓：我来回答。', '东方晓', '市卫健委副主任（挂职）', '市卫健委'],
    ['县住建局局长（代）黎明远：谢谢。', '黎明远', '县住建局局长（代）', '县住建局'],
    ['市商务局副局长（主持工作）、党组副书记秦岭：我来回答。', '秦岭', '市商务局副局长（主持工作）、党组副书记', '市商务局'],
  ])('%s', (text, name, title, organization) => {
    const m = findMentions(pairOf(text)).find((x) => x.name === name);
    expect(m && [m.title, m.organization, text.slice(m.titleSpan![0], m.titleSpan![1])]).toEqual([title, organization, title]);
  });

  it.each([
    ['他主持工作以来，市财政局的预算执行有了起色。'],
    ['市财政局副局长（女）表示，资金已经拨付。'],
  ])('no title grows: %s', (text) => {
    for (const m of findMentions(pairOf(text))) expect(m.title ?? '').not.toMatch(/[（(]/u);
  });
});

describe('[title-qualifiers] through the parser', () => {
  it('the responder under a qualified title answers, his list his own', () => {
    const text = '区人大常委会专题询问\n\n委员上官红：请问区财政局，专项资金拨付了多少？\n\n'
      + '区财政局副局长（主持工作）公冶明：一方面，已拨付资金1200万元；另一方面，加快项目评审。\n\n主持人：专题询问到此结束。\n';
    const r = parse(text, { name: 'q.txt' });
    expect(r.questions).toHaveLength(1);
    const who = (id: string) => r.people.find((p) => p.id === id)!;
    expect(r.questions[0].responders.map((id) => [who(id).name, who(id).titles, who(id).organization])).toEqual([['公冶明', ['区财政局副局长（主持工作）'], '区财政局']]);
    expect(r.questions[0].answers.map((a) => [who(a.responder).name, a.measures.length])).toEqual([['公冶明', 2]]);
  });
});

describe('[title-qualifiers] a qualifier after a comma closing a label\'s bracket', () => {
  it.each([
    ['裴丹（市行政审批服务局副局长，主持工作）：', '，主持工作'],
    ['某某（市委编办副主任，正处级）：', '，正处级'],
    // Near-misses: a second post after the comma, a note not closing the bracket, a comma in running text.
    ['龚某（市发改委副主任，市大数据局局长）：', ''],
    ['裴丹（市行政审批服务局副局长，主持工作，分管审批）：', ''],
    ['副局长，主持工作以来成效明显。', ''],
  ])('%s', (written, note) => {
    const view = normalize(written);
    const title = view.indexOf(',');
    const end = qualifierEnd(view, title);
    expect(written.slice(title, end)).toBe(note);
    if (note) expect(commaNoteStart(view, end)).toBe(title);
  });
});

describe('[title-qualifiers] a deputy running the office, as a responder: the post and the name kept apart', () => {
  const responder = (label: string) => {
    const text = ['衡水市人大常委会开展农村饮水安全专题询问', '', '2019年6月27日上午，衡水市第七届人大常委会第十六次会议召开联组会议。', '',
      '市人大常委会委员马春生问：水源地保护怎么加强？', '', `${label}：今年完成水源地保护区划定。`, ''].join('\n');
    const r = parse(text, { name: 'x' });
    return r.people.filter((p) => p.roles.includes('responder')).map((p) => [p.name, p.organization, p.titles]);
  };
  it.each([
    ['市生态环境局副局长（主持工作）郑晓燕', ['市生态环境局副局长（主持工作）']],
    ['市生态环境局副局长(主持全面工作)郑晓燕', ['市生态环境局副局长(主持全面工作)']],
    ['市生态环境局主持工作的副局长郑晓燕', ['市生态环境局主持工作的副局长']],
    ['市生态环境局主持全面工作的副局长郑晓燕', ['市生态环境局主持全面工作的副局长']],
    ['市生态环境局副局长郑晓燕（主持工作）', ['市生态环境局副局长', '主持工作']],
  ])('%s', (label, titles) => {
    expect(responder(label)).toEqual([['郑晓燕', '市生态环境局', titles]]);
  });
});
