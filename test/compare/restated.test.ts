import { describe, expect, it } from 'vitest';
import { doneEarly, fulfilled, keptTarget, restatement, sharedTarget } from '../../src/compare/restated.js';
import type { InquiryRecord, Quantity } from '../../src/model/record.js';
import type { MeasureRef } from '../../src/compare/types.js';

/** A measure at offset 0 and a record whose quantities are the figures [text, value, unit, kind] found in it. */
/** (The fifth field of a figure is its indicator, null when left out; `date` the session's.) */
function side(text: string, figures: [string, number, string | null, Quantity['kind'], string?][], date: string | null = null): [InquiryRecord, MeasureRef] {
  const quantities = figures.map(([t, value, unit, kind, indicator]) => {
    const at = text.indexOf(t);
    return { text: t, value, unit, kind, indicator: indicator ?? null, span: [at, at + t.length] } as unknown as Quantity;
  });
  const record = { session: { quantities, closing: null, date }, questions: [] } as unknown as InquiryRecord;
  return [record, { question: 1, path: '1.1', marker: null, text, span: [0, text.length], responder: null }];
}
const rs = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) => {
  const r = restatement(a[0], a[1], b[0], b[1]);
  return r && { value: r.value && [r.value.a.text, r.value.b.text], deadline: r.deadline && [r.deadline.a.text, r.deadline.b.text] };
};

describe('[compare/restated]', () => {
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, unknown]>([
    ['a new value and a new deadline',
      side('力争2024年底前将季节性缺水人口减少到1万人以下', [['1万人以下', 10000, '人', 'count', '季节性缺水人口']]),
      side('力争2026年6月底前将季节性缺水人口减少到5000人以下', [['5000人以下', 5000, '人', 'count', '季节性缺水人口']]),
      { value: ['1万人以下', '5000人以下'], deadline: ['2024年底前', '2026年6月底前'] }],
    ['a new rate, the period named by its year',
      side('2024年底前巡河达标率提升到95%', [['95%', 95, '%', 'percent', '巡河达标率']]),
      side('今年将力争巡河达标率达到96%', [['96%', 96, '%', 'percent', '巡河达标率']]),
      { value: ['95%', '96%'], deadline: ['2024年底前', '今年'] }],
    ['the deadline only',
      side('年底前完成全部改造', []), side('2025年6月底前完成全部改造', []),
      { value: null, deadline: ['年底前', '2025年6月底前'] }],
    ['the same number written otherwise is no new target (百分之六十 / 60%)', side('报销比例提高到百分之六十', [['百分之六十', 60, '%', 'percent']]), side('报销比例提高到60%', [['60%', 60, '%', 'percent']]), null],
    ['nor a qualifier added (90% / 90%以上)', side('覆盖率达到90%', [['90%', 90, '%', 'percent']]), side('覆盖率达到90%以上', [['90%以上', 90, '%', 'percent']]), null],
    ['nor 12000个 / 1.2万个', side('统一受理12000个事项', [['12000个', 12000, '个', 'count']]), side('统一受理1.2万个事项', [['1.2万个', 12000, '个', 'count']]), null],
    // Near-misses: nothing changed, or stated on one side only.
    ['the same target and deadline', side('年底前覆盖率达到95%', [['95%', 95, '%', 'percent']]), side('年底前覆盖率达到95%', [['95%', 95, '%', 'percent']]), null],
    ['a deadline on one side only is not stated, no change', side('年底前覆盖率达到95%', [['95%', 95, '%', 'percent']]), side('覆盖率达到95%', [['95%', 95, '%', 'percent']]), null],
    ['figures of different units are different figures', side('新建供水工程12处', [['12处', 12, '处', 'count']]), side('改造管网30公里', [['30公里', 30, '公里', 'quantity']]), null],
    ['a time span is the deadline\'s, no target', side('3个月内完成整改', [['3个月', 3, '个月', 'quantity']]), side('6个月内完成整改', [['6个月', 6, '个月', 'quantity']]), null],
    ['no deadline, no figure', side('建立问题清单', []), side('完善问题清单', []), null],
    // A deadline is the clause's that holds the target: 今年 of 285公里 is no deadline of 85%.
    ['each target its own clause\'s deadline',
      side('计划新建改造雨水管网320公里，到2025年底建成区雨污分流比例达到85%', [['320公里', 320, '公里', 'quantity', '雨水管网'], ['85%', 85, '%', 'percent', '建成区雨污分流比例']]),
      side('今年新建改造雨水管网285公里，目前建成区雨污分流比例为78%，力争2026年底达到85%', [['285公里', 285, '公里', 'quantity', '雨水管网'], ['78%', 78, '%', 'percent', '建成区雨污分流比例'], ['85%', 85, '%', 'percent', '建成区雨污分流比例']]),
      { value: ['320公里', '285公里'], deadline: ['2025年底', '2026年底'] }],
    ['one wording with no figure: its measure\'s deadline against the target\'s',
      side('制定改造三年行动方案，2025年完成改造120处', [['120处', 120, '处', 'count']]), side('加快设施改造，2026年全面完成剩余改造任务', []),
      { value: null, deadline: ['2025年', '2026年'] }],
    ['a deadline of another clause is not the target\'s',
      side('年底前全市回收网点达到600个', [['600个', 600, '个', 'count', '全市回收网点']]),
      side('今年我们计划完成以旧换新8万辆，回收网点达到650个', [['8万辆', 80000, '辆', 'count', '以旧换新'], ['650个', 650, '个', 'count', '回收网点']]),
      { value: ['600个', '650个'], deadline: null }],
    // A target arrow needs one indicator on both sides and a target on both: never a lead verb shared, never a status.
    ['one indicator, one name holding the other',
      side('推进连锁化运营，实现镇街中心社会化运营率达到90%', [['90%', 90, '%', 'percent', '镇街中心社会化运营率']]),
      side('加快推进连锁化品牌化运营，力争社会化运营率达到95%', [['95%', 95, '%', 'percent', '社会化运营率']]),
      { value: ['90%', '95%'], deadline: null }],
    ['two indicators under one lead verb are no target changed',
      side('推进连锁化运营，实现镇街中心社会化运营率达到90%', [['90%', 90, '%', 'percent', '镇街中心社会化运营率']]),
      side('推进连锁化运营，社区体育场馆托管率达到60%', [['60%', 60, '%', 'percent', '社区体育场馆托管率']]), null],
    ['nor figures whose indicator is not read',
      side('完善运营补助办法，安排补助3000万元', [['3000万元', 30000000, '元', 'money']]),
      side('完善运营补助办法，安排补助1500万元', [['1500万元', 15000000, '元', 'money']]), null],
    ['a status is no target',
      side('积极争取中央预算内投资，今年已争取资金12.8亿元', [['12.8亿元', 1280000000, '元', 'money', '资金']]),
      side('继续争取中央预算内投资，今年已争取资金98000万元', [['98000万元', 980000000, '元', 'money', '资金']]), null],
  ])('%s', (_, a, b, want) => {
    expect(rs(a, b)).toEqual(want);
  });
  // Deadlines compared as the months they mean in their sessions (deadline.ts).
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, unknown]>([
    ['今年年底前 of 2025 is 2025年底前: no change',
      side('确保2025年底前完成老旧小区改造任务', [], '2023-10-26'), side('老旧小区改造任务将于今年年底前全面完成', [], '2025-10-30'), null],
    ['a date modifying a noun is no deadline (2000年底前建成的)',
      side('确保2025年底前完成2000年底前建成的老旧小区改造任务', [], '2023-10-26'), side('2000年底前建成的老旧小区改造任务将于今年年底前全面完成', [], '2025-10-30'), null],
    ['12月底前 of 2022 → 今年年底前 of 2024: a slip of two years, both months shown',
      side('12月底前完成建成项目的全面排查', [], '2022-11-23'), side('剩余部分将于今年年底前完成', [], '2024-09-26'),
      { deadline: ['12月底前', '今年年底前'], resolved: { a: '2022-12', b: '2024-12' } }],
    ['年底前 said in two years is two deadlines',
      side('年底前向常委会报告整改情况', [], '2023-06-27'), side('年底前向常委会报告整改情况', [], '2025-07-01'),
      { deadline: ['年底前', '年底前'], resolved: { a: '2023-12', b: '2025-12' } }],
    ['without dates, the words as written: 年底前 twice is no change', side('年底前完成整改', []), side('年底前完成整改', []), null],
    ['a yearly amount of 今年 in two years is no deadline moved',
      side('今年安排旅游发展资金800万元', [], '2023-06-01'), side('今年安排旅游发展资金800万元', [], '2025-06-01'), null],
  ])('%s', (_, a, b, want) => {
    const r = restatement(a[0], a[1], b[0], b[1]);
    expect(r && { deadline: r.deadline && [r.deadline.a.text, r.deadline.b.text], resolved: r.deadline?.resolved }).toEqual(want);
  });
  // A pair resting on clauses: the deadlines of those clauses (t68 finding 8), a year named alone no deadline.
  it.each<[string, ReturnType<typeof side>, string, ReturnType<typeof side>, string, unknown]>([
    ['the matched clause\'s deadline, not the sibling clause\'s; 目标不变 changes nothing',
      side('市政府将以“三年攻坚”为抓手，力争到2021年底全面解决农村饮用高氟水问题', [], '2019-06-27'), '力争到2021年底全面解决农村饮用高氟水问题',
      side('今年底前农村集中供水率将达到95%，确保2021年底前全面解决农村饮用高氟水问题的目标不变', [['95%', 95, '%', 'percent', '农村集中供水率']], '2020-07-02'), '确保2021年底前全面解决农村饮用高氟水问题的目标不变',
      null],
    ['the same deadline in the matched clauses, a sibling clause dated otherwise',
      side('力争到2021年底全面解决高氟水问题', [], '2019-06-27'), '力争到2021年底全面解决高氟水问题',
      side('今年底前集中供水率将达到95%，确保2021年底前全面解决高氟水问题', [], '2020-07-02'), '确保2021年底前全面解决高氟水问题',
      null],
    ['a span of years against a date: both shown',
      side('确保年底前新增公共停车泊位1.2万个，两年内基本缓解老城区停车难', []), '两年内基本缓解老城区停车难',
      side('力争明年底基本缓解老城区停车难', []), '力争明年底基本缓解老城区停车难',
      { deadline: ['两年内', '明年底'], resolved: undefined }],
    ['a span of years is as good as its last year (2026-10 / 2026-12)',
      side('两年内实现城市社区养老服务设施全覆盖', [], '2024-10-29'), '两年内实现城市社区养老服务设施全覆盖',
      side('确保明年底前城市社区养老服务设施全覆盖', [], '2025-11-04'), '确保明年底前城市社区养老服务设施全覆盖',
      null],
    ['a deadline opening the sentence governs the clause after it',
      side('到2025年底，建成区雨污分流比例达到85%', [], '2024-08-01'), '建成区雨污分流比例达到85%',
      side('到2026年底，建成区雨污分流比例达到85%', [], '2025-08-01'), '建成区雨污分流比例达到85%',
      { deadline: ['2025年底', '2026年底'], resolved: { a: '2025-12', b: '2026-12' } }],
    ['a miss, then a new date, in the whole wording',
      side('推行“保险+维保”模式，今年底前实现加装电梯安全责任保险覆盖率100%', [], '2024-05-30'), '今年底前实现加装电梯安全责任保险覆盖率100%',
      side('加装电梯安全责任保险覆盖率目前为91%，未能按期实现全覆盖，计划今年9月底前实现全覆盖', [], '2025-06-24'), '加装电梯安全责任保险覆盖率目前为91%',
      { deadline: ['今年底前', '今年9月底前'], resolved: { a: '2024-12', b: '2025-09' } }],
    // Near-misses: a year named alone is a yearly figure's period; a sibling clause's deadline is not the clause's.
    ['年内 and a later 今年 of a yearly count: no deadline moved',
      side('补齐分类运输短板，年内新增分类运输车辆40辆', [], '2019-11-01'), '年内新增分类运输车辆40辆',
      side('分类运输车辆今年新增36辆，另外4辆因疫情影响交付延期', [], '2020-11-01'), '分类运输车辆今年新增36辆',
      null],
    ['a sibling clause\'s deadline is no deadline of the clause',
      side('年底前完成改造200个，同步推进加装电梯', [], '2022-08-25'), '同步推进加装电梯',
      side('同步推进加装电梯，2024年底前完成改造300个', [], '2023-09-01'), '同步推进加装电梯',
      null],
  ])('%s', (_, a, pa, b, pb, want) => {
    const part = (m: MeasureRef, t: string) => { const at = m.text.indexOf(t); return { text: t, span: [at, at + t.length] as [number, number] }; };
    const r = restatement(a[0], a[1], b[0], b[1], { a: part(a[1], pa), b: part(b[1], pb) });
    expect(r && { deadline: r.deadline && [r.deadline.a.text, r.deadline.b.text], resolved: r.deadline?.resolved }).toEqual(want);
  });
  it('明年 said in 2024 and 今年 in 2025 are one year', () => {
    const r = restatement(...side('明年新增家庭养老床位2000张', [], '2024-10-29'), ...side('今年新增家庭养老床位2000张', [], '2025-11-04'));
    expect(r).toBeNull();
    // Near-miss: 明年 of 2024 (2025) and 今年 of 2026 are two years.
    const s = restatement(...side('明年新增家庭养老床位2000张', [], '2024-10-29'), ...side('今年新增家庭养老床位2000张', [], '2026-11-04'));
    expect(s?.deadline && [s.deadline.a.text, s.deadline.b.text]).toEqual(['明年', '今年']);
  });
  it('spans point into each side', () => {
    const a = side('力争2024年底前减少到1万人以下', [['1万人以下', 10000, '人', 'count', '季节性缺水人口']]);
    const b = side('力争2026年6月底前减少到5000人以下', [['5000人以下', 5000, '人', 'count', '季节性缺水人口']]);
    const r = restatement(a[0], a[1], b[0], b[1])!;
    expect(a[1].text.slice(...r.deadline!.a.span)).toBe('2024年底前');
    expect(b[1].text.slice(...r.deadline!.b.span)).toBe('2026年6月底前');
    expect(b[1].text.slice(...r.value!.b.span)).toBe('5000人以下');
  });
});

describe('[compare/restated] a later wording that reports the promise met', () => {
  const done = (a: ReturnType<typeof side>, b: ReturnType<typeof side>, clause?: string) => {
    const at = clause ? b[1].text.indexOf(clause) : -1;
    return fulfilled(a[0], a[1], b[0], b[1], clause ? { text: clause, span: [at, at + clause.length] } : undefined);
  };
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, boolean]>([
    ['a state above the target: exceeded', side('年底前全市回收网点达到600个', [['600个', 600, '个', 'count']]), side('回收网点已达到620个', [['620个', 620, '个', 'count']]), true],
    ['a state at a floor target', side('确保到2025年底建成区40%以上面积达到海绵城市建设要求', [['40%以上', 40, '%', 'percent']]),
      side('建成区达到海绵城市要求的面积比例已达到41.2%，提前完成目标', [['41.2%', 41.2, '%', 'percent']]), true],
    ['said met, with no figure', side('年底前完成全部易涝点整治', []), side('易涝点整治已全部完成', []), true],
    ['a ceiling reached from above', side('季节性缺水人口减少到1万人以下', [['1万人以下', 10000, '人', 'count']]), side('季节性缺水人口已减少到8000人', [['8000人', 8000, '人', 'count']]), true],
    // Near-misses: a state short of the target, the same target again, a new target above a state, another unit.
    ['a state short of the target', side('到2025年底建成区雨污分流比例达到85%', [['85%', 85, '%', 'percent']]),
      side('目前建成区雨污分流比例为78%，力争2026年底达到85%', [['78%', 78, '%', 'percent'], ['85%', 85, '%', 'percent']]), false],
    ['the target said again', side('年底前覆盖率达到95%', [['95%', 95, '%', 'percent']]), side('明年覆盖率达到96%', [['96%', 96, '%', 'percent']]), false],
    ['a ceiling passed', side('季节性缺水人口减少到1万人以下', [['1万人以下', 10000, '人', 'count']]), side('季节性缺水人口已减少到1.2万人', [['1.2万人', 12000, '人', 'count']]), false],
    ['a state of another unit', side('新建改造雨水管网320公里', [['320公里', 320, '公里', 'quantity']]), side('已建成泵站12座', [['12座', 12, '座', 'count']]), false],
    ['全部完成 ahead is a promise, not a report', side('年底前完成全部易涝点整治', []), side('明年6月底前全部完成易涝点整治', []), false],
    // Done ahead of the plan: a report of completion, its figures what stands (t68 p01, p03).
    ['比原计划提前…获批, a level over a floor target',
      side('计划明年6月底前完成审批，并在规划中预留公共停车场用地不少于60处', [['不少于60处', 60, '处', 'count']]),
      side('专项规划比原计划提前两个月，于今年4月获批，规划预留公共停车场用地68处', [['两个月', 2, '个月', 'quantity'], ['68处', 68, '处', 'count']]), true],
    ['比原计划提前两个月完成, a count over the target',
      side('推进家庭养老床位建设，明年新增家庭养老床位2000张', [['2000张', 2000, '张', 'count']]),
      side('家庭养老床位今年新增2260张，比原计划提前两个月完成', [['2260张', 2260, '张', 'count']]), true],
    ['提前3个月完成, no figure', side('年底前完成全部易涝点整治', []), side('易涝点整治提前3个月完成', []), true],
    ['超过…的目标', side('智慧停车平台年内接入停车场300个', []), side('智慧停车平台接入停车场326个，超过300个的目标', []), true],
    // Near-misses: early but short of the target; an early finish promised; a plan said again with 提前.
    ['ahead of plan but short of the target',
      side('明年新增家庭养老床位2000张', [['2000张', 2000, '张', 'count']]),
      side('家庭养老床位新增1800张，比原计划提前两个月完成', [['1800张', 1800, '张', 'count']]), false],
    ['力争提前完成 is a promise', side('年底前完成全部易涝点整治', []), side('力争提前完成全部易涝点整治', []), false],
    ['将比原计划提前 is a promise', side('年底前完成全部易涝点整治', []), side('易涝点整治将比原计划提前一个月完成', []), false],
  ])('%s', (_, a, b, want) => {
    expect(done(a, b)).toBe(want);
  });
  it('a clause pair: done ahead of plan in the sibling clause makes the clause\'s figure what stands', () => {
    const a = side('并在规划中预留公共停车场用地不少于60处', [['不少于60处', 60, '处', 'count']]);
    const b = side('专项规划比原计划提前两个月，于今年4月获批，规划预留公共停车场用地68处', [['68处', 68, '处', 'count']]);
    expect(done(a, b, '规划预留公共停车场用地68处')).toBe(true);
    const short = side('专项规划比原计划提前两个月，于今年4月获批，规划预留公共停车场用地52处', [['52处', 52, '处', 'count']]);
    expect(done(a, short, '规划预留公共停车场用地52处')).toBe(false);
    const none = side('管网改造比原计划提前一个月完成，易涝点整治力争年底前完成', []);
    expect(done(side('年底前完成全部易涝点整治', []), none, '易涝点整治力争年底前完成')).toBe(false);
  });
});

describe('[compare/restated] a deadline carried to the clause that continues a count, and days counted as a target', () => {
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, unknown]>([
    // 总数达到30个 continues the clause before it: 2023年底前 is its deadline too.
    ['a continuing clause takes the deadline before it',
      side('扩大车间规模，2023年底前新认定帮扶车间8个，总数达到30个', [['8个', 8, '个', 'count', '车间'], ['30个', 30, '个', 'count', '车间总数']], '2023-08-29'),
      side('继续扩大帮扶车间规模，力争2025年6月底前总数达到30个', [['30个', 30, '个', 'count', '总数']], '2024-09-26'),
      { value: null, deadline: ['2023年底前', '2025年6月底前'] }],
    // Days that an indicator counts (重污染天数) are the target's value, not a deadline.
    ['days counted by the indicator are a target value',
      side('严控重污染天气，全年重污染天数控制在20天以内', [['20天以内', 20, '天', 'count', '重污染天数']], '2020-10-28'),
      side('同时把重污染天数压减到15天以内', [['15天以内', 15, '天', 'count', '重污染天数']], '2021-11-25'),
      { value: ['20天以内', '15天以内'], deadline: null }],
    // Near-misses: a clause of its own subject keeps no deadline of the one before; days with no indicator stay a time.
    ['a clause with its own subject takes no deadline from the one before',
      side('2023年底前新认定帮扶车间8个，吸纳就业达到300人', [['300人', 300, '人', 'count', '就业']], '2023-08-29'),
      side('力争2025年6月底前吸纳就业达到300人', [['300人', 300, '人', 'count', '就业']], '2024-09-26'),
      null],
    // A miss, then a new date: the deadline moved, whatever the figures.
    ['未能按期…计划…前: postponed',
      side('今年底前实现加装电梯安全责任保险覆盖率100%', [['100%', 100, '%', 'percent', '电梯安全责任保险覆盖率']], '2024-05-30'),
      side('加装电梯安全责任保险覆盖率目前为91%，未能按期实现全覆盖，计划今年9月底前实现全覆盖', [['91%', 91, '%', 'percent', '电梯安全责任保险覆盖率']], '2025-06-24'),
      { value: null, deadline: ['今年底前', '今年9月底前'] }],
    // Near-miss: a plan with no miss before it is no postponement.
    ['a plan with no miss',
      side('今年底前实现加装电梯安全责任保险覆盖率100%', [['100%', 100, '%', 'percent', '电梯安全责任保险覆盖率']], '2024-05-30'),
      side('加装电梯安全责任保险覆盖率目前为91%，计划今年9月底前实现全覆盖', [['91%', 91, '%', 'percent', '电梯安全责任保险覆盖率']], '2025-06-24'),
      null],
    ['days with no indicator are no target value',
      side('整改在20天以内完成', [['20天以内', 20, '天', 'count']]), side('整改在15天以内完成', [['15天以内', 15, '天', 'count']]), null],
  ])('%s', (_, a, b, want) => {
    expect(rs(a, b)).toEqual(want);
  });
});

describe('[compare/restated] two wordings setting a target for one indicator', () => {
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, boolean]>([
    ['one indicator, one unit', side('严控重污染天气，全年重污染天数控制在20天以内', [['20天以内', 20, '天', 'count', '重污染天数']]),
      side('同时把重污染天数压减到15天以内', [['15天以内', 15, '天', 'count', '重污染天数']]), true],
    ['one holds the other', side('全面推行电子营业执照，应用率提高到六成以上', [['六成以上', 60, '%', 'percent', '电子营业执照应用率']]),
      side('力争年底应用率达到70%', [['70%', 70, '%', 'percent', '应用率']]), true],
    // Near-misses: a generic head (问题), a state on one side, two indicators, two units.
    ['a generic head names no one thing', side('年底前清理河湖“四乱”问题200宗以上', [['200宗以上', 200, '宗', 'count', '问题']]),
      side('汛期前清理河道阻水问题200宗以上', [['200宗以上', 200, '宗', 'count', '河道阻水问题']]), false],
    ['a state is no target', side('全年重污染天数控制在20天以内', [['20天以内', 20, '天', 'count', '重污染天数']]),
      side('目前重污染天数为23天', [['23天', 23, '天', 'count', '重污染天数']]), false],
    ['two indicators', side('优良天数比例达到60%以上', [['60%以上', 60, '%', 'percent', '优良天数比例']]),
      side('污水处理率达到95%', [['95%', 95, '%', 'percent', '污水处理率']]), false],
  ])('%s', (_, a, b, want) => {
    expect(sharedTarget(a[0], a[1], b[0], b[1])).toBe(want);
  });
});

describe('[compare/restated] a later wording that keeps a target by its name (…目标不变)', () => {
  const kept = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) => { const k = keptTarget(a[0], a[1], b[0], b[1]); return k && [k.a.text, k.b.text]; };
  it.each<[string, ReturnType<typeof side>, ReturnType<typeof side>, unknown]>([
    ['the indicator named, its target kept',
      side('确保各项承诺按期兑现，力争2026年底全市养老机构护理型床位占比达到60%以上', [['60%以上', 60, '%', 'percent', '养老机构护理型床位占比']]),
      side('确保明年底前城市社区养老服务设施全覆盖，护理型床位占比目标不变', []),
      ['力争2026年底全市养老机构护理型床位占比达到60%以上', '护理型床位占比目标不变']],
    // Near-misses: another indicator's target kept; a state, no target; nothing said to stand.
    ['another indicator', side('力争2026年底护理型床位占比达到60%以上', [['60%以上', 60, '%', 'percent', '护理型床位占比']]),
      side('城市社区养老服务设施覆盖率目标不变', []), null],
    ['a state is no target', side('目前护理型床位占比为52%', [['52%', 52, '%', 'percent', '护理型床位占比']]),
      side('护理型床位占比目标不变', []), null],
    ['nothing said to stand', side('力争2026年底护理型床位占比达到60%以上', [['60%以上', 60, '%', 'percent', '护理型床位占比']]),
      side('护理型床位占比达到65%', []), null],
  ])('%s', (_, a, b, want) => {
    expect(kept(a, b)).toEqual(want);
  });
});

describe('[compare/restated] done ahead of the plan', () => {
  it.each<[string, boolean]>([
    ['专项规划比原计划提前两个月，于今年4月获批', true],
    ['去年完成了全部128个水源地保护区划定，比原计划提前一个月', true],
    ['家庭养老床位今年新增2260张，比原计划提前两个月完成', true],
    ['易涝点整治提前3个月完成', true],
    // Near-misses: an early finish promised; more, not sooner; 提前 of a time to act, no completion.
    ['力争提前完成全部易涝点整治', false],
    ['易涝点整治将比原计划提前一个月完成', false],
    ['超额完成年度任务', false],
    ['比原计划多1800个', false],
    ['提前谋划明年项目', false],
    // An early word going on from a forecast is the forecast's: not open yet, so not done early.
    ['主体工程已经完工，正在进行内部装修，预计今年10月投入使用，比原计划提前', false],
    ['新院区计划明年3月开诊，比原计划提前两个月', false],
  ])('%s → %s', (text, want) => {
    expect(doneEarly(text)).toBe(want);
  });
});
