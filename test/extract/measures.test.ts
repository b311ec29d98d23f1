import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import { extractAnswers, joinResumed } from '../../src/extract/measures.js';
import type { Answer, Measure, Turn, TurnRole } from '../../src/model/record.js';
import type { QuestionFrame, TextPair } from '../../src/structure/types.js';

type Part = [role: TurnRole, speaker: string | null, text: string];

/** A question frame whose turns are the given parts, in order, tiling the section. */
export function frame(parts: Part[]): { pair: TextPair; q: QuestionFrame } {
  const text = parts.map((p) => p[2]).join('');
  let at = 0;
  const turns: Turn[] = parts.map(([role, speaker, t]) => {
    const span: [number, number] = [at, (at += t.length)];
    return { role, speaker, text: t, span };
  });
  const q: QuestionFrame = {
    index: 1, label: null, text: '', span: [0, 0], sectionSpan: [0, text.length],
    askers: [], addressees: [], responders: [], turns, followUpOf: null,
  };
  return { pair: { text, view: normalize(text) }, q };
}

function run(parts: Part[]) {
  const { pair, q } = frame(parts);
  return { ...extractAnswers(pair, q), text: pair.text };
}

/** Answers in a compact form: responder, count, marker, item texts (inner lists as "parent > inner"). */
function brief(answers: Answer[]) {
  return answers.map((a) => ({ responder: a.responder, statedCount: a.statedCount, marker: a.marker, measures: a.measures.map((m) => m.text) }));
}

function allMeasures(ms: Measure[]): Measure[] {
  return ms.flatMap((m) => [m, ...allMeasures(m.items)]);
}

const ASK: Part = ['asker', 'p1', '委员问:下一步有何打算?'];

describe('[measures] each marker form gives one answer', () => {
  it.each([
    ['一是 with 从三方面', '将从三方面着手:一是健全机制;二是强化执法;三是补齐短板。', 3, '一是', ['健全机制', '强化执法', '补齐短板']],
    ['第一, with 五项措施', '将采取两项措施:第一,推进签约服务扩面提质;第二,扩大家庭病床服务范围。', 2, '第一', ['推进签约服务扩面提质', '扩大家庭病床服务范围']],
    ['首先/其次/最后', '下一步,首先,坚持分类施策;其次,落实运维责任;最后,强化监测考核。', null, '首先', ['坚持分类施策', '落实运维责任', '强化监测考核']],
    ['其一/其二 with 两件事', '将着重做好两件事:其一,建立管护长效机制;其二,开展“回头看”。', 2, '其一', ['建立管护长效机制', '开展“回头看”']],
    ['（一）', '将从以下三个方面加强监管:（一）拓宽资金渠道;（二）规范资金管理;（三）强化绩效评价。', 3, '（一）', ['拓宽资金渠道', '规范资金管理', '强化绩效评价']],
    ['1. lines', '下一步重点抓好两项工作:\n1.落实党政同责;\n2.强化动态监测。', 2, '1.', ['落实党政同责', '强化动态监测']],
    ['1、 lines', '将重点推进以下工作:\n1、加快灌区改造;\n2、推进产权改革。', null, '1、', ['加快灌区改造', '推进产权改革']],
    ['(1)', '具体是:(1)加快改造;(2)推进改革。', null, '(1)', ['加快改造', '推进改革']],
    ['① lines', '将从两个方面入手:\n①明确管护主体;\n②落实管护经费。', 2, '①', ['明确管护主体', '落实管护经费']],
    ['一、 lines', '下一步:\n一、健全机制。\n二、强化执法。', null, '一、', ['健全机制', '强化执法']],
    ['一个是/另一个是', '主要做两方面的工作:一个是建立成本规制办法;另一个是把补贴和考核挂钩。', 2, '一个是', ['建立成本规制办法', '把补贴和考核挂钩']],
    ['第一是 with 从三个方面', '我们将从三个方面持续用力:第一是加强日常巡查;第二是开展警示宣传;第三是畅通投诉举报渠道。', 3, '第一是', ['加强日常巡查', '开展警示宣传', '畅通投诉举报渠道']],
    ['一方面/另一方面', '下一步,一方面继续保持高压态势;另一方面,引进优质资源进校园。', null, '一方面', ['继续保持高压态势', '引进优质资源进校园']],
    ['首先 after its subject', '今后我们首先要督促落实主体责任;其次,开展专项检查;再次,引入第三方检测;最后,纳入星级评定。', null, '首先', ['要督促落实主体责任', '开展专项检查', '引入第三方检测', '纳入星级评定']],
    ['十一是', '将抓好十一项工作:一是甲事;二是乙事;三是丙事;四是丁事;五是戊事;六是己事;七是庚事;八是辛事;九是壬事;十是癸事;十一是子事。', 11, '一是',
      ['甲事', '乙事', '丙事', '丁事', '戊事', '己事', '庚事', '辛事', '壬事', '癸事', '子事']],
    ['full-width punctuation and Traditional script', '將從兩方面著手：一是健全機制；二是強化執法。', 2, '一是', ['健全機制', '強化執法']],
    ['● bullets with 两个项目', '进度滞后的主要有两个项目:\n●老旧小区改造,完成率38%;\n●托育点建设,已建成4个。', 2, '●', ['老旧小区改造,完成率38%', '托育点建设,已建成4个']],
    ['"- " bullets', '下一步:\n\n- 加快管网改造;\n- 推进水厂提标。', null, '-', ['加快管网改造', '推进水厂提标']],
    ['"- 一是" lines: the ordinal, without the next bullet', '下一步:\n- 一是加快管网改造;\n- 二是推进水厂提标。', null, '一是', ['加快管网改造', '推进水厂提标']],
    ['一抓/二抓/三抓 (an ordinal and one action verb)', '我们重点抓了三项工作:一抓师资培训,培训教师300人次;二抓校舍维修;三抓资助落实。', 3, '一抓', ['师资培训,培训教师300人次', '校舍维修', '资助落实']],
    ['一靠/二靠 after its subject', '经费保障一靠市级拨付;二靠社会捐助。', null, '一靠', ['市级拨付', '社会捐助']],
    ['第一件事是 (spoken)', '我们主要做三件事。第一件事是修缮校舍;第二件事是补充教师;第三件事是提高待遇。', 3, '第一件事是', ['修缮校舍', '补充教师', '提高待遇']],
    ['第一个呢 (a filler)', '主要做两件事。第一个呢,修缮校舍;第二个呢,补充教师。', 2, '第一个呢', ['修缮校舍', '补充教师']],
    ['一个是/再一个是/还有一个是', '下一步呢,一个是修缮校舍,再一个是补充教师,还有一个是提高待遇。', null, '一个是', ['修缮校舍', '补充教师', '提高待遇']],
    ['一个是/第二个是/第三个是', '主要三件事:一个是修缮校舍;第二个是补充教师;第三个是提高待遇。', 3, '一个是', ['修缮校舍', '补充教师', '提高待遇']],
    ['一件是/另一件是', '主要做了两件事,一件是修缮校舍,另一件是补充教师。', 2, '一件是', ['修缮校舍', '补充教师']],
    ['1️⃣ 2️⃣ 3️⃣ lines (keycap digits, a WeChat post\'s numbering)', '下一步重点做好以下工作：\n1️⃣ 优化布局，再新建30家；\n2️⃣ 推行“公建民营”；\n3️⃣ 对入住率低的机构进行评估整合。', null, '1️⃣', ['优化布局，再新建30家', '推行“公建民营”', '对入住率低的机构进行评估整合']],
    ['1️⃣2️⃣ inline after 两项措施', '将采取两项措施：1️⃣修缮校舍；2️⃣补充教师。', 2, '1️⃣', ['修缮校舍', '补充教师']],
    ['⒈ ⒉ ⒊ (digit full stops)', '将采取三项措施:⒈修缮校舍;⒉补充教师;⒊提高待遇。', 3, '⒈', ['修缮校舍', '补充教师', '提高待遇']],
    ['一） 二） (a closing half-bracket)', '将采取两项措施:一）修缮校舍;二）补充教师。', 2, '一）', ['修缮校舍', '补充教师']],
    ['打好三场硬仗: (any measure word)', '今年要打好三场硬仗:第一,治水;第二,治气;第三,治土。', 3, '第一', ['治水', '治气', '治土']],
    ['两个方面共五项工作 over 第一方面: the 方面 count is the list\'s', '重点抓好两个方面共五项工作:第一方面是校舍,一是修缮,二是扩建,三是绿化;第二方面是师资,一是招聘,二是培训。', 2, '第一方面是',
      ['校舍,一是修缮,二是扩建,三是绿化', '师资,一是招聘,二是培训']],
    ['从两个方面推出五项措施。 第一方面', '我们将从两个方面推出五项措施。第一方面是校舍,一是修缮,二是扩建,三是绿化;第二方面是师资,一是招聘,二是培训。', 2, '第一方面是',
      ['校舍,一是修缮,二是扩建,三是绿化', '师资,一是招聘,二是培训']],
  ])('%s', (_label, speech, count, marker, measures) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', speech]]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: count, marker, measures }]);
    expect(warnings).toEqual([]);
  });

  it('header paragraphs announced by a count', () => {
    const { answers } = run([ASK, ['responder', 'p2', '下一步我们重点从三个方面着手。\n线网优化方面,新开线路28条。\n换乘衔接方面,增设接驳站。\n智慧出行方面,上线查询系统。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 3, marker: 'X方面', measures: ['线网优化方面,新开线路28条', '换乘衔接方面,增设接驳站', '智慧出行方面,上线查询系统'] }]);
    expect(answers[0].measures.map((m) => m.marker)).toEqual(['线网优化方面', '换乘衔接方面', '智慧出行方面']);
  });

  it.each([
    ['lead words left out', '下一步将重点从加强队伍建设、完善工作机制、强化科技支撑等三个方面推进。', ['加强队伍建设', '完善工作机制', '强化科技支撑']],
    ['Arabic count', '围绕源头治理、过程监管等2个方面发力。', ['源头治理', '过程监管']],
  ])('、-series announced by 等N个方面: %s', (_label, speech, measures) => {
    const { answers, text } = run([ASK, ['responder', 'p2', speech]]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: measures.length, marker: null, measures }]);
    expect(text.slice(...answers[0].statedCountSpan!)).toMatch(/^等.+方面$/);
  });

  it.each([
    ['即 after the count, the last part joined by 和', '县政府将建立四项机制,即联席会议机制、动态巡查机制、考核问责机制和补偿激励机制。', '四项机制', ['联席会议机制', '动态巡查机制', '考核问责机制', '补偿激励机制']],
    ['a colon after the count, the last part joined by 及', '重点实施三大工程:管网改造工程、水源保护工程及智慧水务工程;同时加强监管。', '三大工程', ['管网改造工程', '水源保护工程', '智慧水务工程']],
    ['the clause goes on after the parts', '县政府将建立四项机制,即联席会议机制、动态巡查机制、考核问责机制和补偿激励机制,确保耕地不减少。', '四项机制', ['联席会议机制', '动态巡查机制', '考核问责机制', '补偿激励机制']],
    ['分别是, all parts joined by 、', '我们建立了3项制度,分别是首问负责制度、限时办结制度、责任追究制度。', '3项制度', ['首问负责制度', '限时办结制度', '责任追究制度']],
    ['parallel clauses opening with 要', '下一步,我们将重点抓好三项工作:要扩建污水管网;要提高出水标准;要落实运维经费。', '三项工作', ['要扩建污水管网', '要提高出水标准', '要落实运维经费']],
    ['parallel clauses opening with light verbs', '我们将重点做好三方面工作:加强队伍建设;推进信息共享;落实考核奖惩。', '三方面工作', ['加强队伍建设', '推进信息共享', '落实考核奖惩']],
    ['parallel sentences, one each', '区政府将抓好两件事:扩大托位供给,新增托位800个。规范收费标准。', '两件事', ['扩大托位供给,新增托位800个', '规范收费标准']],
    ['clauses sharing a lead', '今年推出四项举措:聚焦源头减量;聚焦分类投放;聚焦收运处置;聚焦资源利用。', '四项举措', ['聚焦源头减量', '聚焦分类投放', '聚焦收运处置', '聚焦资源利用']],
    ['a formulation whose parts each end with its term', '全镇要做到四个达标:水质达标、水量达标、水压达标、服务达标,年底前验收。', '四个达标', ['水质达标', '水量达标', '水压达标', '服务达标']],
    ['a formulation whose parts each begin with its term', '下一步推行两个统一:统一配送、统一结算。', '两个统一', ['统一配送', '统一结算']],
    ['a quoted formulation, then 的要求', '我们按照“三个到户”的要求:政策到户、资金到户、服务到户。', '三个到户', ['政策到户', '资金到户', '服务到户']],
    ['a formulation with its term quoted alone', '今后要做到两个“确保”:确保资金安全、确保工程质量。', '两个“确保”', ['确保资金安全', '确保工程质量']],
    ['a formulation of one-character head 不, each part opening with it', '坚持“四个不”:不漏报、不错报、不迟报、不空报。', '四个不', ['不漏报', '不错报', '不迟报', '不空报']],
  ])('、-series announced before its parts: %s', (_label, speech, counted, measures) => {
    const { answers, text } = run([ASK, ['responder', 'p2', speech]]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: measures.length, marker: null, measures }]);
    expect(text.slice(...answers[0].statedCountSpan!)).toBe(counted);
  });

  it.each([
    ['parts differ from the count (等 = and others)', '围绕养老、医疗、教育、就业等三个方面开展调研。'],
    ['parts differ from a count announced before them', '建立了四项机制,即联席会议机制、动态巡查机制。'],
    ['a count with no noun of measures', '新建了三个站点,即东站、西站和南站。'],
    ['one-character parts', '加强市、县等两个方面的统筹。'],
    ['parallel clauses fewer than the count', '重点抓好三项工作:要扩建污水管网;要提高出水标准。'],
    ['parallel clauses more than the count', '重点抓好两项工作:要扩建污水管网;要提高出水标准;要落实运维经费。'],
    ['clauses not in parallel form', '重点抓好三项工作:污水管网已经扩建;出水标准有待提高;运维经费还有缺口。'],
    ['a count of problems before parallel clauses', '主要存在三个问题:落实不到位;推进不平衡;保障不充分。'],
    ['a count without a colon', '重点抓好三项工作。要扩建污水管网;要提高出水标准;要落实运维经费。'],
    ['inside quotes', '提出“抓队伍、强机制等两个方面”的口号。'],
    ['places counted, each part repeating the head', '覆盖三个社区:东湖社区、西湖社区、南湖社区。'],
    ['a formulation whose parts do not all repeat its term', '做到三个统一:标准一致、收费统一、管理统一。'],
    ['clauses set off by , one more than the count holding the head', '坚持“两个确保”:确保资金安全,确保工程质量,确保按期完工。'],
  ])('no 、-series: %s', (_label, speech) => {
    expect(run([ASK, ['responder', 'p2', speech]]).answers).toEqual([]);
  });

  it('a list inside quoted speech', () => {
    const { answers } = run([ASK, ['responder', 'p2', '乔美玲回答:“下一步,我们将从4个方面推动‘观光游’转型:一是丰富夜间消费业态;二是培育精品民宿集群。”']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 4, marker: '一是', measures: ['丰富夜间消费业态', '培育精品民宿集群'] }]);
  });

  it.each([
    ['a quotation split around its attribution (三项措施 in the first part)',
      '吴晓燕坦言,农村养老确实是短板。“我们将采取三项措施,”吴晓燕说,“一是推动敬老院转型,二是开展集中照护,三是探索互助养老模式。”',
      3, '一是', ['推动敬老院转型', '开展集中照护', '探索互助养老模式']],
    ['补充两点。 then 第一/第二', '补充两点。第一,我们已建成城市防汛指挥平台;第二,组建应急抢险队伍12支。', 2, '第一', ['我们已建成城市防汛指挥平台', '组建应急抢险队伍12支']],
    ['讲三点意见: then 一是', '我讲三点意见:一是压实责任;二是完善机制;三是强化考核。', 3, '一是', ['压实责任', '完善机制', '强化考核']],
    ['说几点。 (no number)', '我再说几点。首先,摸清底数;其次,集中整治。', null, '首先', ['摸清底数', '集中整治']],
    ['分三步走: then 第一步', '我们分三步走:第一步,摸清底数;第二步,集中整治;第三步,巩固提升。', 3, '第一步', ['摸清底数', '集中整治', '巩固提升']],
    ['a figure in the sentence before is no count (12个工作站)', '全市已建成12个工作站。下一步,我们将:一是扩大覆盖;二是提升服务。', null, '一是', ['扩大覆盖', '提升服务']],
    ['a change in points is no count (提高了两点)', '满意度提高了两点。第一,扩大覆盖;第二,提升服务。', null, '第一', ['扩大覆盖', '提升服务']],
    ['8个百分点 is no count', '合格率提高了8个百分点。一是扩大覆盖;二是提升服务。', null, '一是', ['扩大覆盖', '提升服务']],
    ['两点半 is a time', '会议两点半开始。第一,扩大覆盖;第二,提升服务。', null, '第一', ['扩大覆盖', '提升服务']],
    ['a target figure between the count and the list', '我们将采取三项措施,确保年内完成2个试点工作:一是加强领导;二是完善机制;三是强化考核。', 3, '一是', ['加强领导', '完善机制', '强化考核']],
    ['a list split by its attribution: the attribution belongs to no item', '“我们将采取两项措施:一是推动转型,”吴晓燕说,“二是开展集中照护。”', 2, '一是', ['推动转型', '开展集中照护']],
    ['a list opening a quotation, split after its first item', '“一是推动转型,”吴晓燕说,“二是开展集中照护,三是探索互助。”', null, '一是', ['推动转型', '开展集中照护', '探索互助']],
    ['the closing quote mark of the speech is no part of the last item', '他说:“主要有两点:\n一是推动转型;\n二是落实“三项制度”。”', 2, '一是', ['推动转型', '落实“三项制度”']],
    // A sequence word never continues a list that already holds the items its announcement counts…
    ['三项工作: 一是…三是, then 最后 closing the speech', '我们将抓好三项工作:一是疏浚河道;二是加固堤防;三是建设泵闸。最后,这项工作我们一定按期完成。', 3, '一是', ['疏浚河道', '加固堤防', '建设泵闸']],
    ['两件事: 第一, 第二, then 最后', '重点办好两件事:第一,建立台账;第二,落实专班。最后,年底前我们会书面报告进展。', 2, '第一', ['建立台账', '落实专班']],
    ['两条: 其一, 其二, then 然后', '主要有两条:其一,调整补助标准;其二,简化审批流程。然后,我们会逐户回访。', 2, '其一', ['调整补助标准', '简化审批流程']],
    // …but may complete one that does not yet.
    // 第N条 / 第N项 / 第N招 runs, and a bare 条 / 项 / 招 as their count.
    ['抓三条。 then 第一条 lines', '我们着力抓三条。\n第一条,提高待遇。\n第二条,畅通评聘渠道。\n第三条,加强培训。', 3, '第一条', ['提高待遇', '畅通评聘渠道', '加强培训']],
    ['三条 inline with ;', '我们着力抓三条。第一条,提高待遇;第二条,畅通评聘渠道;第三条,加强培训。', 3, '第一条', ['提高待遇', '畅通评聘渠道', '加强培训']],
    ['三项措施 then 第一项:', '我们采取三项措施。\n第一项:扩大供给。\n第二项:完善补贴。\n第三项:培育人才。', 3, '第一项', ['扩大供给', '完善补贴', '培育人才']],
    ['出了两招: then 第一招', '我们出了两招:第一招,降门槛;第二招,给补贴。', 2, '第一招', ['降门槛', '给补贴']],
    ['抓三条: then 一是', '我们着力抓三条:一是提高待遇;二是畅通渠道;三是加强培训。', 3, '一是', ['提高待遇', '畅通渠道', '加强培训']],
    ['三项工作: 一是, 二是, then 最后 as the third', '我们将抓好三项工作:一是疏浚河道;二是加固堤防;最后,建设泵闸。', 3, '一是', ['疏浚河道', '加固堤防', '建设泵闸']],
  ])('stated count: %s', (_label, speech, count, marker, measures) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', speech]]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: count, marker, measures }]);
    expect(warnings).toEqual([]);
  });

  it('header paragraphs introduced by a colon', () => {
    const { answers } = run([ASK, ['responder', 'p2', '采取以下措施:管案方面,建立网上办案系统。管人方面,落实司法责任制。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: 'X方面', measures: ['管案方面,建立网上办案系统', '管人方面,落实司法责任制'] }]);
  });
});

describe('[measures] negatives: no answer', () => {
  it.each([
    ['统一是', '实现成效与满意度的统一是关键,二是不能忽视。'],
    ['lone 一是 with no 二是', '问题很多,一是要认真对待,不能回避。'],
    ['首先介绍 alone', '徐广满在回应时首先介绍了基本情况。'],
    ['第一时间 / 第一批', '第一时间处置,推动第一批事项落地,第二批随后。'],
    ['一是一、二是二', '坚持实事求是,一是一、二是二,不遮掩问题。'],
    ['markers inside quotes', '提出“一是抓落实,二是促整改”的要求。'],
    ['一、 inside a date', '2025年一、二月完成排查,三、四月整改。'],
    ['unannounced X上 analysis', '客观上,我市经济体量大;主观上,作风不实。'],
    ['unannounced X方面 status', '首先介绍了基本情况。“应进必进”方面,增加大厅面积。“一门办理”方面,整合窗口。'],
    ['problems with no markers', '主要存在四方面问题:落实不足;作风偏差;举措未落地;能力不足。'],
    ['a marked list of problems', '当前主要存在三个方面问题:一是投入不足;二是人才短缺;三是机制不顺。'],
    ['a marked list of causes', '满意度偏低的原因主要是:一是作风不实;二是宣传不足。'],
    ['measures with no markers', '进一步提升办案质效。聚焦民生保障。同时强化自身建设。'],
    ['articles of a document: 第一条规定', '我们出台了《实施意见》,共十条,第一条规定提高待遇,第二条规定加强培训。'],
    ['articles after a document name', '依照《实施意见》第一条,提高待遇;第二条,加强培训。'],
  ])('%s', (_label, speech) => {
    expect(run([ASK, ['responder', 'p2', speech]]).answers).toEqual([]);
  });

  it('problems first, then measures: only the measures are an answer', () => {
    const { answers } = run([ASK, ['responder', 'p2', '当前还存在一些问题:一是投入不足;二是人才短缺。针对存在的问题,将采取以下措施:一是加大投入;二是引进人才。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '一是', measures: ['加大投入', '引进人才'] }]);
  });

  it('a list in the asker turn belongs to the question', () => {
    const { answers } = run([
      ['asker', 'p1', '张云娅询问了两个方面的问题:一是如何回应需求?二是如何规范执法?'],
      ['responder', 'p2', '朱树锋回应称,将持续采取措施整治:一是提升队伍素质;二是推进文明执法。'],
    ]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '一是', measures: ['提升队伍素质', '推进文明执法'] }]);
  });

  it('a list in a narration turn is nobody’s answer', () => {
    expect(run([['narration', null, '会议要求:一是抓落实;二是促整改。'], ASK]).answers).toEqual([]);
  });
});

describe('[measures] courtesy frames: a 首先 of thanks and a 最后 of thanks or a pledge are no items', () => {
  it.each([
    ['首先 thanks, a counted list, 最后 a pledge', '首先,感谢邬委员对农村公路的关心。我们下一步重点做好两项工作:一是修建通村公路;二是完善养护机制。最后,我表个态,一定按期完成任务。',
      [{ responder: 'p2', statedCount: 2, marker: '一是', measures: ['修建通村公路', '完善养护机制'] }]],
    ['the same in paragraphs, 最后 thanks again', '首先,感谢邬委员对农村公路的关心。\n\n我们下一步重点做好两项工作:一是修建通村公路;二是完善养护机制。\n\n最后,再次感谢各位委员的监督。',
      [{ responder: 'p2', statedCount: 2, marker: '一是', measures: ['修建通村公路', '完善养护机制'] }]],
    ['a 第一 list inside the frame', '首先感谢邬委员的提问。我们下一步重点做好两项工作:第一,修建通村公路;第二,完善养护机制。最后,我表个态,一定按期完成任务。',
      [{ responder: 'p2', statedCount: 2, marker: '第一', measures: ['修建通村公路', '完善养护机制'] }]],
    ['首先 thanks, then 其次 an account: no list', '首先,感谢邬委员的关心。其次,我简要介绍一下情况,全县共有农村公路800公里。', []],
  ])('%s', (_label, speech, want) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', speech]]);
    expect(brief(answers)).toEqual(want);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] items: extent and nesting', () => {
  it('single-sentence items: the last item ends at its sentence', () => {
    const { answers } = run([ASK, ['responder', 'p2', '将从四方面着手:一是健全机制;二是严防风险;三是强化执法;四是补齐短板。在溯源管理方面,当前体系统一。']]);
    expect(answers[0].measures.map((m) => m.text)).toEqual(['健全机制', '严防风险', '强化执法', '补齐短板']);
  });

  it('multi-sentence items: the last item runs to the end of its paragraph', () => {
    const { answers } = run([ASK, ['responder', 'p2', '一是抓实机制创新。推动资源整合。二是抓实民意监测。成立监测中心。开展大走访。\n李某表示,将持续努力。']]);
    expect(answers[0].measures.map((m) => m.text)).toEqual(['抓实机制创新。推动资源整合', '抓实民意监测。成立监测中心。开展大走访']);
  });

  it('a last item whose paragraph ends in a colon goes on to the next paragraph', () => {
    const { answers } = run([ASK, ['responder', 'p2', '一是加强领导。\n二是完善机制:\n(一)建立台账;(二)定期通报。\n李某表示,将持续努力。']]);
    expect(answers[0].measures[1].items.map((m) => m.text)).toEqual(['建立台账', '定期通报']);
    expect(answers[0].measures[1].text).toBe('完善机制:\n(一)建立台账;(二)定期通报');
  });

  it('a colon and ;-clauses with the same lead verb become inner items', () => {
    const { answers } = run([ASK, ['responder', 'p2', '一是提高站位,多办实事。二是以“三个聚焦”推动提升:聚焦本质安全,深化扫黑除恶;聚焦法治建设,落实决策评估;聚焦为民服务,优化法律服务。三是抓实测评工作。']]);
    const item2 = answers[0].measures[1];
    expect(item2.items.map((m) => m.text)).toEqual(['聚焦本质安全,深化扫黑除恶', '聚焦法治建设,落实决策评估', '聚焦为民服务,优化法律服务']);
    expect(item2.items.map((m) => [m.index, m.marker])).toEqual([[1, null], [2, null], [3, null]]);
    expect(item2.text.startsWith('以“三个聚焦”推动提升:聚焦本质安全')).toBe(true);
  });

  it.each([
    ['one clause per sentence', '一是完善机制:聚焦安全,深化整治。聚焦法治,落实评估。同时,加强宣传。二是补齐短板。', ['聚焦安全,深化整治', '聚焦法治,落实评估']],
    ['a mixed first sentence is no list', '一是完善机制:强化领导;聚焦法治。聚焦安全。二是补齐短板。', []],
  ])('inner clauses over sentences: %s', (_label, speech, inner) => {
    expect(run([ASK, ['responder', 'p2', speech]]).answers[0].measures[0].items.map((m) => m.text)).toEqual(inner);
  });

  it('clauses without a shared lead are no inner list', () => {
    const { answers } = run([ASK, ['responder', 'p2', '一是查找原因:落实不足;作风偏差。二是整改。']]);
    expect(answers[0].measures[0].items).toEqual([]);
  });

  it('header clauses inside an item become inner items', () => {
    const { answers } = run([ASK, ['responder', 'p2', '从三方面回应:一是抓实机制创新。推动整合。二是抓实打击防范。打造格局。专业打击上,建专业化团队。防范治理上,构建防控体系。协同共治上,推动互融互通。三是抓实民意监测。成立中心。']]);
    expect(answers[0].measures.map((m) => m.text.slice(0, 6))).toEqual(['抓实机制创新', '抓实打击防范', '抓实民意监测']);
    expect(answers[0].measures[1].items.map((m) => m.text)).toEqual(['专业打击上,建专业化团队', '防范治理上,构建防控体系', '协同共治上,推动互融互通']);
  });

  it('an ordinal inner list of another family inside an item', () => {
    const { answers } = run([ASK, ['responder', 'p2', '一是完善制度:(一)建立台账;(二)定期通报。二是强化考核。']]);
    expect(answers).toHaveLength(1);
    expect(answers[0].measures[0].items.map((m) => [m.marker, m.text])).toEqual([['(一)', '建立台账'], ['(二)', '定期通报']]);
  });

  it('group headers over two ordinal lists: the lists are the answers, the count split over them', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2',
      '将从能力素质、审判管理两方面构建5个机制,提升质效。能力素质上,一是建立培训机制;二是建立交流机制;三是建立帮带机制。审判管理上,一是构建分流机制;二是构建提速机制。构建“管案、管人”两大体系。管案方面,建立办案系统。管人方面,落实责任制。']]);
    expect(brief(answers)).toEqual([
      { responder: 'p2', statedCount: 5, marker: '一是', measures: ['建立培训机制', '建立交流机制', '建立帮带机制'] },
      { responder: 'p2', statedCount: null, marker: '一是', measures: ['构建分流机制', '构建提速机制'] },
      { responder: 'p2', statedCount: 2, marker: 'X方面', measures: ['管案方面,建立办案系统', '管人方面,落实责任制'] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('a 方面 count before group headers counts the groups, not the first list', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '将从能力素质、审判管理两方面着手。能力素质上,一是建立培训机制;二是建立交流机制;三是建立帮带机制。审判管理上,一是构建分流机制;二是构建提速机制。']]);
    expect(answers.map((a) => [a.statedCount, a.measures.length])).toEqual([[null, 3], [null, 2]]);
    expect(warnings).toEqual([]);
  });

  it('spans slice to the text at every level; answer spans run from the first marker to the last item', () => {
    const { answers, text } = run([ASK, ['responder', 'p2', '将从两方面着手：一是以“两个聚焦”推动提升：聚焦安全，深化整治；聚焦法治，落实评估。二是补齐短板。']]);
    const a = answers[0];
    for (const m of allMeasures(a.measures)) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(text.slice(a.span[0], a.span[0] + 2)).toBe('一是');
    expect(a.span[1]).toBe(a.measures[1].span[1]);
    expect(text.slice(a.statedCountSpan![0], a.statedCountSpan![1])).toBe(a.statedCountText);
    expect(a.statedCountText).toBe('从两方面');
  });
});

describe('[measures] speakers', () => {
  it('speakers change mid-line: each list goes to the responder speaking', () => {
    const { answers } = run([
      ASK,
      ['responder', 'p2', '海建才表示,将扭转局面。一是提高站位;二是抓实测评。'],
      ['responder', 'p3', '市法院代理院长邓玲说,将采取三项措施:一是坚持理念;二是落实为民;三是补齐短板。'],
      ['responder', 'p4', '马伟表示,进一步提升办案质效。'],
    ]);
    expect(brief(answers)).toEqual([
      { responder: 'p2', statedCount: null, marker: '一是', measures: ['提高站位', '抓实测评'] },
      { responder: 'p3', statedCount: 3, marker: '一是', measures: ['坚持理念', '落实为民', '补齐短板'] },
    ]);
  });

  it('a list crossing two turns of the same speaker stays one list', () => {
    const { answers } = run([ASK, ['responder', 'p2', '将从两方面着手:\n'], ['responder', 'p2', '一是健全机制;\n'], ['responder', 'p2', '二是强化执法。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 2, marker: '一是', measures: ['健全机制', '强化执法'] }]);
  });

  it('a second list does not take its count from the last item of the first', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '一是健全机制;二是完善三项制度。另外,一是落实责任;二是加强考核。']]);
    expect(answers.map((a) => a.statedCount)).toEqual([null, null]);
    expect(warnings).toEqual([]);
  });

  it('an announcement in the asker turn is not the responder’s count', () => {
    const { answers } = run([['asker', 'p1', '询问三方面问题。'], ['responder', 'p2', '一是健全机制;二是强化执法。']]);
    expect(answers[0].statedCount).toBeNull();
  });
});

describe('[measures] lists of difficulties, problems and criteria are no answers; the measures list after them is', () => {
  it.each([
    ['难在三个方面', '“加梯难”主要难在三个方面:一是住户意见难统一;二是管线迁移费用高;三是维保责任不清。下一步,我们将:一是建立协商机制;二是落实补贴。', [['建立协商机制', '落实补贴']]],
    ['问题主要有', '目前问题主要有:一是资金不足;二是人手短缺。', []],
    ['判断…,一是要看', '判断防控成效,一是要看病株率,二是要看复种面积。', []],
    ['标准是…,第一是要快', '惠企政策唯一的标准是企业满意,第一是要快,第二是要准。我们采取三条措施:一是简化流程;二是限时办结;三是跟踪问效。', [['简化流程', '限时办结', '跟踪问效']]],
    ['下一步,我们将: stays', '下一步,我们将:一是建立协商机制;二是落实补贴。', [['建立协商机制', '落实补贴']]],
  ])('%s', (_label, said, expected) => {
    const { answers } = run([ASK, ['responder', 'p2', said]]);
    expect(answers.map((a) => a.measures.map((m) => m.text))).toEqual(expected);
  });

  it('the count of the difficulties is not the measures list’s', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '主要难在三个方面:一是意见难统一;二是费用高;三是责任不清。下一步,我们将:一是建立协商机制;二是落实补贴。']]);
    expect(answers.map((a) => [a.statedCount, a.measures.length])).toEqual([[null, 2]]);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] a formulation defined (即…, 指的是…, one-clause parts right after it) is no list: its parts are its own', () => {
  it.each([
    ['the parts repeat the term (两个一批)', '我们实施“两个一批”,即帮扶车间吸纳一批、公益性岗位安置一批,目前成效明显。'],
    ['the parts do not (三个一)', '严格落实“三个一”工作要求,即一月一排查、一季一研判、一年一评估。'],
    ['unquoted, 即 and the last part joined by 和', '要落实三个不缺位,即监管不缺位、服务不缺位和保障不缺位。'],
    ['clauses set off by , right after the term', '坚持“两个确保”:确保方案论证不走过场,确保旁站监理全程在岗。'],
    ['deficiencies after 即 (三个不)', '关于“三个不”,即不知道、不落实、不重视,我们已逐一整改。'],
    ['指的是', '“三个不到位”指的是思想认识不到位、责任落实不到位、工作措施不到位。'],
    ['parts that do not number N list nothing either', '严格落实“三个一”工作要求,即一月一排查、一年一评估。'],
    ['no 即: no list', '我们坚持“四个不摘”,健全监测机制、帮扶机制。'],
  ])('%s', (_label, said) => {
    const { answers } = run([ASK, ['responder', 'p2', said]]);
    expect(answers).toEqual([]);
  });

  it.each([
    ['a 一是 list of actions after the definition stays measures', '我们落实“三个不”,即不知道、不落实、不重视。下一步:一是加强培训;二是严格考核。', [null, ['加强培训', '严格考核']]],
    ['clauses after a verb are acted on (推进:)', '我们围绕“3个聚焦”推进:聚焦能源结构调整,聚焦产业绿色转型,聚焦重点领域节能。', [3, ['聚焦能源结构调整', '聚焦产业绿色转型', '聚焦重点领域节能']]],
    ['a set of institutions after 即 stays a list (四项机制)', '县政府将建立四项机制,即联席会议机制、动态巡查机制、考核问责机制和补偿激励机制。', [4, ['联席会议机制', '动态巡查机制', '考核问责机制', '补偿激励机制']]],
  ])('%s', (_label, said, expected) => {
    const { answers } = run([ASK, ['responder', 'p2', said]]);
    expect(answers.map((a) => [a.statedCount, a.measures.map((m) => m.text)])).toEqual([expected]);
  });
});

describe('[measures] stated-count-mismatch', () => {
  it('fewer items than announced', () => {
    const { warnings, text } = run([ASK, ['responder', 'p2', '将从三方面着手:一是健全机制;二是强化执法。']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('stated-count-mismatch');
    expect(warnings[0].message).toMatch(/3/);
    expect(warnings[0].message).toMatch(/2/);
    expect(text.slice(warnings[0].span![0], warnings[0].span![1])).toBe('从三方面');
  });

  it('a split that does not add up', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '构建8个机制。甲上,一是建甲机制;二是建乙机制。乙上,一是建丙机制;二是建丁机制。']]);
    expect(answers.map((a) => a.statedCount)).toEqual([8, null]);
    expect(warnings.map((w) => w.code)).toEqual(['stated-count-mismatch']);
    expect(warnings[0].message).toMatch(/2 \+ 2/);
  });

  it('a list opened as a new one (此外,在X方面:) is not counted in: 5 vs 3', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '从五个方面推进:一是截污;二是清淤;三是补水。\n\n此外,在养殖污染治理方面:\n\n一是划定禁养区;二是治理粪污。']]);
    expect(answers.map((a) => [a.statedCount, a.measures.length])).toEqual([[5, 3], [null, 2]]);
    expect(warnings.map((w) => w.code)).toEqual(['stated-count-mismatch']);
    expect(warnings[0].message).toMatch(/announces 5 items but the list has 3$/);
  });

  it('a bare 同时 before the next list goes on counting: 5 = 3 + 2', () => {
    const { warnings } = run([ASK, ['responder', 'p2', '从五个方面推进:一是截污;二是清淤;三是补水。同时,一是划定禁养区;二是治理粪污。']]);
    expect(warnings).toEqual([]);
  });

  it('a count before a colon and no list at all: N vs 0', () => {
    const { answers, warnings, text } = run([ASK, ['responder', 'p2', '我们将采取三项措施:⒀修缮校舍;⒁补充教师。谢谢。']]);
    expect(answers).toEqual([]);
    expect(warnings.map((w) => [w.code, text.slice(w.span![0], w.span![1])])).toEqual([['stated-count-mismatch', '三项措施']]);
    expect(warnings[0].message).toMatch(/3 items but the list has 0/);
  });

  it('no N vs 0 warning for an asker’s count, nor for a count whose list follows on the next paragraph', () => {
    expect(run([['asker', 'p1', '我想问两个问题:学校怎么建?教师怎么配?'], ['responder', 'p2', '谢谢。']]).warnings).toEqual([]);
    expect(run([ASK, ['responder', 'p2', '重点做好两项工作:\n\n一是修缮校舍;\n\n二是补充教师。']]).warnings).toEqual([]);
  });

  it('no warning when the count matches or no number is given', () => {
    expect(run([ASK, ['responder', 'p2', '将从以下几个方面推进:一是甲;二是乙;三是丙。']]).warnings).toEqual([]);
  });
});

describe('[measures] a marker with no text where the turn ends is no measure', () => {
  it.each<[string, string, string[], number | null, string[]]>([
    ['三是 at the end, three announced', '我们将采取三项措施：一是按人次补贴；二是奖励优秀站点；三是', ['按人次补贴', '奖励优秀站点'], 3, ['stated-count-mismatch']],
    ['第三 at the end, a space after it', '主要做好三件事：第一，建台账；第二，抓督办；第三，', ['建台账', '抓督办'], 3, ['stated-count-mismatch']],
    ['（三） at the end, no count announced', '下一步：（一）完善规划；（二）加大投入；（三）', ['完善规划', '加大投入'], null, []],
    ['the last item has text: kept', '采取三项措施：一是补贴；二是奖励；三是考核', ['补贴', '奖励', '考核'], 3, []],
  ])('%s', (_name, answer, measures, stated, codes) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', answer]]);
    expect(brief(answers).map((a) => [a.measures, a.statedCount])).toEqual([[measures, stated]]);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });

  it.each<[string, string, string[]]>([
    ['the speaker\'s own label set again after an empty 三是', '县交通局局长 石振宇：做好三件事：一是养护；二是监管；三是\n县交通局局长 石振宇：另外，明年新建桥梁5座。', ['养护', '监管']],
    ['…after an item with text, the label on an indented line', '县交通局局长 石振宇：做好三件事：一是养护；二是监管；三是考核\n　县交通局局长 石振宇：另外新建桥梁5座。', ['养护', '监管', '考核']],
  ])('a label is never an item\'s text: %s', (_name, answer, measures) => {
    const { answers } = run([ASK, ['responder', 'p2', answer]]);
    expect(brief(answers).map((a) => a.measures)).toEqual([measures]);
  });

  it('…nor before the next speaker takes the floor', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '采取三项措施：一是补贴；二是奖励；三是\n'], ['asker', 'p3', '委员问：农村怎么办？']]);
    expect(brief(answers).map((a) => a.measures)).toEqual([['补贴', '奖励']]);
    expect(warnings.map((w) => w.code)).toEqual(['stated-count-mismatch']);
  });
});

/** Text compared as the gold scorer does: punctuation and spaces out, widths folded, first 6 characters. */
const key = (s: string) => s.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').slice(0, 6);

describe('[measures] the seed, end to end through the layout reader', () => {
  const text = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');
  const pair = { text, view: normalize(text) };
  const structure = buildStructure(pair);
  const names = new Map(structure.people.map((p) => [p.id, p.name]));
  const results = structure.questions.map((q) => extractAnswers(pair, q));
  const answers = results.flatMap((r, i) => r.answers.map((a) => ({ q: i + 1, a })));

  // From the hand-checked annotation: question, responder, stated count, measure prefixes, inner lists.
  const expected: [number, string, number | null, string[], [number, string[]][]][] = [
    [1, "海建才", null, ["提高政治站位","以六个聚焦推","抓实测评工作"], [[2,["聚焦本质安全","聚焦法治建设","聚焦为民服务","聚焦问题整改","聚焦宣传引导","聚焦督导考评"]]]],
    [1, "邓玲", null, ["坚持正确理念","落实司法为民","提升司法保障","补齐短板参与","打造过硬队伍"], []],
    [2, "海建才", 3, ["提升科学民主","推进严格规范","强化行政权力"], []],
    [3, "杨开宇", 5, ["坚持党的领导","强化科技赋能","完善机制构建","加强队伍建设","培育典型与打"], []],
    [4, "杨开宇", 3, ["加强请示汇报","深化联动机制","多措并举加强"], []],
    [5, "余波", 4, ["健全协同监管","严防校园食品","强化监管执法","补齐监管能力"], []],
    [5, "余波", 5, ["完善发现机制","聚焦重点领域","加强部门联合","分类处置问题","强化宣传与信"], []],
    [6, "朱树锋", null, ["提升队伍素质","全面推进严格","持续推进审慎","严格落实相关"], []],
    [7, "胡建东", 3, ["抓实机制创新","抓实打击防范","抓实民意监测"], [[2,["专业打击上","防范治理上","协同共治上"]]]],
    [8, "余中平", 4, ["优化服务供给","强化政治引领","突出行业特点","紧盯问题短板"], []],
    [9, "高红丽", 5, ["树牢善意文明","健全繁简分流","强化与公安联","加强失信人员","持续打击拒执"], []],
    [10, "徐广满", 5, ["推进一门办理","增强服务支撑","推进高效办成","提升服务质量","加强跟踪问效"], []],
    [11, "余中平", 3, ["坚持系统思维","落实闭环管理","坚持强基导向"], []],
    [12, "骆建才", 8, ["建立精准教育","建立法官双向","建立专业法官","建立青年干警","建立人才定向"], []],
    [12, "骆建才", null, ["构建前端分流","构建中端提速","构建后端增效"], []],
    [12, "骆建才", 3, ["管案方面建立","管人方面落实","管事方面常态"], []],
  ];

  it('finds every answer block and no other', () => {
    expect(answers.map(({ q, a }) => [q, names.get(a.responder ?? '')])).toEqual(expected.map(([q, who]) => [q, who]));
  });

  it.each(expected.map((row, i) => [i + 1, ...row] as const))('block %i (question %i, %s)', (i, _q, _who, count, measures, nested) => {
    const { a } = answers[i - 1];
    expect(a.statedCount).toBe(count);
    expect(a.measures.map((m) => key(m.text))).toEqual(measures);
    // The annotation gives inner items as their lead phrase (up to the first ","); the record keeps the whole clause.
    for (const [parent, items] of nested) expect(a.measures[parent - 1].items.map((m, k) => key(m.text).slice(0, items[k]?.length))).toEqual(items);
    for (const m of a.measures.flatMap((m) => [m, ...m.items])) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('gives no stated-count-mismatch: Q12 announces 8 mechanisms over two lists of 5 and 3', () => {
    expect(results.flatMap((r) => r.warnings)).toEqual([]);
  });
});

describe('[measures] invariants over arbitrary stretches of the seed', () => {
  const seed = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');

  it('never throws; spans slice to text, nest inside their parents and follow each other', () => {
    fc.assert(fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.nat(400), (a, b, cut) => {
      const [s, e] = a <= b ? [a, b] : [b, a];
      const body = seed.slice(s, e);
      const split = Math.min(cut, body.length);
      const { answers, warnings, text } = run([['asker', 'p1', body.slice(0, split)], ['responder', 'p2', body.slice(split)]]);
      const check = (ms: Measure[], outer: [number, number]) => {
        let at = outer[0];
        ms.forEach((m, k) => {
          expect(m.index).toBe(k + 1);
          expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
          expect(m.span[0]).toBeGreaterThanOrEqual(at);
          expect(m.span[1]).toBeLessThanOrEqual(outer[1]);
          at = m.span[1];
          check(m.items, m.span);
        });
      };
      for (const ans of answers) {
        expect(ans.span[0]).toBeGreaterThanOrEqual(split); // never in the asker's part
        expect(ans.measures.length).toBeGreaterThanOrEqual(2);
        check(ans.measures, ans.span);
      }
      for (const w of warnings) expect(w.span![1]).toBeLessThanOrEqual(text.length);
    }), { numRuns: 300 });
  });

  it('reads a long transcript in reasonable time', () => {
    const big = Array.from({ length: 40 }, () => seed).join('\n');
    const t0 = Date.now();
    const { answers } = run([['responder', 'p2', big]]);
    expect(answers.length).toBeGreaterThan(40 * 10);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('[measures] a figure table set into an answer: the list goes on after it', () => {
  it.each<[string, Part[], number | null, string[][]]>([
    ['a Markdown table between (三) and (四), as a narration turn', [ASK,
      ['responder', 'p2', '我们采取了四条措施。（一）疏浚河道。（二）加固堤防。（三）建设泵闸。\n\n'],
      ['narration', null, '| 指标 | 2024年 |\n| 清淤量 | 8万方 |\n\n'],
      ['responder', 'p2', '（四）完善预警，全年发布预警42次。']], 4, [['疏浚河道', '加固堤防', '建设泵闸', '完善预警，全年发布预警42次']]],
    ['a caption and TAB rows inside the turn', [ASK,
      ['responder', 'p2', '我们采取了四条措施。（一）疏浚河道。（二）加固堤防。（三）建设泵闸。\n\n表2　主要指标\n指标\t2024年\n清淤量\t8万方\n\n（四）完善预警。']],
      4, [['疏浚河道', '加固堤防', '建设泵闸', '完善预警']]],
    ['a caption with spaced cells', [ASK,
      ['responder', 'p2', '我们采取了四条措施。（一）疏浚河道。（二）加固堤防。（三）建设泵闸。\n\n表2　主要指标\n指标　2024年\n清淤量　8万方\n\n（四）完善预警。']],
      4, [['疏浚河道', '加固堤防', '建设泵闸', '完善预警']]],
    ['a cross-reference paragraph', [ASK,
      ['responder', 'p2', '我们采取了三条措施：一是疏浚河道；二是加固堤防，新建堤防12公里。\n\n（见表3）\n\n三是建设泵闸。']],
      3, [['疏浚河道', '加固堤防，新建堤防12公里', '建设泵闸']]],
    ['a new answer after the table', [ASK,
      ['responder', 'p2', '我们采取了两条措施：一是疏浚河道；二是加固堤防。\n\n'],
      ['narration', null, '指标\t2023年\t2024年\n清淤量\t6万方\t8万方\n\n'],
      ['responder', 'p2', '下一步，我们将做好两项工作：一是建设泵闸；二是完善预警。']], 2, [['疏浚河道', '加固堤防'], ['建设泵闸', '完善预警']]],
  ])('%s', (_label, parts, count, measures) => {
    const { answers, warnings } = run(parts);
    expect(answers.map((a) => a.measures.map((m) => m.text))).toEqual(measures);
    expect(answers[0].statedCount).toBe(count);
    expect(warnings).toEqual([]);
  });

  it('a reporter’s line between is no insert, but the responder resumes the open list after it', () => {
    const { answers } = run([ASK,
      ['responder', 'p2', '我们采取了四条措施。（一）疏浚河道。（二）加固堤防。（三）建设泵闸。\n\n'],
      ['narration', null, '此外，委员们还就河道保洁提出建议。\n\n'],
      ['responder', 'p2', '（四）完善预警。']]);
    expect(answers.map((a) => a.measures.map((m) => m.text))).toEqual([['疏浚河道', '加固堤防', '建设泵闸', '完善预警']]);
  });
});

describe('[measures] a hard wrap inside a marker or an item (a PDF copy)', () => {
  it.each<[string, string, number | null, string[], string[]]>([
    ['二⏎是', '下一步重点做好三项工作：一是新建泵站3座，今年完工；二\n是疏浚河道；三是加固堤防。谢谢。', 3, ['一是', '二是', '三是'], ['新建泵站3座，今年完工', '疏浚河道', '加固堤防']],
    ['（二⏎）', '下一步重点做好三项工作：（一）新建泵站3座，今年完工；（二\n）疏浚河道；（三）加固堤防。谢谢。', 3, ['（一）', '（二）', '（三）'], ['新建泵站3座，今年完工', '疏浚河道', '加固堤防']],
    ['一⏎是', '下一步重点做好三项工作：一\n是新建泵站3座，今年完工；二是疏浚河道；三是加固堤防。谢谢。', 3, ['一是', '二是', '三是'], ['新建泵站3座，今年完工', '疏浚河道', '加固堤防']],
    ['a wrap in the last item’s clause, then thanks', '下一步重点做好三项工作：一是新建泵站3座，今年完工；二是疏浚河道；三是加固堤防，年底前完成\n险工险段除险加固。谢谢。', 3, ['一是', '二是', '三是'],
      ['新建泵站3座，今年完工', '疏浚河道', '加固堤防，年底前完成\n险工险段除险加固']],
    ['a wrap in an item’s text, then thanks', '下一步重点做好三项工作：一是新建泵站3座，今年新建排\n涝泵站；二是疏浚河道；三是加固堤防。谢谢。', 3, ['一是', '二是', '三是'],
      ['新建泵站3座，今年新建排\n涝泵站', '疏浚河道', '加固堤防']],
  ])('%s', (_label, words, count, markers, texts) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', words]]);
    expect(answers).toHaveLength(1);
    expect(answers[0].statedCount).toBe(count);
    expect(answers[0].measures.map((m) => m.marker)).toEqual(markers);
    expect(answers[0].measures.map((m) => m.text)).toEqual(texts);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] a list resumed after a follow-up question is recorded', () => {
  it('the next marker in a follow-up’s answer is handed on, to go on with the list left open before', () => {
    const { answers, resumed } = run([['asker', 'p1', '委员问:人才怎么留住?'],
      ['responder', 'p2', '主要是发放入职补贴，每人一次性补贴2万元。三是完善保障制度，年底前出台办法。']]);
    expect(answers).toEqual([]);
    expect(resumed.map((r) => [r.responder, r.family, r.ordinal, r.measures.map((m) => m.text)])).toEqual([['p2', 'shi', 3, ['完善保障制度，年底前出台办法']]]);
  });
  it('joinResumed appends it to the open list of the same responder and drops the count warning', () => {
    const first = run([ASK, ['responder', 'p2', '将采取三项措施：一是改造管网120公里；二是新建水厂2座。']]);
    const later = run([['narration', null, ' '.repeat(80)], ['asker', 'p1', '委员问:水厂何时建成?'], ['responder', 'p2', '明年6月建成。三是建立水质月检制度。']]); // (offsets past the first)
    const warnings = [...first.warnings];
    expect(warnings.map((w) => w.code)).toEqual(['stated-count-mismatch']);
    expect(joinResumed(later.resumed[0], first.open, warnings)).toBe(true);
    expect(first.answers[0].measures.map((m) => [m.index, m.marker])).toEqual([[1, '一是'], [2, '二是'], [3, '三是']]);
    expect(warnings).toEqual([]);
  });
  it('joinResumed keeps a count warning that still does not match, with the length of the list as resumed', () => {
    const first = run([ASK, ['responder', 'p2', '这个问题我讲三点：第一，改造管网120公里；第二，新建水厂2座；']]);
    const later = run([['narration', null, ' '.repeat(80)], ['asker', 'p1', '委员问:水厂何时建成?'], ['responder', 'p2', '明年6月建成。我接着说。第三，建立水质月检制度；第四，推行智能水表。']]); // (offsets past the first)
    const warnings = [...first.warnings];
    expect(warnings.map((w) => w.message)).toEqual(['“三点” announces 3 items but the list has 2']);
    expect(joinResumed(later.resumed[0], first.open, warnings)).toBe(true);
    expect(first.answers[0].measures.map((m) => m.marker)).toEqual(['第一', '第二', '第三', '第四']);
    expect(warnings.map((w) => [w.code, w.message, first.text.slice(w.span![0], w.span![1])])).toEqual([['stated-count-mismatch', '“三点” announces 3 items but the list has 4', '三点']]);
  });
  it.each<[string, string]>([
    ['another responder’s list', 'p3'],
  ])('joinResumed leaves %s alone', (_label, other) => {
    const first = run([ASK, ['responder', other, '将采取三项措施：一是改造管网120公里；二是新建水厂2座。']]);
    const later = run([['narration', null, ' '.repeat(80)], ['asker', 'p1', '委员问:水厂何时建成?'], ['responder', 'p2', '明年6月建成。三是建立水质月检制度。']]); // (offsets past the first)
    expect(joinResumed(later.resumed[0], first.open, [])).toBe(false);
  });
  it('joinResumed leaves a list that holds its announced count alone', () => {
    const first = run([ASK, ['responder', 'p2', '将采取两项措施：一是改造管网120公里；二是新建水厂2座。']]);
    const later = run([['narration', null, ' '.repeat(80)], ['asker', 'p1', '委员问:水厂何时建成?'], ['responder', 'p2', '明年6月建成。三是建立水质月检制度。']]); // (offsets past the first)
    expect(joinResumed(later.resumed[0], first.open, [])).toBe(false);
  });
  it('within one question: the list goes on past a photo caption', () => {
    const { answers, warnings } = run([ASK,
      ['responder', 'p2', '我们将采取三项措施：一是改造管网120公里；二是新建水厂2座。\n\n'],
      ['narration', null, '▲图为县水务局局长回答询问\n\n'],
      ['responder', 'p2', '三是建立水质月检制度。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 3, marker: '一是', measures: ['改造管网120公里', '新建水厂2座', '建立水质月检制度'] }]);
    expect(warnings).toEqual([]);
  });
  it('within one question: after the member’s interjection', () => {
    const { answers } = run([ASK,
      ['responder', 'p2', '我们将采取三项措施：一是改造管网120公里；二是新建水厂2座。\n'],
      ['asker', 'p1', '水厂什么时候建成？\n'],
      ['responder', 'p2', '明年6月建成。三是建立水质月检制度。']]);
    expect(brief(answers).map((a) => a.measures)).toEqual([['改造管网120公里', '新建水厂2座', '建立水质月检制度']]);
  });
});

describe('[measures] emphasis marks around the markers of a Markdown 纪要', () => {
  it.each<[string, string, number | null, string, string[]]>([
    ['**第一项**， after 两项措施', '我们采取两项措施：**第一项**，新建污水管网；**第二项**，改造提升泵站。', 2, '第一项', ['新建污水管网', '改造提升泵站']],
    ['**其一：** (colon inside the bold)', '我讲两点。**其一：**打通异地结算；**其二：**扩大定点药店。', 2, '其一', ['打通异地结算', '扩大定点药店']],
    ['- **第一步**， bullets', '考虑分两步走：\n\n- **第一步**，摸清存量；\n- **第二步**，分批处置。', 2, '第一步', ['摸清存量', '分批处置']],
  ])('%s', (_label, answer, stated, marker, texts) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', answer]]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: stated, marker, measures: texts }]);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] emphasis marks never stand at the edges of a measure text (spans slice the source: a closing mark inside stays)', () => {
  it.each<[string, string, string[]]>([
    ['1. **head**, words after (the closing mark stays inside)', '我们采取两项措施：\n1. **更新管网**，年底前完成改造；\n2. **新建水厂**，明年6月投用。',
      ['更新管网**，年底前完成改造', '新建水厂**，明年6月投用']],
    ['**第一，head。** words after', '我们从两个方面推进。\n**第一，清理存量。**年内销号200件。\n**第二，严控增量。**新增项目一律备案。',
      ['清理存量。**年内销号200件', '严控增量。**新增项目一律备案']],
    ['the head alone in bold after 一是', '我们采取三项措施。一是**完善水源保护**；二是**加强水质检测**；三是**配足检测设备**。',
      ['完善水源保护', '加强水质检测', '配足检测设备']],
    ['the whole item in bold, marker inside', '我们采取两项措施：**一是完善水源保护；**二是**加强水质检测。**',
      ['完善水源保护', '加强水质检测']],
    ['bold （一） items', '采取两项措施：**（一）完善水源保护**；**（二）加强水质检测**。', ['完善水源保护', '加强水质检测']],
    ['__ and * emphasis', '主要有两个渠道：\n1. __争取上级资金__；\n2. *引入社会资本*。', ['争取上级资金', '引入社会资本']],
  ])('%s', (_label, answer, texts) => {
    const { answers } = run([ASK, ['responder', 'p2', `${answer}\n**委员**：好。`]]);
    const ms = answers.flatMap((a) => allMeasures(a.measures));
    expect(ms.map((m) => m.text)).toEqual(texts);
    for (const m of ms) expect(m.text).not.toMatch(/^[*_]|[*_]$/u);
  });
});

describe('[measures] a count announcing an inner list is the inner list\'s', () => {
  it.each<[string, string, string[], string[]]>([
    ['nested in its item', '一是建立台账；二是完善机制，主要有两项措施：（一）每周调度；（二）每月通报。三是强化考核。', ['建立台账', '完善机制，主要有两项措施：（一）每周调度；（二）每月通报', '强化考核'], ['每周调度', '每月通报']],
    ['after the list, pointing back (其中，第二方面又包括两点：)', '我们将抓好三方面工作：一是清理欠薪；二是规范用工；三是强化执法。其中，第二方面又包括两点：其一，推行电子合同；其二，建立用工台账。',
      ['清理欠薪', '规范用工', '强化执法'], ['推行电子合同', '建立用工台账']],
  ])('%s: one answer, no N vs 0 warning', (_label, answer, texts, inner) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', answer]]);
    expect(answers.map((a) => a.measures.map((m) => m.text))).toEqual([texts]);
    expect(answers[0].measures[1].items.map((m) => m.text)).toEqual(inner);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] spoken lists: 一来/二来 after a measure head, 第一步/第二步 nested in an item', () => {
  it('一来/二来/三来 after 办法 gives the measures', () => {
    const { answers } = run([ASK, ['responder', 'p2', '谢谢。我们的办法，一来新建两座泵站，年内完工；二来更换老旧管网，今年完成20公里；三来配足抢修车辆。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '一来', measures: ['新建两座泵站，年内完工', '更换老旧管网，今年完成20公里', '配足抢修车辆'] }]);
  });
  it('一来是/二来是 giving reasons is no answer', () => {
    expect(run([ASK, ['responder', 'p2', '停水的原因主要有两个：一来是用水集中；二来是水源不足。']]).answers).toEqual([]);
  });
  it('第一步/第二步 straight before their words, inside 一是: items of that measure', () => {
    const { answers } = run([ASK, ['responder', 'p2', '下一步主要做两件事：一是新建污水厂，这里面又分两步，第一步完成环评，第二步10月开工；二是改造雨污管网。']]);
    expect(answers.map((a) => a.measures.map((m) => [m.marker, m.items.map((x) => `${x.marker} ${x.text}`)]))).toEqual([[['一是', ['第一步 完成环评', '第二步 10月开工']], ['二是', []]]]);
  });
});

describe('[measures] a marker resumed as the object of a lead-in, in the same turn', () => {
  it.each<[string, string, string[]]>([
    ['下面说第三', '这个问题我讲三点。第一，加快建设；第二，完善机制。下面说第三，强化考核。', ['加快建设', '完善机制', '强化考核']],
    ['我再讲第三点', '我讲三点。第一点，扩建食堂；第二点，增加餐位，我再讲第三点，延长供餐时间。', ['扩建食堂', '增加餐位', '延长供餐时间']],
  ])('%s: one list, the lead-in in no item', (_label, answer, texts) => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', answer]]);
    expect(answers.map((a) => a.measures.map((m) => m.text))).toEqual([texts]);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] marker grammar: a first 第N after its subject, 一手抓 pairs, replies to sub-questions', () => {
  it('我们第一是…第二是…第三是: three measures, the first kept', () => {
    const { answers } = run([ASK, ['responder', 'p2', '资金缺口约3.2亿元。我们第一是争取中央预算内资金和专项债券，第二是落实燃气企业出资责任，第三是探索用户合理分担。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '第一是', measures: ['争取中央预算内资金和专项债券', '落实燃气企业出资责任', '探索用户合理分担'] }]);
  });
  it('一手抓…；一手抓…: two measures', () => {
    const { answers } = run([ASK, ['responder', 'p2', '我们坚持两手抓。一手抓源头治理，全面落实工资专户；一手抓执法查处，今年立案查处欠薪案件73件。']]);
    expect(answers.map((a) => [a.marker, a.measures.map((m) => `${m.marker} ${m.text}`)])).toEqual([['一手抓', ['一手抓 源头治理，全面落实工资专户', '一手抓 执法查处，今年立案查处欠薪案件73件']]]);
  });
  it('第一个问题,…第二个问题,… answers sub-questions: no measures; the action list after them is the answer', () => {
    const { answers } = run([['asker', 'p1', '委员问:我想问三个问题。第一，浓度为什么上升？第二，查处了多少起？第三，赔偿落实得怎样？'],
      ['responder', 'p2', '第一个问题，今年平均浓度为36微克/立方米，同比上升2.9%。第二个问题，今年共查处造假案件9起。第三个问题，全市办理赔偿案件21件。下一步，我们将做好以下几项工作：一是实施攻坚行动；二是开展全覆盖执法检查；三是完善赔偿磋商机制。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '一是', measures: ['实施攻坚行动', '开展全覆盖执法检查', '完善赔偿磋商机制'] }]);
  });
  it('a sub-list after the last item under 其中…方面： is that item\'s', () => {
    const { answers } = run([ASK, ['responder', 'p2', '我们着力抓好三个全覆盖。一是明厨亮灶全覆盖；二是校长陪餐全覆盖；三是食材溯源全覆盖。其中食材溯源方面：\n（1）建立统一配送平台；\n（2）抽检食材样品1860批次；\n（3）实行黑名单管理。']]);
    expect(answers).toHaveLength(1);
    expect(answers[0].measures.map((m) => [m.text, m.items.map((x) => x.marker)])).toEqual([['明厨亮灶全覆盖', []], ['校长陪餐全覆盖', []], ['食材溯源全覆盖', ['（1）', '（2）', '（3）']]]);
  });
});

describe('[measures] headed lines after an announcement, no ordinal markers (lead-lists.ts)', () => {
  it('以下措施 and paragraphs opening with a heading: one answer, marker null', () => {
    const { answers } = run([ASK, ['responder', 'p2', '对此,我们将采取以下措施。\n\n加快水源工程建设。今年开工水库6座。\n\n实施供水管网延伸。依托水厂延伸管网。\n\n完善应急供水机制。配备送水车辆。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: null, measures: ['加快水源工程建设。今年开工水库6座', '实施供水管网延伸。依托水厂延伸管网', '完善应急供水机制。配备送水车辆'] }]);
  });

  it('a stated count the headed lines do not meet: stated-count-mismatch, 3 vs 2', () => {
    const { answers, warnings, text } = run([ASK, ['responder', 'p2', '我们将采取以下三项措施。\n\n加快水源工程建设。今年开工水库6座。\n\n实施供水管网延伸。依托水厂延伸管网。']]);
    expect(answers.map((a) => [a.statedCount, a.measures.length])).toEqual([[3, 2]]);
    expect(warnings.map((w) => [w.code, text.slice(w.span![0], w.span![1])])).toEqual([['stated-count-mismatch', '三项措施']]);
  });

  it('a stated count with no headed lines after it: stated-count-mismatch, 3 vs 0', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '我们将采取以下三项措施。\n\n今年以来各县都有进展,群众比较满意。']]);
    expect(answers).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['stated-count-mismatch']);
  });

  it('“三个强化”: and three segments opening with 强化: three measures, count 3', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '下一步,我们重点抓好“三个强化”:\n强化智能监控,年底前全覆盖;\n强化专项整治,查处举报线索;\n强化队伍建设,争取编制。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 3, marker: null, measures: ['强化智能监控,年底前全覆盖', '强化专项整治,查处举报线索', '强化队伍建设,争取编制'] }]);
    expect(warnings).toEqual([]);
  });

  it('the asker’s headed lines after 以下问题 are no answer', () => {
    const { answers } = run([['asker', 'p1', '我想提出以下问题。\n\n加快水源建设。进度为什么慢?\n\n完善应急机制。何时到位?'], ['responder', 'p2', '谢谢委员。我们会认真研究。']]);
    expect(answers).toEqual([]);
  });

  it('a marked list after the announcement is read as before, not as headed lines', () => {
    const { answers } = run([ASK, ['responder', 'p2', '我们将采取以下措施。\n\n一是加快水源工程建设。今年开工。\n\n二是实施供水管网延伸。延伸管网。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: null, marker: '一是', measures: ['加快水源工程建设。今年开工', '实施供水管网延伸。延伸管网'] }]);
  });

  it('首先, 同时, 最后 paragraphs: three measures, the middle one marked 同时', () => {
    const { answers, warnings } = run([ASK, ['responder', 'p2', '我们主要从三个方面推进。\n首先,完善收运网络。\n同时,推行定时定点投放。\n最后,建立考核机制。']]);
    expect(brief(answers)).toEqual([{ responder: 'p2', statedCount: 3, marker: '首先', measures: ['完善收运网络', '推行定时定点投放', '建立考核机制'] }]);
    expect(answers[0].measures.map((m) => m.marker)).toEqual(['首先', '同时', '最后']);
    expect(warnings).toEqual([]);
  });
});

describe('[measures] one-clause parts after a verb of doing are measures, after a stance they define (s23)', () => {
  it.each([
    ['抓好', '我们重点抓好“三个确保”:确保政策应享尽享,确保办税便捷高效,确保服务精准到位。', [[3, 3]]],
    ['做到', '我们将做到“三个严格”:严格执行轮换计划审批,严格出入库检验,严格实行库存抽查。', [[3, 3]]],
    ['坚持: a definition', '我们坚持“两个确保”:确保粮食安全,确保不发生规模性返贫。', []],
  ])('%s', (_label, said, expected) => {
    const { answers } = run([ASK, ['responder', 'p2', said]]);
    expect(answers.map((a) => [a.statedCount, a.measures.length])).toEqual(expected);
  });
});
