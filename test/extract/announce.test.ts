import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { findAnnouncement, introducesProblems } from '../../src/extract/announce.js';

/** The announcement before the list that starts at "▲" (the ▲ is removed before reading). */
function announce(input: string): [number | null, string] | null {
  const at = input.indexOf('▲');
  const text = input.replace('▲', '');
  const view = normalize(text);
  const a = findAnnouncement(view, at, 0, quoteMask(view));
  return a ? [a.count, text.slice(a.span[0], a.span[1])] : null;
}

describe('[announce] counts announced before a list', () => {
  it.each([
    ['从三方面', '市政府将从三方面加强和改进工作,推进法治政府建设:▲一是', [3, '从三方面']],
    ['五方面改进举措 (line break after the colon)', '对此,杨开宇提出五方面改进举措:\n▲一是', [5, '五方面改进举措']],
    ['三方面改进举措 (space after the colon)', '杨开宇提出三方面改进举措: ▲一是', [3, '三方面改进举措']],
    ['采取五项举措', '针对加大无证无照经营打击力度,将采取五项举措:▲一是', [5, '五项举措']],
    ['从五个方面发力', '高红丽表示,下步工作将从五个方面发力:▲一是', [5, '从五个方面']],
    ['从四方面 after 下一步', '针对问题,市司法局下一步将从四方面发力:▲一是', [4, '从四方面']],
    ['Arabic: 构建8个机制 (the sentence before)', '将从能力素质、审判管理两方面构建8个机制,推动实质性化解纠纷。能力素质上,▲一是', [8, '8个机制']],
    ['quoted parts: 三大体系', '全市法院构建“管案、管人、管事”三大体系优化司法权力运行监督。▲管案方面', [3, '“管案、管人、管事”三大体系']],
    ['四项工作', '下一步重点抓好四项工作:\n▲1.', [4, '四项工作']],
    ['以下三个方面', '县政府将从以下三个方面加强资金保障和监管:▲(一)', [3, '三个方面']],
    ['两件事', '县农业农村局将着重做好两件事:▲其一', [2, '两件事']],
    ['两方面的工作', '下一步我们主要做两方面的工作:▲一个是', [2, '两方面的工作']],
    ['problems followed at once by the list', '询问了市城管局两个方面的问题:▲一是', [2, '两个方面的问题']],
    ['Traditional: 採取五項措施', '將採取五項措施:▲一是', [5, '五項措施']],
    ['三点 with a colon', '我主要讲三点:▲一是', [3, '三点']],
    ['几个方面: no number', '我们将从以下几个方面推进:▲一是', [null, '从以下几个方面']],
    ['以下几点', '我谈以下几点意见:▲一是', [null, '以下几点意见']],
    ['几件事', '我们主要抓了这么几件事:▲一是', [null, '几件事']],
    ['从四个方面 before a verb phrase: the object is no noun of the count', '将从四个方面加大工作力度:▲(一)', [4, '从四个方面']],
    ['两方面的工作 keeps its noun', '我们将从两方面的工作入手:▲一是', [2, '从两方面的工作']],
    ['补充两点。 (the sentence before, after a verb of speaking)', '市水务局副局长 林海燕:补充两点。▲第一', [2, '两点']],
    ['讲两点 with a colon', '我讲两点:▲第一', [2, '两点']],
    ['讲两点。', '我简单讲两点。▲第一', [2, '两点']],
    ['谈三点意见', '我谈三点意见。▲一是', [3, '三点意见']],
    ['说几点 (no number)', '我再说几点。▲首先', [null, '几点']],
    ['汇报以下几点', '向各位委员汇报以下几点。▲一是', [null, '以下几点']],
    ['Arabic 3点 with a colon', '主要有3点:▲1.', [3, '3点']],
    ['split quotation: the count in the first part', '“我们将采取三项措施,”吴晓燕说,“▲一是', [3, '三项措施']],
    ['三点考虑', '主要有三点考虑:▲一是', [3, '三点考虑']],
    ['两点体会 (the sentence before)', '我们有两点体会。▲第一', [2, '两点体会']],
    ['分三步走', '我们分三步走:▲第一步', [3, '分三步']],
    ['三个原因。 (the list opens the next sentence)', '关于第二个问题,主要有三个原因。▲第一', [3, '三个原因']],
    ['两个方面的原因:', '主要有两个方面的原因:▲一是', [2, '两个方面的原因']],
    ['原因主要有三个: (a bare count after 有)', '原因主要有三个:▲第一', [3, '三个']],
    ['做法有四条:', '我们的做法有四条:\n▲1.', [4, '四条']],
    ['三个到位', '下一步,要做到三个到位:▲一是', [3, '三个到位']],
    ['四个环节', '重点把好四个环节:▲一是', [4, '四个环节']],
    ['两个困难。', '目前还面临两个困难。▲一是', [2, '两个困难']],
    ['三个层面', '我们从三个层面推进:▲(一)', [3, '从三个层面']],
    ['抓三条: (a bare 条 with the list at once, like 三点)', '我们着力抓三条:▲一是', [3, '三条']],
    ['抓三条。 (the list opens the next line)', '我们着力抓三条。\n▲第一条', [3, '三条']],
    ['推进两项, (a comma)', '今年重点推进两项,▲一是', [2, '两项']],
    ['出了三招:', '我们出了三招:▲第一招', [3, '三招']],
    ['三条措施 keeps its noun', '我们采取了三条措施:▲一是', [3, '三条措施']],
    ['做了两个工作 (工作 ends the noun, no 日 after it)', '去年我们做了两个工作:▲一是', [2, '两个工作']],
    ['a duration before the count: 20个工作日 then 三项措施', '时限压缩至20个工作日,下一步将采取三项措施:▲一是', [3, '三项措施']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });
});

describe('[announce] negatives: numbers that announce no list', () => {
  it.each([
    ['no number', '将持续采取措施整治:▲一是'],
    ['problems announced in the sentence before', '主要存在四方面问题:落实不足;作风偏差。邓玲表示,将采取有力措施:▲一是'],
    ['problems, list not right after', '询问四方面问题:困难、措施、溯源、打击?余波回应道,▲一是'],
    ['quoted formulation “三项制度”', '落实行政执法“三项制度”。▲一是'],
    ['ordinal 第三方面', '这是第三方面的内容。▲一是'],
    ['causes, list not right after', '主要有三个原因,下一步我们将加强监管。▲一是'],
    ['causes in the sentence before a sentence of its own', '主要有两个原因。我们将采取措施:▲一是'],
    ['a count of places, not a list', '覆盖三个县:▲一是'],
    ['a duration before a colon', '工期有三个月:▲一是'],
    ['a duration in 工作日, the list in the next sentence', '审批时限由原来的45个工作日压缩至20个工作日。下一步,▲一是'],
    ['a duration in 工作日 before a colon', '平均响应时间压缩至2个工作日:▲第一'],
    ['a duration in 小时', '办理时间缩短到3个小时。▲一是'],
    ['a bare count not after 有', '完成了三个:▲一是'],
    ['a bare count, the list not after the colon', '原因主要有三个,▲一是'],
    ['a figure, not an announcement', '推进16件群众身边实事。▲一是'],
    ['two sentences back is too far', '将从三方面着手。感谢委员关心。我们高度重视。▲一是'],
    ['one item is no list', '将采取一项举措:▲一是'],
    ['下一步 is not a count', '下一步将持续发力:▲一是'],
    ['三点 as a time of day', '会议下午三点召开,听取汇报。▲一是'],
    ['8个百分点 is a change, never a count', '合格率提高了8个百分点。▲一是'],
    ['8个百分点 with a colon', '比上年提高8个百分点:▲一是'],
    ['提高了两点 is a change of an index', '满意度提高了两点。▲第一'],
    ['下降两点, with a comma', '指数下降两点,▲一是'],
    ['两点半 is a time', '会议两点半开始。▲第一'],
    ['下午两点, is a time', '下午两点,▲一是'],
    ['两点 ending a sentence with no verb of speaking', '检查定在明天两点。▲第一'],
    ['3.5点 is a decimal', '综合指数为3.5点。▲一是'],
    ['几点 as a time', '每天几点到岗?▲一是'],
    ['quoted slogan with a comma inside still masked', '提出“三项制度,两个清单”。▲一是'],
    ['12个工作站: a noun that goes on is no list noun', '全市已建成12个工作站。下一步,我们将:▲一是'],
    ['3个工作组', '全市配备3个工作组,▲一是'],
    ['三步 without 分 (a distance)', '走了三步。▲一是'],
    ['三条 as a figure, another sentence before the list', '今年新建道路三条。下一步,▲一是'],
    ['三条 with text between it and the list', '我们抓了三条,效果明显。▲一是'],
    ['三条 + a noun the list does not follow', '开通公交线路三条,新增站点。▲一是'],
  ])('%s', (_label, input) => {
    expect(announce(input)).toBeNull();
  });
});

describe('[announce] with the number of items known, a count that names them is preferred to a later figure', () => {
  it.each([
    ['a target figure after the announcement', '我们将采取三项措施,确保年内完成2个试点工作:▲一是', 3, [3, '三项措施']],
    ['the last count names the items: kept', '推出7项举措,确保完成3个试点工作:▲一是', 3, [3, '3个试点工作']],
    ['no count names the items: the last is kept (a mismatch to report)', '采取三项措施,确保完成2个试点工作:▲一是', 4, [2, '2个试点工作']],
    ['counts in 方面 alone are groups, never preferred', '从两方面构建8个机制。▲一是', 2, [8, '8个机制']],
    ['no items given: the last count', '我们将采取三项措施,确保年内完成2个试点工作:▲一是', undefined, [2, '2个试点工作']],
  ])('%s', (_label, input, items, expected) => {
    const at = input.indexOf('▲');
    const text = input.replace('▲', '');
    const view = normalize(text);
    const a = findAnnouncement(view, at, 0, quoteMask(view), items);
    expect(a ? [a.count, text.slice(a.span[0], a.span[1])] : null).toEqual(expected);
  });
});

describe('[announce] two counts said together: the one in the classifier of the first marker counts the list', () => {
  it.each([
    ['三个方面共八项工作。 第一方面', '我们将重点抓好四个方面共九项工作。▲第一方面是设施,一是', [4, '四个方面']],
    ['从三个方面推出八项措施。 第一方面', '县里将从两个方面推出七项措施。▲第一方面,一是', [2, '从两个方面']],
    ['三个方面八项工作: 第一个方面', '重点抓好三个方面八项工作:▲第一个方面,一是', [3, '三个方面']],
    ['八项措施 in 三个方面 (the 方面 count first)', '推出五项措施,分为两个方面。▲第一方面,一是', [2, '两个方面']],
    ['两项任务 then 五个方面: 第一项 names 项', '落实两项任务、五个方面要求:▲第一项,', [2, '两项任务']],
    ['no classifier in the marker: the last count', '重点抓好三个方面八项工作:▲一是', [8, '八项工作']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });
});

describe('[announce] counts in 方面 alone may count groups', () => {
  it.each([
    ['从三方面', '将从三方面着手:▲一是', true],
    ['两方面构建8个机制 → 8个机制', '从两方面构建8个机制。▲一是', false],
    ['五方面改进举措', '提出五方面改进举措:▲一是', false],
    ['五项举措', '将采取五项举措:▲一是', false],
    ['三点 counts points, not groups', '我讲三点:▲一是', false],
    ['分三步 counts steps, not groups', '分三步走:▲第一步', false],
  ])('%s', (_label, input, aspects) => {
    const at = input.indexOf('▲');
    const view = normalize(input.replace('▲', ''));
    expect(findAnnouncement(view, at, 0)?.aspects).toBe(aspects);
  });
});

describe('[announce] lead-ins that introduce problems or causes, not measures', () => {
  it.each([
    ['存在…问题:', '当前主要存在三个方面问题:▲一是', true],
    ['存在一些不足 (the sentence before)', '工作中还存在一些不足。▲一是', true],
    ['面临…困难', '我们面临的主要困难:▲一是', true],
    ['原因主要是', '满意度偏低的原因主要是:▲一是', true],
    ['难在三个方面 (where the difficulty lies)', '“加梯难”主要难在三个方面:▲一是', true],
    ['问题主要有', '目前的问题主要有:▲一是', true],
    ['问题主要是', '我市的问题主要是:▲一是', true],
    ['症结在于', '症结在于:▲一是', true],
    ['原因主要有三个方面 (causes counted after 有)', '原因主要有三个方面:▲第一,前期论证不充分', true],
    ['原因大概有这么几个', '原因大概有这么几个:▲一是待遇偏低', true],
    ['主要是两方面原因 (a count of causes after 是)', '主要是两方面原因:▲一方面是薪酬偏低', true],
    ['两方面原因 opening its sentence', '两方面原因:▲一方面是', true],
    ['有三个方面的原因 (the sentence before)', '这里面有三个方面的原因。▲第一,', true],
    ['症结主要在于两点', '症结主要在于两点:▲一是', true],
    ['短板主要有', '短板主要有:▲一是', true],
    ['差距主要体现在三个方面', '与先进地区的差距主要体现在三个方面:▲一是', true],
    ['不足主要表现在', '工作中的不足主要表现在:▲一是', true],
    ['判断… (criteria)', '判断防控成效,▲一是要看病株率', true],
    ['标准是… (criteria)', '惠企政策唯一的标准是企业满意,▲第一是要快', true],
    ['下一步,我们将: (measures)', '下一步,我们将:▲一是', false],
    ['针对这些问题 … 三项措施', '针对这些问题,我们采取三项措施:▲一是', false],
    ['提高补助标准 (a measure naming a standard)', '我们将提高补助标准,▲一是', false],
    ['解决问题的办法 (measures)', '解决这些问题的办法:▲一是', false],
    ['针对存在的问题 … 措施', '针对存在的问题,将采取以下措施:▲一是', false],
    ['从三方面', '将从三方面着手:▲一是', false],
    ['a list opening its sentence after measures', '我们高度重视。▲一是', false],
    ['针对以上三个问题 (problems as the object of a measure)', '针对以上三个问题,▲一是', false],
    ['补齐三个短板 (a shortfall made good: measures)', '补齐三个短板:▲一是', false],
    ['问题…有三项措施 (a measure noun after 有)', '解决问题主要有三项措施:▲一是', false],
    ['针对这些原因 … 三项措施', '针对这些原因,我们采取三项措施:▲一是', false],
    ['三个抓手 (no noun of a diagnosis)', '我们有三个抓手:▲一是', false],
  ])('%s', (_label, input, expected) => {
    const at = input.indexOf('▲');
    expect(introducesProblems(normalize(input.replace('▲', '')), at, 0)).toBe(expected);
  });
});

describe('[announce] any short noun phrase counts when the list follows at once (the list is the evidence)', () => {
  it.each([
    ['三项改革:', '下一步我们将重点推进三项改革:▲一是', [3, '三项改革']],
    ['三条经验:', '我们总结了三条经验:▲一是', [3, '三条经验']],
    ['三项专项整治:', '今年开展三项专项整治:▲一是', [3, '三项专项整治']],
    ['从三个维度发力:', '县里将从三个维度发力:▲一是', [3, '从三个维度发力']],
    ['推进三项改革, (comma, the list at once)', '我们将推进三项改革,▲一是', [3, '三项改革']],
    ['四项便民服务,即', '区里推出四项便民服务,即:▲一是', [4, '四项便民服务']],
    ['Arabic: 5项攻坚:', '重点实施5项攻坚:▲1.', [5, '5项攻坚']],
    ['quoted formulation: “四个一”:', '下一步将做到“四个一”:▲一是', [4, '四个一']],
    ['quoted formulation: “三项改革”:', '深化“三项改革”:▲一是', [3, '三项改革']],
    ['quoted Arabic: “3个一批”:', '推动项目“3个一批”:▲一是', [3, '3个一批']],
    ['quoted formulation and a head noun: “五个一批”举措:', '围绕托育供给,我们推出“五个一批”举措:\n▲1.', [5, '五个一批']],
    ['quoted formulation and a head noun: “两大工程”行动,', '区里实施“两大工程”行动,▲一是', [2, '两大工程']],
    ['quoted formulation and a head noun: “四个全覆盖”工作:', '推进“四个全覆盖”工作:▲一是', [4, '四个全覆盖']],
    ['quoted formulation, 的 and a head noun: “四个同步”的要求:', '我们按照“四个同步”的要求:▲一是', [4, '四个同步']],
    ['unquoted formulation with 一 and a head noun: 五个一批措施:', '我们采取五个一批措施:\n▲1.', [5, '五个一批措施']],
    ['unquoted formulation with 一: 三个一律:', '我们坚持三个一律:▲一是', [3, '三个一律']],
    ['any measure word: 打好三场硬仗:', '今年要打好三场硬仗:▲第一', [3, '三场硬仗']],
    ['any measure word: 用好两笔资金:', '我们将用好两笔资金:▲第一', [2, '两笔资金']],
    ['a one-character noun: 织密三张网:', '下一步织密三张网:▲一是', [3, '三张网']],
    ['a one-character noun: 把好四道关,', '县里把好四道关,▲一是', [4, '四道关']],
    ['particulars after a comma: 两个提速全面发力,具体是:', '区里围绕两个提速全面发力,具体是:▲一是', [2, '两个提速全面发力']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });

  it.each([
    ['a place: 三个县:', '帮扶覆盖三个乡镇:▲一是'],
    ['a duration: 三个月时间:', '工期有三个月时间:▲一是'],
    ['a percentage point', '比上年提高8个百分点,▲一是'],
    ['bodies: 3个工作组,', '全市配备3个工作组,▲一是'],
    ['people: 两名人员,', '每村配备两个网格员,▲一是'],
    ['not at once: text between', '推进三项改革,效果明显。▲一是'],
    ['a full stop, not a separator', '推进三项改革。▲一是'],
    ['one is no list', '推进一项改革:▲一是'],
    ['a quoted term ending its sentence', '落实“三项改革”。▲一是'],
    ['a quoted term and its head noun ending the sentence', '落实“三项改革”措施。▲一是'],
    ['a rank after the count, not a formulation’s 一: 三个一级站点:', '全县建成三个一级站点:▲一是'],
    ['an order after the count: 两个一线岗位,', '每村设两个一线岗位,▲一是'],
    ['a sum: 3个亿,', '今年投入3个亿,▲一是'],
    ['a one-character place: 三个村:', '试点覆盖三个村:▲一是'],
    ['a one-character duration: 三个月:', '工期只有三个月:▲一是'],
  ])('%s', (_label, input) => {
    expect(announce(input)).toBeNull();
  });
});

describe('[announce] a quoted formulation announces its count whatever predicate stands between its closing quote and the separator', () => {
  it.each([
    ['a verb phrase: “四个优化”持续用力:', '县里将围绕“四个优化”持续用力:▲一是', [4, '四个优化']],
    ['以…为抓手: 以“两个提速”为抓手:', '我们以“两个提速”为抓手:▲一是', [2, '两个提速']],
    ['a verb after: “三个坚持”不松劲:', '全局坚持“三个坚持”不松劲:▲第一', [3, '三个坚持']],
    ['a quoted plain count: 从“四个方面”着力:', '下一步从“四个方面”着力:▲一是', [4, '四个方面']],
    ['a quoted count of measures: “五项举措”抓落实,', '我们围绕“五项举措”抓落实,▲一是', [5, '五项举措']],
    ['particulars: “三个转变”全面推进,具体是:', '区里围绕“三个转变”全面推进,具体是:▲一是', [3, '三个转变']],
    ['particulars: “两个统筹”,主要包括:', '坚持“两个统筹”,主要包括:▲一是', [2, '两个统筹']],
    ['a parenthesis naming the parts: “三个提升”(提质、提效、提速)加力推进:', '围绕“三个提升”(提质、提效、提速)加力推进:▲一是', [3, '三个提升']],
    ['的 and a verb phrase: “四个到位”的要求抓好落实:', '按照“四个到位”的要求抓好落实:▲一是', [4, '四个到位']],
    ['a later count in the predicate counts the list: “六个统筹”办好三件事:', '围绕“六个统筹”办好三件事:▲一是', [3, '三件事']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });

  it.each([
    ['the sentence ends before the list', '围绕“四个优化”持续用力。▲一是'],
    ['a clause between the predicate and the list', '围绕“四个优化”持续用力,成效明显:▲一是'],
    ['a predicate too long to be the term’s own (more than eight characters)', '围绕“四个优化”在全县范围内持续深入地推动:▲一是'],
  ])('%s', (_label, input) => {
    expect(announce(input)).toBeNull();
  });
});

describe('[announce] a count closing its sentence with 。 announces the list that opens the next paragraph, or one it reports', () => {
  it.each([
    ['报告三个数。⏎ (a paragraph after)', '谢谢主任。简要报告三个数。\n▲一是', [3, '三个数']],
    ['三个数字。⏎', '我简要汇报三个数字。\n▲一是', [3, '三个数字']],
    ['三个情况。⏎', '向大家通报三个情况。\n▲第一', [3, '三个情况']],
    ['主要有三个情况。 (有 before the count, same line)', '目前主要有三个情况。▲一是', [3, '三个情况']],
    ['三组数据来回答。⏎ (an instrument: the noun ends before 来回答)', '我用三组数据来回答。\n▲一是', [3, '三组数据']],
    ['三组数据来说明: (colon)', '我想用两组数据来说明:\n▲一是', [2, '两组数据']],
    ['三件实事。⏎', '今年县里办好四件实事。\n▲一是', [4, '四件实事']],
    ['Arabic: 介绍3个情况。⏎', '我介绍3个情况。\n▲1.', [3, '3个情况']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });

  it.each([
    ['no report and the list on the same line', '推进三项改革。▲一是'],
    ['a place closing the sentence', '帮扶覆盖三个乡镇。\n▲一是'],
    ['a duration closing the sentence', '工期只有三个月。\n▲一是'],
    ['a sum closing the sentence', '今年投入3个亿。\n▲一是'],
    ['text between the count and the stop', '我们推进三项改革,效果明显。\n▲一是'],
    ['a question, not a stop', '到底有几个情况?\n▲一是'],
    ['people in groups: 三个工作组', '县里派出三个工作组。\n▲一是'],
  ])('%s', (_label, input) => {
    expect(announce(input)).toBeNull();
  });
});

describe('[announce] headers naming the parts of a numbered formulation said before them (PART+HEAD+方面 after N大HEAD)', () => {
  it.each([
    ['三大保卫战 … 。⏎蓝天保卫战方面', '今年三大保卫战取得阶段性成效。\n▲蓝天保卫战方面,优良天数比例为86.3%。', 3, [3, '三大保卫战']],
    ['with a colon', '全年三大攻坚战进展顺利:\n▲脱贫攻坚战方面,完成任务。', 3, [3, '三大攻坚战']],
    ['四个体系 … 监测体系方面', '县里着力构建四个体系,成效初显。\n▲监测体系方面,新建站点。', 4, [4, '四个体系']],
    ['Arabic, the count unknown', '5大行动全面铺开。\n▲扩绿行动方面,新增绿地。', undefined, [5, '5大行动']],
    ['the head cut by a hard wrap', '我们坚持统筹推进,三大保卫\n战取得阶段性成效。\n▲蓝天保卫战方面,优良。', 3, [3, '三大保卫\n战']],
  ])('%s', (_label, input, items, expected) => {
    const at = input.indexOf('▲');
    const text = input.replace('▲', '');
    const view = normalize(text);
    const a = findAnnouncement(view, at, 0, quoteMask(view), items);
    expect(a ? [a.count, text.slice(a.span[0], a.span[1])] : null).toEqual(expected);
  });

  it.each([
    ['the header does not end with the head', '今年三大保卫战取得阶段性成效。\n▲水环境方面,优良比例提高。', 3],
    ['the header is the head alone (no part named)', '今年三大保卫战取得成效。\n▲保卫战方面,成效明显。', 3],
    ['the list holds another number of items', '今年三大保卫战取得阶段性成效。\n▲蓝天保卫战方面,优良。', 2],
    ['two sentences back is too far', '今年三大保卫战取得成效。感谢关心。\n▲蓝天保卫战方面,优良。', 3],
  ])('%s', (_label, input, items) => {
    const at = input.indexOf('▲');
    const view = normalize(input.replace('▲', ''));
    expect(findAnnouncement(view, at, 0, quoteMask(view), items)).toBeNull();
  });
});

describe('[announce] ordinals naming their items by a term counted before (第一个X ↔ N个X)', () => {
  it.each([
    ['quoted count, the sentence before', '县里围绕“四个优化”开展工作。▲第一个优化是流程,', [4, '四个优化']],
    ['unquoted count with a verb head', '我们坚持两个统筹推进。▲第一个统筹是城乡,', [2, '两个统筹']],
    ['a comma after the term', '落实“三个转变”部署。▲第一个转变,从管理到服务;', [3, '三个转变']],
  ])('%s', (_label, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });

  it.each([
    ['no count of the term before', '县里推进工作。▲第一个优化是流程,'],
    ['the count is an ordinal itself', '县里做好第三个优化。▲第一个优化是流程,'],
    ['another term', '县里围绕“四个优化”开展工作。▲第一个统筹是城乡,'],
  ])('none: %s', (_label, input) => {
    expect(announce(input)).toBeNull();
  });
});

describe('[announce] a party congress by its number (十五–二十九大) announces no count (big-sets.ts isCongressNumeral)', () => {
  it.each([
    ['贯彻十九大战略部署,', '我们将贯彻十九大战略部署,▲一是'],
    ['落实二十大部署要求:', '全面落实二十大部署要求:▲一是'],
    ['按照十八大工作要求 (a noun of the count list after 大)', '按照十八大工作要求,▲一是'],
  ])('%s → none', (_name, input) => {
    expect(announce(input)).toBeNull();
  });
  // Near-misses: 大 sets of other sizes still announce their lists.
  it.each([
    ['打好三大攻坚战:', '打好三大攻坚战:▲一是', [3, '三大攻坚战']],
    ['实施十大工程:', '实施十大工程:▲一是', [10, '十大工程']],
  ])('%s → %j', (_name, input, expected) => {
    expect(announce(input)).toEqual(expected);
  });
});

describe('[announce] a quoted formulation right before a numbered list announces its count', () => {
  /** The announcement before the list at "▲" whose items number `items` (the list is the evidence). */
  function withItems(input: string, items: number): [number | null, string] | null {
    const at = input.indexOf('▲');
    const text = input.replace('▲', '');
    const view = normalize(text);
    const a = findAnnouncement(view, at, 0, quoteMask(view), items);
    return a ? [a.count, text.slice(a.span[0], a.span[1])] : null;
  }
  it.each<[string, string, number, [number, string] | null]>([
    ['“三个全覆盖”。 closing the sentence before', '我们着力抓好“三个全覆盖”。▲一是食品检测全覆盖;二是…;三是…', 3, [3, '三个全覆盖']],
    ['“三个强化”。 and 第一,', '主要做到“三个强化”。▲第一,强化选派', 3, [3, '三个强化']],
    ['“三个全覆盖”。 over a paragraph break', '我们着力抓好“三个全覆盖”。\n▲一是', 3, [3, '三个全覆盖']],
    ['“三看”: a quoted numeral and verb that the markers repeat', '补充耕地质量验收“三看”:▲一看土壤,二看水源,三看配套设施', 3, [3, '三看']],
    ['“三靠”。 the sentence before', '我们坚持“三靠”。▲一靠规划', 3, [3, '三靠']],
    // Near-misses.
    ['“三项制度”。 with a list of two: it does something under the term', '落实行政执法“三项制度”。▲一是…二是…', 2, null],
    ['推进三项改革。 unquoted, a deed done', '推进三项改革。▲一是', 3, null],
    ['“三看”: but the markers do not repeat 看', '验收“三看”:▲一是', 3, null],
    ['“三农”: no verb of the markers', '抓好“三农”:▲一是', 3, null],
  ])('%s', (_label, input, items, expected) => {
    expect(withItems(input, items)).toEqual(expected);
  });

  it('items unknown: “三个全覆盖”。 closing the sentence counts nothing (no evidence)', () => {
    expect(announce('我们着力抓好“三个全覆盖”。▲一是')).toBeNull();
  });
});
