import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';
import { expectStructureInvariants } from '../helpers/structure.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

/** Questions as [label, text prefix, askers, responders, followUpOf] with names. */
function summary(s: Structure, prefix = 8) {
  const name = (id: string) => s.people.find((p) => p.id === id)?.name ?? s.people.find((p) => p.id === id)?.titles[0] ?? id;
  return s.questions.map((q) => [q.label, q.text.slice(0, prefix), q.askers.map(name), q.responders.map(name), q.followUpOf]);
}

describe('[build] a chair named in the introduction, speaking under a bare-name label', () => {
  // Each row: the chair's name and the sentence naming them as presiding.
  it.each<[string, string]>([
    ['孟庆林', '市人大常委会副主任孟庆林主持会议。'],
    ['欧阳慧', '会议由县人大常委会主任欧阳慧主持。'],
  ])('%s: opening, calls and closing are narration, not questions', (chair, presides) => {
    const text = `2023年6月8日，某市人大常委会开展专题询问。${presides}\n\n${chair}：下面开始询问。请委员们提问。\n\n市人大常委会委员钟晓岚：请市教育局回答。学位缺口有多大？\n\n市教育局局长房立新：约三千个。\n\n${chair}：感谢房局长。下面请其他委员继续提问。\n\n市人大常委会委员韦志刚：课后服务收费怎么规范？请市教育局和市发展改革委回答。\n\n市教育局局长房立新：每生每月不超过200元。\n\n${chair}：今天的询问就到这里。请市政府认真研究委员们的意见。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual([
      [null, '请市教育局回答。', ['钟晓岚'], ['房立新'], null],
      [null, '课后服务收费怎么', ['韦志刚'], ['房立新'], null],
    ]);
    expect(s.questions.map((q) => q.addressees)).toEqual([['市教育局'], ['市教育局', '市发展改革委']]);
    expect(s.people.map((p) => p.name)).not.toContain(chair);
    // The closing belongs to no question.
    expect(text.slice(...s.questions[1].sectionSpan).includes('就到这里')).toBe(false);
  });
});

describe('[build] a congress leader introduced as speaking, speaking last under a bare-name label', () => {
  it('their closing words are no question', () => {
    const text = '2023年6月8日，某市人大常委会开展专题询问。市人大常委会副主任孟庆林主持会议，市人大常委会主任聂远航出席会议并讲话。\n\n市人大常委会委员钟晓岚：学位缺口有多大？\n\n市教育局局长房立新：约三千个。\n\n聂远航：刚才委员们问得很实，部门答得也很坦诚。\n希望市政府抓紧研究，三个月内书面报告。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual([[null, '学位缺口有多大？', ['钟晓岚'], ['房立新'], null]]);
    expect(text.slice(...s.questions[0].sectionSpan).endsWith('约三千个。')).toBe(true);
  });
});

describe('[build] the chair\'s labelled opening, ending on the call of the first member', () => {
  // Each row: the line before the chair's opening (a 主持人 field, or none).
  it.each<[string, string]>([
    ['a titled chair in a 主持人 field', '主持人：县人大常委会副主任 滕远航\n\n'],
    ['a chair named without a title', '主持人：滕远航\n\n'],
    ['a chair never introduced', ''],
  ])('%s: the opening gives the topic; the official it names answers only where he speaks', (_name, field) => {
    const text = `某县人大常委会专题询问实录\n\n${field}滕远航：同志们，今天对县政府关于农村公路养护情况的报告开展专题询问。副县长邝建业和县交通运输局负责同志到会应询。先请邰晓光委员提问。\n\n邰晓光（县人大常委会委员）：请问县交通运输局，养护资金缺口有多大？\n\n县交通运输局局长韦振华：缺口约800万元。\n\n滕远航：最后请邝建业副县长回答。\n\n副县长邝建业：感谢委员们的监督。县政府将把资金列入预算。\n\n滕远航：今天的询问很有成效。下面我讲两点意见：一是抓好养护；二是加强监督。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.session.topic).toBe('农村公路养护情况');
    expect(summary(s)).toEqual([[null, '请问县交通运输局', ['邰晓光'], ['韦振华', '邝建业'], null]]);
    // No turn of the vice-county-head where he says nothing (named in the opening, the member's label right after).
    expect(s.questions[0].turns.filter((t) => t.speaker !== null && !t.text.trim())).toEqual([]);
    expect(s.closing && text.slice(...s.closing)).toBe('滕远航：今天的询问很有成效。下面我讲两点意见：一是抓好养护；二是加强监督。');
    expect(s.chair?.name).toBe('滕远航');
  });
});

const SEED = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');

describe('[build] the seed', () => {
  const s = build(SEED);
  it('finds the 12 questions with the gold askers and responders', () => {
    expect(summary(s, 4)).toEqual([
      ['问题一', '“一府两', ['缪应虎'], ['海建才', '邓玲', '马伟'], null],
      ['问题二', '市政府如', ['谢茂华'], ['海建才'], null],
      ['问题三', '市检察院', ['韩寅燕'], ['杨开宇'], null],
      ['问题四', '市检察院', ['蒋绍华'], ['杨开宇'], null],
      ['问题五', '市市场监', ['朱树平'], ['余波'], null],
      ['问题六', '相关部门', ['张云娅'], ['朱树锋'], null],
      ['问题七', '公安局将', ['代桂明'], ['胡建东'], null],
      ['问题八', '司法局如', ['李四荣'], ['余中平'], null],
      ['问题九', '法院将如', ['赵华江'], ['高红丽'], null],
      ['问题十', '市政务服', ['袁其亮'], ['徐广满'], null],
      ['问题十一', '如何完善', ['杨志雄'], ['余中平'], null],
      ['问题十二', '法院在“', ['卢燕'], ['骆建才'], null],
    ]);
  });
  it('gives the gold titles and roles, and nobody else', () => {
    expect(s.people.length).toBe(23);
    const byName = Object.fromEntries(s.people.map((p) => [p.name, p]));
    expect(Object.fromEntries(s.people.map((p) => [p.name, p.titles.join('|')]))).toEqual({
      缪应虎: '市人大常委会副主任', 海建才: '市政府副市长', 邓玲: '市法院代理院长', 马伟: '市检察院检察长',
      谢茂华: '市人大常委会委员、麒麟区人大常委会主任', 韩寅燕: '市人大常委会委员、沾益区人大常委会主任', 杨开宇: '市检察院常务副检察长',
      蒋绍华: '市人大常委会委员、宣威市人大常委会主任', 朱树平: '市人大常委会委员、市人大财经委主任委员', 余波: '市市场监管局局长',
      张云娅: '市人大常委会委员、市人大城环资委主任委员', 朱树锋: '市城管局副局长', 代桂明: '市人大常委会委员、市人大常委会法工委主任',
      胡建东: '市公安局党委副书记', 李四荣: '市人大常委会委员、市人大法制委主任委员', 余中平: '市司法局局长',
      赵华江: '市人大常委会委员、市人大监司委主任委员', 高红丽: '市法院执行局局长', 袁其亮: '市人大常委会委员、市人大社会委主任委员',
      徐广满: '市政务服务管理局局长', 杨志雄: '市人大常委会委员、师宗县人大常委会主任', 卢燕: '市人大常委会委员', 骆建才: '市法院副院长',
    });
    expect(byName['海建才'].roles).toEqual(['responder']);
    expect(byName['缪应虎'].roles).toEqual(['asker']);
    expect(byName['习近平']).toBeUndefined();
  });
  it('reads the session and keeps the intro and trailer outside every question', () => {
    expect(s.session).toMatchObject({ body: '曲靖市六届人大常委会', meeting: '第二十九次会议', format: '联组会议', statedAskerCount: 12, date: null });
    const trailer = SEED.indexOf('(以上内容根据');
    expect(s.questions[11].sectionSpan[1]).toBeLessThanOrEqual(trailer);
    expect(s.outside.some(([a, b]) => a <= trailer && b > trailer)).toBe(true);
    expect(s.outside[0][0]).toBe(0);
    expect(s.warnings.map((w) => w.code)).not.toContain('stated-asker-count-mismatch');
  });
  it('switches speakers mid-line: 邓玲 and the quote-first 高红丽', () => {
    const q1 = s.questions[0].turns.find((t) => t.text.startsWith('市法院代理院长邓玲说'));
    expect(q1?.role).toBe('responder');
    const q9 = s.questions[8].turns.find((t) => t.role === 'responder');
    expect(q9?.text.startsWith('“执行案件执行完毕率低')).toBe(true);
    expect(s.questions[4].addressees).toEqual(['市市场监管局']);
    expect(s.questions[0].addressees).toEqual(['一府两院']);
  });
  it('keeps its invariants', () => expectStructureInvariants(SEED, s));
});

const LAYOUTS: Array<[string, string, unknown[]]> = [
  ['label turns', [
    '某市人大常委会开展专题询问',
    '2024年5月8日,某市人大常委会第十次会议举行联组会议,就城市管理工作开展专题询问。',
    '王海委员问:请问李局长,背街小巷环境如何整治?',
    '市城管局局长李明:感谢王海委员。我们将从三个方面整治。',
    '赵云委员问:违建如何处理?',
    '市城管局局长李明:分类处置。',
  ].join('\n'), [[null, '请问李局长,背街', ['王海'], ['李明'], null], [null, '违建如何处理?', ['赵云'], ['李明'], null]]],
  ['问/答 with an announcement and a follow-up', [
    '某区人大常委会专题询问实录',
    '近日,某区人大常委会开展专题询问。',
    '王海委员就学位问题提问,区教育局局长李明作答。',
    '问:学位缺口有多大?',
    '答:约三千个。',
    '追问:何时补齐?',
    '答:两年内补齐。',
  ].join('\n'), [['问', '学位缺口有多大?', ['王海'], ['李明'], null], ['追问', '何时补齐?', ['王海'], ['李明'], 1]]],
  ['quote-first narrative', [
    '某市人大常委会专题询问侧记',
    '近日,某市人大常委会开展专题询问。',
    '“全市养老床位为何空置?”市人大常委会委员王海率先发问。',
    '“我们将盘活闲置床位,”市民政局局长李明说,“今年完成改造。”',
    '“资金从哪里来?”市人大常委会委员赵云追问。',
    '“市财政将安排专项资金。”李明回答。',
  ].join('\n'), [[null, '全市养老床位为何', ['王海'], ['李明'], null], [null, '资金从哪里来?', ['赵云'], ['李明'], 1]]],
  ['moderator calls', [
    '某市人大常委会专题询问实录',
    '近日,某市人大常委会开展专题询问。',
    '主持人:请王海委员询问。',
    '王海:请问医保基金如何监管?',
    '主持人:请市医疗保障局局长李明同志回答。',
    '李明:我们将加强智能监控。',
  ].join('\n'), [[null, '请问医保基金如何', ['王海'], ['李明'], null]]],
  ['headers with a 追问 inside a section', [
    '某市人大常委会专题询问',
    '近日,某市人大常委会开展专题询问。',
    '问题一:如何治理黑臭水体?',
    '市人大常委会委员王海就此提问。市生态环境局局长李明回应称,将加快截污纳管。',
    '王海委员追问:今年能否完成?',
    '李明表示,年底前完成。',
    '问题二:如何保障饮水安全?',
    '市人大常委会委员赵云询问市水利局如何保障。市水利局局长张强回答,将建设备用水源。',
  ].join('\n'), [['问题一', '如何治理黑臭水体', ['王海'], ['李明'], null], [null, '今年能否完成?', ['王海'], ['李明'], 1], ['问题二', '如何保障饮水安全', ['赵云'], ['张强'], null]]],
  ['一、 lists inside answers are not headers', [
    '某县人大常委会专题询问',
    '近日,某县人大常委会开展专题询问。',
    '县人大常委会委员王海询问县农业农村局如何推进高标准农田建设。',
    '县农业农村局局长李明回答,将做好三件事:',
    '一、加快建设进度。',
    '二、落实管护责任。',
    '三、加强质量监督。',
    '县人大常委会委员赵云询问县水利局如何保障灌溉。',
    '县水利局局长张强表示,将加快渠系配套。',
  ].join('\n'), [[null, '县人大常委会委员', ['王海'], ['李明'], null], [null, '县人大常委会委员', ['赵云'], ['张强'], null]]],
  ['narrative: a bare-name answer after a 追问, then a new asker in a paragraph of their own', [
    '某市人大常委会开展专题询问',
    '10月29日,某市第十七届人大常委会第二十一次会议举行联组会议,围绕全市营商环境开展专题询问。市人大常委会主任刘振国主持会议,副市长王丽华到会应询。',
    '常委会组成人员李志远首先发问:“涉企检查如何规范?”',
    '市市场监管局局长张文斌回答说,将推行综合查一次。',
    '“审批时间如何压缩?”委员陈晓梅接着提问。',
    '对此,市自然资源局副局长欧阳明回应,将推行多测合一。',
    '委员赵海燕追问:“区域评估成果如何共享?”欧阳明回答,成果将通过政务服务网公开。',
    '市人大常委会副主任孙立平就政务服务“一网通办”提出询问。副市长王丽华表示,将打通数据壁垒。',
  ].join('\n'), [
    [null, '涉企检查如何规范', ['李志远'], ['张文斌'], null],
    [null, '审批时间如何压缩', ['陈晓梅'], ['欧阳明'], null],
    [null, '区域评估成果如何', ['赵海燕'], ['欧阳明'], 2],
    [null, '市人大常委会副主', ['孙立平'], ['王丽华'], null],
  ]],
  ['live text: a follow-up announced in the asker\'s words', [
    '市人大常委会专题询问实录',
    '主持人(市人大常委会副主任 韩立新):现在开始专题询问。',
    '马志强委员:我想问市住建局。积水点整治情况如何?',
    '市住建局局长 彭涛:今年已完成整治38处。',
    '刘红梅委员:我追问一下,地下空间的防汛如何保障?',
    '彭涛:我们将开展专项检查。',
  ].join('\n'), [[null, '我想问市住建局。', ['马志强'], ['彭涛'], null], [null, '地下空间的防汛如', ['刘红梅'], ['彭涛'], 1]]],
  ['field lines, then the named speakers\' own labels', [
    '某县人大常委会专题询问',
    '6月18日,某县第十八届人大常委会第十五次会议开展专题询问。',
    '询问人:县人大常委会委员 孔德明',
    '应询人:县生态环境局局长 曹志刚',
    '孔德明:县生态环境局如何加强污水治理?',
    '曹志刚:我们将加快治理。',
    '询问人:县人大常委会委员 许文静',
    '应询人:县水务局副局长 严立新',
    '许文静:河长制如何落实?',
    '严立新:将强化巡河责任。',
  ].join('\n'), [[null, '县生态环境局如何', ['孔德明'], ['曹志刚'], null], [null, '河长制如何落实?', ['许文静'], ['严立新'], null]]],
  ['field lines under headers, then a 追问: after the answer', [
    '某县人大常委会专题询问',
    '6月18日,某县人大常委会开展专题询问。',
    '问题一:县生态环境局如何加强污水治理?',
    '询问人:县人大常委会委员 孔德明',
    '应询人:县生态环境局局长 曹志刚',
    '曹志刚:我们将加快治理。',
    '追问:资金从哪里来?',
    '曹志刚:县财政安排。',
  ].join('\n'), [['问题一', '县生态环境局如何', ['孔德明'], ['曹志刚'], null], ['追问', '资金从哪里来?', ['孔德明'], ['曹志刚'], 1]]],
  ['a member named in the moderator\'s words is called', [
    '某市人大常委会专题询问实录',
    '主持人:请马志强委员提问。',
    '马志强委员:积水点整治情况如何?',
    '市住建局局长 彭涛:已完成整治38处。',
    '主持人:刘红梅委员要追问。',
    '刘红梅委员:地下空间如何保障?',
    '彭涛:将开展专项检查。',
  ].join('\n'), [[null, '积水点整治情况如', ['马志强'], ['彭涛'], null], [null, '地下空间如何保障', ['刘红梅'], ['彭涛'], 1]]],
  ['names padded to three columns (minutes)', [
    '江城区人大常委会专题询问会议记录',
    '时间：2024年9月12日上午',
    '主持人　周国平：下面开始询问。',
    '区人大常委会委员　孙　丽：请问区卫健委，社区医生够不够？',
    '区卫健委主任　马　骏：全区缺口42人。',
    '孙　丽：追问一下，缺口怎么补？',
    '区卫健委主任　马　骏：今年招聘30人。',
  ].join('\n'), [[null, '请问区卫健委，社', ['孙丽'], ['马骏'], null], [null, '缺口怎么补？', ['孙丽'], ['马骏'], 1]]],
  ['two officials answering in turn, then each one\'s words (先后作答。A表示…B表示…)', [
    '2019年7月24日,自治区人大常委会开展专题询问。',
    '“护理员缺口怎么补?”自治区人大常委会委员蓝秀芝问道。',
    '自治区财政厅副厅长覃立新和自治区人力资源社会保障厅副厅长甘露先后作答。覃立新表示,今年安排资金5.8亿元。甘露表示,将给予一次性奖励。',
  ].join('\n'), [[null, '护理员缺口怎么补', ['蓝秀芝'], ['覃立新', '甘露'], null]]],
  ['members of the public asking (面对面)', [
    '2025年5月20日,青溪县人大常委会开展“代表+群众”面对面专题询问。',
    '县人大代表杜春来:请问县住建局,老旧小区改造什么时候开工?',
    '县住建局局长邹明:今年6月开工。',
    '群众代表、城关镇居民蒋玉兰:小区加装电梯,政府补多少?',
    '县住建局副局长钟立:每台补贴10万元。',
    '桃源镇种粮大户何满仓问:烘干设备有没有补贴?',
    '县农业农村局局长袁涛答:补贴三成。',
  ].join('\n'), [[null, '请问县住建局,老', ['杜春来'], ['邹明'], null], [null, '小区加装电梯,政', ['蒋玉兰'], ['钟立'], null], [null, '烘干设备有没有补', ['何满仓'], ['袁涛'], null]]],
];

describe('[build] layouts', () => {
  it.each(LAYOUTS)('%s', (_name, text, expected) => {
    const s = build(text);
    expect(summary(s)).toEqual(expected);
    expectStructureInvariants(text, s);
  });
});

describe('[build] frame and warnings', () => {
  const PAGE = [
    '当前位置:首页 > 人大要闻',
    '某市人大常委会专题询问食品安全工作',
    '发布时间:2025-06-27 10:23 来源:某市人大 浏览次数:123',
    '【字体:大 中 小】',
    '记者 林晓 通讯员 郝文',
    '6月26日,某市十五届人大常委会第九次会议举行联组会议,对全市食品安全工作开展专题询问。3名市人大常委会组成人员提问。',
    '问题一:如何加强校园食品安全?',
    '市人大常委会委员王海询问市教育局如何加强监管。市教育局局长李明表示,将落实陪餐制度。',
    '问题三:如何整治网络订餐?',
    '市人大常委会委员赵云就此提问。市市场监管局局长张强回应称,将压实平台责任。',
    '责任编辑:周某',
    '相关新闻',
    '某市人大常委会召开主任会议',
    '打印本页 关闭窗口',
  ].join('\n');
  const s = build(PAGE);
  it('takes the headline and the date, and leaves the frame outside', () => {
    expect(s.session.title).toBe('某市人大常委会专题询问食品安全工作');
    expect(s.session.date).toBe('2025-06-26');
    expect(s.session.statedAskerCount).toBe(3);
    expect(summary(s)).toEqual([['问题一', '如何加强校园食品', ['王海'], ['李明'], null], ['问题三', '如何整治网络订餐', ['赵云'], ['张强'], null]]);
    expect(s.people.map((p) => p.name).sort()).toEqual(['张强', '李明', '王海', '赵云'].sort());
    expect(s.questions[1].sectionSpan[1]).toBeLessThan(PAGE.indexOf('责任编辑'));
    expectStructureInvariants(PAGE, s);
  });
  it('warns about the number gap and the asker count', () => {
    const codes = s.warnings.map((w) => w.code);
    expect(codes).toContain('question-number-gap');
    expect(codes).toContain('stated-asker-count-mismatch');
  });
  it.each([
    ['unrecognized-layout', '这是一段没有任何询问结构的文字。\n只有叙述,没有提问。'],
    ['question-without-responder', '问题一:如何推进?\n市人大常委会委员王海就此提问。'],
    ['question-without-asker', '问题一:如何推进?\n市城管局局长李明表示,将加快推进。'],
  ])('%s', (code, text) => {
    const s2 = build(text);
    expect(s2.warnings.map((w) => w.code)).toContain(code);
    if (code === 'unrecognized-layout') {
      expect(s2.questions).toEqual([]);
      expect(s2.outside.length).toBeGreaterThan(0);
    }
  });
});

describe('[build] several officials introduced together, then each one\'s words', () => {
  it.each([
    ['先后作答', '副市长祁永和市住建局局长甘露先后作答。祁永表示,资金已落实。甘露表示,年底前完工。'],
    ['分别作了回答', '副市长祁永、市住建局局长甘露分别作了回答。祁永表示,资金已落实。甘露表示,年底前完工。'],
    ['相继回答', '副市长祁永和市住建局局长甘露相继回答。祁永表示,资金已落实。甘露表示,年底前完工。'],
  ])('%s: each reported sentence is its speaker\'s turn', (_name, answer) => {
    const text = ['2024年3月5日,某市人大常委会开展专题询问。', '“老旧小区改造什么时候完成?”市人大常委会委员蓝秀芝问道。', answer].join('\n');
    const s = build(text);
    const name = (id: string | null) => s.people.find((p) => p.id === id)?.name ?? null;
    const turns = s.questions[0].turns.filter((t) => t.role === 'responder').map((t) => [name(t.speaker), t.text.slice(0, 4)]);
    expect(turns.slice(-2)).toEqual([['祁永', '祁永表示'], ['甘露', '甘露表示']]);
    expect(s.questions[0].responders.map(name)).toEqual(['祁永', '甘露']);
  });
});

describe('[build] people ids', () => {
  it.each([
    ['a chair who 主持会议', '某县人大常委会专题询问\n6月18日,清河县第十八届人大常委会第十五次会议开展专题询问。会议由县人大常委会主任钱卫东主持。\n问题一:如何治理污水?\n询问人:县人大常委会委员 孔德明\n应询人:县生态环境局局长 曹志刚\n曹志刚:将加快治理。'],
    ['a named 主持人', '某市人大常委会专题询问实录\n主持人(市人大常委会副主任 韩立新):现在开始专题询问。\n马志强委员:积水点整治情况如何?\n市住建局局长 彭涛:已完成整治。'],
  ])('are p1, p2 … over the askers and responders only: %s', (_name, text) => {
    const s = build(text);
    expect(s.people.map((p) => p.id)).toEqual(s.people.map((_p, i) => `p${i + 1}`));
    expect(s.people.map((p) => p.name).some((n) => n === '钱卫东' || n === '韩立新')).toBe(false);
    const ids = new Set(s.people.map((p) => p.id));
    for (const q of s.questions) for (const id of [...q.askers, ...q.responders]) expect(ids.has(id)).toBe(true);
  });
});

describe('[build] Markdown headlines', () => {
  it.each([
    ['# 区人大常委会专题询问实录', '区人大常委会专题询问实录'],
    ['## 某市人大常委会专题询问食品安全工作', '某市人大常委会专题询问食品安全工作'],
    ['某市人大常委会专题询问#食品安全#', '某市人大常委会专题询问#食品安全#'],
  ])('%s → %s', (headline, title) => {
    const text = `${headline}\n6月26日,某市人大常委会举行联组会议,对全市食品安全工作开展专题询问。\n王某某委员问:如何加强?\n市某局局长李某:将加强监管。`;
    expect(build(text).session.title).toBe(title);
  });
});

describe('[build] bracketed subheads', () => {
  const text = [
    '南屏市人大常委会就城市公共交通开展专题询问',
    '5月12日,南屏市人大常委会举行联组会议,就城市公共交通发展情况开展专题询问。',
    '【公交线路怎样优化】',
    '市人大常委会委员彭立新问:新城区公交线路覆盖不足,什么时候能解决?',
    '市交通运输局局长祝海峰答:今年将新开线路8条。',
    '「停车难如何破解？」',
    '市人大代表蒋雨桐问:老城区停车位缺口有多大?',
    '市住房城乡建设局局长冉志军答:缺口约1.2万个,今年新建停车位3000个。',
  ].join('\n');
  const s = build(text);
  it('opens a question at each subhead, labelled by the line as written, its phrase as the question', () => {
    expect(summary(s, 20)).toEqual([
      ['【公交线路怎样优化】', '公交线路怎样优化', ['彭立新'], ['祝海峰'], null],
      ['「停车难如何破解？」', '停车难如何破解？', ['蒋雨桐'], ['冉志军'], null],
    ]);
    expectStructureInvariants(text, s);
  });
  it('keeps the subhead out of the previous answer and the introduction', () => {
    expect(s.questions[0].turns[0]).toMatchObject({ role: 'narration', speaker: null, text: '【公交线路怎样优化】\n' });
    expect(s.questions[0].turns.at(-1)!.text).not.toContain('停车难');
    expect(text.slice(...s.session.span!)).not.toContain('【');
  });
});

describe('[build] a site\'s genre tag alone above the headline', () => {
  it.each([
    ['【实录】\n'],
    ['[全文]\n\n'],
    ['【人大动态】【图文】\n'],
  ])('%s', (tag) => {
    const text = tag + '白河县人大常委会农村公路养护专题询问\n询问人：县人大常委会委员 甘丽娟\n养护资金够不够？\n应询人：县交通运输局局长 莫志坚\n基本够用。';
    const s = buildStructure({ text, view: normalize(text) });
    expect([s.session.title, s.session.topic, s.questions.length]).toEqual(['白河县人大常委会农村公路养护专题询问', '农村公路养护', 1]);
  });
  it('a scene tag above a speaker\'s words is no page frame', () => {
    const text = '【现场】\n县人大常委会委员 甘丽娟：养护资金够不够？\n县交通运输局局长 莫志坚：基本够用。';
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.frame).toEqual([]);
  });
});

describe('[build] a gazette masthead over the headline', () => {
  it.each([
    ['鹭洲市人民代表大会常务委员会公报\n2019年第4号\n'],
    ['鹭洲市人大常委会公报\n2019年第4期（总第88期）\n'],
    ['鹭洲市人民代表大会常务委员会公报　　2019年第4号\n'],
  ])('%s', (masthead) => {
    const text = masthead + '市十六届人大常委会第十二次会议专题询问实录\n（2019年6月20日）\n主持人（市人大常委会主任 骆某）：各位委员，今天我们结合审议市人民政府关于全市城乡供水工作情况的报告，开展专题询问。\n市人大常委会委员 卜某：请问市水务局，停水问题怎么解决？\n市水务局局长 邢某：今年新建水厂一座。';
    const s = buildStructure({ text, view: normalize(text) });
    expect([s.session.title, s.session.topic, s.session.date]).toEqual(['市十六届人大常委会第十二次会议专题询问实录', '全市城乡供水工作情况', '2019-06-20']);
  });
});

describe('[build] a briefing masthead and a dated headline are no title', () => {
  const body = '\n\n区人大常委会委员欧文斌询问养老床位缺口。区民政局局长莫少华回答，今年新增床位三百张。';
  it.each<[string, string, string]>([
    ['工作简报\n第9期\n丰宁区人大常委会办公室　　　2022年9月3日\n\n区人大常委会开展养老服务专题询问\n\n9月1日，区十九届人大常委会第五次会议举行全体会议，就养老服务工作开展专题询问。', '区人大常委会开展养老服务专题询问', '2022-09-01'],
    ['人大工作动态\n（第5期）\n区人大常委会办公室编　　2022年9月3日\n\n区人大常委会开展养老服务专题询问\n\n2022年9月1日，区十九届人大常委会第五次会议举行全体会议，就养老服务工作开展专题询问。', '区人大常委会开展养老服务专题询问', '2022-09-01'],
    ['区人大常委会办公室　　2022年9月3日\n\n区人大常委会开展养老服务专题询问\n\n9月1日，区十九届人大常委会第五次会议举行全体会议，就养老服务工作开展专题询问。', '区人大常委会开展养老服务专题询问', '2022-09-01'],
    ['2022年9月1日 区人大常委会联组会议开展专题询问\n\n9月1日上午，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。', '区人大常委会联组会议开展专题询问', '2022-09-01'],
    ['2022.9.1　区人大常委会开展专题询问\n\n9月1日上午，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。', '区人大常委会开展专题询问', '2022-09-01'],
    ['区人大常委会开展专题询问　2022年9月2日\n\n9月1日上午，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。', '区人大常委会开展专题询问', '2022-09-01'],
    // A post's stamp (account, ISO date, clock time) is the posting date: the lede's date wins, the stamp gives a missing year.
    ['聚焦养老服务 区人大常委会开展专题询问\n\n丰宁区人大 2022-09-02 19:05\n\n9月1日，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。', '聚焦养老服务 区人大常委会开展专题询问', '2022-09-01'],
    ['聚焦养老服务 区人大常委会开展专题询问\n\n丰宁区人大 2022-09-02 19:05\n\n2022年9月1日，区十九届人大常委会第五次会议举行联组会议，就养老服务工作开展专题询问。', '聚焦养老服务 区人大常委会开展专题询问', '2022-09-01'],
    ['区人大常委会开展专题询问\n\n原创 丰宁区人大 2023/1/3 08:40 发表于河北\n\n12月30日，区十九届人大常委会第七次会议举行联组会议，就养老服务工作开展专题询问。', '区人大常委会开展专题询问', '2022-12-30'],
  ])('%s', (head, title, date) => {
    const text = head + body;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.session.title).toBe(title);
    expect(s.session.date).toBe(date);
    expect(summary(s)).toEqual([[null, '区人大常委会委员', ['欧文斌'], ['莫少华'], null]]);
  });
});

describe('[build] a year-less dateline takes the year of the report\'s own publication note, else is warned about', () => {
  const REPORT = '临江省人大常委会开展专题询问\n\n新华社临江9月17日电 临江省人大常委会17日上午举行联组会议，开展专题询问。\n\n省人大常委会委员闵晓岚问道：“养护责任怎么落实？”省交通运输厅厅长韦国梁回答，将推行专业化养护。\n';
  // Each row: what follows the report, the date read, whether date-without-year is given.
  it.each<[string, string, string | null, boolean]>([
    ['a print-edition note', '\n（2024年9月18日《临江日报》第1版）\n', '2024-09-17', false],
    ['a source field with the date', '\n来源：临江日报　2024年9月18日\n', '2024-09-17', false],
    ['nothing with a year', '', null, true],
  ])('%s', (_name, after, date, warned) => {
    const s = build(REPORT + after);
    expect(s.session.date).toBe(date);
    expect(s.warnings.some((w) => w.code === 'date-without-year')).toBe(warned);
  });
});

describe('[build] field blocks: addressee fields and supplementary responders', () => {
  const HEAD = '五月十二日，某县人大常委会对全县农村公路养护工作开展专题询问。\n\n询问一\n';
  // Each row: the block after the header; the question's text, askers, responders, addressees.
  it.each<[string, string, string, string[], string[], string[]]>([
    ['应询单位 before 询问内容: the offices asked, the question is the 询问内容',
      '询问人：县人大常委会委员 柴立夫\n应询单位：县交通运输局、县财政局\n询问内容：养护资金缺口有多大？\n应询人：县交通运输局局长 庞建中\n答复内容：缺口约八百万元。',
      '养护资金缺口有多大？', ['柴立夫'], ['庞建中'], ['县交通运输局', '县财政局']],
    ['询问对象 joined by 和, then 补充应询人 and 补充答复',
      '询问人：县人大常委会委员 柴立夫\n询问对象：县交通运输局和县财政局\n询问内容：养护资金缺口有多大？\n应询人：县交通运输局局长 庞建中\n答复内容：缺口约八百万元。\n补充应询人：县财政局副局长 蔺晓红\n补充答复：县财政明年安排四百万元。',
      '养护资金缺口有多大？', ['柴立夫'], ['庞建中', '蔺晓红'], ['县交通运输局', '县财政局']],
    ['no 询问内容 field: the lines after the asker\'s, the addressee field skipped',
      '询问人：县人大常委会委员 柴立夫\n被询问单位：县交通运输局\n养护资金缺口有多大？\n应询人：县交通运输局局长 庞建中\n答复内容：缺口约八百万元。',
      '养护资金缺口有多大？', ['柴立夫'], ['庞建中'], ['县交通运输局']],
    ['a 问题: digest, the addressee field in the announcement',
      '提问人：县人大常委会委员 柴立夫\n应询单位：县交通运输局\n问题：养护资金缺口有多大？\n应询人：县交通运输局局长 庞建中\n答复：缺口约八百万元。',
      '养护资金缺口有多大？', ['柴立夫'], ['庞建中'], ['县交通运输局']],
    ['the office answers after the question: 应询单位 then 答复内容',
      '询问人：县人大常委会委员 柴立夫\n询问内容：养护资金缺口有多大？\n应询单位：县交通运输局\n答复内容：缺口约八百万元。',
      '养护资金缺口有多大？', ['柴立夫'], [], ['县交通运输局']],
  ])('%s', (_name, block, question, askers, responders, addressees) => {
    const text = HEAD + block;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s, 40)).toEqual([['询问一', question, askers, responders, null]]);
    expect(s.questions[0].addressees).toEqual(addressees);
  });
  it('an office written in full and short is one addressee', () => {
    const text = HEAD + '询问人：县人大常委会副主任 柴立夫\n应询单位：县人民政府\n询问内容：县政府明年有什么打算？\n应询人：副县长 庞建中\n答复内容：将继续加大投入。';
    expect(build(text).questions[0].addressees).toEqual(['县政府']);
  });
});

describe('[build] a web page saved as text: its menu, breadcrumb and publication line are no headline, and date the page, not the meeting', () => {
  const lede = '5月12日，桐溪县第九届人大常委会第十四次会议召开联组会议，就县人民政府关于养老服务体系建设情况的报告开展专题询问。';
  const body = '\n常委会委员侯建平问：农村幸福院为什么用不起来？\n县民政局局长甘立新答：主要是运营经费不足。';
  it.each<[string, string | null, string | null]>([
    ['首页\n{H}\n发布时间：2021-05-13 09:20　来源：县人大办\n{L}', '{H}', '2021-05-12'],
    ['首页\n人大要闻\n监督工作\n当前位置：首页 > 监督工作 > 正文\n{H}\n发布时间：2021-05-13 09:20\n{L}', '{H}', '2021-05-12'],
    ['网站首页 | 人大要闻 | 监督工作\n{H}\n{L}', '{H}', null], // no year anywhere
    ['人大要闻\n{H}\n发布时间：2021-05-13 09:20\n{L}', '{H}', '2021-05-12'],
    // A headline not read as one (it ends on a full stop): the publication line under it still dates the page only.
    ['{H}。\n发布时间：2021-05-13 09:20\n{L}', null, '2021-05-12'],
    ['{H}。\n文章来源：县人大办　发布日期：2021年5月13日\n{L}', null, '2021-05-12'],
    ['{H}。\n2021-05-13 09:20　来源：县人大办\n{L}', null, '2021-05-12'],
    // A record's own date field dates the meeting.
    ['{H}\n时间：2021年5月12日\n{L}', '{H}', '2021-05-12'],
  ])('%j', (head, title, date) => {
    const headline = '县人大常委会就养老服务开展专题询问';
    const text = head.replace(/\{H\}/g, headline).replace('{L}', lede) + body;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.session.title).toBe(title?.replace('{H}', headline) ?? null);
    expect(s.session.date).toBe(date);
    if (title) expect(s.session.topic).toBe('养老服务体系建设情况');
    expect(summary(s)).toEqual([[null, '农村幸福院为什么', ['侯建平'], ['甘立新'], null]]);
  });
});

describe('[build] the reporter\'s voice after an answer ends the responder\'s turn', () => {
  const text = [
    '问题一：全市养老床位缺口有多大？',
    '市人大常委会委员邝海涛询问市民政局：养老床位缺口有多大？',
    '市民政局局长蔺文博回答，目前全市养老床位缺口约3000张，今年将新增床位800张。',
    '据了解，全市60岁以上老年人口已达到42万人。',
    '问题二：农村幸福院为什么用不起来？',
    '市人大常委会委员甘秀兰询问：农村幸福院为什么用不起来？',
    '市财政局局长冼志坚回答，主要是运营经费不足，明年将安排补助资金500万元。',
    '此外，委员们还就医养结合、养老护理人才培养等提出意见建议。',
    '指标\t2022年\t2023年',
    '养老机构（家）\t86\t94',
    '市人大常委会主任龚建平在讲话中指出，要加快补齐养老服务短板。',
  ].join('\n');
  const s = build(text);
  it('keeps the invariants', () => expectStructureInvariants(text, s));
  it('between two questions: a narration turn of the first', () => {
    expect(s.questions[0].turns.map((t) => [t.role, t.text.slice(0, 6)])).toEqual([
      ['narration', '问题一：全市'], ['asker', '市人大常委会'], ['responder', '市民政局局长'], ['narration', '据了解，全市'],
    ]);
  });
  it('after the last answer: the closing, with the table, never the last answer', () => {
    expect(s.questions[1].turns.map((t) => [t.role, t.text.slice(0, 6)])).toEqual([
      ['narration', '问题二：农村'], ['asker', '市人大常委会'], ['responder', '市财政局局长'],
    ]);
    expect(s.closing && text.slice(...s.closing)).toMatch(/^此外，委员们还就.*\n指标\t2022年\t2023年\n养老机构（家）\t86\t94\n市人大常委会主任龚建平/su);
  });
});

describe('[build] the responder going on after the reporter\'s lines ("他表示,…")', () => {
  it('takes the turn back', () => {
    const text = [
      '6月3日，桐溪县人大常委会举行联组会议开展专题询问。',
      '常委会委员邝海涛问道：“农村幸福院为什么用不起来？”',
      '县民政局局长蔺文博回答，主要是运营经费不足。',
      '据了解，全县现有农村幸福院86个，正常运营的只有41个。',
      '他表示，下一步将推行“公建民营”模式，每年安排运营补助300万元。',
      '常委会委员甘秀兰问道：“养老护理员缺口有多大？”',
      '县人社局局长冼志坚回答，缺口约600人。',
    ].join('\n');
    const s = build(text);
    expectStructureInvariants(text, s);
    const name = (id: string | null) => s.people.find((p) => p.id === id)?.name ?? null;
    expect(s.questions[0].turns.map((t) => [t.role, name(t.speaker), t.text.slice(0, 4)])).toEqual([
      ['asker', '邝海涛', '常委会委'], ['responder', '蔺文博', '县民政局'], ['narration', null, '据了解，'], ['responder', '蔺文博', '他表示，'],
    ]);
  });
});

describe('[build] a 追问 cue anywhere in the member\'s words, and 我想再问一下 by another member', () => {
  // The exchange before: a question to 县卫健局 and its answer. Each row: the next member's line, who answers it, and which question it follows.
  const before = [
    '2025年6月12日,青溪县人大常委会开展专题询问。',
    '县人大常委会委员蓝德明:请问县卫健局,乡村医生缺口有多大?',
    '县卫健局局长钟立:全县缺口86人,村卫生室待遇偏低。',
  ];
  it.each<[string, string, string, number | null]>([
    ['another member, 追问 after the question, pointing back (刚才), answered by another department', '县人大常委会委员庞秋云:刚才提到待遇偏低,补助资金从哪里来?我追问一下县财政局。', '县财政局局长邹明:今年安排补助300万元。', 1],
    ['another member, 再追问一句 after thanks, picking up the exchange\'s terms', '县人大常委会委员庞秋云:谢谢钟局长刚才的介绍,再追问一句:村卫生室待遇怎么提高?', '县财政局局长邹明:今年提高补助标准。', 1],
    ['another member, 接着刚才的问题, answered by another department', '县人大常委会委员庞秋云:接着刚才的问题,我再问一下,补助资金什么时候拨付?', '县财政局局长邹明:三季度拨付。', 1],
    ['another member, 我想再问一下, answered by who answered', '县人大常委会委员庞秋云:我想再问一下,定向培养的医学生什么时候到岗?', '县卫健局局长钟立:明年到岗。', 1],
    ['another member, 我想再问一下 on a new matter, answered by another department: a question of its own', '县人大常委会委员庞秋云:我想再问一下,学校食堂的食材怎么监管?', '县教育局局长袁涛:实行集中配送。', null],
    ['the same member, a second question of their own, pressed in the same turn (再追问一句)', '县人大常委会委员蓝德明:请问县教育局,学校食堂的食材怎么监管?再追问一句,谁来抽检?', '县教育局局长袁涛:实行集中配送。', null],
    ['the same member, 追问 after the question', '县人大常委会委员蓝德明:资金从哪里来?我追问一下县财政局。', '县财政局局长邹明:今年安排补助300万元。', 1],
  ])('%s', (_name, line, answer, followed) => {
    const text = [...before, line, answer].join('\n');
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions.map((q) => q.followUpOf)).toEqual([null, followed]);
  });
});

describe('[build] back matter after the closing is page frame', () => {
  const HEAD = [
    '2024年5月9日，某县第九届人大常委会第十五次会议就全县基层医疗卫生服务开展专题询问。县人大常委会主任牛志远主持。',
    '',
    '1、县人大常委会委员欧阳珊询问县卫生健康局：乡镇卫生院“空心化”[1]，请问怎么办？',
    '',
    '县卫生健康局局长申屠明回答：今年招聘医生４２名，２０２５年再招３０名。',
    '',
    '牛志远在总结讲话中要求，县政府在三个月内书面报告整改情况。',
    '',
  ];
  const CLOSING = '牛志远在总结讲话中要求，县政府在三个月内书面报告整改情况。';
  it.each<[string, string[]]>([
    ['a notes block', ['注释：', '[1] 据县卫健局２０２３年统计，全县１２个卫生院中有５个缺全科医生。']],
    ['a note line', ['注：文中数据截至２０２４年４月底。']],
    ['a cited footnote alone', ['[1] 据县卫健局２０２３年统计。']],
    ['an attachment with a tab table', ['附件：专题询问应询人员名单', '序号\t姓名\t职务', '１\t申屠明\t县卫生健康局局长']],
    ['an attachment with names and spaces', ['附件：专题询问应询人员名单', '申屠明  县卫生健康局局长']],
    ['an attachment on one line', ['附件：专题询问方案（略）']],
    ['a list of other posts, a QR caption, credits', ['往期回顾', '▶ 某县人大常委会召开第十四次会议', '▶ 一图读懂：2025年县政府民生实事', '📷 长按识别二维码 关注我们', '编辑：甘露  审核：黎明  监制：韦东']],
    ['an end mark, then other posts', ['— END —', '', '推荐阅读', '▶ 某县人大常委会召开第十四次会议']],
  ])('%s: the closing is found, the last turn ends at its answer', (_name, tail) => {
    const text = [...HEAD, ...tail].join('\n');
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual([[null, '乡镇卫生院“空心', ['欧阳珊'], ['申屠明'], null]]);
    expect(s.closing && text.slice(...s.closing)).toBe(CLOSING);
    const turns = s.questions[0].turns;
    expect(turns[turns.length - 1].text).toBe('县卫生健康局局长申屠明回答：今年招聘医生４２名，２０２５年再招３０名。');
  });

  it.each<[string, string]>([
    ['a decoration glyph', '✦ '],
    ['an emoji', '👉'],
    ['a bullet', '◆ '],
  ])('a closing line opening on %s is still the closing', (_name, lead) => {
    const text = [...HEAD.slice(0, 6), lead + CLOSING, '', '━━━━━━', '', '往期回顾', '▶ 某县人大常委会召开第十四次会议'].join('\n');
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.closing && text.slice(...s.closing)).toMatch(new RegExp(`${CLOSING}$`, 'u'));
    const turns = s.questions[0].turns;
    expect(turns[turns.length - 1].text).toBe('县卫生健康局局长申屠明回答：今年招聘医生４２名，２０２５年再招３０名。');
  });
});

describe('[build] a speaker line opening on decoration', () => {
  it.each<[string, string]>([
    ['an emoji', '👉'],
    ['a sparkle and a space', '✦ '],
  ])('%s: the label is read, and the glyph starts its turn', (_name, lead) => {
    const text = [
      '2025年3月5日，某区人大常委会召开联组会议开展专题询问。区人大常委会主任闻人杰主持会议。',
      '【问】区人大代表 欧阳珊',
      '社区食堂补贴能不能持续？请问区财政局有什么安排？',
      `${lead}【答】区财政局局长 皇甫青`,
      '今年区财政安排补贴资金320万元。',
    ].join('\n');
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual([['问', '社区食堂补贴能不', ['欧阳珊'], ['皇甫青'], null]]);
    const turns = s.questions[0].turns;
    expect(turns[0].text.endsWith('有什么安排？\n')).toBe(true);
    expect(turns[1].text.startsWith(`${lead}【答】`)).toBe(true);
  });
});

describe('[build] topic leads and corner quotes in a news feature', () => {
  const text = [
    '10月9日，临川市人大常委会举行联组会议，就城市供水工作开展专题询问。',
    '',
    '【二次供水】 「高层住户水压不足怎么办？」市人大常委会委员柯雅琳率先发问。对此，市水务局局长詹立民回应说，今年将改造二次供水泵房86座。',
    '',
    '【管网漏损】 市人大代表龙启航问道：管网漏损率为何居高不下？针对这一问题，市水务集团董事长阮明哲表示，将分区计量。',
  ].join('\n');
  const s = build(text);
  it('labels each question with its lead, as written; the question is the asker\'s words', () => {
    expect(summary(s, 20)).toEqual([
      ['【二次供水】', '高层住户水压不足怎么办？', ['柯雅琳'], ['詹立民'], null],
      ['【管网漏损】', '管网漏损率为何居高不下？', ['龙启航'], ['阮明哲'], null],
    ]);
    expectStructureInvariants(text, s);
  });
  it('keeps each lead a narration turn, and the reply\'s connective in the reply', () => {
    expect(s.questions.map((q) => q.turns.map((t) => [t.role, t.text.slice(0, 6)]))).toEqual([
      [['narration', '【二次供水】'], ['asker', '「高层住户水'], ['responder', '对此，市水务']],
      [['narration', '【管网漏损】'], ['asker', '市人大代表龙'], ['responder', '针对这一问题']],
    ]);
  });
});

describe('[build] a glyph opening each label line', () => {
  // Each row: the glyph before the members' labels, the glyph before the officials'; the labels on their own line or inline.
  it.each<[string, string, boolean]>([
    ['▲', '●', false],
    ['▲', '●', true],
    ['◆', '◇', false],
    ['■', '□', false],
    ['★', '☆', true],
    ['△', '○', false],
    ['◎', '▶', false],
  ])('%s / %s (inline %s): the glyph is the label\'s, in no other turn nor a turn of its own', (ask, answer, inline) => {
    const br = inline ? '' : '\n';
    const text = `白河县人大常委会专题询问\n\n${ask}常委会委员 邬晓梅：${br}渠道建成后谁来管护？\n\n${answer}县水利局局长 郜远山：${br}我们抓三件事。\n\n${ask}常委会委员 潘立军：${br}钱从哪里来？\n\n${answer}县财政局局长 苗青禾：${br}列入预算。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s, 20)).toEqual([
      [null, '渠道建成后谁来管护？', ['邬晓梅'], ['郜远山'], null],
      [null, '钱从哪里来？', ['潘立军'], ['苗青禾'], null],
    ]);
    for (const q of s.questions) {
      expect(q.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
      expect(q.turns.map((t) => t.text[0])).toEqual([ask, answer]);
    }
  });
});

describe('[build] a news report\'s subheads before questions opening on their quotation', () => {
  // Each row: the first subhead, the second (bulleted or bare with no final punctuation).
  it.each<[string, string]>([
    ['■ 农村供水够不够', '■ 水价怎么定才合理'],
    ['● 农村供水够不够', '▲ 水价怎么定才合理'],
    ['■ 农村供水够不够', '水价怎么定才合理'],
  ])('%s / %s: each heads its question, none ends the answer before or stays in the introduction', (first, second) => {
    const text = `白河县人大常委会专题询问农村供水工作\n\n9月3日，白河县人大常委会对农村供水工作开展专题询问。\n\n${first}\n\n“全县还有多少人喝不上自来水？”县人大常委会委员欧阳晓梅问。\n\n县水利局局长郜远山回答，还有1200户，年底前全部接通。\n\n${second}\n\n“水价上涨，群众负担怎么办？”委员潘立军问。\n\n县发展改革局局长苗青禾说，将对低收入户给予补贴。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s, 6)).toEqual([
      [null, '全县还有多少', ['欧阳晓梅'], ['郜远山'], null],
      [null, '水价上涨，群', ['潘立军'], ['苗青禾'], null],
    ]);
    expect(s.questions.map((q) => [q.turns[0].role, q.turns[0].text.trim()])).toEqual([['narration', first], ['narration', second]]);
    expect(s.questions[0].turns.at(-1)!.text.trim()).toBe('县水利局局长郜远山回答，还有1200户，年底前全部接通。');
  });
});

describe('[build] Markdown heading marks between question sections', () => {
  it.each([['## '], ['### '], ['#### ']])('%s before a header is no text left over', (mark) => {
    const text = [
      '# 某县人大常委会专题询问纪要', '', `${mark}问题一：养护资金够不够？`, '', '**询问人**：县人大常委会委员　柯海蓝', '', '请问县交通运输局，养护资金够不够？', '',
      '**应询人**：县交通运输局局长　邹立行', '', '今年安排养护资金800万元。', '', `${mark}问题二：校车安全怎么保障？`, '', '**询问人**：县人大常委会委员　韩小溪', '',
      '请问县教育局，校车安全怎么保障？', '', '**应询人**：县教育局局长　费德昌', '', '今年新增校车18辆。',
    ].join('\n');
    const s = build(text);
    expect(s.questions.map((q) => q.label)).toEqual(['问题一', '问题二']);
    expect(s.warnings.filter((w) => w.code === 'unclassified-text')).toEqual([]);
  });
});

describe('[build] a header on the asker\'s line, the asker naming the office asked (NAME问ORG:)', () => {
  // Each row: the asker's part of the header line, the asker's name, the question expected.
  it.each<[string, string, string]>([
    ['县人大常委会委员、县人大教科文卫工委主任向光明问县文化和旅游局：', '向光明', '全县景区如何开发全季旅游产品？'],
    ['县人大代表、某村党支部书记郑大勇问县文旅投资集团：', '郑大勇', '全县景区如何开发全季旅游产品？'],
    ['县人大常委会委员赵峰问：', '赵峰', '全县景区如何开发全季旅游产品？'],
  ])('【询问一】%s…', (head, asker, question) => {
    const text = `某县人大常委会开展文旅融合发展专题询问\n\n2021年11月25日，某县人大常委会对全县文旅融合发展工作进行专题询问。\n\n【询问一】${head}全县景区如何开发全季旅游产品？\n\n县文化和旅游局局长李春华答：我们将打造三类产品。\n\n【询问二】县人大常委会委员覃玉梅问县博物馆：非遗展示馆建设进展如何？\n\n县博物馆馆长田华答：主体工程已经完工。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s, 40)).toEqual([
      ['询问一', question, [asker], ['李春华'], null],
      ['询问二', '非遗展示馆建设进展如何？', ['覃玉梅'], ['田华'], null],
    ]);
  });
  // Near-miss: an asker only reported in the header (no colon after the office) keeps the header's words.
  it('【询问一】委员某某询问如何… keeps the header\'s sentence', () => {
    const text = '某县人大常委会专题询问\n\n2021年11月25日，某县人大常委会进行专题询问。\n\n【询问一】县人大常委会委员赵峰询问全县景区如何开发全季旅游产品。\n\n县文化和旅游局局长李春华答：我们将打造三类产品。';
    const s = build(text);
    expect(s.questions[0].text).toBe('县人大常委会委员赵峰询问全县景区如何开发全季旅游产品。');
  });
});

describe('[build] a responder\'s long title read back to its start, not cut at a length', () => {
  it.each([['州农产品质量安全检验检测中心主任'], ['州农业农村局农产品质量安全检验检测中心主任']])('%s王晓东回答', (title) => {
    const text = `某州人大常委会专题询问\n\n2022年7月8日，某州人大常委会对农产品质量安全工作开展专题询问。\n\n州人大常委会委员王某某问：检测站点少，能否解决？\n\n${title}王晓东回答：我们计划增设快检站。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    const p = s.people.find((x) => x.name === '王晓东')!;
    expect(p.titles).toEqual([title]);
    expect(s.questions[0].turns[0].text.trim()).toBe('州人大常委会委员王某某问：检测站点少，能否解决？');
  });
});

describe('[build] an arrow caption before someone else\'s words is narration, in nobody\'s turn', () => {
  it.each([['▲副市长普文涛表态发言'], ['▲会议现场'], ['▲图为副市长普文涛表态发言']])('%s', (caption) => {
    const text = `某市人大常委会专题询问\n\n2023年5月10日，某市人大常委会对养老服务工作开展专题询问。\n\n市人大代表朱海：请问市民政局有什么打算？\n\n市民政局局长马建华：我们将开设专栏，每周一期。\n\n${caption}\n\n市人大代表朱海：我追问一下，专栏什么时候开设？\n\n市民政局局长马建华：下个月开设。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    const turns = s.questions.flatMap((q) => q.turns.map((t) => [t.role, t.text.trim()]));
    expect(turns).toContainEqual(['narration', caption]);
    expect(turns).toContainEqual(['responder', '市民政局局长马建华：我们将开设专栏，每周一期。']);
  });
  // Before the head's 表态 after the last exchange, the caption is in no question: the closing starts at the statement.
  it.each([['▲副市长普文涛表态发言'], ['▲图为副市长普文涛表态发言']])('%s before the closing 表态', (caption) => {
    const text = `某市人大常委会专题询问\n\n2023年5月10日，某市人大常委会对养老服务工作开展专题询问。\n\n市人大代表朱海：请问市民政局有什么打算？\n\n市民政局局长马建华：我们将开设专栏，每周一期。\n\n${caption}\n\n副市长普文涛表态，市政府将认真落实委员们的意见建议。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    const turns = s.questions[0].turns.map((t) => [t.role, t.text.trim()]);
    expect(turns.at(-1)).toEqual(['responder', '市民政局局长马建华：我们将开设专栏，每周一期。']);
    expect(text.slice(...s.closing!)).toMatch(/^副市长普文涛表态/);
  });
  // Near-miss: inside an answer, the caption is set in the text and the answer goes on after it.
  it('▲图为… between 二是 and 三是: the one who answered goes on after it', () => {
    const text = '某市人大常委会专题询问\n\n2023年5月10日，某市人大常委会对供水工作开展专题询问。\n\n委员王某某：请问市水务局如何保障供水？\n\n市水务局局长张某某：一是改造管网120公里；二是新建水厂2座；\n\n▲图为市水务局局长张某某回答询问\n\n三是建立水质月检制度。';
    const s = build(text);
    expectStructureInvariants(text, s);
    const last = s.questions[0].turns.at(-1)!;
    expect([last.role, last.text.trim()]).toEqual(['responder', '三是建立水质月检制度。']);
    expect(s.questions[0].responders).toHaveLength(1);
  });
});

describe('[build] minutes divided into the meeting\'s parts (一、分组询问 … 三、表态 / 四、讲话), labels set in columns', () => {
  const MINUTES = [
    '江口区人大常委会“学前教育普惠发展”专题询问纪要',
    '2025年9月3日至4日，江口区人大常委会对区人民政府学前教育普惠发展工作开展专题询问。',
    '一、分组询问（9月3日下午）',
    '第一组（召集人：区人大常委会副主任 韦思远）',
    '委员 邓晓琳：公办园学位缺口有多大？',
    '区教育局 党组书记、局长 廖春生：目前缺口约1200个，明年新建3所公办园后基本补齐。',
    '二、联组询问（9月4日上午，区人大常委会主任 卢海涛 主持）',
    '区人大代表、江口幼儿园园长 莫小芸：普惠园补助标准偏低，怎么调整？',
    '区财政局 局长 黎文斌：明年起生均补助由每年800元提高到1000元。',
    '莫小芸 追问：补助资金什么时候拨付？',
    '黎文斌：每学期开学后一个月内拨付到位。',
    '三、表态',
    '副区长蒙丽华代表区人民政府表态：将逐项研究委员们的意见，限期整改。',
    '四、讲话',
    '卢海涛强调，要持续跟踪问效，推动询问成果转化。',
  ].join('\n');
  const s = build(MINUTES);
  it('reads the parts as no questions, and the columns\' labels with their organizations', () => {
    expect(summary(s, 6)).toEqual([
      [null, '公办园学位缺', ['邓晓琳'], ['廖春生'], null],
      [null, '普惠园补助标', ['莫小芸'], ['黎文斌'], null],
      [null, '补助资金什么', ['莫小芸'], ['黎文斌'], 2],
    ]);
    const org = (name: string) => s.people.find((p) => p.name === name)?.organization;
    expect([org('廖春生'), org('黎文斌')]).toEqual(['区教育局', '区财政局']);
    expectStructureInvariants(MINUTES, s);
  });
  it('puts the questions under their asking parts, and the closing from 三、表态 on', () => {
    expect(s.questions.map((q) => q.group?.label)).toEqual(['第一组', '二、联组询问', '二、联组询问']);
    expect(s.closing && MINUTES.slice(s.closing[0], s.closing[1])).toBe(MINUTES.slice(MINUTES.indexOf('三、表态')));
    expect(s.warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('[build] numbered minutes whose outline goes on after the last question (三、表态发言 / 四、会议小结)', () => {
  const MINUTES = [
    '某市人大常委会专题询问会议纪要',
    '时间：2024年5月20日上午',
    '一、联组询问',
    '1. 常委会委员 韩春燕 问：老旧小区改造今年完成多少？',
    '市住建局局长 邹国强 答：今年完成改造126个小区。',
    '2. 常委会委员 罗志明 问：加装电梯进度如何？',
    '市住建局局长 邹国强 答：已加装电梯320部。',
    '二、表态发言',
    '副市长范建华表示，市政府将逐项抓好整改落实。',
    '三、会议小结',
    '主持人指出，要以此次询问为契机，推动城市更新。',
  ].join('\n');
  it('gives the closing everything after the last exchange, and the last answer none of it', () => {
    const s = build(MINUTES);
    expect(summary(s, 4).map((q) => q[1])).toEqual(['老旧小区', '加装电梯']);
    expect(s.questions[1].sectionSpan[1]).toBeLessThanOrEqual(MINUTES.indexOf('二、表态发言'));
    expect(s.closing && MINUTES.slice(s.closing[0], s.closing[1])).toBe(MINUTES.slice(MINUTES.indexOf('二、表态发言')));
    expect(s.warnings.map((w) => w.code)).not.toContain('unclassified-text');
    expectStructureInvariants(MINUTES, s);
  });
  it('warns of no dropped text when a pasted second session\'s closing is taken away on purpose (multiple-sessions says so)', () => {
    const text = readFileSync(new URL('../fixtures/transcripts/202-pasted-sessions-cut-copied-entities/input.txt', import.meta.url), 'utf8');
    const codes = build(text).warnings.map((w) => w.code);
    expect(codes).toContain('multiple-sessions');
    expect(codes).not.toContain('unclassified-text');
  });
});

describe('[build] numbered headers that start only after answered exchanges (t67 #1)', () => {
  const ORAL = [
    '平川市人大常委会开展农村供水工作专题询问',
    '2024年6月20日上午，平川市第九届人大常委会第十二次会议召开联组会议，开展专题询问。',
    '常委会委员柏青山首先发问：农村自来水普及率是多少？',
    '市水利局局长霍长林回答：目前全市农村自来水普及率为92.5%。',
    '常委会委员乔慧敏问：水质检测能不能做到全覆盖？',
    '市卫生健康委员会主任庞立诚答：今年已检测水样1260份。',
  ];
  const NUMBERED = ['（一）常委会委员滕国梁：山区供水管网老化怎么解决？', '市水利局：今年改造老化管网86公里。', '（二）市人大代表窦雅琴：水费收缴率低怎么办？', '市发展和改革委员会：明年实行阶梯水价。'];
  it.each([['under a heading the parser does not know', '未及回答的问题'], ['under no heading at all', null]])('%s: the oral part keeps its own questions, the headers theirs', (_name, heading) => {
    const text = [...ORAL, ...(heading ? [heading] : []), ...NUMBERED].join('\n\n');
    const s = build(text);
    expect(summary(s, 6).map(([label, , askers]) => [label, askers])).toEqual([[null, ['柏青山']], [null, ['乔慧敏']], ['一', ['滕国梁']], ['二', ['窦雅琴']]]);
    expect(s.warnings.map((w) => w.code)).not.toContain('labels-in-introduction');
    expectStructureInvariants(text, s);
  });
  it('near-miss: headers over every exchange from the first one stay the layout of the whole text', () => {
    const s = build([ORAL[0], ORAL[1], '一、农村自来水普及', ORAL[2], ORAL[3], '二、水质检测', ORAL[4], ORAL[5]].join('\n\n'));
    expect(summary(s, 6).map(([label, , askers]) => [label, askers])).toEqual([['一', ['柏青山']], ['二', ['乔慧敏']]]);
  });
});

describe('[build] the headline is read from the Chinese text: a line in another script is the page\'s (t72 p03, p18)', () => {
  const body = '2019年8月29日，盟人大常委会召开会议，就全盟草原生态保护工作开展专题询问。盟人大常委会副主任乌某某主持。\n\n盟人大常委会委员钟晓岚：禁牧区偷牧怎么管？\n\n盟林草局局长房立新：今年将增加护林员120名。';
  it.each<[string, string, string]>([
    ['Mongolian over the Chinese headline', 'ᠠᠯᠠᠰᠢᠶ᠎ᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠠᠷᠠᠳ\n阿拉善盟人大常委会开展草原生态保护专题询问', '阿拉善盟人大常委会开展草原生态保护专题询问'],
    ['Uyghur over it, a blank line between', 'ئىلى قازاق ئاپتونوم ئوبلاستلىق\n\n伊犁州人大常委会开展农村人居环境整治专题询问', '伊犁州人大常委会开展农村人居环境整治专题询问'],
    ['Mongolian under it', '阿拉善盟人大常委会开展草原生态保护专题询问\nᠠᠯᠠᠰᠢᠶ᠎ᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠠᠷᠠᠳ', '阿拉善盟人大常委会开展草原生态保护专题询问'],
    ['Zhuang in Latin letters over it', 'Gvangjsih Bouxcuengh Swcigih\n广西壮族自治区人大常委会开展专题询问', '广西壮族自治区人大常委会开展专题询问'],
  ])('%s', (_name, heading, title) => {
    const text = `${heading}\n\n${body}`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.session.title).toBe(title);
    expect(summary(s)).toEqual([[null, '禁牧区偷牧怎么管', ['钟晓岚'], ['房立新'], null]]);
    // (No warning on the foreign line, and no part of the introduction: it is the page's.)
    expect(s.warnings.map((w) => w.code)).toEqual([]);
    expect(s.session.span && /[\u1800-\u18af\u0600-\u06ff]|[A-Za-z]/u.test(text.slice(...s.session.span))).toBe(false);
  });
});

describe('[build] a headline over two lines with a blank line between (a web copy\'s paragraphs)', () => {
  it.each<[string, string, string, string | null]>([
    ['the body, then the inquiry', '望川区人大常委会\n\n关于全区城市社区停车治理工作情况的专题询问记录', '望川区人大常委会\n\n关于全区城市社区停车治理工作情况的专题询问记录', '全区城市社区停车治理工作情况'],
    ['the meeting, then the inquiry', '岚川市第九届人大常委会第十二次会议\n\n关于城乡供水保障工作的专题询问', '岚川市第九届人大常委会第十二次会议\n\n关于城乡供水保障工作的专题询问', '城乡供水保障工作'],
    ['a page-width wrap is no wrap across a blank line', '青川市人大常委会关于全市农村供水保障工作情况的专题询问实\n\n录', '青川市人大常委会关于全市农村供水保障工作情况的专题询问实', null],
  ])('%s', (_name, heading, title, topic) => {
    const text = `${heading}\n\n会议由区人大常委会副主任卓某某主持。\n\n委员莫晓梅：停车位缺口有多大？\n\n区住建局局长柯振宇：约三千个。`;
    const s = build(text);
    expect(s.session.title).toBe(title);
    if (topic) expect(s.session.topic).toBe(topic);
  });
});
