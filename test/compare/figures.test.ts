import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/compare/figures.js';
import type { FigureRef } from '../../src/compare/types.js';
import type { Quantity } from '../../src/model/record.js';
import { buildRecord, type QuantitySpec } from './build-record.js';
import { parse } from '../../src/pipeline.js';

describe('[compare/figures] matching', () => {
  const rec = (quantities: QuantitySpec[]) => buildRecord({ questions: [{ text: '如何化解矛盾纠纷?', responders: [['李某', '市政府副市长', '市政府']], quantities }] });
  it('pairs figures by folded indicator, kind and unit; the rest stay on their side', () => {
    const a = rec([
      { text: '97.78%', value: 97.78, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' },
      { text: '120件', value: 120, unit: '件', kind: 'count', indicator: '信访积案' },
      { text: '12345', value: 12345, indicator: null, kind: 'other' },
    ]);
    const b = rec([
      { text: '98.60%', value: 98.6, unit: '%', kind: 'percent', indicator: '矛盾糾紛化解率' },
      { text: '16家', value: 16, unit: '家', kind: 'count', indicator: '信访积案' },
    ]);
    const f = compareFigures(a, b);
    expect(f.pairs.map((p) => [p.a.text, p.b.text, p.change?.text])).toEqual([['97.78%', '98.60%', '+0.82 个百分点']]);
    expect(f.onlyA.map((x) => x.text)).toEqual(['120件']);
    expect(f.onlyB.map((x) => x.text)).toEqual(['16家']);
    expect(f.unlabeled).toEqual({ a: 1, b: 0 });
  });
  it('the closing\'s figures pair too (the satisfaction rate of two follow-up sessions)', () => {
    const withClosing = (text: string, value: number) => {
      const r = rec([]);
      const q = { text, value, unit: '%', kind: 'percent' as const, indicator: '满意和基本满意票数合计占实到人数', approximate: false, qualifier: null, range: null, span: [0, 0] as [number, number] };
      r.session.closing = { text: '', span: [0, 0], quantities: [q], vote: null };
      return r;
    };
    const f = compareFigures(withClosing('93.5%', 93.5), withClosing('96.6%', 96.6));
    expect(f.pairs.map((p) => [p.a.text, p.b.text, p.a.question, p.change?.text])).toEqual([['93.5%', '96.6%', null, '+3.1 个百分点']]);
    // Located as the closing's, not the introduction's (both have no question).
    expect(f.pairs.map((p) => [p.a.part, p.b.part])).toEqual([['closing', 'closing']]);
  });
  it('each figure says the part of the session it was read from', () => {
    const r = rec([{ text: '12件', value: 12, unit: '件', indicator: '督办件' }]);
    const at = (indicator: string): Quantity => ({ text: '8名', value: 8, unit: '名', kind: 'count', indicator, approximate: false, qualifier: null, range: null, span: [0, 0] });
    r.session.quantities = [at('组成人员')];
    r.session.closing = { text: '', span: [0, 0], quantities: [at('出席委员')], vote: null };
    expect(compareFigures(r, r).pairs.map((p) => [p.indicator, p.a.question, p.a.part])).toEqual([
      ['组成人员', null, 'introduction'], ['督办件', 1, 'question'], ['出席委员', null, 'closing'],
    ]);
  });
  it('repeated indicators pair in reading order', () => {
    const a = rec([{ text: '3个', value: 3, unit: '个', indicator: '实验室' }, { text: '5个', value: 5, unit: '个', indicator: '实验室' }]);
    const b = rec([{ text: '4个', value: 4, unit: '个', indicator: '实验室' }]);
    const f = compareFigures(a, b);
    expect(f.pairs.map((p) => p.change?.text)).toEqual(['+1 个 (+33.3%)']);
    expect(f.onlyA.map((x) => x.text)).toEqual(['5个']);
  });
  it.each([
    ['矛盾纠纷化解率', '今年以来全市矛盾纠纷化解率', true],
    ['執結案件', '法院执结案件', true],
    ['积案', '信访积案', false],
    ['化解率', '调解成功率', false],
  ])('indicator %s meets %s: %s', (ia, ib, meets) => {
    const a = rec([{ text: '10件', value: 10, unit: '件', indicator: ia }]);
    const b = rec([{ text: '12件', value: 12, unit: '件', indicator: ib }]);
    expect(compareFigures(a, b).pairs.length).toBe(meets ? 1 : 0);
  });
  it('kind or unit must agree', () => {
    const a = rec([{ text: '10件', value: 10, unit: '件', indicator: '执结案件' }]);
    const b = rec([{ text: '10亿元', value: 1e9, unit: '元', kind: 'money', indicator: '执结案件' }]);
    expect(compareFigures(a, b).pairs).toEqual([]);
  });
});

describe('[compare/figures] conditions, generic heads, purposes and targets', async () => {
  const { compare } = await import('../../src/compare/compare.js');
  const { mirror } = await import('../../src/compare/mirror.js');
  /** An invented county session: `answer` stands in the answer before the announced measures (`measures`, 一是…). */
  const session = (answer: string, measures = '一是加强统筹调度。二是完善考核机制。') => parse([
    '松溪县人大常委会开展城乡排水工作专题询问',
    '近日,松溪县人大常委会举行联组会议,就全县城乡排水工作开展专题询问。',
    '问题一:县政府如何补齐城乡排水设施短板?',
    '县人大常委会委员吕思源询问县政府如何补齐城乡排水设施短板。',
    `副县长甘雨桐回应称,${answer}下一步将从两方面着手:${measures}`,
    '',
  ].join('\n'), { name: 'x' });
  const figuresOf = (a: string, b: string, ma?: string, mb?: string) => compare(session(a, ma), session(b, mb)).figures;
  const rows = (f: ReturnType<typeof figuresOf>) => f.pairs.map((p) => [p.indicator, p.a.text, p.b.text, p.change?.text ?? p.progress?.text ?? null]);

  it('a sum of money of this year (今年/年内) meets a yearly one (每年…N元): both per year', () => {
    const f = figuresOf('市财政将每年安排湿地保护专项资金不少于8000万元。', '今年市财政安排湿地保护专项资金0.65亿元。');
    expect(f.pairs.length).toBe(1);
    // near-miss: an amount per head from this year on stays per head (today's behaviour of per-unit amounts)
    expect(figuresOf('去年共发放护理员入职补贴86万元。', '今年起对取得证书的护理员给予一次性补贴3500元。').pairs.length).toBe(0);
  });

  it('a deadline of last year (去年底前已…) is past: the level reached meets today\'s level', () => {
    const f = figuresOf('岛外线路平均候车时间目前约为18分钟。', '去年底前已新开岛外公交线路34条，岛外线路平均候车时间缩短到约13分钟。');
    expect(rows(f).map((r) => r[0])).toContain('岛外线路平均候车时间');
  });

  it('an age bound is a condition of the population counted, no figure of its own', () => {
    const f = figuresOf('全县60周岁以上老年人口已达9.8万人。', '全县60周岁以上老年人口已增至10.5万人。');
    expect(rows(f)).toEqual([['60周岁以上老年人口', '9.8万人', '10.5万人', '+0.7 万人 (+7.1%)']]);
    expect([...f.onlyA, ...f.onlyB]).toEqual([]);
  });
  it('a verb of reaching links the indicator: 已发展到', () => {
    expect(rows(figuresOf('全县共有托育机构23家。', '全县托育机构已发展到31家。'))).toEqual([['托育机构', '23家', '31家', '+8 家 (+34.8%)']]);
  });
  it.each([
    ['the same use', '今年安排资金200万元用于管道清淤。', '今年安排资金260万元用于管道清淤疏通。', 1],
    ['different uses', '今年安排资金200万元用于管道清淤。', '今年安排资金260万元用于内涝点改造。', 0],
    ['one use unwritten', '今年安排资金200万元。', '今年安排资金260万元用于管道清淤。', 1],
    ['a generic head and the full name', '今年安排资金200万元。', '今年安排排水设施运行维护资金260万元。', 1],
  ])('a generic head (资金) in the same question, %s → %i pair', (_, a, b, n) => {
    expect(figuresOf(a, b).pairs.length).toBe(n);
  });
  it('a target in a measure against a figure reported is progress, not a change; mirrored alike', () => {
    const a = session('', '一是年底前计划改造排水管道80公里。二是完善考核机制。');
    const b = session('今年已完成改造排水管道60公里。');
    const c = compare(a, b);
    expect(c.figures.pairs.map((p) => [p.a.stance, p.b.stance, p.change, p.progress])).toEqual([
      ['target', 'done', null, { target: 'a', percent: 75, met: false, text: '目标 80公里, 完成 60公里 (75%, 未达标)' }],
    ]);
    expect(mirror(c).figures).toEqual(compare(b, a).figures);
  });
  it.each([
    ['压缩至: at or below the limit is met', '一是力争年底前企业开办时间压缩至20个工作日。二是完善考核机制。', '目前企业开办时间已缩短至15个工作日。',
      ['目标 20个工作日, 完成 15个工作日 (已达标)', true]],
    ['压缩至: above the limit is not met', '一是力争年底前企业开办时间压缩至20个工作日。二是完善考核机制。', '目前企业开办时间已缩短至24个工作日。',
      ['目标 20个工作日, 完成 24个工作日 (未达标)', false]],
    ['控制在…以内, a percent', '一是城镇调查失业率控制在5.5%以内。二是完善考核机制。', '目前城镇调查失业率为5.2%。',
      ['目标 5.5%以内, 完成 5.2% (已达标)', true]],
    ['不超过', '一是全县道路交通事故死亡人数不超过30人。二是完善考核机制。', '全县道路交通事故死亡人数已降至26人。',
      ['目标 不超过30人, 完成 26人 (已达标)', true]],
  ])('a reduction target (降到/压缩至/控制在…以内/不超过) is met at or below it: %s', (_, measures, report, [text, met]) => {
    const a = session('', measures);
    const b = session(report);
    const pairs = compare(a, b).figures.pairs;
    expect(pairs.map((p) => [p.progress?.text, p.progress?.met, p.progress?.percent])).toEqual([[text, met, null]]);
    expect(mirror(compare(a, b)).figures).toEqual(compare(b, a).figures);
  });
  it.each([
    ['达到: below the floor is unmet', '一是力争年底前全县污水处理率达到95%。二是完善考核机制。', '全县污水处理率为93.5%。', ['目标 95%, 现状 93.5% (未达标)', false]],
    ['提升到: at the floor is met', '一是力争年底前全县污水处理率提升到95%。二是完善考核机制。', '全县污水处理率为95%。', ['目标 95%, 现状 95% (已达标)', true]],
    ['不低于: above the floor is met', '一是全县污水处理率不低于95%。二是完善考核机制。', '全县污水处理率为96%。', ['目标 不低于95%, 现状 96% (已达标)', true]],
    ['a count to do: more done is met', '一是年底前计划改造排水管道80公里。二是完善考核机制。', '今年已完成改造排水管道86公里。', ['目标 80公里, 完成 86公里 (107.5%, 已达标)', true]],
  ])('a floor target (达到/提升到/不低于, a count to do) is met at or above it: %s', (_, measures, report, [text, met]) => {
    const c = compare(session('', measures), session(report));
    expect(c.figures.pairs.map((p) => [p.progress?.text, p.progress?.met])).toEqual([[text, met]]);
    expect(mirror(c).figures).toEqual(compare(session(report), session('', measures)).figures);
  });
  it.each<[string, string, string, (string | null)[][]]>([
    // A part of the new (25 of 40 新排查) is no part of the whole (210 of 320): the things counted differ.
    ['a part of the new against a part of the whole: no pair', '全县排查出危旧房屋320处，目前已完成整治210处。', '今年新排查危旧房屋40处，已完成整治25处。',
      [['危旧房屋', '320处', '40处', null]]],
    // near-miss: two parts of the whole pair, as a change
    ['two parts of the whole: a change', '全县排查出危旧房屋320处，目前已完成整治210处。', '全县排查出危旧房屋320处，目前已完成整治290处。',
      [['危旧房屋', '320处', '320处', '无变化'], ['整治', '210处', '290处', '+80 处 (+38.1%)']]],
    // The start written as today's (由目前的40分钟) is the session's state; 由原来的… stays a base (see baseOfNext).
    ['由目前的: a state that meets the next state', '我们将把应急响应时间由目前的40分钟缩短到25分钟以内。', '应急响应时间目前为32分钟。',
      [['应急响应时间', '40分钟', '32分钟', '−8 分钟 (−20%)'], ['应急响应时间', '25分钟以内', '32分钟', '目标 25分钟以内, 完成 32分钟 (未达标)']]],
  ])('%s', (_, a, b, want) => {
    const sa = at('松溪县', '2024-06-26', a);
    const sb = at('松溪县', '2025-06-24', b);
    expect(rows(compare(sa, sb).figures)).toEqual(want);
    expect(mirror(compare(sa, sb)).figures).toEqual(compare(sb, sa).figures);
  });
  it.each([
    // What was left of a whole (剩余68处) is met by the whole done, but is no base of a percent; near-miss: a plain target keeps it.
    ['a remainder met: no percent', '一是力争年底前完成剩余68处易涝点整治。二是完善考核机制。', '去年排查的216处易涝点已全部完成整治。', '目标 68处, 完成 216处 (已达标)'],
    ['a plain target: a percent', '一是力争年底前完成68处易涝点整治。二是完善考核机制。', '今年80处易涝点已全部完成整治。', '目标 68处, 现状 80处 (117.6%, 已达标)'],
  ])('%s', (_, measures, report, text) => {
    const c = compare(at('松溪县', '2024-06-26', '', measures), at('松溪县', '2025-06-24', report));
    expect(c.figures.pairs.map((p) => p.progress?.text)).toEqual([text]);
  });
  it('a state, a target, the next state and the next target: progress on the target, the states\' change, no state-to-target change', () => {
    // 2023年 81% (state) and 95% by 2024年底 (target); then 93.5% (state) and 96% (the new target). 81% → 96% is no change;
    // 93.5% is both what came of the target and the next value of the state beside it.
    const a = at('松溪县', '2024-06-26', '截至2023年底，全县污水处理率为81%。', '一是力争2024年底前全县污水处理率提升到95%。二是完善考核机制。');
    const b = at('松溪县', '2025-06-24', '2024年全县污水处理率达到93.5%。', '一是力争全县污水处理率达到96%。二是完善考核机制。');
    const f = compare(a, b).figures;
    expect(rows(f)).toEqual([['污水处理率', '81%', '93.5%', '+12.5 个百分点'], ['污水处理率', '95%', '93.5%', '目标 95%, 现状 93.5% (未达标)']]);
    expect(f.pairs.filter((p) => (p.a.stance === 'target') !== (p.b.stance === 'target')).every((p) => p.change === null)).toBe(true);
    expect(f.pairs.some((p) => p.b.text === '96%')).toBe(false);
    expect(mirror(compare(a, b)).figures).toEqual(compare(b, a).figures);
  });
  it('a level to reach (提高到…) is no ceiling: a percent of the target, met at or above it', () => {
    const c = compare(session('', '一是力争年底前全县老年助餐点增加到300个。二是完善考核机制。'), session('全县已建成老年助餐点240个。'));
    expect(c.figures.pairs.map((p) => [p.a.ceiling, p.progress?.met, p.progress?.percent])).toEqual([[undefined, false, 80]]);
  });
  /** The same session held by another body (`place` for 松溪县), on a date. */
  const at = (place: string, date: string | null, answer: string, measures?: string) => {
    const r = parse([
      `${place}人大常委会开展城乡排水工作专题询问`,
      `近日,${place}人大常委会举行联组会议,就全县城乡排水工作开展专题询问。`,
      '问题一:县政府如何补齐城乡排水设施短板?',
      '县人大常委会委员吕思源询问县政府如何补齐城乡排水设施短板。',
      `副县长甘雨桐回应称,${answer}下一步将从两方面着手:${measures ?? '一是加强统筹调度。二是完善考核机制。'}`,
      '',
    ].join('\n'), { name: 'x' });
    r.session.date = date;
    return r;
  };
  const target300 = '一是力争年底前全县老年助餐点达到300个。二是完善考核机制。';
  it.each([
    ['one county, the target first: progress', '松溪县', null, null, [['老年助餐点', '300个', '280个', '目标 300个, 完成 280个 (93.3%, 未达标)']]],
    // A target against a state is never a change: two bodies' stand side by side, one body's later target is not paired.
    ['two counties: side by side, no progress', '桐溪县', null, null, [['老年助餐点', '300个', '280个', null]]],
    ['one county, the target dated after the report: a baseline, no pair', '松溪县', '2025-06-24', '2024-06-26', []],
    ['one county, the report dated after the target: progress', '松溪县', '2024-06-26', '2025-06-24', [['老年助餐点', '300个', '280个', '目标 300个, 完成 280个 (93.3%, 未达标)']]],
  ])('progress needs one body and the target not the later: %s', (_, placeB, dateA, dateB, expected) => {
    const a = at('松溪县', dateA, '', target300);
    const b = at(placeB, dateB, '全县已建成老年助餐点280个。');
    expect(rows(compare(a, b).figures)).toEqual(expected);
    expect(compare(a, b).figures.twoBodies).toBe(placeB !== '松溪县');
    // The same whichever session is A (the percent too).
    const back = compare(b, a);
    expect(mirror(compare(a, b)).figures).toEqual(back.figures);
    expect(back.figures.pairs.map((p) => p.progress?.percent ?? null)).toEqual(expected.map((e) => (String(e[3]).startsWith('目标') ? 93.3 : null)));
  });
  it.each([
    ['an increment is no measure of a level', '今年新增老年助餐点60个。', undefined, []],
    ['a level beside the increment: level with level', '截至8月底,全县建成老年助餐点210个。',
      '一是完善老年助餐服务网络,新增老年助餐点60个。二是完善考核机制。', [['老年助餐点', '300个', '210个', '目标 300个, 完成 210个 (70%, 未达标)']]],
    ['the same with full-width commas', '截至8月底，全县建成老年助餐点210个，今年新增老年助餐点60个。', undefined, [['老年助餐点', '300个', '210个', '目标 300个, 完成 210个 (70%, 未达标)']]],
  ])('like with like: %s', (_, answerB, measuresB, expected) => {
    const a = at('松溪县', null, '', target300);
    const b = at('松溪县', null, answerB, measuresB);
    expect(rows(compare(a, b).figures)).toEqual(expected);
    expect(mirror(compare(a, b)).figures).toEqual(compare(b, a).figures);
  });
  it.each([
    ['年内完成移交管网150公里。'],
    ['我们将推行一体化运维，年内完成移交管网150公里。'],
    ['我们将推行一体化运维，移交管网150公里。'],
    ['到2025年底，移交管网150公里。'],
    ['力争年内完成移交管网150公里。'],
  ])('a deadline or 将 earlier in the sentence makes a target: %s', (answerA) => {
    const f = compare(at('松溪县', null, answerA), at('松溪县', null, '已完成移交管网132公里。')).figures;
    expect(rows(f)).toEqual([['管网', '150公里', '132公里', '目标 150公里, 完成 132公里 (88%, 未达标)']]);
  });
  it.each([
    ['a per-head amount and a total', '去年共发放护理员入职补贴86万元。', 0],
    ['two per-head amounts', '今年起对取得证书的护理员给予一次性补贴3500元。', 1],
  ])('an amount per head meets only another: %s', (_, answerB, n) => {
    const f = figuresOf('', answerB, '一是对取得证书的护理员给予一次性补贴3000元。二是完善考核机制。');
    expect(f.pairs.length).toBe(n);
  });
  it.each([
    // What a report says is left (剩余18部) is the part not done: never the target's state (150部 → 18部, 12%).
    ['a remainder in the report', '一是今年完成加装电梯150部。二是完善考核机制。', '老旧小区改造进展顺利。加装电梯方面，完成132部，剩余18部已调整为今年6月底前完成。'],
    ['a remainder with 的', '一是今年完成加装电梯150部。二是完善考核机制。', '老旧小区改造进展顺利。加装电梯方面，完成132部，其余的18部因居民意见不统一已调整为今年6月底前完成。'],
  ])('%s pairs with no target', (_, measuresA, answerB) => {
    const f = figuresOf('', answerB, measuresA);
    expect(f.pairs.filter((p) => p.b.text === '18部')).toEqual([]);
  });
  // (Near-miss, above: a target of what is left, 完成剩余68处, is met by the whole done.)
  it('two targets of successive years, the later an increment (再整治): no change between them', () => {
    const f = figuresOf('', '', '一是力争年底前完成老城区易涝点整治35处。二是完善考核机制。', '一是今年计划再整治老城区易涝点20处。二是完善考核机制。');
    expect(f.pairs.map((p) => [p.a.text, p.b.text, p.change, p.progress])).toEqual([['35处', '20处', null, null]]);
  });
  it.each([
    // A verb with 到/至 gives the level reached: it pairs with last year's level.
    ['增加到 is a level', '全县已建成老年助餐点42个。', '全县老年助餐点增加到68个。', [['老年助餐点', '42个', '68个', '+26 个 (+61.9%)']]],
    ['提高到 is a level', '全县雨污分流率为61%。', '全县雨污分流率提高到75%。', [['雨污分流率', '61%', '75%', '+14 个百分点']]],
    ['压缩至 is a level', '全县审批时限为8个工作日。', '全县审批时限压缩至5个工作日。', [['时限', '8个工作日', '5个工作日', '−3 个工作日 (−37.5%)']]],
    // Near-miss: a bare 增加 is the step, no measure of a level.
    ['a bare 增加 is an increment', '全县已建成老年助餐点42个。', '今年全县增加老年助餐点26个。', []],
    // New this year (新排查) against the total of last year (共排查): two indicators.
    ['新排查 is no measure of 共排查', '全县共排查排水问题214个。', '今年新排查排水问题35个。', []],
    ['共排查 against 共排查 pairs', '全县共排查排水问题214个。', '全县共排查排水问题249个。', [['问题', '214个', '249个', '+35 个 (+16.4%)']]],
  ])('like with like, the verb decides: %s', (_, a, b, expected) => {
    expect(rows(figuresOf(a, b))).toEqual(expected);
  });
  it.each([
    ['a rate of change pairs with the same rate, never with the level', '全县污水处理量为38万吨，同比下降2.6%。', '全县污水处理量为33万吨，同比下降13.2%。',
      [['污水处理量', '38万吨', '33万吨', '−5 万吨 (−13.2%)'], ['污水处理量同比降幅', '2.6%', '13.2%', '+10.6 个百分点']]],
    ['a rise is no measure of a fall', '全县污水处理率为90%，同比下降2.6%。', '全县污水处理率为95%，同比增长5.6%。',
      [['污水处理率', '90%', '95%', '+5 个百分点']]],
    // The level's name held inside the rate's (每千人口托位数 / 每千人口托位数同比增幅) makes no pair: a rise is no level.
    ['a rise of last year\'s level is no measure of it', '全区每千人口托位数为3.2个。', '全区每千人口托位数较去年提高0.9个。', []],
  ])('%s', (_, a, b, expected) => {
    const f = figuresOf(a, b);
    expect(rows(f)).toEqual(expected);
  });
  it.each([
    ['a fall against a rise of the same size is no 无变化', '全县污水处理率下降2.3个百分点。', '全县污水处理率提高2.3个百分点。',
      [['污水处理率', '2.3个百分点', '2.3个百分点', '+4.6 个百分点']]],
    ['two falls compare by their signed values', '全县污水处理率下降2.3个百分点。', '全县污水处理率下降1.1个百分点。',
      [['污水处理率', '2.3个百分点', '1.1个百分点', '+1.2 个百分点']]],
    // Near-miss: two rises keep their values as written.
    ['two rises', '全县污水处理率提高1.1个百分点。', '全县污水处理率提高2.3个百分点。',
      [['污水处理率', '1.1个百分点', '2.3个百分点', '+1.2 个百分点']]],
  ])('a change compares by its signed value: %s', (_, a, b, expected) => {
    expect(rows(figuresOf(a, b))).toEqual(expected);
  });
  it('a rank is no figure of its indicator: neither paired nor counted as unlabeled', () => {
    const f = figuresOf('全县农村生活污水治理率为31.5%，在全省排第十位。', '全县农村生活污水治理率为45%，在全省排第三位。');
    expect(rows(f)).toEqual([['农村生活污水治理率', '31.5%', '45%', '+13.5 个百分点']]);
    expect([...f.onlyA, ...f.onlyB]).toEqual([]);
    expect(f.unlabeled).toEqual({ a: 0, b: 0 });
  });
  it.each([
    ['the target met the next year, its indicator the tail of the measure\'s lead', '', '全县规模养殖场粪污处理设施装备配套率达到97%。',
      '一是推进规模养殖场粪污处理设施装备配套，配套率达到95%。二是完善考核机制。', [['配套率', '95%', '97%', '目标 95%, 现状 97% (已达标)']]],
    ['near-miss: a short indicator whose head does not end the clause before', '', '全县规模养殖场粪污处理设施装备配套率达到97%。',
      '一是推进规模养殖场粪污处理设施建设，覆盖率达到95%。二是完善考核机制。', []],
  ])('%s', (_, a, b, ma, expected) => {
    expect(rows(figuresOf(a, b, ma))).toEqual(expected);
  });
  it.each([
    // Last session's target said again (by the member or the responder) pairs with nothing: the target meets the result.
    ['quoted back by the responder', '去年提出力争雨污分流率达到95%，今年全县雨污分流率达到95.6%。', [['雨污分流率', '95%', '95.6%', '目标 95%, 现状 95.6% (已达标)']], ['95%']],
    ['没有达到去年提出的', '目前雨污分流率为93.2%，没有达到去年提出的95%。', [['雨污分流率', '95%', '93.2%', '目标 95%, 完成 93.2% (未达标)']], []], // (the quoted 95% has no indicator here)
    ['上次承诺的', '上次承诺的雨污分流率95%已经实现，雨污分流率达到96%。', [['雨污分流率', '95%', '96%', '目标 95%, 现状 96% (已达标)']], ['95%']],
    // Near-miss: a report of last year's work is no citation.
    ['去年 reporting what was done', '去年全县雨污分流率达到95%。', [['雨污分流率', '95%', '95%', '目标 95%, 完成 95% (已达标)']], []],
  ])('a figure quoted from the last session is no figure of this one: %s', (_, answerB, expected, cited) => {
    const f = figuresOf('', answerB, '一是力争雨污分流率达到95%。二是完善考核机制。');
    expect(rows(f)).toEqual(expected);
    expect(f.onlyB.filter((x) => x.stance === 'cited').map((x) => x.text)).toEqual(cited);
  });
  it.each([
    // Every figure of a quoted promise list (joined by 、) after a clause naming the past session is quoted back.
    ['a list after 去年询问时，…承诺', '去年询问时，县住建局承诺年底前改造排水管道80公里、将内涝点减少到5处以下。', ['80公里', '5处以下']],
    ['上次专题询问中', '上次专题询问中，县住建局提出改造排水管道80公里、新建泵站3座。', ['80公里', '3座']],
    // Near-misses: a later clause of the sentence, a plain 去年 (a report of last year).
    ['a later clause', '去年询问时，县住建局承诺改造排水管道80公里，今年已完成改造排水管道86公里。', ['80公里']],
    ['a plain 去年', '去年，县住建局完成改造排水管道86公里。', []],
  ])('a quoted past promise: every figure of its list is cited: %s', (_, answerB, cited) => {
    const f = figuresOf('', answerB);
    expect([...f.onlyB, ...f.pairs.map((p) => p.b)].filter((x) => x.stance === 'cited').map((x) => x.text)).toEqual(cited);
  });
  it('two targets of two deadlines are no change: the earlier target meets the state reported', () => {
    const a = at('松溪县', '2024-06-26', '', '一是力争2024年底前将全县内涝点减少到10处以下。二是完善考核机制。');
    const b = at('松溪县', '2025-06-24', '全县内涝点已减少到14处。', '一是力争2026年6月底前将全县内涝点减少到5处以下。二是完善考核机制。');
    expect(rows(compare(a, b).figures)).toEqual([['内涝点', '10处以下', '14处', '目标 10处以下, 完成 14处 (未达标)']]);
  });
  it('the target meets the result reported before the next target (95% → 95.6%, not → 96%)', () => {
    const f = figuresOf('', '今年全县雨污分流率达到95.6%。', '一是力争雨污分流率达到95%。二是完善考核机制。', '一是力争雨污分流率稳定在96%以上。二是完善考核机制。');
    expect(rows(f)).toEqual([['雨污分流率', '95%', '95.6%', '目标 95%, 现状 95.6% (已达标)']]);
    expect(f.onlyB.map((x) => x.text)).toEqual(['96%以上']);
  });
  it.each([
    // The earlier level (由原来的) and the whole (在全县N个村) are bases: no target, nothing done.
    ['由原来的 is the earlier level', '全县审批时限由原来的45个工作日压缩至20个工作日。', '全县审批时限已压缩至15个工作日。', [['时限', '20个工作日', '15个工作日', '−5 个工作日 (−25%)']]],
    ['the whole, before what was built of it', '一是在全县312个村（社区）建设便民服务点。二是完善考核机制。', '全县312个村（社区）便民服务点已建成286个。',
      [['村', '312个', '312个', '无变化']]],
    // Near-miss: two figures of one unit in a list are no base of each other.
    ['a list is no base', '全县审批时限分别为8个工作日、5个工作日。', '全县审批时限为6个工作日。', [['时限', '8个工作日', '6个工作日', '−2 个工作日 (−25%)']]],
  ])('a base meets only a base: %s', (_, answerA, answerB, expected) => {
    const f = answerA.startsWith('一是') ? figuresOf('', answerB, answerA) : figuresOf(answerA, answerB);
    expect(rows(f)).toEqual(expected);
  });
  it.each([
    ['a year\'s count is no measure of a running total', '2023年全县完成管网改造38公里。', '截至4月底，全县累计完成管网改造97公里。', []],
    ['half a year is no measure of a year', '今年上半年全县完成管网改造38公里。', '2024年全县完成管网改造97公里。', []],
    ['a year against a year', '2023年全县完成管网改造38公里。', '2024年全县完成管网改造97公里。', [['管网改造', '38公里', '97公里', '+59 公里 (+155.3%)']]],
    ['a running total against one', '全县累计完成管网改造38公里。', '截至4月底，全县累计完成管网改造97公里。', [['管网改造', '38公里', '97公里', '+59 公里 (+155.3%)']]],
  ])('counts over different periods never pair: %s', (_, a, b, expected) => {
    expect(rows(figuresOf(a, b))).toEqual(expected);
  });
  it('two targets are a change of the target', () => {
    const f = figuresOf('', '', '一是年底前建成雨水泵站12座。二是完善考核机制。', '一是明年建成雨水泵站20座。二是完善考核机制。');
    expect(rows(f)).toEqual([['雨水泵站', '12座', '20座', '+8 座 (+66.7%)']]);
  });
});

describe('[compare/figures] generic heads need aligned questions', () => {
  const two = (first: QuantitySpec[], second: QuantitySpec[]) => buildRecord({ questions: [
    { text: '如何治理城区内涝?', responders: [['钟某', '县政府副县长', '县政府']], quantities: first },
    { text: '如何保障农村饮水?', responders: [['钟某', '县政府副县长', '县政府']], quantities: second },
  ] });
  const fund = (value: number, indicator = '资金'): QuantitySpec => ({ text: `${value}万元`, value: value * 1e4, unit: '元', kind: 'money', indicator });
  it.each<[string, QuantitySpec[], QuantitySpec[], QuantitySpec[], QuantitySpec[], [number, number][], number]>([
    ['same head, aligned questions', [fund(300)], [], [fund(450)], [], [[1, 1], [2, 2]], 1],
    ['same head, questions not aligned', [fund(300)], [], [], [fund(450)], [[1, 1], [2, 2]], 0],
    ['head and full name, aligned', [fund(300)], [], [fund(450, '排水管网维修养护资金')], [], [[1, 1]], 1],
    ['head and full name, not aligned', [fund(300)], [], [], [fund(450, '排水管网维修养护资金')], [[1, 1], [2, 2]], 0],
    ['head and full name, no alignment given', [fund(300)], [], [fund(450, '排水管网维修养护资金')], [], [], 0],
  ])('%s', (_, a1, a2, b1, b2, aligned, n) => {
    expect(compareFigures(two(a1, a2), two(b1, b2), aligned.length ? aligned : undefined).pairs.length).toBe(n);
  });
});

describe('[compare/figures] an allocation is an amount set for its year, no target', () => {
  const session = (year: number, answer: string) => parse(`某市人大常委会开展养老服务专题询问\n${year}年6月27日，某市人大常委会举行联组会议，开展专题询问。\n`
    + `委员宓佳音问：请问市财政局在资金保障上有什么考虑？\n市财政局局长韩建民回答：${answer}\n`);
  const figuresOf = (a: string, b: string) => compareFigures(session(2023, a), session(2025, b));
  it('安排资金1.2亿元 → 安排资金9500万元 is a change, not a target missed', () => {
    const c = figuresOf('我们将从两个方面加大支持。一是设立入职奖补；二是统筹安排养老服务体系建设资金1.2亿元，重点向护理员培训倾斜。',
      '同时，我们统筹安排养老服务体系建设资金9500万元，比2023年有所减少。');
    expect(c.pairs.map((p) => [p.a.text, p.a.stance, p.progress, p.change?.text])).toEqual([['1.2亿元', null, null, '−0.25 亿元 (−20.8%)']]);
  });
  it.each([
    ['a floor', '二是每年安排养老服务体系建设资金不少于1.2亿元，重点向护理员培训倾斜。', '不少于1.2亿元'],
    ['a sum to win', '二是积极争取上级资金1.2亿元，重点向护理员培训倾斜。', '1.2亿元'],
  ])('near-miss: %s stays a target', (_, measure, text) => {
    const c = figuresOf(`我们将从两个方面加大支持。一是设立入职奖补；${measure}`, '同时，我们加强资金监管。');
    const f = [...c.onlyA, ...c.pairs.map((p) => p.a)].find((x) => x.text === text);
    expect(f?.stance).toBe('target');
  });
});

/**
 * A city's or district's labelled session on `date` (a member asks `ask`, `responder` answers `answer`): the one-question
 * sessions the dated-target, mirror, new-build and later-session tables below compare.
 */
function labelled(date: string, topic: string, ask: string, responder: string, answer: string, place = '某市') {
  const r = parse(`${place}人大常委会开展${topic}专题询问\n${place}人大常委会举行联组会议，开展专题询问。\n`
    + `委员宓佳音问：${ask}\n${responder}回答：${answer}\n`, { name: 'x' });
  r.session.date = date;
  return r;
}

describe('[compare/figures] a dated target not yet due is progress, not a failure', () => {
  /** One city's session on `date` whose answer is `answer`. */
  const session = (date: string, answer: string) => labelled(date, '养老服务', '护理型床位占比现在是多少？', '市卫生健康委主任韩建民', answer);
  const target = '目前护理型床位占比为48%。下一步，我们将力争到2025年底护理型床位占比达到55%以上。';
  const progressOf = (dateB: string, b: string) => compareFigures(session('2024-08-27', target), session(dateB, b)).pairs
    .filter((p) => p.progress).map((p) => [p.progress!.text, p.progress!.met, p.progress!.pending ?? false]);
  it.each<[string, string, string, Array<[string, boolean, boolean]>]>([
    ['before the deadline: 进行中', '2025-09-23', '护理型床位占比为53.6%。', [['目标 55%以上, 现状 53.6% (进行中)', false, true]]],
    ['in the deadline month: not yet due', '2025-12-10', '护理型床位占比为53.6%。', [['目标 55%以上, 现状 53.6% (进行中)', false, true]]],
    ['after the deadline: 未达标', '2026-01-15', '护理型床位占比为53.6%。', [['目标 55%以上, 现状 53.6% (未达标)', false, false]]],
    ['met before the deadline: 已达标', '2025-09-23', '护理型床位占比为56.2%。', [['目标 55%以上, 现状 56.2% (已达标)', true, false]]],
    ['a miss the report states, before the deadline: 未达标', '2025-09-23', '护理型床位占比为53.6%，没有实现55%的目标。', [['目标 55%以上, 现状 53.6% (未达标)', false, false]]],
  ])('%s', (_, dateB, b, want) => {
    expect(progressOf(dateB, b)).toEqual(want);
  });
  it('the same whichever session is A', () => {
    const back = compareFigures(session('2025-09-23', '护理型床位占比为53.6%。'), session('2024-08-27', target)).pairs.filter((p) => p.progress);
    expect(back.map((p) => [p.progress!.text, p.progress!.pending])).toEqual([['现状 53.6%, 目标 55%以上 (进行中)', true]]);
  });
});

describe('[compare/figures] a deadline relative to the session (明年底, 年底前) is due like a dated one', () => {
  const session = (date: string, answer: string) => labelled(date, '养老服务', '护理型床位占比现在是多少？', '市卫生健康委主任韩建民', answer);
  const progressOf = (dateA: string, a: string, dateB: string) => compareFigures(session(dateA, a), session(dateB, '护理型床位占比为53.6%。')).pairs
    .filter((p) => p.progress).map((p) => p.progress!.text);
  it.each<[string, string, string, string, string]>([
    // 明年底 said in 2024-10 is 2025-12: B of 2025-09 reads before it.
    ['明年底, before it', '2024-10-15', '目前护理型床位占比为48%。我们力争明年底护理型床位占比达到55%以上。', '2025-09-23', '目标 55%以上, 现状 53.6% (进行中)'],
    ['今年底前, before it', '2025-03-10', '目前护理型床位占比为48%。我们力争今年底前护理型床位占比达到55%以上。', '2025-09-23', '目标 55%以上, 现状 53.6% (进行中)'],
    // near-misses: the month passed; a year named alone (明年护理型床位占比达到…) is a period, no deadline to wait for.
    ['明年底, after it', '2024-10-15', '目前护理型床位占比为48%。我们力争明年底护理型床位占比达到55%以上。', '2026-01-15', '目标 55%以上, 现状 53.6% (未达标)'],
    ['明年 alone', '2024-10-15', '目前护理型床位占比为48%。我们力争明年护理型床位占比达到55%以上。', '2025-09-23', '目标 55%以上, 现状 53.6% (未达标)'],
  ])('%s', (_, dateA, a, dateB, want) => {
    expect(progressOf(dateA, a, dateB)).toEqual([want]);
  });
});

describe('[compare/figures] a target not yet due mirrors as itself', () => {
  it('mirror keeps 进行中', async () => {
    const { compare } = await import('../../src/compare/compare.js');
    const { mirror } = await import('../../src/compare/mirror.js');
    const session = (date: string, answer: string) => labelled(date, '养老服务', '护理型床位占比现在是多少？', '市卫生健康委主任韩建民', answer);
    const a = session('2024-08-27', '目前护理型床位占比为48%。下一步，我们将力争到2025年底护理型床位占比达到55%以上。');
    const b = session('2025-09-23', '护理型床位占比为53.6%。');
    expect(mirror(compare(a, b)).figures).toEqual(compare(b, a).figures);
    expect(compare(a, b).figures.pairs.some((p) => p.progress?.pending)).toBe(true);
  });
});

describe('[compare/figures] a target and the state B reports of its head noun, judged as B judges it', async () => {
  const { compare } = await import('../../src/compare/compare.js');
  const { mirror } = await import('../../src/compare/mirror.js');
  /** One county's session on `date`: one question, an answer with `answer` before a list of `measures`. */
  const at = (date: string, answer: string, measures = '一是加强统筹调度。二是完善考核机制。') => {
    const r = parse([
      '松溪县人大常委会开展巩固脱贫成果专题询问',
      '近日,松溪县人大常委会举行联组会议,就巩固脱贫成果工作开展专题询问。',
      '问题一:县政府如何巩固脱贫成果?',
      '县人大常委会委员吕思源询问县政府如何巩固脱贫成果。',
      `副县长甘雨桐回应称,${answer}下一步将从两方面着手:${measures}`,
      '',
    ].join('\n'), { name: 'x' });
    r.session.date = date;
    return r;
  };
  const progressRows = (a: ReturnType<typeof at>, b: ReturnType<typeof at>) => compare(a, b).figures.pairs.filter((p) => p.progress)
    .map((p) => [p.a.text, p.b.text, p.progress!.text]);
  it.each<[string, string, string, string, string, string[][]]>([
    // The whole count (总数) of the same head noun as B's level, not the increment (新认定8个) beside it.
    ['总数达到N against B\'s level', '2023-08-29', '', '一是2023年底前新认定帮扶车间8个，总数达到30个。二是完善考核机制。',
      '全县认定帮扶车间27个，比去年增加5个，还差3个没有完成。', [['30个', '27个', '目标 30个, 现状 27个 (90%, 未达标)']]],
    // A short rate (应用率) meets the longer name ending in it in the aligned question; B's state, not B's next target.
    ['X率提高到N against B\'s state, not its new target', '2023-07-20', '', '一是全面推行电子营业执照，应用率提高到六成以上。二是完善考核机制。',
      '电子营业执照应用率为57%，没有达到六成的目标，力争年底应用率达到70%。', [['六成以上', '57%', '目标 六成以上, 现状 57% (未达标)']]],
    ['超过…目标: met', '2023-08-29', '', '一是力争全年脱贫人口务工就业规模稳定在3.2万人以上。二是完善考核机制。',
      '去年全县脱贫人口务工就业3.35万人，超过3.2万人的目标。', [['3.2万人以上', '3.35万人', '目标 3.2万人以上, 完成 3.35万人 (104.7%, 已达标)']]],
    // The report's own verdict wins over the arithmetic.
    ['尚未完成 beside a figure that reaches the number', '2023-08-29', '', '一是年底前建成监测站点12个。二是完善考核机制。',
      '全县已建成监测站点12个，其中2个尚未完成验收。', [['12个', '12个', '目标 12个, 完成 12个 (100%, 未达标)']]],
    ['the latest state of the sentence, done late', '2020-10-28', '', '一是年底前在主要进城通道建成遥感监测点位12个。二是完善考核机制。',
      '去年底前建成遥感监测点位9个，其余3个因选址调整推迟到今年6月建成，目前12个点位全部投入运行。',
      [['12个', '12个', '目标 12个, 完成 12个 (100%, 已达标, 推迟完成)']]],
    // Near-miss: a verdict in the clause of another indicator's figure is not this figure's.
    ['another indicator\'s verdict is not this one\'s', '2023-07-20', '', '一是年底前把企业开办平均用时压缩至1个工作日以内。二是完善考核机制。',
      '去年底企业开办平均用时已压缩至0.8个工作日，电子营业执照应用率为57%，没有达到六成的目标。',
      [['1个工作日以内', '0.8个工作日', '目标 1个工作日以内, 完成 0.8个工作日 (已达标)']]],
  ])('%s', (_, dateA, answerA, measuresA, answerB, want) => {
    const [a, b] = [at(dateA, answerA, measuresA), at(`${Number(dateA.slice(0, 4)) + 1}${dateA.slice(4)}`, answerB)];
    expect(progressRows(a, b)).toEqual(want);
    expect(mirror(compare(a, b)).figures).toEqual(compare(b, a).figures);
  });
  it.each<[string, string, string, string, string, string]>([
    // A span of years runs from A's date: before its end the target is under way.
    ['三年内, not yet due', '2019-11-14', '一是三年内把分类投放准确率提高到85%以上。二是完善考核机制。', '2020-12-17', '全区分类投放准确率为71%。',
      '目标 85%以上, 现状 71% (进行中)'],
    ['三年内, past due', '2019-11-14', '一是三年内把分类投放准确率提高到85%以上。二是完善考核机制。', '2023-01-10', '全区分类投放准确率为71%。',
      '目标 85%以上, 现状 71% (未达标)'],
    // Part of the target's year is an interim reading; the whole year is judged.
    ['1至N月 of the target\'s year: interim', '2020-10-28', '一是确保2021年PM2.5平均浓度降至50微克/立方米以下。二是完善考核机制。', '2021-11-25',
      '今年1至10月，PM2.5平均浓度为41微克/立方米。', '目标 50微克/立方米以下, 现状 41微克/立方米 (进行中, 年内读数)'],
    ['the whole year: judged', '2020-10-28', '一是确保2021年PM2.5平均浓度降至50微克/立方米以下。二是完善考核机制。', '2022-03-25',
      '2021年PM2.5平均浓度为41微克/立方米。', '目标 50微克/立方米以下, 现状 41微克/立方米 (已达标)'],
    ['1至N月 of a later year than the target\'s: judged', '2020-10-28', '一是确保全年PM2.5平均浓度控制在52微克/立方米以内。二是完善考核机制。', '2021-11-25',
      '今年1至10月，PM2.5平均浓度为41微克/立方米。', '目标 52微克/立方米以内, 现状 41微克/立方米 (已达标)'],
  ])('%s', (_, dateA, measuresA, dateB, answerB, want) => {
    const c = compare(at(dateA, '', measuresA), at(dateB, answerB)).figures;
    expect(c.pairs.filter((p) => p.progress).map((p) => p.progress!.text)).toEqual([want]);
    const interim = c.pairs.find((p) => p.progress)!.progress!;
    expect(interim.interim === true).toBe(want.includes('年内读数'));
    if (interim.interim) expect(interim.met).toBeUndefined();
  });
  it('two topics of one body: a generic head (问题) pairs with nothing, though the questions align', () => {
    const one = (indicator: string): QuantitySpec => ({ text: '200宗以上', value: 200, unit: '宗', kind: 'count', indicator });
    const r = (indicator: string) => buildRecord({ questions: [{ text: '如何开展专项行动?', responders: [['罗某', '市水利局局长', '市水利局']], quantities: [one(indicator)] }] });
    expect(compareFigures(r('问题'), r('河道阻水问题'), [[1, 1]], true).pairs).toEqual([]);
    expect(compareFigures(r('问题'), r('问题'), [[1, 1]], true).pairs).toEqual([]);
    // near-miss: one topic, aligned questions: the generic head meets the longer name
    expect(compareFigures(r('问题'), r('河道阻水问题'), [[1, 1]]).pairs.length).toBe(1);
  });
});

describe('[compare/figures] a target of things to build new, against the level built later (t66 p06)', () => {
  const session = (date: string, answer: string) => labelled(date, '垃圾分类', '易腐垃圾处理站点建得怎么样？', '区农业农村局局长徐文军', answer, '某区');
  const rows = (a: string, b: string) => compareFigures(session('2019-10-20', a), session('2020-10-20', b)).pairs
    .map((p) => [p.indicator, p.a.text, p.b.text]);
  it.each<[string, string, string, string[][]]>([
    ['from none: the level built is the progress', '2020年底前，易腐垃圾资源化处理站点新建6座。', '易腐垃圾资源化处理站点建成5座，还有1座正在调试。',
      [['易腐垃圾资源化处理站点', '6座', '5座']]],
    // near-miss: a stock stated beside the target, the level may be the stock: the new ones are no level
    ['a stock stated beside it', '全区现有易腐垃圾资源化处理站点10座。2020年底前，易腐垃圾资源化处理站点新建6座。', '易腐垃圾资源化处理站点建成15座。',
      [['易腐垃圾资源化处理站点', '10座', '15座']]],
  ])('%s', (_, a, b, want) => {
    expect(rows(a, b)).toEqual(want);
  });
});

describe('[compare/figures] differences, shares, quotes and further targets in the later session (t68 findings 4, 5, 10, 12)', () => {
  /** One city's session on `date`: a member asks `ask`, an official answers `answer`. */
  const session = (date: string, ask: string, answer: string) => labelled(date, '停车难问题', ask, '市城市管理局局长韩建民', answer);
  const figuresOf = (a: string, b: string, askB = '停车难问题解决得怎么样？', askA = '停车难问题怎么解决？') =>
    compareFigures(session('2021-09-23', askA, a), session('2022-09-28', askB, b));
  const rows = (f: ReturnType<typeof figuresOf>) => f.pairs.map((p) => [p.a.text, p.b.text, p.change?.text ?? p.progress?.text ?? null]);
  const onlyB = (f: ReturnType<typeof figuresOf>) => f.onlyB.map((x) => `${x.indicator} ${x.text}${x.stance === 'cited' ? ' (cited)' : ''}`);

  it.each<[string, string, string, string[][], string[]]>([
    // A difference from the plan is no level: it pairs with nothing, and the level beside it is judged.
    ['比原计划多N is a difference', '目前中心城区共有停车泊位21.6万个。下一步，年底前新增公共停车泊位1.2万个。',
      '去年全市新增公共停车泊位1.38万个，比原计划多1800个。', [['1.2万个', '1.38万个', '目标 1.2万个, 完成 1.38万个 (115%, 已达标)']], []],
    ['较去年同期多完成N is a difference', '我们将确保年底前完成改造小区200个。', '去年完成改造小区212个，较去年同期多完成40个。',
      [['200个', '212个', '目标 200个, 完成 212个 (106%, 已达标)']], []],
    // near-miss: a plain level in the later session still meets the stock.
    ['a plain level still pairs', '目前中心城区共有停车泊位21.6万个。', '目前中心城区共有停车泊位23万个。', [['21.6万个', '23万个', '+1.4 万个 (+6.5%)']], []],
    // The share of the target done is the figure before it, no 年度目标 figure.
    ['完成年度目标的N% is no figure', '我们将确保年底前培训托育从业人员800人次。', '去年培训托育从业人员896人次，完成年度目标的112%。',
      [['800人次', '896人次', '目标 800人次, 完成 896人次 (112%, 已达标)']], []],
    // A rate against the year before last is a rate, its base no part of the name.
    ['较前年下降N% is a rate like 比去年', '我们将实行“零容忍”，今年处理严重违停比去年下降20%。', '去年严重违停较前年下降26%，超过下降20%的目标。',
      [['20%', '26%', '目标 20%, 完成 26% (已达标)']], []],
    // A floor target is judged against a later figure with no 已/完成 beside it; 原计划 quotes the old plan.
    ['不少于N judged without 已', '我们计划年内新增托位不少于900个。', '原计划30所，目标已调整为27所，目前已开设25所，新增托位810个。',
      [['不少于900个', '810个', '目标 不少于900个, 现状 810个 (90%, 未达标)']], ['原 30所 (cited)']],
    ['比原计划提前… then a figure: a result', '我们正在编制专项规划，计划明年6月底前完成审批，并在规划中预留公共停车场用地不少于60处。',
      '专项规划比原计划提前两个月，于今年4月获批，规划预留公共停车场用地68处。', [['不少于60处', '68处', '目标 不少于60处, 现状 68处 (113.3%, 已达标)']], []],
  ])('%s', (_, a, b, pairs, only) => {
    const f = figuresOf(a, b);
    expect(rows(f)).toEqual(pairs);
    expect(onlyB(f)).toEqual(only);
  });

  it('a member of the later session asking after the earlier target quotes it; the answer is the result', () => {
    const f = figuresOf('全市二级以上公立医院设立老年医学科的比例为52%，我们力争明年底达到70%以上。',
      '比例为66%，较去年提高14个百分点。', '二级以上公立医院老年医学科设立比例达到70%了吗？');
    // (明年底 said in 2021-09 is 2022-12: B of 2022-09 reads before it, so short of it is 进行中.)
    expect(rows(f)).toEqual([['52%', '66%', '+14 个百分点'], ['70%以上', '66%', '目标 70%以上, 现状 66% (进行中)']]);
    expect(onlyB(f)).toContain('比例 70% (cited)');
  });
  it('near-miss: a figure in a question that repeats no target of the other session keeps its stance', () => {
    const f = figuresOf('全市二级以上公立医院设立老年医学科的比例为52%。', '比例为66%。', '据了解，设立比例只有60%，为什么？');
    expect(onlyB(f).some((x) => x.endsWith('(cited)'))).toBe(false);
  });
  it('near-miss: the earlier session\'s member asking is no quote of the later session', () => {
    const f = compareFigures(session('2022-09-28', '停车难问题解决得怎么样？', '我们力争明年底设立比例达到70%以上。'),
      session('2021-09-23', '设立比例达到70%了吗？', '目前比例为52%。'));
    expect(f.onlyB.some((x) => x.stance === 'cited')).toBe(false);
  });

  it('再新增 in the later session is a further target: beside the last target, no change and no result', () => {
    const f = figuresOf('我们将确保年底前新增公共停车泊位1.2万个。', '今年全市再新增公共停车泊位1万个。');
    expect(rows(f)).toEqual([['1.2万个', '1万个', null]]);
    expect(f.pairs[0].b.stance).toBe('target');
  });
});


describe('[compare/figures] a head noun with a modifier dropped still names the thing (t68 p02)', () => {
  const session = (date: string, answer: string) => labelled(date, '停车设施建设', '公共停车泊位建得怎么样？', '市城市管理局局长贾志强', answer);
  const rows = (a: string, b: string) => compareFigures(session('2022-09-20', a), session('2023-09-20', b)).pairs
    .map((p) => [p.a.indicator, p.b.indicator, p.progress?.text ?? p.change?.text ?? null]);
  it('the target against the later count of the same thing', () => {
    expect(rows('我们将在年底前建成公共停车泊位不少于500个。', '今年已建成公共泊位430个。'))
      .toEqual([['公共停车泊位', '公共泊位', '目标 不少于500个, 完成 430个 (86%, 未达标)']]);
  });
  it('near-miss: a name sharing only the head is another thing', () => {
    expect(rows('我们将在年底前建成公共停车泊位不少于500个。', '今年已建成路内泊位430个。')).toEqual([]);
  });
});
