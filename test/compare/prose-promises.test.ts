/**
 * Prose promises: an official's sentences that commit to future action count as promises when the
 * answer has no 一是/第一 list; a sentence that reports the past does not, nor does a turn with a list.
 */
import { describe, expect, it } from 'vitest';
import { commitments, prosePromises } from '../../src/compare/prose-promises.js';
import { comparePromises } from '../../src/compare/promises.js';
import { mirror } from '../../src/compare/mirror.js';
import { compare } from '../../src/compare/compare.js';
import { parse } from '../../src/pipeline.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

describe('[compare/prose-promises] the grammar of commitment', () => {
  it.each([
    ['下一步我们将深化“一网通办”改革，推行“一件事一次办”。', ['深化“一网通办”改革，推行“一件事一次办”']],
    ['下一步，加大路检路查力度，联合生态环境部门开展专项执法。', ['加大路检路查力度，联合生态环境部门开展专项执法']],
    ['区政府将持续用力，推动营商环境再上新台阶。', ['持续用力，推动营商环境再上新台阶']],
    ['力争年底前企业开办时间压缩至1个工作日以内。', ['力争年底前企业开办时间压缩至1个工作日以内']],
    ['计划明年新建幸福院15所。', ['明年新建幸福院15所']],
    ['确保群众喝上放心水。', ['确保群众喝上放心水']],
    ['年底前完成剩余管网改造任务。', ['年底前完成剩余管网改造任务']],
    ['今后要严格落实河长巡河制度。', ['严格落实河长巡河制度']],
    // the parts after the committing one in the same sentence go on with it
    ['下一步将加大执法力度；同时配合市交通运输局推广新能源公交车。', ['加大执法力度', '同时配合市交通运输局推广新能源公交车']],
    ['副县长某某表示，县政府将对照承诺逐项抓好落实。', ['对照承诺逐项抓好落实']],
    // a connective joining it to what went before (同时，/此外，/另外，; 同时 before the modal) is no part of it
    ['同时，将整合部门自建系统，年内关停并转“僵尸”系统45个。', ['整合部门自建系统，年内关停并转“僵尸”系统45个']],
    ['此外，我们还将开展“一网通办”改革。', ['开展“一网通办”改革']],
    ['另外，区政府将新建口袋公园8个。', ['新建口袋公园8个']],
    ['同时将推动“数字乡村”平台与镇级便民服务中心联通。', ['推动“数字乡村”平台与镇级便民服务中心联通']],
    // the speech's own quotation marks (a 问答摘登's “…”) are no part of it; a quoted term inside it keeps its own
    ['“今年安排改造资金3.2亿元，争取地方政府专项债券1.5亿元。我们将不再给予补助。”', ['今年安排改造资金3.2亿元，争取地方政府专项债券1.5亿元', '不再给予补助']],
    ['“一网通办”改革下一步将全面推开。', ['“一网通办”改革下一步将全面推开']],
    // near-misses of 将于…届满: 将于 a date before an act, and an act after the period ends
    ['我们将于今年6月底前完成全部整改。', ['于今年6月底前完成全部整改']],
    // a date with its verb and no 已 between them still commits
    ['今年10月底前实现全程网办。', ['今年10月底前实现全程网办']],
    ['过渡期届满后，我们将开展专项整治行动。', ['过渡期届满后，我们将开展专项整治行动']],
  ])('%s → a promise', (text, expected) => {
    expect(commitments(text).map((c) => c.text)).toEqual(expected);
  });
  it.each([
    ['去年年底前完成了管网改造120公里。'],
    ['今年以来共受理投诉86件，已办结80件。'],
    ['我们已将养老服务纳入民生实事项目。'],
    ['全县已建成老年助餐点42个，覆盖率35%。'],
    ['参会人数将近200人。'],
    ['目前企业开办平均用时为2.5个工作日。'],
    ['计划生育家庭特别扶助金按时发放。'],
    // a report's date opens the sentence: it states where things stand
    ['截至4月底，全区累计完成老旧小区改造97个，今年还有23个全部开工，确保年底前完成。'],
    ['截止目前，全市共建成充电桩1200个，力争全覆盖。'],
    // a date with 已 before its verb states a figure reached, a report (not a promise of B)
    ['今年7月底已达到74%。'],
    ['截至2023年底，全市全程网办率达到68.5%，离七成的目标还差一点；今年7月底已达到74%。'],
    ['年底前已完成全部整改。'],
    // 将于 a date of a period's end: a legal date, no one's act
    ['过渡期将于2025年12月31日届满。'],
    ['临时牌照将于今年6月底到期。'],
    // 计划 inside a title names a document: 《…行动计划》已于…印发 reports it issued
    ['《城乡排水设施建设三年行动计划》已于去年12月印发实施，县政府将抓好落实。'],
  ])('%s → no promise (the past, 将近, a noun)', (text) => {
    expect(commitments(text)).toEqual([]);
  });
  // The minutes' bracket naming the speaker before the words is no part of the promise (t73 f12); another bracket stays.
  it.each<[string, string | null, string[]]>([
    ['（县质量技术监督局局长 黄振邦）我们将抓紧制定食品小作坊管理办法，年底前报县政府审定。', '黄振邦', ['抓紧制定食品小作坊管理办法，年底前报县政府审定']],
    ['(县质监局局长黄振邦)我们将抓紧制定食品小作坊管理办法。', '黄振邦', ['抓紧制定食品小作坊管理办法']],
    // near-misses: another person's bracket, no speaker known, a bracket that is no speaker's
    ['（县质量技术监督局局长 黄振邦）我们将抓紧制定食品小作坊管理办法。', '覃永福', ['（县质量技术监督局局长 黄振邦）我们将抓紧制定食品小作坊管理办法']],
    ['（县质量技术监督局局长 黄振邦）我们将抓紧制定食品小作坊管理办法。', null, ['（县质量技术监督局局长 黄振邦）我们将抓紧制定食品小作坊管理办法']],
  ])('%s (speaker %s)', (text, speaker, expected) => {
    const got = commitments(text, false, speaker);
    expect(got.map((c) => c.text)).toEqual(expected);
    for (const c of got) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
  it('each promise carries the offset of its text', () => {
    const text = '目前共有42个。下一步我们将扩大试点范围，力争明年覆盖全县。';
    for (const c of commitments(text)) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
});

/** An invented district session: `answer` is the official's whole turn. */
const source = (answer: string) => [
  '松溪区人大常委会开展营商环境工作专题询问',
  '近日,松溪区人大常委会举行联组会议,就全区营商环境工作开展专题询问。',
  '问题一:如何压缩企业开办时间?',
  '区人大常委会委员吕思源询问如何压缩企业开办时间。',
  `区行政审批局局长甘雨桐回应称,${answer}`,
  '',
].join('\n');
const session = (answer: string) => parse(source(answer), { name: 'x' });

describe('[compare/prose-promises] from a record', () => {
  it('an answer with no list gives its commitments, with spans into the text', () => {
    const answer = '目前企业开办平均用时为2.5个工作日。下一步我们将深化“一网通办”改革，全面推行告知承诺制。';
    const r = session(answer);
    const refs = prosePromises(r);
    expect(refs.map((m) => [m.question, m.path, m.marker, m.text, m.responder])).toEqual([[1, 'p1', null, '深化“一网通办”改革，全面推行告知承诺制', '甘雨桐']]);
    expect(source(answer).slice(...refs[0].span)).toBe(refs[0].text);
  });
  it('an answer with a list keeps its list only', () => {
    const r = session('下一步将从两方面着手:一是深化“一网通办”改革。二是全面推行告知承诺制。');
    expect(r.questions[0].answers[0].measures.length).toBe(2);
    expect(prosePromises(r)).toEqual([]);
  });
  it('after a list of work done, the 下一步…将 paragraph is a promise block; after a list of promises it is not', () => {
    const done = session('两年来，我们重点做了以下工作：（一）建立管网巡查制度，已实现全覆盖；（二）组建排水抢险队伍。下一步，我们将引入第三方机构开展绩效评估，并试点开展管网保险。');
    expect(prosePromises(done).map((m) => m.text)).toEqual(['引入第三方机构开展绩效评估，并试点开展管网保险']);
    const promised = session('下一步将从两方面着手:一是深化“一网通办”改革。二是全面推行告知承诺制。今后，我们将定期通报进展。');
    expect(prosePromises(promised)).toEqual([]);
  });
  it('a promise listed one year and written as prose the next is a repeat, not dropped and new; mirrored alike', () => {
    const a = session('下一步将从两方面着手:一是加大路检路查力度,联合生态环境部门开展专项执法。二是推广使用新能源公交车。');
    const b = session('下一步将加大路检路查力度,联合生态环境部门开展专项执法;同时推广使用新能源公交车。');
    const p = comparePromises(a, b, defaultSegmenter(), 0.6);
    expect(p.pairs.map((x) => [x.a.path, x.b.path, x.kind])).toEqual([['1.1', 'p1', 'repeated'], ['1.2', 'p2', 'similar']]);
    expect([p.onlyA, p.onlyB]).toEqual([[], []]);
    expect(mirror(compare(a, b)).promises).toEqual(compare(b, a).promises);
  });
  it('prose that only reports the past promises nothing', () => {
    const a = session('今年已将企业开办时间压缩至1个工作日,去年完成了“一网通办”改革。');
    expect(prosePromises(a)).toEqual([]);
  });
});
