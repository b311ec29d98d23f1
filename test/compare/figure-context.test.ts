import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { figureContext } from '../../src/compare/figure-context.js';

/** An invented session; `answer` before the measures, `measures` after 一是 (the figure read is the first of question 1 holding `figure`). */
function contextOf(answer: string, measures: string, figure: string) {
  const record = parse([
    '临川区人大常委会开展背街小巷整治工作专题询问',
    '问题一:区政府如何推进背街小巷整治?',
    '区人大常委会委员邝晓雯询问区政府如何推进背街小巷整治。',
    `区住建局局长池振东回应称,${answer}下一步将从两方面着手:一是${measures}。二是完善长效管理机制。`,
    '',
  ].join('\n'), { name: 'x' });
  const question = record.questions[0];
  const q = question.quantities.find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure}: ${question.quantities.map((x) => x.text).join(' ')}`);
  return figureContext(record, question, q.span);
}

describe('[compare/figure-context] target, done or state; the purpose of a fund', () => {
  it.each<[string, string, string, 'target' | 'done' | null, string | null]>([
    ['', '年底前改造背街小巷46条', '46条', 'target', null],
    ['计划改造背街小巷46条,', '加强统筹', '46条', 'target', null],
    ['力争两年内整治率达到90%,', '加强统筹', '90%', 'target', null],
    ['明年扩大到60条街巷,', '加强统筹', '60条', 'target', null],
    ['今年已完成改造背街小巷38条,', '加强统筹', '38条', 'done', null],
    ['截至目前累计整治街巷120条,', '加强统筹', '120条', 'done', null],
    ['全区背街小巷整治率为72%,', '加强统筹', '72%', null, null],
    ['沿街商户将近900户,', '加强统筹', '将近900户', null, null],
    ['到2027年整治率达到95%,', '加强统筹', '95%', 'target', null],
    ['今年安排资金500万元用于雨污管网改造,', '加强统筹', '500万元', null, '雨污管网改造'],
    ['今年安排资金500万元,专项用于路面修复,', '加强统筹', '500万元', null, '路面修复'],
    // A figure's role is its own clause's: a state written inside a list item is a state, its target beside it a target.
    ['', '推进背街小巷整治,目前整治率为78%,力争2026年底达到85%', '78%', 'done', null],
    ['', '推进背街小巷整治,目前整治率为78%,力争2026年底达到85%', '85%', 'target', null],
    ['', '推进背街小巷整治,整治率已达到93%', '93%', 'done', null],
    // near-miss: a target after a state in the same clause is the target's (由目前的… is the start, 提升到… the goal)
    ['', '整治时限由目前的30天缩短到20天', '20天', 'target', null],
    ['我们将把整治时限由目前的30天缩短到20天,', '加强统筹', '30天', 'done', null],
    ['', '整治率达到85%', '85%', 'target', null],
  ])('%s | 一是%s [%s] → %s, %s', (answer, measures, figure, stance, purpose) => {
    expect(contextOf(answer, measures, figure)).toMatchObject({ stance, purpose });
  });

  it.each<[string, string, 'target' | 'done' | null, 'increment' | 'level' | 'per-unit' | null]>([
    ['年内完成改造背街小巷46条，', '46条', 'target', null],
    ['去年年内完成改造背街小巷38条，', '38条', 'done', null],
    ['我们将推行街巷长制，改造背街小巷46条。', '46条', 'target', null],
    ['到2026年底，背街小巷整治率达到95%。', '95%', 'target', 'level'],
    ['截至9月底，全区建成口袋公园21个。', '21个', 'done', 'level'],
    // 截至/截止到 a year is a report's date (a state), 到/至 a year or …底前 a deadline.
    ['截至2023年底，全区背街小巷整治率为88%，', '88%', 'done', null],
    ['截止到2023年底，全区背街小巷整治率为88%，', '88%', 'done', null],
    ['至2026年底，背街小巷整治率达到95%。', '95%', 'target', 'level'],
    ['2026年底前背街小巷整治率达到95%。', '95%', 'target', 'level'],
    // A year-end already past is a report's date: what was done by then, not a target.
    ['年底前新开、调整岛外公交线路30条，', '30条', 'target', 'increment'],
    ['去年底前已新开、调整岛外公交线路34条，', '34条', 'done', 'increment'],
    ['去年年底前新开、调整岛外公交线路34条，', '34条', 'done', 'increment'],
    ['上年底前完成改造背街小巷38条，', '38条', 'done', null],
    ['今年新增口袋公园6个，', '6个', null, 'increment'],
    ['今年已新建口袋公园6个，', '6个', 'done', 'increment'],
    ['全区累计整治街巷120条，', '120条', 'done', 'level'],
    // Last session's figure quoted back; the base another figure is set against.
    ['去年提出背街小巷整治率达到90%，', '90%', 'cited', 'level'],
    ['去年区里提出力争整治率达到90%，', '90%', 'cited', 'level'],
    ['整治率为86%，没有达到去年提出的90%，', '90%', 'cited', 'level'],
    // A target named in a verdict on the figure before it: quoted, not this session's state; the figure judged is the state.
    ['去年完成背街小巷改造38条，没有达到46条的目标，', '46条', 'cited', 'level'],
    ['去年完成背街小巷改造38条，没有达到46条的目标，', '38条', 'done', null],
    ['整治率为71.2%，距离75%的目标还有差距，', '75%', 'cited', null],
    ['整治率为86%，未能达到90%以上的目标，', '90%以上', 'cited', 'level'],
    // Near-misses: a level reached with no target named after it; 距离 a distance.
    ['整治率没有达到90%，', '90%', null, 'level'],
    ['距离主城区3公里的街巷已整治，', '3公里', null, null],
    ['前年承诺的46条背街小巷已全部完工，', '46条', 'cited', null],
    ['审批时限由原来的8个工作日压缩至3个工作日，', '8个工作日', 'base', null],
    ['我们将在全区120个社区推行街巷长制，', '120个', 'base', null],
    // Near-misses: last year's report, an agent 由, 理由.
    ['去年全区完成背街小巷改造38条，', '38条', 'done', null],
    ['去年区里整治街巷38条，', '38条', 'done', null],

    ['明年再改造背街小巷30条，', '30条', 'target', 'increment'],
    ['再生水利用率为40%，', '40%', null, null],
    ['去年全区完成背街小巷改造38条，', '38条', 'done', null],
    ['我们将推行街巷长制，完成背街小巷改造46条。', '46条', 'target', null],
    ['背街小巷整治完成率为72%，', '72%', null, null],
    ['对沿街商户给予一次性补贴3000元，', '3000元', null, 'per-unit'],
    ['每户补助1500元，', '1500元', null, 'per-unit'],
    // The figure itself may say what it is per.
    ['助餐补贴标准每餐3至5元，', '每餐3至5元', null, 'per-unit'],
    ['高龄津贴每人每月100元，', '每人每月100元', null, 'per-unit'],
    // A verb of change with 到/至 names the level reached; a bare 增加 (增加了) is the step.
    ['全区口袋公园增加到68个，', '68个', null, 'level'],
    ['整治率提高到100%，', '100%', null, 'level'],
    ['审批时限压缩至3个工作日，', '3个工作日', null, 'level'],
    ['空置率降至5%，', '5%', null, 'level'],
    ['服务范围扩大到12个社区，', '12个', null, 'level'],
    ['今年口袋公园增加了6个，', '6个', null, 'increment'],
    ['今年增加口袋公园6个，', '6个', null, 'increment'],
    // 新 before a verb counts what is new; 共 before one, the total — not 公共, 共同, 共享.
    ['今年新排查问题35个，', '35个', null, 'increment'],
    ['今年新受理投诉120件，', '120件', null, 'increment'],
    ['全区共排查问题214个，', '214个', null, 'level'],
    ['新能源公交车200辆，', '200辆', null, null],
    ['公共停车位800个，', '800个', null, null],
    ['共同缔造示范点12个，', '12个', null, null],
    ['共享单车5000辆，', '5000辆', null, null],
  ])('%s [%s] → %s, %s', (answer, figure, stance, flow) => {
    expect(contextOf(answer, '加强统筹', figure)).toMatchObject({ stance, flow });
  });

  it.each<[string, string, string | null]>([
    ['全区PM2.5平均浓度为38微克/立方米，同比下降2.6%，', '2.6%', '同比降幅'],
    ['投入资金3800万元，同比增长12.5%，', '12.5%', '同比增幅'],
    ['受理投诉1200件，环比减少8%，', '8%', '环比降幅'],
    ['受理投诉1200件，较上年同期增加15%，', '15%', '同比增幅'],
    // Near-misses: the level itself, a rate not of change, a change with no base.
    ['全区PM2.5平均浓度为38微克/立方米，同比下降2.6%，', '38微克/立方米', null],
    ['优良天数比率为84.1%，', '84.1%', null],
    ['重污染天数减少到3天，', '3天', null],
    ['投诉下降了8%，', '8%', null],
  ])('%s [%s] → rate %s', (answer, figure, rate) => {
    expect(contextOf(answer, '加强统筹', figure).rate).toBe(rate);
  });
});

describe('[compare/figure-context] a ceiling: a limit not to be passed', () => {
  it.each<[string, string, boolean, 'target' | 'done' | 'base' | null]>([
    ['投诉处理时限压缩至5个工作日', '5个工作日', true, 'target'],
    ['群众投诉率降到3%', '3%', true, 'target'],
    ['街巷违章率控制在5%以内', '5%以内', true, 'target'],
    ['占道经营点位不超过20处', '不超过20处', true, 'target'],
    ['垃圾清运时间缩短至2小时以下', '2小时以下', true, 'target'],
    // near-misses: a level to reach, a floor
    ['整治率提高到95%', '95%', false, 'target'],
    ['改造背街小巷46条', '46条', false, 'target'],
    ['群众满意率保持在90%以上', '90%以上', false, 'target'],
  ])('一是%s [%s] → ceiling %s, %s', (measures, figure, ceiling, stance) => {
    expect(contextOf('', measures, figure)).toMatchObject({ ceiling, stance });
  });
  it('在 opening the scope is still a base (在全区46条街巷…)', () => {
    expect(contextOf('在全区46条街巷推行街巷长制，', '加强统筹', '46条')).toMatchObject({ stance: 'base', ceiling: false });
  });
});

describe('[compare/figure-context] a prose promise holds targets, as a list item does', () => {
  const record = parse([
    '临川区人大常委会开展气象预警工作专题询问',
    '问题一:预警信息发布不及时,区气象局有什么改进措施?',
    '区人大常委会委员邝晓雯询问预警信息发布问题。',
    '区气象局局长池振东回应称,目前预警覆盖率为88%。我们将建设短临预警系统,预警提前量由目前的30分钟提升到60分钟以上;同时推动预警信息直达到人,覆盖率达到95%。今年安排专项资金850万元,并将运行经费纳入预算。',
    '',
  ].join('\n'), { name: 'x' });
  const question = record.questions[0];
  const stanceOf = (text: string, nth = 0) => figureContext(record, question, question.quantities.filter((q) => q.text === text)[nth].span).stance;
  it.each<[string, 'target' | 'done' | null]>([
    ['60分钟以上', 'target'],
    ['95%', 'target'],
    // near-misses: the state the target is raised from, and a state before the promise
    ['30分钟', 'done'],
    ['88%', 'done'],
    // a figure before the commitment of its sentence is no target of it (…850万元,并将…)
    ['850万元', null],
  ])('%s → %s', (figure, stance) => {
    expect(stanceOf(figure)).toBe(stance);
  });
});

describe('[compare/figure-context] differences, the old plan and further steps', () => {
  it.each<[string, string, boolean, string | null]>([
    // A difference from another figure, not read as a rate of change.
    ['今年改造背街小巷46条,比原计划多6条,', '6条', true, null],
    ['今年改造背街小巷46条,较去年同期多完成8条,', '8条', true, null],
    ['今年改造背街小巷46条,较2020年增加20条,', '20条', true, null],
    // near-misses: a rate of change (its own indicator), a level reached, a 比例 that is a name.
    ['整治率为85%,较去年提高14个百分点,', '14个百分点', false, '同比增幅'],
    ['投诉量较前年下降26%,', '26%', false, '同比降幅'],
    ['整治率提高到85%,', '85%', false, null],
    ['整治比例提高5个百分点,', '5个百分点', false, null],
  ])('%s → %s difference %s', (answer, figure, difference, rate) => {
    const c = contextOf(answer, '加强统筹', figure);
    expect([c.difference, c.rate]).toEqual([difference, rate]);
  });
  it.each<[string, string, 'target' | 'done' | 'cited' | null]>([
    // The old plan quoted back (原计划/原定) is no figure of this session; 原计划 governs nothing after it.
    ['原计划改造背街小巷46条,目前已改造40条,', '46条', 'cited'],
    ['原定60条的目标已调整为今年底前完成,', '60条', 'cited'],
    ['原计划46条,其中6条因拆迁暂缓,新增停车位810个,', '810个', null],
    // A further step to come (再新增) is a target; near-miss: a plan (计划) still is, a step done (已…) is not.
    ['今年全区再整治背街小巷20条,', '20条', 'target'],
    ['今年计划改造背街小巷46条,', '46条', 'target'],
    ['去年全区已整治背街小巷20条,', '20条', 'done'],
  ])('%s → %s %s', (answer, figure, stance) => {
    expect(contextOf(answer, '加强统筹', figure).stance).toBe(stance);
  });
});

describe('[compare/figure-context] a year-end in a sentence a past year opens is that year\'s: a report', () => {
  it.each<[string, string, 'target' | 'done' | null]>([
    ['去年全区背街小巷全部开工，年底前完成改造46条。', '46条', 'done'],
    ['去年启动整治，年内完成改造46条。', '46条', 'done'],
    // near-misses: a year of now named (今年年底前); 将 intends; no past year opening the sentence
    ['去年启动整治，今年年底前完成改造46条。', '46条', 'target'],
    ['去年启动整治，年底前将完成改造46条。', '46条', 'target'],
    ['全区背街小巷全部开工，年底前完成改造46条。', '46条', 'target'],
  ])('%s → %s', (answer, figure, stance) => {
    expect(contextOf(answer, '加强统筹', figure).stance).toBe(stance);
  });
});

describe('[compare/figure-context] a year-end after a comparison with last year is this year\'s', () => {
  it('较去年同期 names no year of the work: 年底前 stays a target', () => {
    expect(contextOf('今年开工数较去年同期增加10条，年底前完成改造46条。', '加强统筹', '46条').stance).toBe('target');
  });
});
