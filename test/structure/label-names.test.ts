import { describe, expect, it } from 'vitest';
import { labelNameMentions } from '../../src/structure/label-names.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();
const pairOf = (text: string) => ({ text, view: normalize(text) });
const labelNames = (text: string) => labelNameMentions(pairOf(text), lex, [0, text.length], []).map((m) => m.name);

describe('[label-names] a bare name opening a line as a label', () => {
  it.each([
    ['达瓦次仁:请问县教育局,寄宿制学校有多少?', ['达瓦次仁']],
    ['达瓦次仁：请问县教育局？', ['达瓦次仁']],
    ['巴特尔问:牧区饮水工程进展如何?', ['巴特尔']],
    ['格桑卓玛答:我们已经完成了。', ['格桑卓玛']],
    ['**次仁多吉:**请问县水利局。', ['次仁多吉']],
    ['14:32 达瓦次仁:请问县教育局。', ['达瓦次仁']],
    ['【14:32】达瓦次仁:请问县教育局。', ['达瓦次仁']], // a live feed's stamp in brackets
    ['[14:32] 达瓦次仁:请问县教育局。', ['达瓦次仁']],
    ['王明远:请问县教育局。', ['王明远']],
    ['王明:请问县教育局。', ['王明']],
    ['向东升:请问县交通局。', ['向东升']],
    ['第一段\n　　扎西顿珠:请问县文旅局。', ['扎西顿珠']],
    ['镇人大代表发言\n罗德贵:\n我先问镇规划建设办,污水管网能不能接进去?', ['罗德贵']],
    ['次仁央宗:\n谢谢主任。', ['次仁央宗']],
    // two-character names padded to three columns: the name without the pad
    ['张　伟：请问区教委，学位怎么保障？', ['张伟']],
    ['李 明:我补充一下。', ['李明']],
    ['赵  勇问:配套用地怎么解决?', ['赵勇']],
    // the verb set apart by a space, as minutes set their columns: a label as "杨梅追问:" is
    ['杨梅 追问：预拨资金什么时候到位？', ['杨梅']],
    ['巴特尔 问：牧区饮水工程进展如何？', ['巴特尔']],
    ['格桑卓玛　答：我们已经完成了。', ['格桑卓玛']],
    // dotted names, whatever stands for the dot: the dot is the sign of a person, no words that speak needed
    ['古丽娜尔·吐尔逊:请问自治区水利厅…', ['古丽娜尔·吐尔逊']],
    ['买买提-艾力:全区已设立各级河湖长1.2万名。', ['买买提-艾力']],
    ['阿不都热依木—买买提:询问到此结束。', ['阿不都热依木—买买提']],
    ['努尔兰．哈力克答:今年安排资金21.6亿元。', ['努尔兰．哈力克']],
  ])('%s → %j', (text, expected) => {
    expect(labelNames(text)).toEqual(expected);
  });

  it.each([
    ['向大家:汇报三个方面。'],
    ['和大家:说明一下。'],
    ['时间:2024年6月12日'],
    ['工作-全区:推进情况'], // a hyphen between words that do not transliterate
    ['会议时间:2024年6月12日'],
    ['会议地点:县人大常委会会议室'],
    ['列席人员:王明、李华'],
    ['主持人:请委员提问。'],
    ['记录人:张某'],
    ['答复:我们将加强管理。'],
    ['回答:我们将加强管理。'],
    ['委员询问:请问县教育局。'],
    ['局长:我们将加强管理。'],
    ['具体如下:一是加强管理。'],
    ['会议指出:要加强管理。'],
    ['县政府:我们将加强管理。'],
    ['问题一:学校如何管理?'],
    ['主要内容:三个方面。'],
    ['基本情况:全县有学校十二所。'],
    ['我们认为:要加强管理。'],
    ['请问县教育局,达瓦次仁:不在行首'],
    // no second sign of speech after a bare label: no verb, and words that do not speak
    ['编者按:近日,县人大常委会开展专题询问。'],
    ['相关新闻:县人大常委会召开主任会议'],
    ['焦点:农村寄宿制学校建设'],
    ['检查组:县人大常委会执法检查组'],
    ['达瓦次仁:县人大常委会委员'],
    // headings opening with a surname character, words that speak after them or not (dict/not-names.utf8)
    ['成效:请看下表?'],
    ['计划:我们明年完成。'],
    ['任务:我们要完成三件事。'],
    ['方法:我们采取以下措施。'],
    // a space before no verb: no label (县医院 is no name)
    ['县医院 答：我们已经完成了。'],
    ['会上 提问：资金从哪里来？'],
  ])('%s → no name', (text) => {
    expect(labelNames(text)).toEqual([]);
  });

  it.each([
    ['问：（顾振川）老旧管网何时改造完？', ['顾振川']],
    ['答：(鲍雅琴)今年改造42公里。', ['鲍雅琴']],
    ['追问：【顾振川】资金从哪里来？', ['顾振川']],
    ['问（顾振川）：老旧管网何时改造完？', ['顾振川']],
    ['答：（鲍　琳）我补充一点。', ['鲍琳']],
    // 提问/询问/回答/答复 and 应询, 询问人, 应询人 take the same slot.
    ['询问（顾振川）：老旧管网何时改造完？', ['顾振川']],
    ['应询（鲍雅琴）：今年改造42公里。', ['鲍雅琴']],
    ['提问（顾振川）：老旧管网何时改造完？', ['顾振川']],
    ['回答：（鲍雅琴）今年改造42公里。', ['鲍雅琴']],
    ['询问人（顾振川）：老旧管网何时改造完？', ['顾振川']],
    ['应询人【鲍雅琴】今年改造42公里。', ['鲍雅琴']],
    ['应询：（停顿片刻）好的。', []], // a stage direction
    // the speaker's unit before the name: a place or an institution (a post and a name are a mention of their own)
    ['应询（县住建局 鲍雅琴）：今年改造42公里。', ['鲍雅琴']],
    ['答（县住建局鲍雅琴）：今年改造42公里。', ['鲍雅琴']],
    ['问：（石桥村 顾振川）老旧管网何时改造完？', ['顾振川']],
    ['答（今天上午 鲍雅琴）：今年改造42公里。', []], // no unit
    ['问：（同一委员）资金从哪里来？', []], // no name: a post
    ['问：（县交通局）何时通车？', []], // an office
    ['问：（略）', []],
    ['说明：（顾振川）', []], // no 问/答 label
    ['答：（停顿片刻）好的。', []], // a stage direction, no listed surname
    ['答：（掌声响起）', []],
    ['问：（网民留言）', []],
  ])('a bare name in brackets after a 问/答 label: %s → %j', (text, expected) => {
    expect(labelNames(text)).toEqual(expected);
  });

  // A moderator's labels: words that do not speak by themselves (同志们, 最后, 今天…), but the name opens two lines or
  // more and hands over the floor at one of them (请…提问/回答).
  it.each<[string, string, string[]]>([
    ['a chair never introduced who opens, hands over and closes',
      '龚文博：同志们，今天对全市河道治理工作开展专题询问。先请柴立军委员提问。\n柴立军委员：请问市水务局，还有多少黑臭水体？\n市水务局局长邝永年：还有3条。\n龚文博：最后请黎志远副市长回答。\n副市长黎志远：我们将抓紧整改。\n龚文博：今天的询问很有成效。', ['龚文博', '龚文博', '龚文博']],
    ['…handing over to add (请…补充回答)',
      '龚文博：下面请市财政局补充回答。\n市财政局局长甘露：资金已落实。\n龚文博：今天的询问很有成效。', ['龚文博', '龚文博']],
    ['two labels, none handing over: no name', '龚文博：同志们，今天开展专题询问。\n龚文博：今天的询问很有成效。', []],
    ['one label handing over: no name', '龚文博：最后请黎志远副市长回答。\n副市长黎志远：我们将抓紧整改。', []],
    ['请问 asks, it hands over nothing: only the asking line speaks', '龚文博：同志们，今天开展专题询问。\n龚文博：最后我想请问市水务局，何时完成？', ['龚文博']],
  ])('%s', (_name, text, expected) => {
    expect(labelNames(text)).toEqual(expected);
  });

  // The moderator a 主持人 field or label names without a title.
  it.each<[string, string[]]>([
    ['主持人：龚文博\n', ['龚文博']],
    ['主持人: 龚文博\n', ['龚文博']],
    ['主持人龚文博：同志们，现在开始专题询问。', ['龚文博']],
    ['会议主持人 龚文博：同志们，现在开始专题询问。', ['龚文博']],
    ['龚文博（主持人）：同志们，现在开始专题询问。', ['龚文博']],
    ['主持人（龚文博）：同志们，现在开始专题询问。', ['龚文博']],
    ['主持人(龚文博):蒲局长，年底能完成吗？', ['龚文博']],
    ['主持人（会议开始）：同志们，现在开始专题询问。', []], // no name
    ['主持人：同志们，现在开始专题询问。', []],
    ['主持人：市人大常委会副主任\n', []],
    // (Tried only on lines holding 主 and 持: on any line of the text, letter-spaced, after a line of 支持 or a CR LF.)
    ['今年支持资金到位。\n主　持：龚文博\n龚文博：同志们，现在开始专题询问。', ['龚文博']],
    ['各位委员：\r\n主 持 人：龚文博\r\n', ['龚文博']],
    ['主持工作的同志：\n龚文博（主持人）：同志们，现在开始。\n主持人：黎志远\n', ['龚文博', '黎志远']],
    ['坚持问题导向，支持到位。\n主要任务：龚文博\n', []],
  ])('a 主持人 naming the moderator: %s → %j', (text, expected) => {
    expect(labelNames(text)).toEqual(expected);
  });

  it('a name read as a label is then found bare later in the text (谢谢达瓦次仁的…, 达瓦次仁追问)', () => {
    const text = '达瓦次仁:请问县教育局?\n县教育局局长陈东:谢谢达瓦次仁的提问。\n达瓦次仁追问:还有吗?';
    const ms = findMentions(pairOf(text));
    expect(ms.filter((m) => m.name === '达瓦次仁').map((m) => text.slice(...m.span))).toEqual(['达瓦次仁', '达瓦次仁', '达瓦次仁']);
  });
});

describe('[label-names] the unit before a bracketed name is the organization', () => {
  it.each([
    ['应询（县住建局 鲍雅琴）：今年改造42公里。', ['鲍雅琴', '县住建局', false]],
    ['询问（县人大常委会 顾振川）：老旧管网何时改造完？', ['顾振川', '县人大常委会', true]],
  ])('%s', (text, expected) => {
    const m = labelNameMentions(pairOf(text), lex, [0, text.length], [])[0];
    expect([m.name, m.organization, m.congress]).toEqual(expected);
  });
});

describe('[label-names] a bare two-character name answering the question before, in a layout of label turns', () => {
  // Other lines open on labels (the chair's, members'); the name's line comes right after a question and its words answer.
  const turns = (line: string, before = '田小燕委员：请问市公安局交警支队，城区早晚高峰拥堵怎么治理？') =>
    `杜丽华：请田小燕委员提问。\n\n${before}\n\n${line}\n\n田小燕委员：陈支队长，头盔佩戴率是多少？\n\n杜丽华：请石磊代表提问。\n`;
  it.each([
    ['陈冬：今年我们优化信号灯配时路口186个，新增潮汐车道5条。', '陈冬'],
    ['黄伟：今年春运我们增开进站通道4个，实名制验证时间缩短到每人3秒。', '黄伟'],
    ['王强：城区佩戴率达到91%，农村地区还只有62%。', '王强'],
  ])('%s → %s', (line, name) => {
    expect(labelNames(turns(line))).toContain(name);
  });
  it.each([
    // near-misses: words that head what follows, never names
    ['目前：全市共有信号灯路口512个，已优化186个。'], ['其中：主城区新增潮汐车道5条，高峰车速提高9%。'],
    ['一是：优化信号灯配时路口186个，新增潮汐车道5条。'], ['问题：城区早晚高峰拥堵的原因在哪里？'],
  ])('%s → no name', (line) => {
    expect(labelNames(turns(line)).filter((n) => n !== '杜丽华')).toEqual([]);
  });
  it.each<[string, string]>([
    // no question on the line before: the words need a sign of speech of their own
    ['陈冬：今年我们优化信号灯配时路口186个，新增潮汐车道5条。', '田小燕委员：请问市公安局交警支队，城区早晚高峰拥堵怎么治理。'],
    // the words after the colon are no sentence (a heading, a list's lead)
    ['陈冬：城区', '田小燕委员：请问市公安局交警支队，城区早晚高峰拥堵怎么治理？'],
  ])('%s after %s → no name', (line, before) => {
    expect(labelNames(turns(line, before))).not.toContain('陈冬');
  });
  it('needs a layout of label turns: a lone name after a question is not enough', () => {
    expect(labelNames('田小燕委员：请问城区拥堵怎么治理？\n\n陈冬：今年我们优化信号灯配时路口186个，新增潮汐车道5条。\n')).toEqual([]);
  });
});
