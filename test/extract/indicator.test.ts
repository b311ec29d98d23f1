import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../src/extract/indicator.js';
import { normalize } from '../../src/source/normalize.js';
import type { QuantityKind } from '../../src/model/record.js';
import { fakeSegmenter } from './fake-segmenter.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** Each quantity of `text` (as written) with its indicator, segmented by jieba with the project's dictionaries. */
const realIndicators = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] }).map((q) => [q.text, q.indicator]);

/** `figure` is the quantity as written inside `text` (first occurrence). */
function indicator(text: string, figure: string, kind: QuantityKind) {
  const start = text.indexOf(figure);
  return findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, fakeSegmenter);
}

describe('[indicator] the noun phrase naming what is measured', () => {
  it.each<[string, string, QuantityKind, string | null]>([
    ['防范治理上,构建防控治理中心体系,矛盾纠纷化解率97.78%。', '97.78%', 'percent', '矛盾纠纷化解率'],
    ['依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室、11台无人机,结合', '11台', 'count', '无人机'],
    ['依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室、11台无人机,结合', '3个', 'count', '快检快测实验室'],
    ['完成生命防护工程591公里,实现', '591公里', 'quantity', '生命防护工程'],
    ['实现12家三级医院警务室全覆盖', '12家', 'count', '三级医院警务室'],
    ['规范全市353家相关经营主体', '353家', 'count', '相关经营主体'],
    ['以6名全国、全省检察机关人才库人员为引领', '6名', 'count', '全国、全省检察机关人才库人员'],
    ['网上巡查收集500余条民情,分类督办', '500余条', 'count', '民情'],
    ['全市事项平均进驻率89.32%(较去年', '89.32%', 'percent', '事项平均进驻率'],
    ['推进16件群众身边实事,聚焦', '16件', 'count', '群众身边实事'],
    ['依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室', '1个', 'count', '公益诉讼指挥中心'],
    ['选派21名法官参与', '21名', 'count', '法官'],
    ['仍有9个,分别', '9个', 'count', null],
    ['全市老年人口达86.5万人', '86.5万人', 'count', '老年人口'],
    ['今年以来全市矛盾纠纷化解率达96.50%', '96.50%', 'percent', '矛盾纠纷化解率'],
    ['截至目前全县农村生活污水治理率达到41%', '41%', 'percent', '农村生活污水治理率'],
    ['覆盖率达到100%', '100%', 'percent', '覆盖率'],
    ['一是新建养老中心15个,改造', '15个', 'count', '养老中心'],
    ['增加政务服务大厅面积,从2021年1.5万平方米增至2.74万平方米', '1.5万平方米', 'quantity', '政务服务大厅面积'],
    ['增加政务服务大厅面积,从2021年1.5万平方米增至2.74万平方米', '2.74万平方米', 'quantity', '政务服务大厅面积'],
    ['提升专业能力,律师年培训不少于40学时', '不少于40学时', 'quantity', '培训'],
    ['推动10项事项落地及48项已实施事项。', '48项', 'count', '已实施事项'],
    ['从2021年起', '2021年', 'year', null],
    ['借12345等平台', '12345', 'other', null],
    ['(较去年提高8个百分点)', '8个百分点', 'percentage_point', null],
    // the league counted before a rank ends before the rank
    ['在全省11个设区市中排名第5位', '11个', 'count', '设区市'],
    ['位列全国35个大中城市第8名', '35个', 'count', '大中城市'],
    ['在全区12个旗县中位居第2位', '12个', 'count', '旗县'],
    ['选派3名第一书记,', '3名', 'count', '第一书记'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    expect(indicator(text, figure, kind)).toBe(want);
  });

  it('is sliced from the decoded text, not from the view', () => {
    const text = '矛盾糾紛化解率97.78%';
    expect(indicator(text, '97.78%', 'percent')).toBe('矛盾糾紛化解率');
  });

  it('works without tags (one token per character): the clause before the figure', () => {
    const chars = {
      cut: (s: string) => [...s].map((c, k) => ({ text: c, span: [k, k + 1] as [number, number] })),
      tag: (s: string) => [...s].map((c, k) => ({ text: c, span: [k, k + 1] as [number, number] })),
      keywords: () => [],
      withWords() { return this; },
    };
    const text = '防控体系,矛盾纠纷化解率97.78%。';
    const start = text.indexOf('97');
    expect(findIndicator({ text, view: text }, start, start + 6, 'percent', chars)).toBe('矛盾纠纷化解率');
  });
});

describe('[indicator] with the real segmenter (nodejieba, dict/)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    ['防范治理上,构建防控治理中心体系,矛盾纠纷化解率97.78%。', '97.78%', 'percent', '矛盾纠纷化解率'],
    ['依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室、11台无人机,结合', '11台', 'count', '无人机'],
    ['协同共治上,完成生命防护工程591公里,实现12家三级医院警务室全覆盖', '591公里', 'quantity', '生命防护工程'],
    ['协同共治上,完成生命防护工程591公里,实现12家三级医院警务室全覆盖', '12家', 'count', '三级医院警务室'],
    ['规范全市353家相关经营主体。', '353家', 'count', '相关经营主体'],
    // the predicate between the phrase and its figure is cut: 为, 仅为, 已压缩至, 由…的, 同比增长, 再压缩
    ['全市财政收入同比增长8.2%', '8.2%', 'percent', '财政收入'],
    ['全县农村自来水普及率由2020年的76%提高到目前的93%', '76%', 'percent', '农村自来水普及率'],
    ['每千名老年人拥有养老床位数仅为31张', '31张', 'count', '养老床位数'],
    ['企业开办时间已压缩至1个工作日', '1个工作日', 'quantity', '企业开办时间'],
    ['全市工程建设项目审批平均用时已压缩至68个工作日', '68个工作日', 'quantity', '工程建设项目审批平均用时'],
    ['力争年内审批时间再压缩10%以上', '10%以上', 'percent', '审批时间'],
    ['力争三年内覆盖率提高到90%以上', '90%以上', 'percent', '覆盖率'],
    ['户籍人口出生率环比下降1.2个百分点', '1.2个百分点', 'percentage_point', '户籍人口出生率'],
    // a change whose own clause is only the comparison measures the subject of the figure before it
    ['全市投入养老服务资金5.8亿元,同比增长15.2%', '15.2%', 'percent', '养老服务资金'],
    ['县财政安排饮水工程维修养护资金520万元,较上年增加120万元,增长30%', '30%', 'percent', '饮水工程维修养护资金'],
    ['全市财政收入86亿元,比上年下降4.5%', '4.5%', 'percent', '财政收入'],
    ['同比增长15.2%', '15.2%', 'percent', null],
    ['新建公园12个,同比增长15.2%', '15.2%', 'percent', '公园'],
    // …past a share of a reference between them: 年度目标/全年任务 is the share's denominator, not what changed
    ['税收收入完成6.2亿元,完成全年任务的76%,增长3.1%', '3.1%', 'percent', '税收收入'],
    ['全市财政收入86亿元,占年度预算的91%,同比增长4.2%', '4.2%', 'percent', '财政收入'],
    ['全市财政收入86亿元,达到年度预算的91%,比上年下降1.5%', '1.5%', 'percent', '财政收入'],
    ['完成年度目标的83%,同比增长5%', '5%', 'percent', null],
    // a conversion's 约合 / 折合 links like 约: no indicator of the converted figure, nor of the change after it
    ['新增耕地面积800公顷,约合1.2万亩,增长8%', '8%', 'percent', null],
    ['新增耕地面积800公顷,折合1.2万亩,增长8%', '8%', 'percent', null],
    ['平均出警时间为8分钟', '8分钟', 'quantity', '平均出警时间'],
    ['今年区级财政安排防汛资金5000万元', '5000万元', 'money', '防汛资金'],
    // a noun after a count, not a predicate: 45张|还有差距
    ['距离规划目标45张还有差距', '45张', 'count', '规划目标'],
    ['城镇登记失业率控制在3.5%以内', '3.5%以内', 'percent', '城镇登记失业率'],
    ['全市森林覆盖率保持在68%', '68%', 'percent', '森林覆盖率'],
    ['农村人口占比为35%', '35%', 'percent', '农村人口占比'],
    ['全市共建成5G基站1.2万个', '1.2万个', 'count', '5G基站'],
    ['实施精准帮扶,惠及2300户', '2300户', 'count', null],
    // the tagger glues or leaves predicate words at the end of the phrase: 率为, 共有, 仍有, 可达
    ['2022年全市公共交通出行分担率为31.6%', '31.6%', 'percent', '公共交通出行分担率'],
    ['目前全区入网餐饮商家共有3160家', '3160家', 'count', '餐饮商家'],
    ['但臭氧超标天数仍有19天', '19天', 'quantity', '臭氧超标天数'],
    ['首次认定的奖励可达20万元', '20万元', 'money', '奖励'],
    ['完成养老护理员职业技能培训1500人次', '1500人次', 'count', '养老护理员职业技能培训'],
    ['全年医保基金支出38.6亿元', '38.6亿元', 'money', '医保基金支出'],
    ['课后服务覆盖率已达100%', '100%', 'percent', '课后服务覆盖率'],
    ['人均每月发放600元至1200元', '1200元', 'money', null],
    // not 工作日 (the unit of the figure before); both ends of the change 由A压缩至B measure the subject before 由 (t46 #7)
    ['办理时限由20个工作日压缩至5个工作日', '5个工作日', 'quantity', '办理时限'],
    // after a count, a verb of attention or a predicate opens the rest of the sentence
    ['4名市人大常委会组成人员围绕社区养老服务提问', '4名', 'count', '市人大常委会组成人员'],
    ['今年选择30个社区试点建设综合服务中心', '30个', 'count', '社区试点'],
    ['近年来,我县农村生活污水治理率由2021年的18%提升到目前的41%', '18%', 'percent', '农村生活污水治理率'],
    ['本区森林覆盖率达到68%', '68%', 'percent', '森林覆盖率'],
    // a noun the tagger reads as a numeral (点/m) is still part of the phrase
    ['去年汛期主城区出现积水点47处', '47处', 'count', '积水点'],
    // an age bounds the people written after it
    ['全市60岁以上老年人口达86.5万人', '60岁以上', 'quantity', '老年人'],
    ['为6岁以下儿童免费接种疫苗', '6岁以下', 'quantity', '儿童'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a negating or qualifying prefix the tagger cut off stays in the phrase (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string]>([
    // 不|合格率 is not 合格率: the negation reverses what is measured
    ['抽检不合格率下降0.8个百分点', '0.8个百分点', 'percentage_point', '不合格率'],
    ['食品抽检不合格率为1.2%', '1.2%', 'percent', '食品抽检不合格率'],
    ['全市未达标率降至3%', '3%', 'percent', '未达标率'],
    ['无责任事故率达到99%', '99%', 'percent', '无责任事故率'],
    ['不见面审批率达到80%', '80%', 'percent', '不见面审批率'],
    ['不合格产品数量减少15批次', '15批次', 'count', '不合格产品数量'],
    ['全市未脱贫人口3000人', '3000人', 'count', '未脱贫人口'],
    ['水质不达标断面3个', '3个', 'count', '水质不达标断面'],
    ['发现不到位问题35个', '35个', 'count', '不到位问题'],
    ['未整改问题还有8个', '8个', 'count', '未整改问题'],
    ['非户籍人口达50万人', '50万人', 'count', '非户籍人口'],
    ['群众不满意率下降到2%', '2%', 'percent', '群众不满意率'],
    // a verb opened by a negating prefix names a kind of case or holder, no predicate
    ['非诉案件执行率达到95%', '95%', 'percent', '非诉案件执行率'],
    ['排查无证经营户120户', '120户', 'count', '无证经营户'],
    ['未结案件数为35件', '35件', 'count', '未结案件数'],
    ['不良贷款率为1.5%', '1.5%', 'percent', '不良贷款率'],
    ['未成年人犯罪率下降12%', '12%', 'percent', '未成年人犯罪率'],
    // after a count the negated phrase is what is counted
    ['排查出12家不达标企业', '12家', 'count', '不达标企业'],
    ['帮扶5户零就业家庭', '5户', 'count', '零就业家庭'],
    // a word of manner before a rate names how the process is done
    ['不动产登记按时办结率达100%', '100%', 'percent', '不动产登记按时办结率'],
    ['一次性通过率达到95%', '95%', 'percent', '一次性通过率'],
    ['不动产登记一次办结率达到98%', '98%', 'percent', '不动产登记一次办结率'],
    ['矛盾纠纷及时处置率达到98%', '98%', 'percent', '矛盾纠纷及时处置率'],
    ['刑事案件按期结案率为97%', '97%', 'percent', '刑事案件按期结案率'],
    ['行政审批当场办结率达85%', '85%', 'percent', '行政审批当场办结率'],
    // phrases that were already whole stay whole
    ['空气质量优良天数比率达到88.5%', '88.5%', 'percent', '空气质量优良天数比率'],
    ['城镇调查失业率控制在5.5%以内', '5.5%以内', 'percent', '城镇调查失业率'],
    ['非法集资案件发案数下降20%', '20%', 'percent', '非法集资案件发案数'],
    // the share and the adverb before the figure are the predicate, not the phrase
    ['农村集体经济薄弱村占比降至10%', '10%', 'percent', '农村集体经济薄弱村占比'],
    ['群众满意率也达到95%', '95%', 'percent', '群众满意率'],
    ['合格率都在98%以上', '98%以上', 'percent', '合格率'],
    ['不断提高覆盖率达到90%', '90%', 'percent', '覆盖率'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });

  it.each<[string, string, QuantityKind, string]>([
    // 零 right after a numeral is a digit of it, not a prefix
    ['服刑三年零二个月', '二个月', 'quantity', '零'],
    // a negated comparison is the predicate before the figure, no prefix of it
    ['明确收费标准不超过每生每学期300元', '300元', 'money', '不超过'],
  ])('%s [%s]: the indicator holds no %s', (text, figure, kind, not) => {
    const start = text.indexOf(figure);
    const got = findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba);
    expect(got ?? '').not.toContain(not);
  });
});

describe('[indicator] Latin names, time words and bare morphemes (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // a Latin word is a noun (GDP/eng), and a Latin code with digits is a name, no figure
    ['全市GDP达到二千三百亿元', '二千三百亿元', 'money', 'GDP'],
    ['CPI上涨2%', '2%', 'percent', 'CPI'],
    ['PM2.5平均浓度为28微克/立方米', '28微克/立方米', 'quantity', 'PM2.5平均浓度'],
    ['PM10浓度为50微克/立方米', '50微克/立方米', 'quantity', 'PM10浓度'],
    // the tagger glues the last character of a time word to the phrase (全|年发电量): the phrase starts after it
    ['全年发电量3亿千瓦时', '3亿千瓦时', 'quantity', '发电量'],
    ['今年日均客流量2万人次', '2万人次', 'count', '日均客流量'],
    // an averaging adverb alone measures nothing
    ['全市年均增长8%', '8%', 'percent', null],
    // 现有 opening the phrase is "there are" (the tagger says b, "existing"): the count is of the noun after it
    ['全县现有社区日间照料中心46个', '46个', 'count', '社区日间照料中心'],
    ['全县现有耕地86万亩', '86万亩', 'quantity', '耕地'],
    ['改造现有管网30公里', '30公里', 'quantity', '管网'],
    // one character the tagger leaves as a morpheme after a measure word is the noun counted
    ['一百二十多个村', '一百二十多个', 'count', '村'],
    ['全市3个非建制村', '3个', 'count', '非建制村'],
    ['完成20个村的改造', '20个', 'count', '村'],
    // a verb right before 量 names the process measured; 日均 after it is the predicate
    ['接诊量日均3000人次', '3000人次', 'count', '接诊量'],
    // 率 alone after a verb is the rate (taggers call it a verb too)
    ['全市累计排查整治安全隐患1.5万处,整改率98.6%。', '98.6%', 'percent', '整改率'],
    // 五年|来 is a time frame; a rank after a duration is no phrase of it
    ['五年来全市共投入资金三十五亿元', '五年', 'quantity', null],
    ['连续两年进入全国重点城市前十', '两年', 'quantity', null],
    // a hyphen inside a Latin code joins it (5G-A, C-V2X); the code opens the phrase, the verb before it stays out
    ['全区新建5G-A基站860个', '860个', 'count', '5G-A基站'],
    ['沿线部署C-V2X路侧单元240套', '240套', 'count', 'C-V2X路侧单元'],
    // a verb glued to a one-character head noun the tagger reads as a numeral or measure word is one compound noun
    ['建设无人机起降点75个', '75个', 'count', '无人机起降点'],
    ['建设起降点96个', '96个', 'count', '起降点'],
    ['改造物流集散点14个', '14个', 'count', '物流集散点'],
    ['新建公共充电桩2300个', '2300个', 'count', '公共充电桩'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] never a bare adverb, comparison, intention or time frame (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind]>([
    ['财政支出同比增长15%', '15%', 'percent'],
    ['比上年增长12%', '12%', 'percent'],
    ['力争两到三年内入住率提高到70%以上', '两到三年', 'quantity'],
    ['力争三年内覆盖率提高到90%以上', '三年', 'quantity'],
    ['距离目标4.5个还有差距', '4.5个', 'count'],
    ['已建成2.8个,距离目标', '2.8个', 'count'],
  ])('%s [%s]', (text, figure, kind) => {
    const start = text.indexOf(figure);
    const got = findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba);
    expect(got === null || !/^(?:同比|环比|比|力争|争取|内|还有|仅为|达|为)|(?:同比|力争|仅为|还有差距|达|为)$/u.test(got)).toBe(true);
  });
});

describe('[indicator] conditions, verbs of reaching, anaphoric heads, piloting and speech clauses (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // an age bound before the noun is a condition of what is counted; 老年人|口 (the tagger's cut) is 人口
    ['全县60周岁以上老年人口已达12.3万人', '12.3万人', 'count', '60周岁以上老年人口'],
    ['全区80岁以上高龄老人达9600人', '9600人', 'count', '80岁以上高龄老人'],
    ['全县老年人口27.4万人', '27.4万人', 'count', '老年人口'],
    ['全区老年人口为31万人', '31万人', 'count', '老年人口'],
    ['全县65岁及以上老年人口达4.1万人', '4.1万人', 'count', '65岁及以上老年人口'],
    // the bound's own indicator: a stage of life (高龄/n) only qualifies the population after it
    ['全区80岁以上高龄老人达9600人', '80岁以上', 'quantity', '高龄老人'],
    // a verb of growth reaching the figure through 到/至 links like 达到
    ['全区托育机构已发展到37家', '37家', 'count', '托育机构'],
    ['全县家庭农场发展到512家', '512家', 'count', '家庭农场'],
    ['普惠托位数增长到2600个', '2600个', 'count', '普惠托位数'],
    ['城市书房扩大到45个', '45个', 'count', '城市书房'],
    ['峰谷价差拉大到0.6元', '0.6元', 'money', '峰谷价差'],
    ['平均审批时间缩短到3个工作日', '3个工作日', 'quantity', '平均审批时间'],
    // verbs in a row before a noun of funds name what the fund pays for
    ['安排运行维护经费80万元', '80万元', 'money', '运行维护经费'],
    // a generic head takes up the full phrase earlier in the sentence, unless that phrase has its own figure
    ['设立县级河道保洁专项资金,今年落实资金260万元', '260万元', 'money', '县级河道保洁专项资金'],
    ['争取上级补助资金500万元,安排资金300万元', '300万元', 'money', '资金'],
    ['全市星级饭店有32家,今年新增饭店5家', '5家', 'count', '饭店'],
    ['已纳入监管的企业有40家,关停的企业12家', '12家', 'count', '企业'],
    ['加大资金投入,今年落实资金900万元', '900万元', 'money', '资金'],
    ['开展了城区停车问题专项调查,梳理问题58个', '58个', 'count', '问题'],
    ['把雨污分流纳入背街小巷改造,今年再改造小巷35条', '35条', 'count', '背街小巷'],
    ['省级每年安排维修养护补助资金1.2亿元', '1.2亿元', 'money', '维修养护补助资金'],
    ['完成东关、西岭两镇老旧路灯改造,改造路灯900盏', '900盏', 'count', '路灯'],
    ['全市0至3岁婴幼儿有2.4万名', '2.4万名', 'count', '0至3岁婴幼儿'],
    // a stage of life before a noun qualifies it (老年/t is no time word here)
    ['今年新建老年助餐点45个', '45个', 'count', '老年助餐点'],
    // a word of piloting closing the clause after the noun counted is the predicate
    ['首批选取15个社区试点', '15个', 'count', '社区'],
    ['确定4个试点乡镇', '4个', 'count', '试点乡镇'],
    // a speech clause before the comma names who speaks, never what is measured
    ['副区长罗清远表示,三年来全区新增停车位4200个', '三年', 'quantity', null],
    ['县水利局局长介绍,五年来', '五年', 'quantity', null],
    // a verb of speech before the phrase reports it: no part of what is measured (t66 p05)
    ['去年说全程网办率要提高到七成', '七成', 'percent', '全程网办率'],
    ['他表示全市覆盖率达到了95%', '95%', 'percent', '覆盖率'],
    // (near-miss: a word of speech that also names a thing opens a phrase: 答复满意率)
    ['建议答复满意率达到98%', '98%', 'percent', '建议答复满意率'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a counted noun ends at a verb, a localizer, a 、 before another figure or a predicate (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // a distinguishing word or prefix after the noun, before a verb, opens the predicate (主要是, 超低排放改造)
    ['还有12个项目主要是资金未到位', '12个', 'count', '项目'],
    ['其余8个村庄主要分布在山区', '8个', 'count', '村庄'],
    ['推动8家水泥企业超低排放改造', '8家', 'count', '水泥企业'],
    ['全县7个单位主要负责人参加', '7个', 'count', '单位主要负责人'],
    // a localizer after the noun closes the set a rank or a part is taken from (taggers glue 中排, 中有)
    ['在全市9个县区中排第2位', '9个', 'count', '县区'],
    ['在全国36个重点城市中排第10位', '36个', 'count', '重点城市'],
    ['在7个乡镇中有3个已完成', '7个', 'count', '乡镇'],
    // a bare morpheme closing the noun (员/zg) is no modifier
    ['在每个村明确1名管护员,坏了先找村里', '1名', 'count', '管护员'],
    ['建成3个区域医疗中心', '3个', 'count', '区域医疗中心'],
    // a 、 followed by another figure's words separates two figures, not two nouns of one phrase
    ['涉及5个部门、人均2800元', '5个', 'count', '部门'],
    ['涉及5个部门、12名干部', '5个', 'count', '部门'],
    // a grade bound between a distinguishing word and its noun is part of the name (二级以上医院, 县级以上医院)
    ['至少与1家二级以上医院签约', '1家', 'count', '二级以上医院'],
    ['全县有4个县级以上医院', '4个', 'count', '县级以上医院'],
    ['新增3家规模以上企业', '3家', 'count', '规模以上企业'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a figure after its noun phrase measures the whole phrase (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // an adjective right before the noun qualifies it
    ['全市重污染天数4天', '4天', 'quantity', '重污染天数'],
    // a parallel compound AXBX (追责问责, 拆违控违) is one word: its first character is no verb of the predicate
    ['今年以来追责问责52人', '52人', 'count', '追责问责'],
    ['全年拆违控违120处', '120处', 'count', '拆违控违'],
    // a verb right before a noun of people qualifies them (脱贫人口, 返乡农民工); a verb opening a predicate does not
    ['其中返乡农民工1.3万人', '1.3万人', 'count', '返乡农民工'],
    ['全县脱贫人口3200人', '3200人', 'count', '脱贫人口'],
    ['培训农村劳动力3000人', '3000人', 'count', '农村劳动力'],
    // a count of people after a verb phrase with no noun counts the people that action reached
    ['城镇新增就业4120人', '4120人', 'count', '城镇新增就业'],
    ['带动就业1800余人', '1800余人', 'count', '带动就业'],
    ['吸纳就业560人', '560人', 'count', '吸纳就业'],
    ['力争带动就业5000人以上', '5000人以上', 'count', '带动就业'],
    ['帮助失业人员实现就业860人', '860人', 'count', '实现就业'],
    ['累计完成新增就业2100人', '2100人', 'count', '新增就业'],
    // a linking verb or an auxiliary before a noun of people says nothing of them; X占Y的 measures X's share (share-holder.ts)
    ['老年人口已占总人口的五分之一', '五分之一', 'percent', '老年人口'],
    // …while a noun after the verb is what is counted (创业/n: the people supported in starting a business)
    ['扶持创业420人', '420人', 'count', '创业'],
    ['全县农村劳动力转移就业9.6万人', '9.6万人', 'count', '农村劳动力转移就业'],
    ['完成生态修复工程12公里', '12公里', 'quantity', '生态修复工程'],
    // a verb before a noun of capacity names what it measures (as 审批|时间); 日 is the rate's denominator
    ['全县日处理能力达到8万立方米', '8万立方米', 'quantity', '处理能力'],
    // …and before a noun of an amount (金额, 额度): verbs in a row name what is paid or recovered (追缴|到位|金额)
    ['今年执行到位金额4.6亿元', '4.6亿元', 'money', '执行到位金额'],
    ['全年追缴到位金额860万元', '860万元', 'money', '追缴到位金额'],
    ['累计发放贷款金额2.3亿元', '2.3亿元', 'money', '发放贷款金额'],
    // a change compared with a baseline (比去年同期, 较上年) right after a figure measures that figure's indicator
    ['全市重污染天数4天,比去年同期减少2天', '2天', 'quantity', '重污染天数'],
    ['企业开办时长3天,较上年缩短2天', '2天', 'quantity', '企业开办时长'],
    ['农村居民收入比城镇居民低3000元', '3000元', 'money', '农村居民收入'],
    // …also when the tagger glues the rate to its 较/比 (整改率较 as one unknown word)
    ['诉前整改率较去年提高0.9个百分点', '0.9个百分点', 'percentage_point', '诉前整改率'],
    ['群众回访率较上年提高2个百分点', '2个百分点', 'percentage_point', '群众回访率'],
    ['比去年同期减少2天', '2天', 'quantity', null],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a verb of giving or paying never ends the indicator', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  // The phrase before the figure names the recipient and the act (困难家庭给予); the noun written after the figure in its
  // clause is what the money measures, else the phrase without the verb (or none). Invented examples.
  it.each<[string, string, QuantityKind, string | null]>([
    ['镇里对困难家庭给予800元救助。', '800元', 'money', '救助'],
    ['向合作社发放150万元奖励资金。', '150万元', 'money', '奖励资金'],
    ['区财政拨付60万元专项经费,', '60万元', 'money', '专项经费'],
    ['市里对困难家庭给予600元。', '600元', 'money', '困难家庭'],
    ['对新落户企业奖励80万元。', '80万元', 'money', '新落户企业'],
    ['区财政下达25万元补助。', '25万元', 'money', '补助'],
    ['向残疾人发放2000张爱心卡', '2000张', 'count', '爱心卡'],
    // …a word of payment is a noun where no recipient is named before it, and other verbs stay
    ['发放补贴400元。', '400元', 'money', '补贴'],
    ['全区生活补贴1200万元', '1200万元', 'money', '生活补贴'],
    ['对服务满三年的社工给予一次性奖补5000元;', '5000元', 'money', '奖补'],
    ['对外出务工的农户给予一次性交通补助800元,', '800元', 'money', '交通补助'],
    ['对评估优秀的驿站奖励3万元;', '3万元', 'money', '驿站'],
    // the figure modifying the noun through 的
    ['对驻村的年轻教师给予每人每月400元的生活补贴。', '每人每月400元', 'money', '生活补贴'],
    ['区财政投入6亿元。', '6亿元', 'money', '区财政投入'],
    // 转移支付 is a noun (a transfer payment), its 支付 no verb; 为 closing a verb (调整为) names no recipient
    ['今年争取省级转移支付3.2亿元。', '3.2亿元', 'money', '省级转移支付'],
    ['补助标准调整为基础补贴6万元加考核奖励。', '6万元', 'money', '基础补贴'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] the subject of a comparison, word boundaries, markers and rate bases (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // a comparative verb's object is the reference: the subject stands before the verb (and its adverbs, negation)
    ['居民出资比例原则上不低于总投资的10%', '10%', 'percent', '居民出资比例'],
    ['居民出资比例原则上不低于总投资的10%', '不低于总投资的10%', 'percent', '居民出资比例'],
    ['降幅高于全区平均水平1.2个百分点', '1.2个百分点', 'percentage_point', '降幅'],
    ['人均收入只有全省平均水平的80%', '80%', 'percent', '人均收入'],
    // near-misses: a share of a whole measures its holder's share (Y is the denominator); no subject before the verb keeps
    // the reference; a bound right before its figure is only the qualifier
    ['贫困人口占全县总人口的3%', '3%', 'percent', '贫困人口'],
    ['不低于总投资的10%', '10%', 'percent', '总投资'],
    ['PM2.5平均浓度低于35微克/立方米', '35微克/立方米', 'quantity', 'PM2.5平均浓度'],
    // a unit of time glued to 数 is the noun's, 在 glued to a verb character a state
    ['累计结余可支付月数为14.6个月', '14.6个月', 'quantity', '结余可支付月数'],
    ['目前全市在建文旅项目48个', '48个', 'count', '在建文旅项目'],
    ['目前全市在建工地扬尘在线监测安装率为85%', '85%', 'percent', '在建工地扬尘在线监测安装率'],
    // near-misses: a figure's unit before a word stays a unit; 在 before a verb of its own stays a preposition
    ['从1至10月数据看,达标率为85%', '85%', 'percent', '达标率'],
    ['在建设过程中投入资金5亿元', '5亿元', 'money', '资金'],
    // a bound between a grade and the noun grades it; after a figure's unit it closes the figure's range
    ['淘汰国三及以下排放标准营运柴油货车2365辆', '2365辆', 'count', '国三及以下排放标准营运柴油货车'],
    ['全市规模以上工业企业达到420家', '420家', 'count', '规模以上工业企业'],
    ['淘汰10蒸吨以下燃煤锅炉46台', '46台', 'count', '燃煤锅炉'],
    // a spoken list marker opens no phrase
    ['三要扩大应急转贷资金规模至10亿元', '10亿元', 'money', '应急转贷资金规模'],
    ['一是新建养老中心15个', '15个', 'count', '养老中心'],
    // the base of a rate before the figure belongs to the unit
    ['调蓄能力达到每小时95万立方米', '95万立方米', 'quantity', '调蓄能力'],
    // near-miss: after a verb of the predicate the base opens its object (the noun after the figure)
    ['组织干警在市委党校开展每期5天培训', '5天', 'quantity', '培训'],
    // a time figure and its locative close a time frame, though the tagger glues 内向 (no noun after it is counted)
    ['三个月内向区人大常委会报告整改情况', '三个月', 'count', null],
    // near-miss: a count before a noun opening with the same character counts it
    ['建成3个内河码头', '3个', 'count', '内河码头'],
    // the earlier time of a from-to change is no noun
    ['易涝点由原来的418处减少到现在的67处', '418处', 'count', '易涝点'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a footnote\'s mark after the figure is no indicator (t44)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    ['划定乡镇级饮用水水源保护区19个②；五是建立管水员队伍', '19个', 'count', '乡镇级饮用水水源保护区'],
    ['壮大技术经理人队伍，年内培训3000人³；四是设立基金', '3000人', 'count', '培训'],
    ['高校院所科技成果转化率仅为12.6%[1]。', '12.6%', 'percent', '高校院所科技成果转化率'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] a place name the tagger cut into characters up to its level word is read whole (t41 #10)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  const read = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return findIndicator({ text, view: normalize(text) }, start, start + figure.length, 'percent', jieba);
  };
  it.each<[string, string, string | null]>([
    ['测评结果:清溪镇人民政府满意率92.3%,黄坭乡人民政府满意率88.5%。', '88.5%', '黄坭乡人民政府满意率'],
    ['测评结果:黄坭镇人民政府满意率88.5%。', '88.5%', '黄坭镇人民政府满意率'],
    ['测评结果:青坭乡人民政府满意率88.5%。', '88.5%', '青坭乡人民政府满意率'],
    // near-misses: a scope before the level (全县), a verb right before a level word (到|县: no name between)
    ['今年全县农村生活污水治理率达到41%。', '41%', '农村生活污水治理率'],
    ['全县到县医院就诊率达到41%。', '41%', '县医院就诊率'],
  ])('%s', (text, figure, expected) => {
    expect(read(text, figure)).toBe(expected);
  });
});

describe('[indicator] the left edge on a word boundary, verbs and times left out (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, QuantityKind, string | null]>([
    // an adjective before a distinguishing word opens one fixed term; a fixed term of the domain dictionary stays whole
    ['全市一般公共预算收入完成52.7亿元', '52.7亿元', 'money', '一般公共预算收入'],
    ['一般公共预算支出186.3亿元', '186.3亿元', 'money', '一般公共预算支出'],
    ['全县建成和美乡村示范村38个', '38个', 'count', '和美乡村示范村'],
    ['低压小微企业用电报装时间压减至10个工作日以内', '10个工作日以内', 'quantity', '小微企业用电报装时间'],
    // a verb of change with its 到/至 as one token, and the character cut off it, link: they are no part of the phrase
    ['力争2026年底漏损率降到9%以内', '9%以内', 'percent', '漏损率'],
    ['审批时间压减至5个工作日', '5个工作日', 'quantity', '审批时间'],
    // a predicate verb glued to 率 names the process measured
    ['已排查排污口1263个,完成整治1021个,整治率80.8%', '80.8%', 'percent', '整治率'],
    ['城市生活污水集中收集率力争提高到75%', '75%', 'percent', '城市生活污水集中收集率'],
    // a unit the tagger reads as a numeral, with no numeral before it, opens the noun
    ['力争秒批率达到百分之三十', '百分之三十', 'percent', '秒批率'],
    ['目前秒批率为26.8%', '26.8%', 'percent', '秒批率'],
    // the period compared with is a time, no indicator
    ['重污染天数由去年同期的11天减少到6天', '11天', 'quantity', '重污染天数'],
    // a grade's bound cut off its grade by the length limit goes too
    ['县级以上集中式饮用水水源地水质达标率保持100%', '100%', 'percent', '集中式饮用水水源地水质达标率'],
    // near-misses: a predicate verb before a whole phrase still opens the predicate; a one-character adjective alone is
    // dropped only when no noun follows it glued; a figure before a unit keeps it the figure's
    ['完成整治1021个', '1021个', 'count', '整治'],
    ['重污染天数3天', '3天', 'quantity', '重污染天数'],
    ['等待10秒钟后再试', '10秒钟', 'quantity', null],
    // a verb of change reaching its figure through 为 links like 达到
    ['每部电梯补助标准调整为10万元', '10万元', 'money', '电梯补助标准'],
    // a share whose clause holds only 仅为 measures the subject the clause before judges; near-miss: no subject, none
    ['基层卫生人员占比偏低,仅为百分之三十八点六', '百分之三十八点六', 'percent', '基层卫生人员占比'],
    ['城乡居民收入比例较高,为45%', '45%', 'percent', '城乡居民收入比例'],
    ['工作推进较慢,仅为60%', '60%', 'percent', null],
    // a figure between a predicate verb and a noun glued after it measures that object; near-miss: nothing after, the subject
    ['用两到三年时间完成42公里老旧管网改造', '42公里', 'quantity', '老旧管网'],
    ['为来求职的毕业生提供7天免费住宿', '7天', 'quantity', '免费住宿'],
    ['全市一般公共预算收入完成52.7亿元,增长5%', '52.7亿元', 'money', '一般公共预算收入'],
    // an aspect word after a figure marks the predicate's verb, it opens no phrase; near-miss: with its verb kept it does
    ['剩余8宗正在依法处置中', '8宗', 'count', null],
    ['推动48项已实施事项', '48项', 'count', '已实施事项'],
    // nor with its verb alone, a verbal noun to the tagger (t66 p06); near-miss: the verb and the noun it qualifies
    ['站点建成5座,还有1座正在调试', '1座', 'count', null],
    ['还有3个尚未验收', '3个', 'count', null],
    ['全市有3个已实施项目', '3个', 'count', '已实施项目'],
    // a verb of making left last (新建, 新增, as 建成) is the predicate, the phrase ends at the noun
    ['易腐垃圾资源化处理站点新建6座', '6座', 'count', '易腐垃圾资源化处理站点'],
    ['城镇停车泊位新增3600个', '3600个', 'count', '城镇停车泊位'],
    // a word of totality after the noun counted opens the predicate; near-miss: a noun after it in a phrase of its own stays
    ['在全区十二个街道全部设立服务站', '十二个', 'count', '街道'],
    ['今年还有23个全部开工', '23个', 'count', null],
    ['全市建成12个街道服务站', '12个', 'count', '街道服务站'],
    // a short insert in brackets inside a term is part of it; near-miss: a bracket with no term glued before it
    ['每千人口执业(助理)医师数为2.91人', '2.91人', 'count', '每千人口执业(助理)医师数'],
    ['设立(社区)服务站35个', '35个', 'count', '服务站'],
  ])('%s [%s] → %s', (text, figure, kind, want) => {
    const start = text.indexOf(figure);
    expect(findIndicator({ text, view: normalize(text) }, start, start + figure.length, kind, jieba)).toBe(want);
  });
});

describe('[indicator] with jieba: a grade of round magnitudes opens a name; a rate\'s 每X is no subject', () => {
  const segmenter = defaultSegmenter();
  const indicators = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, [string, string | null][]]>([
    ['新建改扩建千吨万人供水工程12处', [['12处', '千吨万人供水工程']]],
    ['建成农村千吨万人供水工程12处', [['12处', '农村千吨万人供水工程']]],
    ['个人缴费标准为每人每年380元,比上年提高30元', [['每人每年380元', '个人缴费标准'], ['30元', '个人缴费标准']]],
    ['形成4个方面的审议意见', [['4个方面', '审议意见']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // one round magnitude alone is still a figure's numeral, no part of the name after it
    ['完成投资千万元项目12个', [['12个', '项目']]],
  ])('left alone: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] compounds the tagger cut, frames of plan and result, changes from A to B (real segmenter, t46/t47)', () => {
  const segmenter = defaultSegmenter();
  const indicators = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, [string, string | null][]]>([
    // a leading word that opens a compound noun stays (t46 #6)
    ['全社会用电量达到42.7亿千瓦时,同比增长6.5%', [['42.7亿千瓦时', '全社会用电量'], ['6.5%', '全社会用电量']]],
    ['全口径税收收入增长5%', [['5%', '全口径税收收入']]],
    ['越冬候鸟数量达到4.6万只', [['4.6万只', '越冬候鸟数量']]],
    ['脱贫人口参保率稳定在100%', [['100%', '脱贫人口参保率']]],
    ['脱贫人口外出务工31.5万人', [['31.5万人', '脱贫人口外出务工']]],
    ['帮扶车间共有412个', [['412个', '帮扶车间']]],
    ['援建项目共有12个', [['12个', '援建项目']]],
    ['煤炭就地转化率达到三成以上', [['三成以上', '煤炭就地转化率']]],
    // a condition keeps its verb whole; coordinated modifiers cut to the head; verbs before the phrase go (t46 #15)
    ['入职满3年的', [['3年', '入职']]],
    ['国家和省级集采药品共计520余种', [['520余种', '集采药品']]],
    ['全年计划严格砍除病树约35万株', [['约35万株', '病树']]],
    // frames of plan and result are no indicators; the object of the verb before the figure is (t47 #9)
    ['2024年实际改造老化燃气管道281公里', [['2024年', null], ['281公里', '老化燃气管道']]],
    ['实际完成281公里', [['281公里', null]]],
    ['目标为100%', [['100%', null]]],
    ['超额完成150处的任务', [['150处', null]]],
    ['已接入监测点位3400个', [['3400个', '监测点位']]],
    ['2025年6月底前赋码率达到100%', [['2025年6月底', null], ['100%', '赋码率']]],
    // both ends of a change from A to B measure its subject; an abbreviation in brackets is passed over (t46 #7)
    ['疏干水利用率由五年前的不足五成提高到七成以上', [['不足五成', '疏干水利用率'], ['七成以上', '疏干水利用率']]],
    ['群众报销周期由原来的平均45天缩短到15个工作日以内', [['45天', '群众报销周期'], ['15个工作日以内', '群众报销周期']]],
    ['全市生态系统生产总值(GEP)为5024.5亿元', [['5024.5亿元', '生态系统生产总值']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // 全 before a time or an area is the scope; a verb and its object right before the figure stay apart
    ['全年发电量达到12亿千瓦时', [['12亿千瓦时', '发电量']]],
    ['划定乡镇级饮用水水源保护区19个', [['19个', '乡镇级饮用水水源保护区']]],
    ['目前全区入网餐饮商家共有3160家', [['3160家', '餐饮商家']]],
    ['力争2026年底漏损率降到9%以内', [['2026年底', null], ['9%以内', '漏损率']]],
    ['完成生命防护工程591公里', [['591公里', '生命防护工程']]],
    // a verb after an adverb is the predicate, not a kind (共|接听, 已|成立); a verb before a rate names it with the rate
    ['今年共接听群众来电5.8万余个', [['5.8万余个', '群众来电']]],
    ['全区已成立业委会的有139个', [['139个', '业委会']]],
    ['担保费率降至1%以下', [['1%以下', '担保费率']]],
    ['直接结算率达到86.5%', [['86.5%', '直接结算率']]],
    ['全市公交车中新能源车辆占比已达到91%', [['91%', '新能源车辆占比']]],
    ['用于山区的有510万元', [['510万元', '山区']]],
    ['每户每年积分兑换额度不超过300元', [['不超过300元', '积分兑换额度']]],
    ['直接受益人口1.85亿人', [['1.85亿人', '直接受益人口']]],
    ['设立规模为50亿元的科技成果转化基金', [['50亿元', '规模']]],
    // 由 with no verb of change reaching a figure after it is no change from A to B
    ['由市财政安排资金300万元', [['300万元', '资金']]],
  ])('left alone: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] a multiple or share read against a base measures the subject, not the base (t46 #7)', () => {
  const segmenter = defaultSegmenter();
  const indicators = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, [string, string | null][]]>([
    // the subject before 是/相当于 in the clause; else the subject of the figure ending the clause before
    ['全市GEP是GDP的3.1倍,比上年增长3.8%', [['3.1倍', 'GEP'], ['3.8%', 'GEP']]],
    ['全市生态系统生产总值(GEP)为5024.5亿元,是GDP的3.1倍,比上年增长3.8%', [['5024.5亿元', '生态系统生产总值'], ['3.1倍', '生态系统生产总值'], ['3.8%', '生态系统生产总值']]],
    ['农民人均收入相当于全省平均水平的80%', [['80%', '农民人均收入']]],
    ['旅游收入是去年的两倍多', [['两倍多', '旅游收入']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // no subject anywhere: none rather than the base
    ['是全国平均水平的1.2倍', [['1.2倍', null]]],
    // a share of a reference without 是/相当于 and a count after 是…的 are other readings
    ['人均收入只有全省平均水平的80%', [['80%', '人均收入']]],
    // 是 closing a list marker: the share of what follows it
    ['三是统筹福彩公益金的55%以上用于养老服务', [['55%以上', '福彩公益金']]],
    ['一般公共预算收入完成9.86亿元,完成年度目标的83.4%,同比增长5.2%', [['9.86亿元', '一般公共预算收入'], ['83.4%', '年度目标'], ['5.2%', '一般公共预算收入']]],
  ])('left alone: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] an X均 rate noun the tagger cuts (亩|均|投入) opens the phrase (t46 #15, p06)', () => {
  const segmenter = defaultSegmenter();
  const indicators = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, [string, string | null][]]>([
    ['总规模约9.6亿元,亩均投入约52元', [['约9.6亿元', '总规模'], ['约52元', '亩均投入']]],
    ['茶园亩均投入1800元', [['1800元', '茶园亩均投入']]],
    ['亩均产值8000元', [['8000元', '亩均产值']]],
    ['试点县县均投入500万元', [['500万元', '试点县县均投入']]],
    ['户均投入500元', [['500元', '户均投入']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // 均 "all" after a determiner is no rate noun: the verb after it opens no phrase
    ['各村均投入50万元', [['50万元', null]]],
    ['该校均投入50万元', [['50万元', null]]],
  ])('left alone: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] wrapped lines, whole nouns before a copula, words between noun and verb, own clause first (t49 #2 #6 #10, t52 #10)', () => {
  const segmenter = defaultSegmenter();
  const indicators = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter, exclude: [] }).map((q) => [q.text, q.indicator]);
  it.each<[string, [string, string | null][]]>([
    // a single line break inside a paragraph right before the figure is layout
    ['县财政每年安排维修养护资金\n850万元,较上年有所增长', [['850万元', '维修养护资金']]],
    ['全县共有村级管水员\n426名', [['426名', '村级管水员']]],
    ['罚款金额共计\r\n43.6万元', [['43.6万元', '罚款金额']]],
    // the whole noun before 为/是, however the tagger cut 率为
    ['整改率为96.8%,比2022年提高了4.5个百分点', [['96.8%', '整改率'], ['2022年', null], ['4.5个百分点', '整改率']]],
    ['收缴率为78.6%', [['78.6%', '收缴率']]],
    ['污水处理设施运行率为81.6%', [['81.6%', '污水处理设施运行率']]],
    // adverbs, 了 and modals between the noun and its linking verb
    ['家庭医生签约率虽然达到了43.6%', [['43.6%', '家庭医生签约率']]],
    ['养老机构床位空置率却接近四成', [['接近四成', '养老机构床位空置率']]],
    ['优良天数比例要达到85%', [['85%', '优良天数比例']]],
    ['公办园在园幼儿占比可以达到56%左右', [['56%左右', '公办园在园幼儿占比']]],
    // verbs of change or hold off the end
    ['细颗粒物浓度反弹5%', [['5%', '细颗粒物浓度']]],
    ['优良天数比例回升3个百分点', [['3个百分点', '优良天数比例']]],
    ['城区大班额比例控制在5%以内', [['5%以内', '城区大班额比例']]],
    ['床位补助标准维持不超过3000元', [['不超过3000元', '床位补助标准']]],
    // the figure's own clause first: the earlier clause is a verb and its object
    ['我们将按照省定标准补充教师,今年计划招聘教师不少于800名', [['不少于800名', '教师']]],
    ['我们将按照核定编制补充教师,今年计划招聘教师不少于260名', [['不少于260名', '教师']]],
    // a list marker or an adverb after the noun counted ends it
    ['两起事故一是发生在建筑施工领域', [['两起', '事故']]],
    ['廖委员的三条建议很有针对性', [['三条', '建议']]],
    // cases handed to an institution
    ['共查处案件9起,移送公安机关4起', [['9起', '案件'], ['4起', '移送公安机关']]],
    // a comparison base after 不高于/不低于 …的 is no indicator: the subject before the bound (and its coverb 按) is
    ['租金按不高于同地段同品质市场租金的九成确定', [['不高于同地段同品质市场租金的九成', '租金']]],
    ['月平均工资不低于当地城镇单位就业人员平均工资的百分之七十', [['不低于当地城镇单位就业人员平均工资的百分之七十', '月平均工资']]],
    ['预拨比例不低于上年同期月均支付额的80%', [['不低于上年同期月均支付额的80%', '预拨比例']]],
  ])('%s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });

  it.each<[string, [string, string | null][]]>([
    // a blank line (a new paragraph) or a line closed by punctuation is a boundary
    ['县财政每年安排维修养护资金\n\n850万元', [['850万元', null]]],
    ['县财政每年安排维修养护资金。\n850万元', [['850万元', null]]],
    // 了 after a verb that is the predicate: the figure is its time, not a measure of the subject
    ['全县农产品合格证制度推行了两年', [['两年', null]]],
    // the phrase after 比 and a numeral is the comparison's base
    ['比第七次人口普查时提高了两个多百分点', [['两个多百分点', null]]],
    // 反弹 modifying a noun after the figure stays in it
    ['对已排查出的5个反弹水体', [['5个', '反弹水体']]],
    // an anaphoric head of funds still takes up its full phrase
    ['县里落实农村供水工程维修养护资金,今年安排资金300万元', [['300万元', '农村供水工程维修养护资金']]],
    // a unit of time after a time word or a year closes it, no monthly noun
    ['今年产值达到5亿元', [['5亿元', '产值']]],
    // no institution: the verb before the works counted is the predicate's
    ['新建卫生院5个', [['5个', '卫生院']]],
  ])('left alone: %s', (input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] status figures, word cuts and rate nouns of state (real segmenter)', () => {
  const indicators = realIndicators;
  it.each<[string, string, Array<[string, string | null]>]>([
    // 已 and a verb of work done to a thing right before the figure: the subject before 已 is counted.
    ['已加装', '电梯智能阻车装置已加装1260部,今年再推广。', [['1260部', '电梯智能阻车装置']]],
    ['已完成 a share', '目前项目主体工程已完成75%。', [['75%', '项目主体工程']]],
    ['a place counted by an institution word', '党群服务中心已建成12个。', [['12个', '党群服务中心']]],
    ['a circled marker opens no phrase', '②电梯智能阻车装置已加装1260部。', [['1260部', '电梯智能阻车装置']]],
    // near-misses: an agent before 已; money paid by the subject; a pronoun
    ['an institution did the work', '医院已建成186张。', [['186张', null]]],
    ['money names the payer', '县财政已拨付300万元。', [['300万元', null]]],
    ['a pronoun', '我们已完成改造1200户。', [['1200户', null]]],
    // a rate noun of state: 清零/z|率
    ['清零率达到', '确保全市超标车清零率达到100%。', [['100%', '超标车清零率']]],
    ['清零率为', '全市超标电动自行车清零率为96.3%。', [['96.3%', '电动自行车清零率']]],
    ['a linking verb before the one-character noun stays out', '目前全县共有县乡村三级河湖长412名。', [['412名', '县乡村三级河湖长']]],
    // a phrase never ends inside the verb before the figure (招聘具|有)
    ['具有 cut by the clause alone', '允许职业院校面向企业公开招聘具有3年以上企业工作经历的技术人员。', [['3年以上', '企业工作经历']]],
    ['a verb whole keeps its phrase', '城镇生活垃圾回收利用率达到65%以上。', [['65%以上', '城镇生活垃圾回收利用率']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] comparison bases, chains of 同比/环比 clauses and shares (real segmenter)', () => {
  const indicators = realIndicators;
  it.each<[string, string, Array<[string, string | null]>]>([
    // the noun after 环比/比/较 is the base of the comparison: the subject is before it, or the clause before's
    ['环比 and its base', '全国累计清理高风险电话卡超过1.2亿张,环比上季度下降21%。', [['超过1.2亿张', '高风险电话卡'], ['21%', '高风险电话卡']]],
    ['比 and a base opening on a scope', '普惠小微贷款余额28.7万亿元,同比增长23.9%,比各项贷款增速高13.3个百分点。',
      [['28.7万亿元', '普惠小微贷款余额'], ['23.9%', '普惠小微贷款余额'], ['13.3个百分点', '普惠小微贷款余额']]],
    ['较 in the subject\'s clause', '全市刑事案件发案数较上年下降9.6%。', [['9.6%', '刑事案件发案数']]],
    // a chain of 同比/环比 clauses shares the first clause's subject
    ['环比…,同比…', '新发放企业贷款加权平均利率为3.83%,环比下降0.05个百分点,同比下降0.36个百分点。',
      [['3.83%', '企业贷款加权平均利率'], ['0.05个百分点', '企业贷款加权平均利率'], ['0.36个百分点', '企业贷款加权平均利率']]],
    ['但环比', '全省电诈案件发案数同比上升12.4%,但环比下降8.7%,破案数同比上升41.3%。',
      [['12.4%', '电诈案件发案数'], ['8.7%', '电诈案件发案数'], ['41.3%', '破案数']]],
    // a clause opening on 占X的 is the share of the subject before, X its denominator
    ['占X的', '中央对地方转移支付10.3万亿元,占中央一般公共预算支出的72.5%,比上年提高0.8个百分点。',
      [['10.3万亿元', '地方转移支付'], ['72.5%', '地方转移支付'], ['0.8个百分点', '地方转移支付']]],
    // near-misses: 比例 is no comparison; two figures of different things keep their own subjects; a share with its
    // subject in its own clause measures that subject's share, and with none in the clause or before keeps the whole; a rank
    ['比例', '居民出资比例达到30%。', [['30%', '居民出资比例']]],
    ['two subjects', '受理案件120件,结案率达到95%。', [['120件', '案件'], ['95%', '结案率']]],
    ['a share in its own clause', '贫困人口占全县总人口的3%。', [['3%', '贫困人口']]],
    ['比对 compares nothing', '通过大数据比对新增纳入救助对象1860人。', [['1860人', '救助对象']]],
    ['占比 is no comparison', '线上销售占比由两成提高到三成至四成。', [['两成', '线上销售'], ['三成至四成', '线上销售占比']]],
    ['高出 and a glued 比', '小麦平均亩产达到528公斤,比非项目区高出约50公斤,增幅近一成。',
      [['528公斤', '小麦平均亩产'], ['约50公斤', '小麦平均亩产'], ['近一成', '小麦平均亩产增幅']]],
    ['a hedge before the subject\'s figure', '全区60岁以上老年人口约11.3万人,占总人口的近两成。', [['约11.3万人', '60岁以上老年人口'], ['近两成', '60岁以上老年人口']]],
    ['an adverb before a bound', '全市公办园非在编教师占比超过六成,月收入普遍不到3500元。', [['超过六成', '公办园非在编教师占比'], ['不到3500元', '月收入']]],
    ['no figure before the share', '经过努力,占全县总人口的3%。', [['3%', '总人口']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});

describe('[indicator] compounds stay whole (real segmenter)', () => {
  const indicators = realIndicators;
  it.each<[string, string, Array<[string, string | null]>]>([
    ['投入强度', '研发经费投入强度达到2.64%。', [['2.64%', '研发经费投入强度']]],
    ['X密集型', '知识密集型服务贸易占比达到41.4%。', [['41.4%', '知识密集型服务贸易占比']]],
    ['生均', '全省高职生均拨款达到1.2万元。', [['1.2万元', '高职生均拨款']]],
    ['万元GDP', '万元GDP能耗下降2.1%。', [['2.1%', '万元GDP能耗']]],
    ['万元 as a base', '全市万元工业增加值能耗下降3.5%。', [['3.5%', '万元工业增加值能耗']]],
    // a sum's verb of purpose opens what the money is for, the work named last kept
    ['支持', '今年中央预算内投资安排150亿元支持燃气管道改造。', [['150亿元', '燃气管道改造']]],
    ['用于', '安排500万元用于农村公路建设。', [['500万元', '农村公路建设']]],
    // near-misses: a figure before 万元 is the sum itself; a verb of work after a count's noun is its predicate
    ['5万元', '全县5万元以上项目12个。', [['5万元以上', '项目'], ['12个', '项目']]],
    ['predicate after a count', '8家水泥企业超低排放改造。', [['8家', '水泥企业']]],
  ])('%s', (_label, input, want) => {
    expect(indicators(input)).toEqual(want);
  });
});
