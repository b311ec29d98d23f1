import { describe, expect, it } from 'vitest';
import { secondNameOpen, secondNameSpan, withoutFormerName } from '../../src/structure/second-names.js';
import { readOrganization } from '../../src/structure/title-orgs.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const lex = lexicon();

describe('[second-names] an organization\'s second name in brackets before a post', () => {
  // `before` is written before the post 局长; the expected second name, or null when the bracket is none.
  it.each([
    ['市数据局（市大数据中心）', '市大数据中心'],
    ['县发展改革委（县低空办）', '县低空办'],
    ['区委社会工作部（区信访局）', '区信访局'],
    ['市数据资源管理局(市政务服务中心)', '市政务服务中心'],
    ['县政务服务和数据管理局（县大数据发展中心）', '县大数据发展中心'],
    // a body run as a company too (政企合一), the company named by its kind alone
    ['云岭市烟草专卖局（公司）', '公司'],
    ['县盐务局（公司）', '公司'],
    // no second name: a status, an aside, a person, a figure, no bracket at all
    ['市财政局（主持工作）', null],
    ['市财政局（下同）', null],
    ['市财政局（韦立新）', null],
    ['市财政局（2024年）', null],
    ['市财政局', null],
  ])('%s', (before, second) => {
    const view = normalize(before + '局长');
    const open = secondNameOpen(lex, view, before.length, 0);
    expect(open < 0 ? null : view.slice(...secondNameSpan(view, open))).toBe(second);
  });

  it.each([
    ['市数据局（市大数据中心）', '市数据局（市大数据中心）', '市数据局'],
    ['对此，县发展改革委（县低空办）', '县发展改革委（县低空办）', '县发展改革委'],
    ['区委社会工作部（区信访局）', '区委社会工作部（区信访局）', '区委社会工作部'],
  ])('the organization before %s is the first name', (before, link, organization) => {
    const view = normalize(before + '局长');
    const r = readOrganization(lex, view, before.length, 0);
    expect([before.slice(r.start), r.organization && before.slice(...r.organization)]).toEqual([link, organization]);
  });
});

describe('[second-names] a label with a second name in brackets', () => {
  it.each([
    ['市数据局（市大数据中心）局长 韩嘉禾：', '韩嘉禾', '市数据局（市大数据中心）局长', '市数据局'],
    ['市数据局（市大数据中心）局长韩嘉禾：', '韩嘉禾', '市数据局（市大数据中心）局长', '市数据局'],
    ['县发展改革委（县低空办）副主任　卜文涛：', '卜文涛', '县发展改革委（县低空办）副主任', '县发展改革委'],
    ['区委社会工作部(区信访局)部长 车晓岚:', '车晓岚', '区委社会工作部(区信访局)部长', '区委社会工作部'],
    ['市低空经济发展办公室（市低空经济发展服务中心）主任 邝远航：', '邝远航', '市低空经济发展办公室（市低空经济发展服务中心）主任', '市低空经济发展办公室'],
  ])('%s answers the question', (label, name, title, organization) => {
    const text = `某市人大常委会专题询问实录\n\n委员 闻立德：请问有关部门，今年办成了几件事？\n\n${label}今年办成了12件事。\n`;
    const r = parse(text);
    const q = r.questions[0];
    const responder = r.people.find((p) => p.name === name);
    expect(responder?.titles).toEqual([title]);
    expect(responder?.organization).toBe(organization);
    expect(q.responders).toEqual([responder!.id]);
    const asker = q.turns.find((t) => t.role === 'asker')!;
    expect(asker.text).not.toContain(name);
  });
});

describe('[second-names] a former name in brackets is no part of the title', () => {
  it.each([
    ['区数据资源和政务服务局（原区行政审批局）局长', '区数据资源和政务服务局局长'],
    ['市城市管理和综合执法局(原市城市管理局)副局长', '市城市管理和综合执法局副局长'],
    // near-misses: a second name the body still bears, a status, an aside
    ['市数据局（市大数据中心）局长', '市数据局（市大数据中心）局长'],
    ['市财政局副局长（主持工作）', '市财政局副局长（主持工作）'],
    ['原市水利局局长', '原市水利局局长'],
  ])('%s → %s', (title, expected) => {
    expect(withoutFormerName(title)).toBe(expected);
  });
});
