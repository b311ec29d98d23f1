import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { findMentions } from '../../src/structure/speakers.js';

describe('[office-mentions] speakers named by their office alone', () => {
  // Each row: the exchange, and the people of the record as [name, titles].
  it.each<[string, string, Array<[string | null, string[]]>]>([
    ['一位委员 and a bureau\'s 相关负责人', '一位委员问道：电梯加装为什么这么慢？市住建局相关负责人表示，今年将新增200部。', [[null, ['委员']], [null, ['市住建局相关负责人']]]],
    ['a named member and a bureau\'s 相关负责人', '市人大常委会委员韦志刚问道：电梯加装为什么这么慢？市住建局相关负责人回答，今年将新增200部。', [['韦志刚', ['市人大常委会委员']], [null, ['市住建局相关负责人']]]],
  ])('%s', (_name, exchange, people) => {
    const text = `近日，某市人大常委会开展专题询问。\n${exchange}`;
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.people.map((p) => [p.name, p.titles])).toEqual(people);
  });
});

describe('[office-mentions] a department\'s unnamed official answering in a news report', () => {
  // Each row: the answer after "“…？”县人大常委会委员罗海川问。", and the responder as [titles, organization].
  it.each<[string, string, [string[], string]]>([
    ['有关负责人回答说', '县水务局有关负责人回答说，今年新建供水站6座。', [['县水务局有关负责人'], '县水务局']],
    ['一位负责人表示, after 对此', '对此，州文旅局一位负责人表示：“我们将新增景区停车位800个。”', [['州文旅局一位负责人'], '州文旅局']],
    ['相关负责人介绍', '区商务局相关负责人介绍，已建成便民市场14个。', [['区商务局相关负责人'], '区商务局']],
    ['主要负责人在回答时表示', '市医保局主要负责人在回答时表示，异地就医直接结算率达到92%。', [['市医保局主要负责人'], '市医保局']],
    ['负责同志在回答询问时说', '县发展和改革委员会负责同志在回答询问时说，规划已编制完成。', [['县发展和改革委员会负责同志'], '县发展和改革委员会']],
    ['负责同志答复', '镇农业服务中心负责同志答复：今年培训农民1200人次。', [['镇农业服务中心负责同志'], '镇农业服务中心']],
    ['有关负责同志回应称', '省审计厅有关负责同志回应称，将开展专项审计。', [['省审计厅有关负责同志'], '省审计厅']],
    ['的负责人说', '区司法局的负责人说，已建成公共法律服务站30个。', [['区司法局的负责人'], '区司法局']],
    ['对此表示 after the post', '县水务局有关负责人对此表示，今年新建供水站6座。', [['县水务局有关负责人'], '县水务局']],
    ['针对这一问题回应', '县卫健局负责人针对这一问题回应，将增派巡回医疗队。', [['县卫健局负责人'], '县卫健局']],
    ['现场回应', '区城管局有关负责人现场回应：“整改将在月底前完成。”', [['区城管局有关负责人'], '区城管局']],
    ['当场表态', '县住建局负责人当场表态，年内完成改造。', [['县住建局负责人'], '县住建局']],
    ['在接受询问时, then a comma', '县应急管理局主要负责人在接受询问时，表示将开展专项排查。', [['县应急管理局主要负责人'], '县应急管理局']],
    ['a field department, the bureau named in the question', '水务部门负责人回答，今年新建供水站6座。', [['水务部门负责人'], '县水务局']],
  ])('%s', (_name, answer, [titles, organization]) => {
    const text = `近日，某县人大常委会开展专题询问。\n“请问县水务局，农村饮水如何保障？”县人大常委会委员罗海川问。\n${answer}`;
    const s = buildStructure({ text, view: normalize(text) });
    const responders = s.people.filter((p) => p.roles.includes('responder'));
    expect(responders.map((p) => [p.name, p.titles, p.organization])).toEqual([[null, titles, organization]]);
    expect(s.questions.map((q) => q.responders)).toEqual([[responders[0].id]]);
    const turn = s.questions[0].turns.find((t) => t.role === 'responder');
    expect(turn?.speaker).toBe(responders[0].id);
  });
});

describe('[office-mentions] an adverbial after the post and no verb of speaking: nobody speaks', () => {
  it.each([
    ['县水务局负责人对此高度重视，多次到现场督导。'],
    ['县水务局负责人现场查看了水源地。'],
    ['县水务局负责人也有自己的看法。'],
  ])('%s', (text) => {
    expect(findMentions({ text, view: normalize(text) }).filter((m) => m.form === 'office-only')).toEqual([]);
  });
});
