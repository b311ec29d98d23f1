/**
 * Promises reported done: last session's promise that this session's official says was carried out is
 * neither dropped nor reversed; a report short of the promised figure is partly done (reported on, not done), a report of
 * something else is none.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';

/** An invented county session on `date`: `answer` before the measures (一是…二是…), or the whole answer when `measures` is ''. */
const session = (date: string | null, answer: string, measures = '一是加强统筹调度。二是完善考核机制。') => {
  const r = parse([
    '松溪县人大常委会开展城乡排水工作专题询问',
    '问题一:县政府如何补齐城乡排水设施短板?',
    '县人大常委会委员吕思源:县政府如何补齐城乡排水设施短板?',
    `县住建局局长甘雨桐:${answer}${measures ? `下一步,${measures}` : ''}`,
    '',
  ].join('\n'), { name: 'x' });
  r.session.date = date;
  return r;
};
const A = (measures: string) => session('2024-06-20', '', measures);

describe('[compare/done] promises reported done', () => {
  it.each<[string, string, string, string[]]>([
    ['完工 in a report', '一是年底前完成城东、城西两个片区管网改造。二是完善考核机制。', '去年承诺的城东、城西两个片区管网改造已全部完工。', ['年底前完成城东、城西两个片区管网改造']],
    ['a verb with 了', '一是在全县十二个乡镇全部设立排水应急服务站。二是完善考核机制。', '十二个乡镇全部设立了排水应急服务站。', ['在全县十二个乡镇全部设立排水应急服务站']],
    ['the figure reached', '一是新增移动排涝泵车12台。二是完善考核机制。', '已配备移动排涝泵车12台。', ['新增移动排涝泵车12台']],
    ['a reduction reached from above', '一是力争审批时限压缩至5个工作日。二是完善考核机制。', '今年审批时限已压缩至3个工作日。', ['力争审批时限压缩至5个工作日']],
    // Near-misses: something else done, a commitment (short of the figure is partly done: below).
    ['another work done', '一是年底前完成城东、城西两个片区管网改造。二是完善考核机制。', '城南片区路灯改造已全部完工。', []],
    ['promised again', '一是年底前完成城东片区管网改造。二是完善考核机制。', '我们将在年底前完成城东片区管网改造。', []],
  ])('%s', (_, measuresA, answerB, done) => {
    const c = compare(A(measuresA), session('2025-06-18', answerB));
    expect(c.promises.done.map((d) => d.promise.text)).toEqual(done);
    expect(c.promises.done.every((d) => d.side === 'a')).toBe(true);
    // A done promise is no longer "not seen again".
    for (const d of c.promises.done) expect(c.promises.onlyA.map((m) => m.text)).not.toContain(d.promise.text);
    expect(mirror(c)).toEqual(compare(session('2025-06-18', answerB), A(measuresA)));
  });
  it.each<[string, string, string, [string, string][]]>([
    // The thing the report names is held by the promise, whatever the other words score.
    ['done, named', '一是在2024年10月底前完成剩余15个水源保护区划定，同步清理保护区内养殖场，设立界标和警示牌。二是完善考核机制。',
      '去年承诺的15个水源保护区划定已于2024年9月全部完成。', [['在2024年10月底前完成剩余15个水源保护区划定，同步清理保护区内养殖场，设立界标和警示牌', 'done']]],
    ['in progress: 正在推进的是X is never done', '一是建立县级统管机制，2025年底前实现排水设施县级统一运营全覆盖。二是完善考核机制。',
      '正在推进的是县级统管机制，目前已有4个乡镇实现统一运营。', [['建立县级统管机制，2025年底前实现排水设施县级统一运营全覆盖', 'in-progress']]],
    ['unmet: 尚未完成的是X', '一是开展内涝点专项整治，力争年底前消除全部内涝点。二是完善考核机制。',
      '尚未完成的是内涝点专项整治，目前还有3处内涝点。', [['开展内涝点专项整治，力争年底前消除全部内涝点', 'unmet']]],
    // A figure stated first and judged by a later clause: against its target, or by a completion rate.
    ['unmet: a figure short of its target', '一是确保雨污分流率不低于90%。二是完善考核机制。',
      '全县雨污分流率为86%，较去年提高了2个百分点，还没有达到90%的目标。', [['确保雨污分流率不低于90%', 'unmet']]],
    ['in progress: a completion rate', '一是确保新建雨水泵站12座。二是完善考核机制。',
      '新建雨水泵站9座，完成率75%。', [['确保新建雨水泵站12座', 'in-progress']]],
    // Near-misses: only the head of the name shared (管网改造 of 城南片区管网改造) is no report of the promise; a figure
    // followed by another thing done is no report of the figure's promise.
    ['a figure, then something else done', '一是组建加装电梯协调专班，逐栋做好群众工作。二是完善考核机制。',
      '2024年全县加装电梯186部，审批时限已压缩至15个工作日。', []],
    ['another work with the same head', '一是年底前完成城东片区雨污分流改造。二是完善考核机制。', '城南片区路灯节能改造已全部完工。', []],
  ])('the status a later report gives a promise: %s', (_, measuresA, answerB, expected) => {
    const c = compare(A(measuresA), session('2025-06-18', answerB));
    expect(c.promises.done.map((d) => [d.promise.text, d.status])).toEqual(expected);
    for (const d of c.promises.done) expect(c.promises.onlyA.map((m) => m.text)).not.toContain(d.promise.text);
    expect(mirror(c)).toEqual(compare(session('2025-06-18', answerB), A(measuresA)));
  });
  it('a promise met is no reversal of what the later session halts now (暂停新建)', () => {
    const a = session('2024-06-20', '下一步，将在年底前实现排水服务站乡镇全覆盖。', '');
    const b = session('2025-06-18', '全县十二个乡镇排水服务站已实现全覆盖。下一步，将推动排水服务站与供水服务站合一，暂停新建独立排水服务站。', '');
    const c = compare(a, b);
    expect(c.promises.reversed).toEqual([]);
    expect(c.promises.done.map((d) => [d.side, d.report.text])).toEqual([['a', '全县十二个乡镇排水服务站已实现全覆盖']]);
    expect(c.promises.onlyB.map((m) => m.text)).toEqual(['推动排水服务站与供水服务站合一，暂停新建独立排水服务站']);
  });
  it('the later session\'s promises are not looked for in the earlier one\'s reports', () => {
    const c = compare(session('2024-06-20', '城东片区管网改造已全部完工。'), session('2025-06-18', '', '一是完成城东片区管网改造。二是完善考核机制。'));
    expect(c.promises.done).toEqual([]);
  });
});

describe('[compare/done] partial progress and changes of plan link the promise with a status', () => {
  it.each<[string, string, string, [string, string, Record<string, unknown> | undefined][]]>([
    ['partly done, the share from both figures', '一是实施城北片区雨污分流改造工程，年内完成雨污分流改造1.5万户。二是完善考核机制。',
      '去年城北片区雨污分流改造完成了9000户，剩余6000户将于明年6月底前完成。',
      [['实施城北片区雨污分流改造工程，年内完成雨污分流改造1.5万户', 'partly-done', { share: 0.6, deadline: { from: '2024-12', to: '2026-06' } }]]],
    ['partly done, a share in 成', '一是开展排水设施安全隐患排查，年底前完成全面排查。二是完善考核机制。',
      '排水设施安全隐患排查已完成约七成，剩余部分将于今年年底前完成。',
      [['开展排水设施安全隐患排查，年底前完成全面排查', 'partly-done', { share: 0.7, deadline: { from: '2024-12', to: '2025-12' } }]]],
    ['postponed, with the new time', '一是建设城南污水处理厂二期工程。二是完善考核机制。',
      '城南污水处理厂二期工程因用地调整尚未开工，计划推迟到2027年。',
      [['建设城南污水处理厂二期工程', 'postponed', { until: '2027年' }]]],
    // A report of done short of the promised figure is reported on, partly: its share from the figures (9座 of 12座).
    ['short of the figure: partly done', '一是年底前建成雨水泵站12座。二是完善考核机制。', '全县已建成雨水泵站9座。',
      [['年底前建成雨水泵站12座', 'partly-done', { share: 0.75 }]]],
    // 建成…，还有N座正在… / 实现…，还有N个…正在…: the rest still to do, a count after 还有 (还有差距 is no rest).
    ['partly done, 还有 a count under way', '一是年底前新建易腐垃圾处理站点6座。二是完善考核机制。', '易腐垃圾处理站点建成5座，还有1座正在调试。',
      [['年底前新建易腐垃圾处理站点6座', 'partly-done', { share: 0.8333 }]]],
    ['partly done, the figure before its verb', '一是完善监测平台，年内实现与医保、民政等8个部门数据实时比对。二是完善考核机制。',
      '监测平台已于今年3月与医保、民政等6个部门实现数据比对，还有2个部门正在对接，预计年底前完成。',
      [['完善监测平台，年内实现与医保、民政等8个部门数据实时比对', 'partly-done', { share: 0.75, deadline: { from: '2024-12', to: '2025-12' } }]]],
    // 完成年度目标的87% measures the figure before it (87家 of 100家); 剩余13家 is the rest, never the part done.
    ['partly done, 完成年度目标的N%: the figure before it, not the rest', '一是推进错时共享，今年推动100家机关企事业单位停车场向社会开放。二是完善考核机制。',
      '机关企事业单位停车场开放方面，共推动87家开放，完成年度目标的87%，剩余13家因内部改造滞后，预计今年底前开放。',
      // (The rest 预计今年底前: the deadline moves from A's 今年 to B's, as in the rows above.)
      [['推进错时共享，今年推动100家机关企事业单位停车场向社会开放', 'partly-done', { share: 0.87, deadline: { from: '2024-12', to: '2025-12' } }]]],
    // The clause carrying the promise's main figure gives the status, not a side clause that is done (骨干企业已培育2家).
    ['the main figure, not a side clause', '一是年底前建成再生资源回收站点120个，并培育2家骨干回收企业。二是完善考核机制。',
      '全县已建成再生资源回收站点104个，剩下16个站点计划明年上半年建成。骨干回收企业已培育2家。',
      [['年底前建成再生资源回收站点120个，并培育2家骨干回收企业', 'partly-done', { share: 0.8667 }]]],
    // A clause with its own status speaks for itself, not the next clause's 没有达到 of another thing.
    ['the clause\'s own status', '一是推行企业开办“一日办结”，年底前把平均用时压缩至1个工作日以内。二是完善考核机制。',
      '去年底企业开办平均用时已压缩至0.8个工作日，电子营业执照应用率为57%，没有达到六成的目标。',
      [['推行企业开办“一日办结”，年底前把平均用时压缩至1个工作日以内', 'done', undefined]]],
    // A gap left to a target is not yet done (距离…目标还有差距).
    ['unmet: a gap to the target', '一是三年内把分类投放准确率提高到85%以上。二是完善考核机制。',
      '目前分类投放准确率为71%，比去年提高9个百分点，距离三年内85%以上的目标还有差距。',
      [['三年内把分类投放准确率提高到85%以上', 'unmet', undefined]]],
    // A step done with the promise's own end still foreseen after it is under way, not done (nor done early).
    ['a step done, the end foreseen: in progress', '一是建设区级儿童医院，力争明年底前投入使用。二是完善考核机制。',
      '区级儿童医院主体工程已经完工，正在进行内部装修，预计今年10月投入使用，比原计划提前。',
      [['建设区级儿童医院，力争明年底前投入使用', 'in-progress', undefined]]],
    // (Some done and the rest given a date: partly done, the deadline moved; the share of 8 of 8+5 is not read yet.)
    ['some done, the rest planned: partly done', '一是明年上半年前将公共充电站扩大到全部乡镇。二是完善考核机制。',
      '由于设备采购延迟，目前已在8个乡镇建成公共充电站，还有5个乡镇，计划今年底前完成。',
      [['明年上半年前将公共充电站扩大到全部乡镇', 'partly-done', { share: null, deadline: { from: '2025-06', to: '2025-12' } }]]],
    ['cancelled', '一是研究出台居民小区排水设施移交管理办法。二是完善考核机制。',
      '居民小区排水设施移交管理办法经反复论证，考虑到产权情况复杂，暂不出台。',
      [['研究出台居民小区排水设施移交管理办法', 'cancelled', undefined]]],
  ])('%s', (_, measuresA, answerB, expected) => {
    const c = compare(A(measuresA), session('2025-06-18', answerB, ''));
    // (The rest's deadline as the months both mean: slip.test.ts reads the rest.)
    expect(c.promises.done.map((d) => [d.promise.text, d.status, d.progress && { ...d.progress, from: undefined, to: undefined, deadline: d.progress.deadline?.resolved }])).toEqual(
      expected.map(([t, s, p]) => [t, s, p && { from: undefined, to: undefined, deadline: undefined, ...p }]));
    // Neither dropped nor new.
    for (const d of c.promises.done) expect(c.promises.onlyA.map((m) => m.text)).not.toContain(d.promise.text);
    expect(c.promises.onlyB).toEqual([]);
  });
  // t68 finding 7: the rest given a new date and done since is done, late; a report quoting the plan's figure names the promise.
  it('the rest postponed and done since: done, late, with the share by the date', () => {
    const c = compare(A('一是推进加装电梯，年内完成加装电梯150部。二是完善考核机制。'),
      session('2025-06-18', '去年完成加装电梯132部，因部分居民意见不统一导致进度滞后，剩余18部已调整为今年3月底前完成，目前已全部完工。', ''));
    expect(c.promises.done.map((d) => [d.status, d.progress?.share, d.progress?.late, d.progress?.deadline?.resolved])).toEqual([['done', 0.88, true, { from: '2024-12', to: '2025-03' }]]);
    expect(c.promises.onlyA.map((m) => m.text)).toEqual(['完善考核机制']);
  });
  it('a report quoting the plan\'s figure (原计划30所) names the promise of that figure', () => {
    const c = compare(A('一是年内在30所公办幼儿园开设托班，收费标准每月不超过1000元。二是完善考核机制。'),
      session('2025-06-18', '原计划30所，其中3所因生源减少被撤并，目标已调整为27所，目前已开设25所。', ''));
    expect(c.promises.done.map((d) => [d.status, d.progress?.from?.text, d.progress?.to?.text, d.progress?.now?.text])).toEqual([['changed', '30所', '27所', '25所']]);
    expect(c.promises.onlyB).toEqual([]);
  });
  it('near-miss: a plan figure of another amount names no promise', () => {
    const c = compare(A('一是年内在30所公办幼儿园开设托班，收费标准每月不超过1000元。二是完善考核机制。'),
      session('2025-06-18', '原计划40所，其中3所因生源减少被撤并，目标已调整为37所，目前已开设25所。', ''));
    expect(c.promises.done).toEqual([]);
  });
  it('a target changed: the old and the new target', () => {
    const c = compare(A('一是开展管网维护市场化运营，每年增加运营收入800万元以上。二是完善考核机制。'),
      session('2025-06-18', '今年我们将管网维护运营收入目标调整为每年增加500万元以上。', ''));
    expect(c.promises.done.map((d) => [d.status, d.progress?.from?.text, d.progress?.to?.text])).toEqual([['changed', '800万元以上', '500万元以上']]);
    expect(c.promises.onlyB).toEqual([]);
  });
  it('a list of work done gives reports, and the 下一步 after it promises', () => {
    const c = compare(A('一是明确管网管护主体，年底前全面推行“片长制”。二是建立排水设施台账，所有设施全部纳入管理平台。'),
      session('2025-06-18', '一年来，我们重点做了以下工作：（一）全面推行“片长制”，全县46名片长已全部到位；（二）建立排水设施台账，已将全县320处设施全部纳入管理平台。下一步，我们将引入第三方机构开展管网运维绩效评估。', ''));
    expect(c.promises.done.map((d) => [d.promise.text, d.status])).toEqual([
      ['明确管网管护主体，年底前全面推行“片长制”', 'done'], ['建立排水设施台账，所有设施全部纳入管理平台', 'done']]);
    expect(c.promises.pairs).toEqual([]);
    expect(c.promises.onlyB.map((m) => m.text)).toEqual(['引入第三方机构开展管网运维绩效评估']);
  });
  it('a document reported issued in the closing meets the promise to produce it', () => {
    const withClosing = (date: string, closing: string) => {
      const r = parse([
        '松溪县人大常委会开展城乡排水工作专题询问',
        '问题一:县政府如何补齐城乡排水设施短板?',
        '县人大常委会委员吕思源:县政府如何补齐城乡排水设施短板?',
        '县住建局局长甘雨桐:下一步,一是加强统筹调度。二是完善考核机制。',
        closing,
        '',
      ].join('\n'), { name: 'x' });
      r.session.date = date;
      return r;
    };
    const a = withClosing('2024-06-20', '副县长龚德胜最后表态：县政府将认真研究委员们的意见，在年底前拿出城乡排水设施建设三年行动计划。');
    const b = withClosing('2025-06-18', '副县长龚德胜表态说，《城乡排水设施建设三年行动计划》已于去年12月印发实施，县政府将抓好落实。');
    const c = compare(a, b);
    expect(c.promises.done.map((d) => [d.report.question, d.status])).toEqual([[0, 'done']]);
    expect(c.promises.done[0].promise.text).toContain('城乡排水设施建设三年行动计划');
  });
  it.each<[string, string, string]>([
    // Near-misses: a postponement of something else, a cancellation of another document, a share of other work.
    ['another work postponed', '一是建设城南污水处理厂二期工程。二是完善考核机制。', '城北垃圾中转站改造因用地调整尚未开工，计划推迟到2027年。'],
    ['another document not issued', '一是研究出台居民小区排水设施移交管理办法。二是完善考核机制。', '农贸市场改造提升实施方案经反复论证，暂不出台。'],
    ['another work partly done', '一是开展排水设施安全隐患排查，年底前完成全面排查。二是完善考核机制。', '老旧小区电梯加装已完成约七成。'],
  ])('%s: no status on the promise', (_, measuresA, answerB) => {
    const c = compare(A(measuresA), session('2025-06-18', answerB, ''));
    expect(c.promises.done).toEqual([]);
  });
});
