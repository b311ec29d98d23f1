import { describe, expect, it } from 'vitest';
import { routingHeader } from '../../src/structure/routing-headers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const lex = lexicon();

describe('[routing-headers] who asks whom on one line', () => {
  // `head` is the asker's mention, `tail` the rest of its line; the expected organization asked, or null.
  it.each([
    ['蓝晓峰委员', ' → 县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['蓝晓峰委员', '→市交通运输局', '市交通运输局'],
    ['蓝晓峰委员', ' -> 区卫生健康委', '区卫生健康委'],
    ['蓝晓峰委员', ' ⇒ 市数据局', '市数据局'],
    ['蓝晓峰委员', ' ➡ 县林业局', '县林业局'],
    ['蓝晓峰委员', ' 问 县农业农村局', '县农业农村局'],
    ['蓝晓峰委员', '向县医疗保障局提问', '县医疗保障局'],
    ['蓝晓峰委员', '向县医疗保障局询问：', '县医疗保障局'],
    // no header: no organization after the arrow, a sentence, the words on the same line
    ['蓝晓峰委员', ' → 建议', null],
    ['蓝晓峰委员', ' 问 为什么还没有落实', null],
    ['蓝晓峰委员', '向县医疗保障局提问：报销比例是多少？', null],
    ['蓝晓峰委员', '：请问县医疗保障局', null],
  ])('%s%s', (head, tail, org) => {
    const view = normalize(`${head}${tail}\n报销比例是多少？`);
    const r = routingHeader(lex, view, head.length, view.length);
    expect(r ? view.slice(...r.addressee) : null).toBe(org);
    if (r) expect(view.slice(r.wordsStart)).toBe(normalize('报销比例是多少？'));
  });

  it('a header with no words after it heads nothing', () => {
    const view = '蓝晓峰委员 → 县林业局\n\n';
    expect(routingHeader(lex, view, 5, view.length)).toBeNull();
  });
});

describe('[routing-headers] a live feed with routing headers', () => {
  it.each([
    ['【提问】蓝晓峰委员 → 县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['【提问】蓝晓峰委员→县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['【提问】县人大常委会委员 蓝晓峰 -> 县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['蓝晓峰委员 ➡ 县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['【提问】蓝晓峰委员 问 县政务服务和数据管理局', '县政务服务和数据管理局'],
    ['蓝晓峰委员向县政务服务和数据管理局提问', '县政务服务和数据管理局'],
  ])('%s', (header, org) => {
    const text = `图文直播｜某县人大常委会开展政务服务专题询问\n\n${header}\n“一件事”办了多少件？\n\n【应询】石永年（县政务服务和数据管理局局长）\n办了12件。\n`;
    const r = parse(text);
    expect(r.questions).toHaveLength(1);
    const q = r.questions[0];
    expect(q.askers.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['蓝晓峰']);
    expect(q.addressees).toEqual([org]);
    expect(q.text).toBe('“一件事”办了多少件？');
    expect(q.responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['石永年']);
  });
});
