import { describe, expect, it } from 'vitest';
import { withoutClosing, beforeModerator, isClosingNarration, isStatementHeading, opensStatementPart } from '../../src/structure/closing-narration.js';
import { splitLines } from '../../src/structure/blocks.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { reporterLines } from '../../src/structure/reporter-voice.js';
import { parse } from '../../src/pipeline.js';

const who = (name: string, at: number): SpeakerMention => ({ span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: false });
/** An event at the first occurrence of `name` (after `from`) with a role. */
function ev(text: string, name: string, role: 'asker' | 'responder', followUp = false, from = 0): SpeechEvent {
  const at = text.indexOf(name, from);
  return { mention: who(name, at), role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp };
}

describe('[closing-narration] the meeting\'s closing narration after the last answer', () => {
  it.each<[string, string, string]>([
    ['a satisfaction vote', '苗某追问:有没有更硬的措施?\n冷某:将约谈平台。\n专题询问结束后,与会人员对应询部门进行了满意度测评。\n应询部门满意度测评结果为95.6%。', '苗某追问:有没有更硬的措施?\n冷某:将约谈平台。'],
    ['a closing speech and a live-text marker', '段某问:何时拨付?\n计某:30个工作日内。\n【现场】专题询问结束。\n会议最后,常委会副主任某某作了讲话。', '段某问:何时拨付?\n计某:30个工作日内。'],
    ['an answer that mentions a satisfaction survey stays', '段某问:如何考核?\n计某:我们将开展群众满意度测评,结果纳入考核。', '段某问:如何考核?\n计某:我们将开展群众满意度测评,结果纳入考核。'],
    ['a closing sentence inside the last paragraph', '程某追问:如何破解?\n全某:将推行阶梯水价. 对特困群众减免. 会议最后, 副主任欧某作了讲话, 要求三个月内报告.', '程某追问:如何破解?\n全某:将推行阶梯水价. 对特困群众减免.'],
    ['full-width: 。专题询问结束', '段某问:何时拨付?\n计某:30个工作日内。专题询问结束后,委员们进行了测评。', '段某问:何时拨付?\n计某:30个工作日内。'],
    ['the chair summing up, then Markdown and a source line', '慕某问:能否跟上?\n皇甫某:已纳入报销。\n询问结束后,黎某某指出,要建立整改清单。\n\n---\n\n*本文来源:某区人大*', '慕某问:能否跟上?\n皇甫某:已纳入报销。'],
    ['the chair speaking at the end', '苗某追问:措施呢?\n冷某:将约谈平台。\n郑某某在讲话中指出,要压实责任。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the inquiry, then the chair', '苗某追问:措施呢?\n冷某:将约谈平台。\n询问会上,委员们问得直接,应询人答得坦诚。唐某在讲话中要求,建立“三张清单”。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the inquiry without 上 (此次专题询问,…问的…答的…)', '苗某追问:措施呢?\n冷某:将约谈平台。\n此次专题询问,委员们问的尖锐,应询人答的实在。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a summary of the joint meeting (联组会议上,…问得…答得…)', '苗某追问:措施呢?\n冷某:将约谈平台。\n联组会议上,常委会组成人员问得直接,应询部门答得坦诚。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an answer speaking of the inquiry stays', '苗某追问:措施呢?\n冷某:专题询问中,大家提的问题我们都记下了,回答不了的会后书面答复。', '苗某追问:措施呢?\n冷某:专题询问中,大家提的问题我们都记下了,回答不了的会后书面答复。'],
    ['the chair summing up (在总结时说)', '苗某追问:措施呢?\n冷某:将约谈平台。\n区人大常委会副主任官某在总结时说,区政府要认真研究。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['a TV host commenting last (在节目最后点评时说)', '苗某追问:措施呢?\n冷某:将约谈平台。\n易某某在节目最后点评时说,将持续跟踪监督。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the moderator: 询问就到这里', '苗某追问:措施呢?\n冷某:将约谈平台。\n主持人(官某):询问就到这里。感谢各位委员。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an official answering (在回答时表示) stays', '苗某追问:措施呢?\n冷某在回答时表示,将约谈平台。', '苗某追问:措施呢?\n冷某在回答时表示,将约谈平台。'],
    ['a source line alone is no closing', '段某问:何时拨付?\n计某:30个工作日内。\n(来源:某市人大)', '段某问:何时拨付?\n计某:30个工作日内。\n(来源:某市人大)'],
    ['the meeting rating the answers', '张某代表追问:有没有倾斜?\n卢某:有的。\n会议对省生态环境厅的回答进行了满意度测评,满意率均在90%以上。', '张某代表追问:有没有倾斜?\n卢某:有的。'],
    ['a live-text closing with a scene tag and a clock time', '王某追问:资金从哪里来?\n阿某:专项债券。\n【现场】10:30 专题询问结束。', '王某追问:资金从哪里来?\n阿某:专项债券。'],
    ['a satisfaction result after a colon', '苗某追问:措施呢?\n冷某:将约谈平台。\n满意度测评结果:市场监管局满意率95.6%。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the chair, by name or as 主持人, ending the inquiry', '苗某问:措施呢?\n冷某:将约谈平台。\n韩某:专题询问到此结束。会后,请各部门认真整改。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a live page: clock times, a bold 主持人 and a closing remark', '苗某问:措施呢?\n**冷某:**将约谈平台。\n\n15:20\n**主持人:**询问环节结束。下面进行满意度测评。\n\n**主持人:**今天的询问取得了预期效果。专题询问到此结束。', '苗某问:措施呢?\n**冷某:**将约谈平台。'],
    ['a count of the askers after the last answer', '苗某问:措施呢?\n冷某:将约谈平台。\n据了解,本次联组会议共有8位委员和代表进行了询问。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['the government\'s final word after the last answer (最后表态)', '陶某追问:负荷率偏低怎么办?\n贺某表示,将加快管网建设。\n副省长严某某最后表态,省政府将认真研究吸纳意见建议。', '陶某追问:负荷率偏低怎么办?\n贺某表示,将加快管网建设。'],
    ['the government answering all the members at the end', '罗某追问:有何举措?\n黄某回答,开展培训。\n对于委员们提出的问题,副市长邱某在回应中表示,市政府将统筹推进。', '罗某追问:有何举措?\n黄某回答,开展培训。'],
    ['a vote reported line by line after the closing line', '苗某追问:措施呢?\n冷某:将约谈平台。\n会议最后,进行了满意度测评。\n应到会组成人员29人,实到26人。\n测评结果:满意17票,基本满意8票,不满意1票。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['vote lines alone after the last answer', '苗某追问:措施呢?\n冷某:将约谈平台。\n实到会组成人员26人,其中满意17票,基本满意8票。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the end of the 分组审议 opens the closing (分组审议结束后,…)', '苗某追问:措施呢?\n冷某:将约谈平台。\n分组审议结束后,常委会组成人员普遍认为,询问问题实。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['审议结束时 inside the last paragraph', '苗某追问:措施呢?\n冷某:将约谈平台。审议结束时,委员们对回答表示满意。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an answer speaking of the 审议 stays', '苗某追问:措施呢?\n冷某:审议中大家提的意见,我们将认真研究。', '苗某追问:措施呢?\n冷某:审议中大家提的意见,我们将认真研究。'],
    ['never the first line', '询问结束后还有问题吗?', '询问结束后还有问题吗?'],
    // a line's lead is layout: a bullet, or decoration (blanked in the view)
    ['a bullet before the closing line', '苗某追问:措施呢?\n冷某:将约谈平台。\n◆ 会议最后,进行了满意度测评。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['decoration before the closing line', '苗某追问:措施呢?\n冷某:将约谈平台。\n✦ 会议最后,进行了满意度测评。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    // lines naming who attended or wrote the record up, after the closing (attendance-lines.ts), do not end its run (t46 #1)
    ['the chair\'s speech, then an attendance line', '苗某追问:措施呢?\n冷某:将约谈平台。\n郑某某在讲话中强调,要压实责任。\n副州长某某,州级有关部门负责同志到会应询。\n会议还进行了满意度测评。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the chair\'s speech, 会议要求, then a credit line', '苗某追问:措施呢?\n冷某:将约谈平台。\n郑某某在讲话中指出,要压实责任。\n\n会议要求,市政府三个月内书面报告。\n会议由市人大常委会副主任某某记录整理。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['the chair\'s speech, 会议还…, then 市政府副市长到会', '苗某追问:措施呢?\n冷某:将约谈平台。\n郑某某在讲话中强调,要压实责任。\n会议还对此次专题询问进行了测评。\n市政府副市长到会。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
    ['an attendance line alone after the last answer closes nothing', '苗某追问:措施呢?\n冷某:将约谈平台。\n副市长某某到会应询。', '苗某追问:措施呢?\n冷某:将约谈平台。\n副市长某某到会应询。'],
    ['an answer line ending on 参加会议 before no closing stays', '苗某追问:措施呢?\n冷某:将约谈平台。\n我们也将邀请企业参加会议。', '苗某追问:措施呢?\n冷某:将约谈平台。\n我们也将邀请企业参加会议。'],
    // 会后 with the speaker as subject is the answer's own plan, no closing (t48 #9); the moment set off as narration is
    ['会后我们… in the last answer stays, the chair\'s line closes', '陆某追问:补助还没收到?\n甘某:会后我们马上核查,一周内拨付到位。\n黄某:询问就到这里。', '陆某追问:补助还没收到?\n甘某:会后我们马上核查,一周内拨付到位。'],
    ['。会后,我们… inside the last answer stays', '陆某追问:补助还没收到?\n甘某:确有拖欠。会后,我们将逐一核查。', '陆某追问:补助还没收到?\n甘某:确有拖欠。会后,我们将逐一核查。'],
    ['会后, narration of the meeting closes', '陆某追问:补助还没收到?\n甘某:一周内拨付。\n会后,市人大常委会将审议意见交市政府研究处理。', '陆某追问:补助还没收到?\n甘某:一周内拨付。'],
    ['。会后,… inside the last paragraph closes', '陆某追问:补助还没收到?\n甘某:一周内拨付。会后,市人大常委会将审议意见交市政府研究处理。', '陆某追问:补助还没收到?\n甘某:一周内拨付。'],
    // a numbered list the chair's closing line announces with its colon is the closing's (t48 #1)
    ['questions left for written answers, listed under the chair\'s closing line', '温某问:缺口有多大?\n郭某:由于时间关系,现场询问到此结束。以下问题请相关部门书面答复:\n1.委员陈某:由谁来管理?\n2.委员冯某:停车难如何解决?', '温某问:缺口有多大?'],
    ['a numbered list in the last answer stays', '温某问:有哪些措施?\n赵某:主要有以下措施:\n1.加快改造进度。\n2.强化资金保障。', '温某问:有哪些措施?\n赵某:主要有以下措施:\n1.加快改造进度。\n2.强化资金保障。'],
    ['a rule of box-drawing characters before the closing line', '苗某追问:措施呢?\n冷某:将约谈平台。\n━━━━━━\n会议最后,进行了满意度测评。', '苗某追问:措施呢?\n冷某:将约谈平台。'],
  ])('%s', (_name, text, kept) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    expect(text.slice(...withoutClosing(view, lines, [0, text.length]))).toBe(kept);
  });

  // The reporter's own lines after the last answer (reporter-voice.ts) join the closing; an official's stay.
  it.each<[string, string, string]>([
    ['此外,委员们还… then the chair', '苗某问:措施呢?\n冷某:将约谈平台。\n此外,委员们还就资金绩效等提出意见建议。据了解,全年投入资金3.2亿元。\n邵某在讲话中指出,要压实责任。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['据了解,… last', '苗某问:措施呢?\n冷某:将约谈平台。\n据了解,全市已建成充电桩1200个。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a table of figures, then the chair', '苗某问:措施呢?\n冷某:将约谈平台。\n指标\t2022年\t2023年\n投诉量(件)\t412\t365\n邵某在讲话中指出,要压实责任。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['the government\'s final word, a table, the chair', '苗某问:措施呢?\n冷某:将约谈平台。\n副区长严某最后表态说,将逐条整改。\n指标\t2022年\t2023年\n投诉量(件)\t412\t365\n邵某在讲话中要求,抓好落实。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a table the official announces stays', '苗某问:措施呢?\n冷某:近两年投诉情况如下:\n指标\t2022年\t2023年\n投诉量(件)\t412\t365', '苗某问:措施呢?\n冷某:近两年投诉情况如下:\n指标\t2022年\t2023年\n投诉量(件)\t412\t365'],
    ['an official going on in a paragraph of his own stays', '苗某问:措施呢?\n冷某:将约谈平台。\n此外,我们还将建立黑名单制度。', '苗某问:措施呢?\n冷某:将约谈平台。\n此外,我们还将建立黑名单制度。'],
  ])('%s', (_name, text, kept) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events = [ev(text, '苗某', 'asker'), ev(text, '冷某', 'responder')];
    const narration = new Set(reporterLines(view, lines, events).map((l) => l.content[0]));
    expect(text.slice(...withoutClosing(view, lines, [0, text.length], undefined, narration))).toBe(kept);
  });

  // Each row: the text, the moderator's turns in it (their first words, and the first words of the turn after each, or null for the end), and what stays in the last question.
  it.each<[string, string, Array<[string, string | null]>, string]>([
    ['the chair\'s lines after the last answer', '苗某问:措施呢?\n冷某:将约谈平台。\n邵某:今天的跟踪询问就到这里。\n邵某:请市政府三个月内书面报告。', [['邵某:今天', '邵某:请市'], ['邵某:请市', null]], '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['the chair\'s closing words running on over paragraphs', '苗某问:措施呢?\n冷某:将约谈平台。\n邵某:今天的询问效果很好。\n希望市政府认真研究。\n三个月内书面报告。', [['邵某:今天', null]], '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a moderator\'s line before the last answer stays', '苗某问:措施呢?\n邵某:请冷局长回答。\n冷某:将约谈平台。', [['邵某:', '冷某:']], '苗某问:措施呢?\n邵某:请冷局长回答。\n冷某:将约谈平台。'],
    ['an official\'s line after the last answer stays', '苗某问:措施呢?\n冷某:将约谈平台。\n闻某:我补充一点,资金已到位。', [], '苗某问:措施呢?\n冷某:将约谈平台。\n闻某:我补充一点,资金已到位。'],
  ])('%s', (_name, text, moderator, kept) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const turns = moderator.map(([m, next]): [number, number] => [text.indexOf(m), next === null ? text.length : text.indexOf(next)]);
    expect(text.slice(...withoutClosing(view, lines, beforeModerator(view, [0, text.length], turns)))).toBe(kept);
  });
});

describe('[closing-narration] a live feed\'s stamps before the closing line', () => {
  it.each<[string, string, string]>([
    ['a bracketed stamp alone before the closing line', '苗某问:措施呢?\n冷某:将约谈平台。\n【15:20】\n主持人:专题询问到此结束。', '苗某问:措施呢?\n冷某:将约谈平台。'],
    ['a bracketed stamp opening the closing line', '苗某问:措施呢?\n冷某:将约谈平台。\n【15:20】主持人:专题询问到此结束。', '苗某问:措施呢?\n冷某:将约谈平台。'],
  ])('closing: %s', (_name, text, kept) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    expect(text.slice(...withoutClosing(view, lines, [0, text.length]))).toBe(kept);
  });
});

describe('[closing-narration] lines that only look hard-wrapped do not cut the walk back over the closing', () => {
  // A news page's 问：/答： record ending with the government's final word, a table of figures and the chair's speech:
  // each table line is long and ends on a figure, as a hard-wrapped line does, yet the chair's speech after them is
  // still the closing (read as one wrapped paragraph with the lines before, it was lost and the closing came out null).
  const TEXT = "县人大常委会就农村饮水安全工作开展专题询问\n发布时间：2019-09-26 10:15 &nbsp; 来源：县人大办 &nbsp; 浏览次数：1386\n9月25日，青岚县第十六届人大常委会第二十三次会议召开联组会议，就县人民政府关于农村饮水安全工作情况的报告开展专题询问。县人大常委会主任皇甫德胜主持会议。常委会委员姬晓梅、符建华、郦春生先后提问，副县长晏志远，县水利局局长铁明辉、县卫生健康局局长阚立新、县财政局局长隗思远到会应询。现将询问情况摘录如下：\n问：（姬晓梅）全县还有多少群众喝不上安全水？原因主要在哪里？\n答：（铁明辉）截至8月底，全县农村自来水普及率达到91.6%，还有约1.3万人的饮水问题没有彻底解决，主要集中在东部山区。原因主要有三个：\n（1）居住分散，管网延伸成本高，每户平均投资超过8000元；\n（2）部分水源地季节性缺水，枯水期供水保证率不足；\n（3）村级管水员队伍不稳定，“重建轻管”问题仍然存在。\n问：（符建华）农村水质检测覆盖面怎么样？检测出不合格的怎么处理？\n答：（阚立新）今年县疾控中心共检测水样326份，合格率为86.8%，比上年提高4.2个百分点。对不合格的水样，我们第一时间通报水利部门和乡镇，督促采取消毒、更换水源等措施，并在15日内复检。\n问：（郦春生）农村饮水工程维修养护资金有没有保障？\n答：（隗思远）县财政每年安排维修养护资金200万元，今年又争取上级补助资金350万元。下一步将建立稳定的投入机制，按照每人每年不低于5元的标准列入预算。\n副县长晏志远最后表态说，县政府将把委员们的意见建议逐条梳理，列出问题清单，限期整改到位。\n指标2018年2019年（截至8月）\n农村自来水普及率88.2%91.6%\n集中供水工程（处）142157\n水样检测合格率82.6%86.8%\n皇甫德胜在讲话中要求，县政府及有关部门要以此次专题询问为契机，加快补齐农村饮水短板，确保2020年底前全县农村集中供水率达到95%以上。\n";
  it('the chair\'s speech after a table of figures is the closing', () => {
    expect(parse(TEXT).session.closing?.text.startsWith('皇甫德胜在讲话中要求')).toBe(true);
  });
});

describe('[closing-narration] a heading or field naming the government head\'s statement of position (表态) opens the closing', () => {
  const DIGEST = [
    '# 青川县人大常委会农村客运专题询问纪要',
    '',
    '> 2024年9月12日，青川县人大常委会就全县农村客运工作开展专题询问。常委会副主任**祁东海**主持。',
    '',
    '## 问题一：村村通客车为什么停运？',
    '',
    '**询问人**：县人大常委会委员　伍春燕',
    '',
    '请问县交通运输局，部分线路停运的原因是什么？',
    '',
    '**应询人**：县交通运输局局长　车明远',
    '',
    '主要是客流少、成本高。今年已恢复线路12条。',
    '',
  ];
  const SPEECH = '委员们提的问题很实在，县政府将逐条研究，明年再安排客运补贴300万元。';
  const CHAIR = '祁东海在讲话中指出，农村客运事关群众出行，要抓好跟踪落实。';
  it.each<[string, string[]]>([
    ['## 表态发言, the head\'s name in bold on its own line', ['## 表态发言', '', '**副县长**　柏云飞', '', SPEECH]],
    ['### 政府表态', ['### 政府表态', '', '**副县长**　柏云飞', '', SPEECH]],
    ['a bold field **表态**: TITLE NAME', ['**表态**：副县长　柏云飞', '', SPEECH]],
    ['a plain field 表态发言人: TITLE NAME', ['表态发言人：副县长 柏云飞', '', SPEECH]],
    ['a plain field 表态: TITLE NAME', ['表态：副县长 柏云飞', '', SPEECH]],
    ['a plain field 表态: TITLE NAME, no blank line before the words', ['表态：副县长　柏云飞', SPEECH]],
    ['a numbered heading 四、表态发言', ['四、表态发言', '', '副县长 柏云飞', '', SPEECH]],
    ['a heading naming the office, 常务副县长表态', ['常务副县长表态', '', '柏云飞', '', SPEECH]],
    ['a part tag of the procedure, 【表态】 TITLE NAME, the words on the next line', ['【表态】副县长　柏云飞', SPEECH]],
    ['a part tag alone on its line, 【政府表态】', ['【政府表态】', '副县长 柏云飞', SPEECH]],
    ['a part tag in square brackets, [表态发言]', ['[表态发言]副县长 柏云飞', '', SPEECH]],
  ])('%s', (_name, statement) => {
    const text = [...DIGEST, ...statement, '', '---', '', CHAIR].join('\n');
    const r = parse(text);
    expect(r.session.closing?.text).toBe(text.slice(text.indexOf(statement[0]), text.length));
    expect(r.questions.length).toBe(1);
    const q = r.questions[0];
    expect(q.responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['车明远']);
    expect(q.quantities.map((x) => x.text)).toEqual(['12条']);
    expect(r.session.closing?.quantities.map((x) => x.text)).toEqual(['300万元']);
  });

  // t52 #1: the 表态's pledges are the government's on the whole inquiry, no answer of the last question.
  it('a statement with pledges under the heading closes too (a list of them, "县政府将抓好两项工作：")', () => {
    const text = [...DIGEST, '## 表态发言', '', '**副县长**　柏云飞', '', '县政府将抓好两项工作：一是新开通线路8条；二是落实补贴300万元。', '', '---', '', CHAIR].join('\n');
    const r = parse(text);
    expect(r.session.closing?.text).toBe(text.slice(text.indexOf('## 表态发言')));
    expect(r.questions[0].quantities.map((x) => x.text)).toEqual(['12条']);
    expect(r.session.closing?.quantities.map((x) => x.text)).toEqual(['8条', '300万元']);
  });

  it('【表态】 then 【总结】 after the last 【询问】/【应询】 exchange: both the closing, neither the last answer\'s (t43 p6b)', () => {
    const text = [
      '鹭水区人大常委会“高效办成一件事”跟踪专题询问实录', '',
      '【询问】区人大常委会委员 钟伟民', '医保服务站全覆盖了吗？',
      '【应询】区医保局局长 吉小雨', '全区92个村（社区）医保服务站已实现全覆盖。', '',
      '【表态】副区长 叶青云', '区政府将持续深化“高效办成一件事”改革。', '',
      '【总结】区人大常委会主任 房立新', '希望区政府和相关部门坚持问题导向，把群众满意作为最终标准。',
    ].join('\n');
    const r = parse(text);
    expect(r.questions.length).toBe(1);
    expect(r.session.closing?.text).toBe(text.slice(text.indexOf('【表态】')));
    expect(r.questions[0].turns.at(-1)?.text.trim()).toBe('【应询】区医保局局长 吉小雨\n全区92个村（社区）医保服务站已实现全覆盖。');
  });

  it.each(['表态是必要的', '委员们要求县政府表态', '表态：', '县政府【表态】将整改'])('no heading: %s', (line) => {
    const text = [...DIGEST, line, '', SPEECH, '', '---', '', CHAIR].join('\n');
    expect(parse(text).session.closing?.text).toBe(CHAIR);
  });
});

describe('[closing-narration] the chair summing up between two exchanges is no answer', () => {
  const REPORT = [
    '临江县人大常委会就农村公路养护开展专题询问',
    '本报讯　县人大常委会主任韦正平主持询问。',
    '县人大常委会委员苏海宁关注养护资金：“农村公路养护资金缺口有多大？”',
    '县交通运输局局长甘立成回应，下一步将做好两项工作：一是落实养护资金；二是推行路长制。',
  ];
  const AFTER = ['县人大常委会委员黎秋萍询问：村道安防设施什么时候补齐？', '答复：县交通运输局副局长莫文涛', '今年将补齐安防设施120公里。'];
  it.each([
    '韦正平在总结讲话中强调，一要压实责任；二要加大投入；三要强化监督。',
    '韦正平作总结讲话，要求一要压实责任，二要加大投入，三要强化监督。',
    '会议最后，韦正平在讲话中指出，一要压实责任；二要加大投入；三要强化监督。',
  ])('%s', (chair) => {
    const text = [...REPORT, chair, ...AFTER].join('\n');
    const r = parse(text);
    const name = (id: string | null) => (id === null ? null : r.people.find((p) => p.id === id)?.name ?? id);
    expect(r.questions.map((q) => q.answers.map((a) => [name(a.responder), a.measures.map((m) => m.marker).join('')]))).toEqual([[['甘立成', '一是二是']], []]);
    // The chair's closing words end the oral part (document-end.ts, writtenAfterClosing): they are the session's closing,
    // no turn of the question before, and the member asking after them is answered in writing.
    expect(r.questions[0].turns.some((t) => t.text.includes(chair))).toBe(false);
    expect(r.session.closing?.text).toBe(chair);
    expect(r.questions[1].askers.map(name)).toEqual(['黎秋萍']);
    expect(r.questions.map((q) => Boolean(q.written))).toEqual([false, true]);
  });

  it('the chair calling on an official between exchanges is no summing-up', () => {
    const text = [...REPORT, '韦正平说，请县财政局也回答一下。', '县财政局局长邱一鸣回答，今年安排养护资金800万元。', ...AFTER].join('\n');
    const r = parse(text);
    expect(r.questions[0].responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['甘立成', '邱一鸣']);
  });
});

describe('[closing-narration] the meeting\'s closing narration by its own words, a notes heading or a bullet leading it (f23d)', () => {
  it.each<[string, boolean]>([
    ['询问会上，委员们问得直接，部门答得坦诚。', true],
    ['【记者观察】询问会上，委员们问得直接，部门答得坦诚。', true],
    ['记者手记：专题询问结束后，与会人员对应询部门进行了满意度测评。', true],
    ['◆ 会议最后，市人大常委会主任某某作总结讲话。', true],
    ['测评结果：满意18票，基本满意11票，不满意2票。', true],
    // all the inquiry's parts ended, counted or taken together; the chair summing up with 最后 and a bare verb
    ['两场询问结束后，副县长王海涛代表县政府表态。', true], ['各组专题询问结束后，与会人员进行了满意度测评。', true],
    ['全部询问结束后，副市长某某作表态发言。', true],
    ['那仁满都拉最后强调，要持续加强跟踪监督。', true], ['主任某某最后要求，县政府三个月内书面报告。', true],
    // near-misses: a pronoun going on (read with the line before, CONTINUES), 最后 after a comma inside an answer's words,
    // a count of questions, not of inquiries
    ['他最后强调，要持续加强跟踪监督。', false], ['我们将抓好落实，最后强调一点，资金要专款专用。', false],
    ['两个问题询问后，局长作了回答。', false],
    // near-misses: the reporter's own commentary, an answer's words, the notes' heading alone
    ['农村供水关系千家万户，期待整改落到实处。', false],
    ['我们每季度开展一次水质监测。', false],
    ['记者手记：', false],
  ])('%s → %s', (line, expected) => {
    expect(isClosingNarration(normalize(line))).toBe(expected);
  });
});

describe('[closing-narration] minutes: the meeting\'s resolution after the exchanges is the closing (f23j)', () => {
  it.each<[string, boolean]>([
    ['会议要求：区政府及相关部门要对询问中提出的问题逐项梳理，限期书面报告。', true],
    ['会议指出，城区基础设施建设取得积极成效。', true],
    ['会议强调：要坚持问题导向。', true],
    ['会议还对此次专题询问进行了满意度测评，测评结果为满意。', true],
    ['会议还听取了市政府关于整改情况的报告。', true],
    // near-misses: the meeting named inside an answer's words, no colon or comma after the verb
    ['会议要求的三项工作已经完成。', false],
    ['会议还有一项议程。', false],
    ['主持人：由于时间关系，现场询问到此结束。', true],
    ['由于时间关系，这个项目还没有结束。', false],
    ['区人大常委会社会建设工委负责人表示，将继续跟踪监督。', true],
    ['区卫健委负责人表示，将加快建设。', false],
    ['区交通运输局局长刘建国回答：上次会议要求我们新增公交线路。', false],
  ])('%s → %s', (line, expected) => {
    expect(isClosingNarration(normalize(line))).toBe(expected);
  });
});

describe('[closing-narration] headings, fields and tags naming a speaker\'s part of the closing (n1)', () => {
  it.each<[string, boolean, boolean]>([
    // [line, a heading alone, opens a part]
    ['## 表态发言', true, true],
    ['表态发言(副县长 某某)', true, true],
    ['三、政府表态', true, true],
    ['表态:副市长 某某', true, true],
    ['【表态】', true, true],
    ['【总结】', true, true],
    ['【表态】副区长 某某', false, true],
    ['【总结】区人大常委会主任 某某', false, true],
    // (r2) the part's field with the speaker's label and words on the same line
    ['表态:副市长 王某某:市政府将逐项抓好整改。', false, true],
    ['总结:市人大常委会主任 赵某某:询问到此结束。', false, true],
    ['表态发言:副市长王某某:市政府将逐项整改。', false, true],
    // near-misses
    ['表态:市政府将逐项抓好整改。', false, false],
    ['委员们要求表态:市政府将逐项整改:年底完成。', false, false],
    ['问题一:副市长王某某:市政府将整改。', false, false],
    ['委员们要求县政府表态', false, false],
    ['【现场】副区长 某某', false, false],
    ['表态发言(副县长 某某)要求各部门抓好落实。', false, false],
    ['副县长某某表态:县政府将逐项整改。', false, false],
  ])('%s', (line, heading, opens) => {
    expect([isStatementHeading(line), opensStatementPart(line)]).toEqual([heading, opens]);
  });

  it('a heading naming the speaker in brackets opens the closing after the last answer', () => {
    const text = '市人大常委会主任邬某某主持会议。\n市人大常委会委员甘某某问：养老床位缺口有多大？\n市民政局局长程某某回答：缺口约3000张，我们将分三年补齐。\n表态发言（副市长 晏某某）\n\n市政府将逐项抓好整改。';
    expect(parse(text).session.closing?.text).toBe('表态发言（副市长 晏某某）\n\n市政府将逐项抓好整改。');
  });
});

describe('[closing-narration] a news report\'s closing after a last question that opens inside a paragraph', () => {
  // The last question opens mid-paragraph ("在回答…时,…介绍…。孔某随后追问…,刘局长回应,…。"): its first whole line is the
  // next paragraph, which may be the closing once the question was answered before it.
  const NEWS = '宁川市人大常委会开展城市燃气安全专题询问\n\n'
    + '“老旧小区燃气管道老化，谁来改？”市人大常委会委员甘志远首先发问。市住房和城乡建设局局长程立新回应，今年改造老旧管网86公里。\n\n'
    + '在回答委员孔繁星关于瓶装液化气的提问时，市城市管理局局长刘洋介绍，全市已检查用户41.2万户。孔繁星随后追问气瓶追溯，刘局长回应，明年6月底前实现全覆盖。\n\n';
  const LAST = '孔繁星随后追问气瓶追溯，刘局长回应，明年6月底前实现全覆盖。';
  // Each row: the paragraph after the last exchange, which is the closing, and who speaks in it.
  it.each<[string, string, string]>([
    ['the chair, 在总结时指出', '市人大常委会副主任黄启明在总结时指出，相关单位要建立问题清单，限期整改。', '黄启明'],
    ['the chair, 在讲话中强调', '市人大常委会主任黄启明在讲话中强调，相关单位要建立问题清单，限期整改。', '黄启明'],
    ['the chair, 在总结讲话中要求', '市人大常委会副主任黄启明在总结讲话中要求，相关单位要建立问题清单。', '黄启明'],
    ['the chair, 在总结中指出', '市人大常委会副主任黄启明在总结中指出，相关单位要建立问题清单。', '黄启明'],
    ['the chair, 在会议结束时表示', '市人大常委会副主任黄启明在会议结束时表示，相关单位要建立问题清单。', '黄启明'],
    ['the chair, 最后指出', '市人大常委会副主任黄启明最后指出，相关单位要建立问题清单。', '黄启明'],
    ['a vice-mayor, 在讲话中强调', '副市长骆文华在讲话中强调，市政府将逐项整改，限期销号。', '骆文华'],
    ['a vice-mayor, 在总结中指出', '副市长骆文华在总结中指出，市政府将逐项整改。', '骆文华'],
  ])('%s', (_name, closing, speaker) => {
    const r = parse(NEWS + closing);
    expect(r.session.closing?.text).toBe(closing);
    expect(r.session.closing?.statements.map((s) => s.speaker?.name)).toEqual([speaker]);
    expect(r.questions.at(-1)?.turns.at(-1)?.text.trim().endsWith(LAST.slice(-12))).toBe(true);
  });

  it('run on in the last question\'s own paragraph, the closing sentence is cut off too', () => {
    const closing = '市人大常委会副主任黄启明在总结时指出，相关单位要建立问题清单。';
    const r = parse(NEWS.trimEnd() + closing);
    expect(r.session.closing?.text).toBe(closing);
  });

  // Each row: the paragraph after the last exchange, which stays in the last question (no closing).
  it.each<[string, string]>([
    ['a responder 在回答时指出 answers', '市城市管理局局长刘洋在回答时指出，气瓶将全部加装二维码。'],
    ['a responder adding (补充说) answers', '市城市管理局局长刘洋补充说，气瓶将全部加装二维码。'],
    ['the chair asking (追问) asks', '市人大常委会副主任黄启明追问：气瓶二维码什么时候能全覆盖？'],
  ])('%s', (_name, paragraph) => {
    const r = parse(NEWS + paragraph);
    expect(r.session.closing).toBeNull();
    expect(r.questions.at(-1)?.turns.at(-1)?.text).toContain(paragraph.slice(0, 12));
  });

  it('a last question asked in its paragraph and answered only on the next line keeps that line', () => {
    const text = NEWS.replace(LAST, '孔繁星随后追问气瓶追溯。') + '刘洋在讲话中指出，明年6月底前实现全覆盖。';
    const r = parse(text);
    expect(r.questions.at(-1)?.turns.map((t) => t.text).join('')).toContain('刘洋在讲话中指出');
  });
});

describe('[closing-narration] the chair\'s end marker closes the last question, whoever speaks next (t63 #3, #4, #5)', () => {
  const HEAD = '临川区人大常委会专题询问实录\n\n2025年6月10日，区人大常委会举行联组会议，就垃圾分类工作开展专题询问。区人大常委会主任张立主持。\n\n'
    + '常委会委员 王芳：请问区政府，垃圾分类如何统筹？\n副区长 赵明：下一步我们将抓好两项工作：一是加强宣传，二是强化执法。\n\n';
  const names = (r: ReturnType<typeof parse>) => r.session.closing?.statements.map((s) => `${s.role}:${s.speaker?.name}`) ?? null;
  // Each row: what follows the last answer, where the closing opens, and its statements.
  it.each<[string, string, string, string[]]>([
    ['the head who answered gives the 表态 after the marker', '张立：询问结束。下面进行满意度测评。\n\n测评结果：区城管委满意票30票、基本满意票3票。\n\n赵明：感谢各位委员。区政府将逐项抓好整改。\n\n张立：散会。',
      '张立：询问结束。', ['chair:张立', 'government:赵明', 'chair:张立']],
    ['…under his full title', '张立：专题询问到此结束。\n\n副区长 赵明：感谢各位委员。区政府将逐项抓好整改。\n\n张立：今天的询问开得很好。',
      '张立：专题询问到此结束。', ['chair:张立', 'government:赵明', 'chair:张立']],
    ['a stage note between the end line and the results', '张立：询问环节到此结束。下面，请与会组成人员进行满意度测评。\n\n（现场进行满意度测评）\n\n张立：现在公布测评结果。满意30票，基本满意3票。',
      '张立：询问环节到此结束。', ['chair:张立']],
    ['the label alone on its line', '张立：\n询问就到这里。\n\n赵明：感谢各位委员。区政府将逐项抓好整改。',
      '张立：\n询问就到这里。', ['chair:张立', 'government:赵明']],
  ])('%s', (_name, tail, opens, statements) => {
    const r = parse(HEAD + tail);
    expect(r.session.closing?.text.startsWith(opens)).toBe(true);
    expect(names(r)).toEqual(statements);
    expect(r.questions.at(-1)?.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });

  it('a head\'s unframed words before the marker answer the last question', () => {
    const text = HEAD.replace('副区长 赵明：', '区城管委主任 李强：').replace('请问区政府', '请问区城管委') + '副区长 赵明：区政府将统筹推进。\n\n张立：询问结束。\n\n赵明：感谢各位委员。区政府将逐项抓好整改。\n\n张立：散会。';
    const r = parse(text);
    const q = r.questions.at(-1)!;
    expect(q.responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['李强', '赵明']);
    expect(r.session.closing?.text.startsWith('张立：询问结束。')).toBe(true);
    expect(names(r)).toEqual(['chair:张立', 'government:赵明', 'chair:张立']);
  });

  // near-misses: before the marker, a 表态 framed as one, or asked for by the host, still closes; a part's end closes nothing.
  it.each<[string, string, string]>([
    ['我代表区政府表个态 before the marker', '副区长 赵明：我代表区政府表个态，区政府将逐条研究整改。\n\n张立：本次专题询问到此结束。', '副区长 赵明：我代表区政府表个态'],
    ['words to all the members, taking in what was raised, before the marker', '副区长 赵明：感谢各位委员，区政府将认真研究，三个月内书面报告整改情况。\n\n张立：本次专题询问到此结束。', '副区长 赵明：感谢各位委员'],
    ['the host\'s call for the 表态 before the marker', '张立：下面请副区长赵明同志作表态发言。\n\n赵明：区政府将统筹推进。\n\n张立：询问结束。', '张立：下面请副区长赵明同志作表态发言。'],
    // (the government's commitment alone by a head who says nothing after the marker: his 表态 is this one)
    ['the head\'s only words, unasked, just before the marker', '副区长 赵明：区政府将统筹推进。\n\n张立：询问结束。', '副区长 赵明：区政府将统筹推进。'],
  ])('%s', (_name, tail, opens) => {
    const r = parse(HEAD.replace('副区长 赵明：', '区城管委主任 李强：').replace('请问区政府', '请问区城管委') + tail);
    expect(r.session.closing?.text.startsWith(opens)).toBe(true);
  });

  it('上午的询问到此结束 ends a part: the answer after it stays in the question', () => {
    const r = parse(HEAD + '张立：上午的询问到此结束。\n\n赵明：补充一点，资金已经到位。');
    expect(r.questions.at(-1)?.turns.some((t) => t.text.includes('资金已经到位'))).toBe(true);
  });

  it('without a marker today\'s rule stands: a head speaking to all after the answer closes', () => {
    const text = HEAD.replace('副区长 赵明：', '区城管委主任 李强：').replace('请问区政府', '请问区城管委') + '副区长 赵明：区政府将统筹推进。\n\n张立：散会。';
    expect(parse(text).session.closing?.text.startsWith('副区长 赵明：区政府将统筹推进。')).toBe(true);
  });
});

describe('[closing-narration] a narrated 表态 speaking for the government opens the closing (t63 #8)', () => {
  const HEAD = '临川区人大常委会专题询问实录\n\n2025年6月10日，区人大常委会举行联组会议，就垃圾分类工作开展专题询问。区人大常委会主任张立主持。\n\n'
    + '常委会委员 王芳：请问区城管委，垃圾分类准确率为什么不高？\n区城管委主任 李强：下一步我们将抓好两项工作：一是加强宣传，二是强化执法。\n\n';
  // Each row: the line after the last answer, and who speaks in the closing (an untitled stranger's name is no known speaker: the closing still holds the line).
  it.each<[string, string, string[]]>([
    ['副区长…代表区政府表态，将…', '副区长赵明代表区政府表态，将逐项抓好整改。', ['government:赵明']],
    ['副市长…代表市政府表态：…', '副市长赵明代表市政府表态：市政府将逐项抓好整改。', ['government:赵明']],
    ['询问结束后，… then the chair', '询问结束后，副区长赵明代表区政府表态，将逐项抓好整改。张立强调，要在3个月内报告整改情况。', ['government:赵明', 'chair:张立']],
    ['an untitled name', '赵明代表区政府表态，将逐项抓好整改。', []],
    ['an untitled name, 表态，表示', '赵明代表区政府表态，表示将逐项抓好整改。', []],
  ])('%s', (_name, line, statements) => {
    const r = parse(HEAD + line);
    expect(r.session.closing?.text.endsWith(line.slice(-8))).toBe(true);
    expect(r.session.closing?.statements.map((s) => `${s.role}:${s.speaker?.name}`)).toEqual(statements);
  });

  // near-misses: a department speaking for itself, the first person, a request to the government: no closing narration.
  it.each<[string, string]>([
    ['a department\'s 表态 (代表区城管委)', '区城管委主任李强代表区城管委表态，将逐项抓好整改。'],
    ['the first person (我代表…)', '下面我代表区政府表个态，将逐项抓好整改。'],
    ['members asking the government to state its position', '委员们希望区政府表态，明确整改时限。'],
  ])('%s', (_name, line) => {
    expect(isClosingNarration(line)).toBe(false);
  });
  it('the narrated 表态 line is closing narration by its own words', () => {
    expect(isClosingNarration('郑国平代表市政府表态，将以此次询问为契机，推动城市更新工作提质增效。'.replace(/，/gu, ','))).toBe(true);
  });
});

describe('[closing-narration] a satisfaction rate in the last answer or in a pledge opens no closing (t69 #1)', () => {
  const HEAD = '江宁区人大常委会专题询问实录\n\n2026年5月20日，区人大常委会举行联组会议，就公共法律服务工作开展专题询问。区人大常委会主任姚志成主持。\n\n'
    + '区人大代表 沈佳怡：请问区司法局，如何提高群众的知晓率？\n\n';
  const CALL = '\n\n姚志成：请汪振宇副区长作表态发言。\n\n副区长 汪振宇：区政府将逐条研究整改，力争到2027年底全区公共法律服务群众满意率达到95%以上。\n\n姚志成：专题询问到此结束。';
  // Each row: the last answer; the closing then opens at the chair's call, with no vote.
  it.each<[string, string]>([
    ['a survey result quoted', '区司法局局长 戴文亮：我们委托第三方开展的调查显示，全区群众的知晓率为71.4%，满意率为88.6%。'],
    ['a survey result without 调查, then plans', '区司法局局长 戴文亮：全区群众满意率为88.6%，今年将开展法治宣传活动300场。'],
    ['words that read as the meeting\'s own (会后…)', '区司法局局长 戴文亮：会后，区司法局将认真研究。'],
  ])('%s', (_name, answer) => {
    const r = parse(HEAD + answer + CALL);
    expect(r.session.closing?.text.startsWith('姚志成：请汪振宇副区长作表态发言。')).toBe(true);
    expect(r.session.closing?.vote).toBeNull();
    expect(r.questions.at(-1)?.responders.map((id) => r.people.find((p) => p.id === id)?.name)).toEqual(['戴文亮']);
  });

  it('near-miss: the members\' 满意度测评 with its rate is the closing\'s vote, after the 表态\'s target', () => {
    const r = parse(HEAD + '区司法局局长 戴文亮：我们将开展法治宣传活动300场。' + CALL.replace('专题询问到此结束。', '下面进行满意度测评。\n\n测评结果：满意率为96.2%。'));
    expect(r.session.closing?.text.startsWith('姚志成：请汪振宇副区长作表态发言。')).toBe(true);
    expect(r.session.closing?.vote?.rate).toBe(96.2);
  });
});

describe('[closing-narration] 【TITLE NAME】 labels alone on their line read as "TITLE NAME:" labels (t69 #2)', () => {
  const HEAD = '河南省人大常委会粮食安全保障工作专题询问图文实录\n\n2024年9月26日下午，河南省十四届人大常委会第十一次会议召开联组会议，围绕粮食安全保障工作开展专题询问。省人大常委会副主任孟庆祥主持联组会议。副省长聂文峰到会应询。\n\n'
    + '【省人大常委会委员 齐卫东】\n我问省发展改革委。托市收购能不能及时启动？\n\n【省发展改革委副主任 孙德胜】\n今年6月7日，我省在全国率先启动小麦最低收购价执行预案。\n\n';
  const TAIL = 'X\n下面请聂文峰副省长代表省政府作表态发言。\n\n【副省长 聂文峰】\n尊敬的孟主任，各位委员：省政府将以这次专题询问为契机，逐条梳理、逐项落实，确保全省粮食播种面积稳定在1.6亿亩以上。\n\nX\n同志们，这次专题询问取得了预期效果。专题询问到此结束。';
  const names = (r: ReturnType<typeof parse>) => r.session.closing?.statements.map((s) => `${s.role}:${s.speaker?.name}`) ?? null;
  it.each<[string, string]>([
    ['the chair as 【主持人 TITLE NAME】', '【主持人 省人大常委会副主任 孟庆祥】'],
    ['the chair as 【TITLE NAME】', '【省人大常委会副主任 孟庆祥】'],
    ['the chair as "TITLE NAME:" on its line', '省人大常委会副主任 孟庆祥：'],
  ])('%s', (_name, chair) => {
    const r = parse(HEAD + TAIL.replaceAll('X\n', chair + '\n'));
    expect(r.session.closing?.text.startsWith(chair)).toBe(true);
    expect(names(r)).toEqual(['chair:孟庆祥', 'government:聂文峰', 'chair:孟庆祥']);
    // (the chair's stretch holds the words under his label, not the label alone)
    expect(r.session.closing?.statements.at(-1)?.text.endsWith('专题询问到此结束。')).toBe(true);
    const last = r.questions.at(-1)!;
    expect(last.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(last.turns[1].text).not.toContain('表态发言');
    expect(last.quantities.map((q) => q.text)).not.toContain('1.6亿亩以上');
  });

  // A web copy's paragraphs: a blank line between every label and its words (t72).
  it('blank lines between the labels and their words', () => {
    const spaced = (t: string) => t.replace(/】\n(?!\n)/gu, '】\n\n');
    const r = parse(spaced(HEAD + TAIL.replaceAll('X\n', '【主持人 省人大常委会副主任 孟庆祥】\n')));
    expect(names(r)).toEqual(['chair:孟庆祥', 'government:聂文峰', 'chair:孟庆祥']);
    expect(r.questions.at(-1)!.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });

  it('near-miss: a bracketed heading (【记者手记】) over the last lines is no speaker\'s label', () => {
    const r = parse(HEAD + '【记者手记】\n询问会上，委员们问得直接，应询人答得坦诚。');
    expect(r.questions.at(-1)?.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(r.session.closing?.statements.map((s) => s.speaker?.name ?? null) ?? []).not.toContain('记者手记');
  });
});

describe('[closing-narration] a 表态 under its speaker\'s attribution line (——TITLE NAME) after the last answer (t72 p16)', () => {
  const DIGEST = '聚焦乡村振兴 省人大常委会专题询问问答摘登\n\n编者按：11月27日，省人大常委会举行联组会议，开展专题询问。省人大常委会副主任栾志刚主持，副省长郁春明到会应询。\n\n'
    + '■问：村级集体经济“空壳村”还有多少？\n\n——省人大代表 况立新\n\n■答：目前年经营性收入低于5万元的村还有1126个，计划用两到三年时间全部消除。\n\n——省农业农村厅厅长 暨国华\n\n';
  it.each<[string, string, string[] | null]>([
    ['blank lines between', '■表态：委员和代表们提出的问题都是难点。省政府将全力推进，明年向省人大常委会专题报告。\n\n——副省长 郁春明', ['government:郁春明']],
    ['no blank line', '■表态：委员和代表们提出的问题都是难点。省政府将全力推进，明年向省人大常委会专题报告。\n——副省长 郁春明', ['government:郁春明']],
    // must not: the head answering under his attribution answers the last question
    ['■答: under the head\'s attribution', '■答：明年向省人大常委会专题报告。\n\n——副省长 郁春明', null],
  ])('%s', (_name, tail, want) => {
    const text = (tail.includes('■答') ? DIGEST.replace(/■答：目前[^\n]*\n\n——省农业农村厅厅长 暨国华\n\n/u, '') : DIGEST) + tail;
    const r = parse(text);
    expect(r.session.closing?.statements.map((s) => `${s.role}:${s.speaker?.name}`) ?? null).toEqual(want);
    if (want) {
      // (the statement is the words above the attribution, with it)
      expect(r.session.closing!.statements[0].text.startsWith('■表态：')).toBe(true);
      expect(r.questions.at(-1)!.turns.map((t) => t.role)).toEqual(['asker', 'narration', 'responder', 'narration']);
    }
  });
});
