import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { findMarkers } from '../../src/extract/markers.js';
import { buildRuns } from '../../src/extract/enumeration-runs.js';

/** The markers of a text as "family:ordinal:text" strings, in reading order. */
function markers(text: string): string[] {
  const view = normalize(text);
  return findMarkers(view, 0, view.length).map((m) => `${m.family}:${m.ordinal}:${text.slice(m.span[0], m.span[1])}`);
}

/** The runs of a text as lists of marker texts. */
function runs(text: string): string[][] {
  const view = normalize(text);
  return buildRuns(findMarkers(view, 0, view.length)).map((r) => r.markers.map((m) => text.slice(m.span[0], m.span[1])));
}

describe('[markers] every marker form', () => {
  it.each([
    ['一是…二是', '将从两方面着手:一是健全机制;二是强化执法。', ['shi:1:一是', 'shi:2:二是']],
    ['一要/二要 (spoken variant)', '我们一是提高认识,二要完善机制。', ['shi:1:一是', 'shi:2:二要']],
    ['1) lines', '主要有:\n1)加快改造;\n2)推进改革。', ['arabic:1:1)', 'arabic:2:2)']],
    ['十一是', '十是完善考核;十一是加强宣传。', ['shi:10:十是', 'shi:11:十一是']],
    ['第一, 第二、 第三:', '第一,推进签约;第二、设置床位;第三:扩大服务。', ['di:1:第一', 'di:2:第二', 'di:3:第三']],
    ['第一是', '第一是加强领导,第二是完善制度。', ['di:1:第一是', 'di:2:第二是']],
    ['一方面是 / 另一方面是: the 是 is the marker’s', '一方面是进展情况;另一方面是下一步打算。', ['pair:1:一方面是', 'pair:2:另一方面是']],
    ['一方面是否 keeps 是否 out of the marker', '一方面是否到位,另一方面是否公开。', ['pair:1:一方面', 'pair:2:另一方面']],
    ['1是 2是', '我们,1是优先保障,2是向主产县倾斜。', ['shi:1:1是', 'shi:2:2是']],
    ['第1是 is the 第 family, no 1是', '第1是加强领导,第2是完善制度。', ['di:1:第1是', 'di:2:第2是']],
    ['第一个方面 / 第二方面是', '第一个方面,加强领导;第二方面是完善制度。', ['di:1:第一个方面', 'di:2:第二方面是']],
    ['其一, 其二', '着重做好两件事:其一,建立机制;其二,开展“回头看”。', ['qi:1:其一', 'qi:2:其二']],
    ['首先 其次 最后', '下一步,首先,坚持分类施策;其次,落实运维责任;最后,强化监测考核。', ['sequence:1:首先', 'sequence:2:其次', 'sequence:99:最后']],
    ['首先是 再次是 最后是', '下一步,首先是健全监测机制;再次是巩固成果;最后是压实责任。', ['sequence:1:首先是', 'sequence:3:再次是', 'sequence:99:最后是']],
    ['(一) full-width', '加强资金监管:（一）拓宽资金渠道;（二）规范资金管理。', ['paren:1:（一）', 'paren:2:（二）']],
    ['(一) ASCII', '加强资金监管:(一)拓宽资金渠道;(二)规范资金管理。', ['paren:1:(一)', 'paren:2:(二)']],
    ['一、 heading lines', '\n一、健全机制\n二、强化执法', ['dun:1:一、', 'dun:2:二、']],
    ['一． full-width stop after a clause (Traditional copies)', '做好三項工作：一．擴大供給；二．完善補貼；三．培育人才。', ['dun:1:一．', 'dun:2:二．', 'dun:3:三．']],
    ['一. ASCII stop after a clause (Word copies)', '做好三项工作:一.扩大供给;二.完善补贴;三.培育人才。', ['dun:1:一.', 'dun:2:二.', 'dun:3:三.']],
    ['一． heading lines', '\n一．健全機制\n二．強化執法', ['dun:1:一．', 'dun:2:二．']],
    ['1. lines', '抓好四项工作:\n1.落实党政同责;\n2.强化动态监测。', ['arabic:1:1.', 'arabic:2:2.']],
    ['1、 lines', '推进以下工作:\n1、加快灌区改造;\n2、推进产权改革。', ['arabic:1:1、', 'arabic:2:2、']],
    ['full-width 1．', '推进以下工作:\n１．加快灌区改造;\n２．推进产权改革。', ['arabic:1:１．', 'arabic:2:２．']],
    ['(1) (2)', '具体是:(1)加快改造;(2)推进改革。', ['paren-arabic:1:(1)', 'paren-arabic:2:(2)']],
    ['⑴ ⑵', '具体是:⑴加快改造;⑵推进改革。', ['paren-arabic:1:⑴', 'paren-arabic:2:⑵']],
    ['㈠ ㈡', '具体是:㈠加快改造;㈡推进改革。', ['paren:1:㈠', 'paren:2:㈡']],
    ['① ②', '从三个方面入手:\n①明确管护主体;\n②落实管护经费。', ['circled:1:①', 'circled:2:②']],
    ['一个是…另一个是', '主要做两方面的工作:一个是建立成本规制办法;另一个是把补贴和考核挂钩。', ['pair:1:一个是', 'pair:2:另一个是']],
    ['一方面…另一方面', '下一步,一方面继续保持高压态势;另一方面,引进优质资源。', ['pair:1:一方面', 'pair:2:另一方面']],
    ['X方面 headers', '从三个方面着手。\n线网优化方面,新开线路。\n换乘衔接方面,增设接驳站。', ['header-fangmian:0:线网优化方面', 'header-fangmian:0:换乘衔接方面']],
    ['X上 headers', '格局。专业打击上,建专业化团队。防范治理上,构建防控体系。', ['header-shang:0:专业打击上', 'header-shang:0:防范治理上']],
    ['quoted header', '基本情况。“应进必进”方面,增加大厅面积。', ['header-fangmian:0:“应进必进”方面']],
    ['Traditional 一是', '將從兩方面著手:一是健全機制;二是強化執法。', ['shi:1:一是', 'shi:2:二是']],
    ['第一点 / 第二点是 (spoken)', '谈两点意见。第一点,加强领导;第二点是完善制度。', ['di:1:第一点', 'di:2:第二点是']],
    ['第一步 / 第二步', '分两步走:第一步,摸清底数;第二步,集中整治。', ['di:1:第一步', 'di:2:第二步']],
    ['二是 opening the second part of a split quotation', '“一是推动转型,”她说,“二是开展照护。”', ['shi:1:一是', 'shi:2:二是']],
    ['第一个, (no noun)', '第一个,加强领导;第二个,完善制度。', ['di:1:第一个', 'di:2:第二个']],
    // Spoken ordinals of verbatim 实录: the classifier's 事 and the filler 呢 belong to the marker.
    ['第一件事是 (事: the thing said)', '第一件事是修缮校舍,第二件事是补充教师。', ['di:1:第一件事是', 'di:2:第二件事是']],
    ['第一个呢, (a filler)', '主要三件事。第一个呢,修缮校舍;第二个呢,补充教师。', ['di:1:第一个呢', 'di:2:第二个呢']],
    ['一个是 … 再一个是 … 还有一个是', '下一步呢,一个是修缮校舍,再一个是补充教师,还有一个是提高待遇。', ['pair:1:一个是', 'pair:2:再一个是', 'pair:3:还有一个是']],
    ['一个是 … 第二个是 … 第三个是 (the colloquial first opens the 第 run)', '三件事:一个是修缮校舍;第二个是补充教师;第三个是提高待遇。', ['di:1:一个是', 'di:2:第二个是', 'di:3:第三个是']],
    ['一件是 … 另一件是', '做了两件事,一件是修缮校舍,另一件是补充教师。', ['pair:1:一件是', 'pair:2:另一件是']],
    ['一个是 … 再一个是 … 最后一个是 (最后 is also a sequence word there)', '一个是修缮校舍,再一个是补充教师,最后一个是提高待遇。', ['pair:1:一个是', 'pair:2:再一个是', 'pair:3:最后一个是', 'sequence:99:最后']],
    ['一个方面, … 另一个方面, (方面 and a comma)', '一个方面,修缮校舍;另一个方面,补充教师。', ['pair:1:一个方面', 'pair:2:另一个方面']],
    ['一抓 二抓 三抓 (an ordinal and one verb)', '我们一抓队伍建设,生活补助提高到500元;二抓校舍改造;三抓考核。', ['shi:1:一抓', 'shi:2:二抓', 'shi:3:三抓']],
    ['一靠 二靠', '经费一靠市级拨付;二靠社会捐助。', ['shi:1:一靠', 'shi:2:二靠']],
    ['一强化 二强化 (a two-character verb)', '一强化源头管控;二强化执法检查。', ['shi:1:一强化', 'shi:2:二强化']],
    ['第1, 第2, (Arabic ordinals)', '采取两项措施:第1,修缮校舍;第2,补充教师。', ['di:1:第1', 'di:2:第2']],
    ['⒈ ⒉ ⒊ (digit full stops)', '采取三项措施:⒈修缮校舍;⒉补充教师;⒊提高待遇。', ['arabic:1:⒈', 'arabic:2:⒉', 'arabic:3:⒊']],
    ['一） 二） (a closing half-bracket)', '采取两项措施:一）修缮校舍;二）补充教师。', ['dun:1:一）', 'dun:2:二）']],
    ['一) 二) lines', '措施如下:\n一)修缮校舍;\n二)补充教师。', ['dun:1:一)', 'dun:2:二)']],
  ])('%s', (_label, text, expected) => {
    expect(markers(text)).toEqual(expected);
  });
});

describe('[markers] 第N条 / 第N项 / 第N招 / 第N件: a marker in a run of the same classifier, never an article of a document', () => {
  it.each([
    ['第一条, 第二条 (lines)', '我们着力抓两条。\n第一条,提高待遇。\n第二条,加强培训。', ['di:1:第一条', 'di:2:第二条']],
    ['第一条：第二条： (full-width colon)', '重点抓两条：第一条：降低门槛；第二条：简化审批。', ['di:1:第一条', 'di:2:第二条']],
    ['第一项, 第二项, 第三项 (inline)', '采取三项措施。第一项,扩大供给;第二项,完善补贴;第三项,培育人才。', ['di:1:第一项', 'di:2:第二项', 'di:3:第三项']],
    ['第一招 / 第二招是', '我们出了两招:第一招,降门槛;第二招是给补贴。', ['di:1:第一招', 'di:2:第二招是']],
    ['第一件、 第二件、', '办好两件:\n第一件、修缮校舍;\n第二件、补充教师。', ['di:1:第一件', 'di:2:第二件']],
    ['Traditional 第一條', '著力抓兩條。第一條,提高待遇;第二條,加強培訓。', ['di:1:第一條', 'di:2:第二條']],
  ])('%s', (_label, text, expected) => {
    expect(markers(text)).toEqual(expected);
  });

  it.each([
    ['第一条规定 (an article and its verb)', '《实施办法》共八条,第一条规定提高补贴,第二条规定简化审批。'],
    ['第一条明确 (an article and its verb)', '该意见第一条明确补贴标准;第二条明确申领程序。'],
    ['articles after a document name', '《物业管理办法》第一条,明确立法目的;第二条,界定适用范围。'],
    ['a space after the document name', '《物业管理办法》 第一条,明确立法目的;第二条,界定适用范围。'],
    ['a cited article alone (其中,第二条:)', '其中,第二条:明确牵头领导。'],
    ['mixed classifiers: 第一条 … 第二项', '第一条,提高待遇;第二项,加强培训。'],
    ['第一条 + noun (a route)', '开通第一条线路,第二条线路年底开通。'],
    ['第一件工程 (a noun after the classifier)', '第一件工程是修缮校舍,第二件工程是补充教师。'],
  ])('no marker: %s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });

  it('a 第N条 run next to a 第一 run keeps each to its own', () => {
    expect(runs('抓两条:第一条,提高待遇;第二条,加强培训。另外补充两点:第一,建档;第二,回访。')).toEqual([['第一条', '第二条'], ['第一', '第二']]);
  });
});

describe('[markers] bullets opening lines count down their run', () => {
  it.each([
    ['● lines', '主要有两项:\n●建设泵站;\n●改造管网。', ['bullet:1:●', 'bullet:2:●']],
    ['"- " lines with a blank line and an indented continuation', '主要有:\n\n- 建设泵站,\n  年内完成;\n- 改造管网。', ['bullet:1:-', 'bullet:2:-']],
    ['"* " and "+ " lines', '* 建设泵站\n* 改造管网\n\n+ 一期\n+ 二期', ['bullet:1:*', 'bullet:2:*', 'bullet:1:+', 'bullet:2:+']],
    ['a paragraph between two lists starts again', '◆建设泵站\n◆改造管网\n另外还有:\n◆培训人员', ['bullet:1:◆', 'bullet:2:◆', 'bullet:1:◆']],
    // Not bullets: inside a line, Markdown's bold, a dash before a figure, an ordinal after the bullet.
    ['not inside a line', '完成率38%-40%,比去年提高●个点', []],
    ['not Markdown bold', '**委员 某**:请问?', []],
    ['not a negative figure', '-5摄氏度以下停工', []],
    ['the ordinal after the bullet makes the list', '- 一是建设泵站;\n- 二是改造管网。', ['shi:1:一是', 'shi:2:二是']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
});

describe('[markers] a first marker inside a sentence opens a list only with its second in the same sentence', () => {
  it.each([
    ['1. after Han text, 2. after ;', '包括1.压缩环节;2.压缩时间。', ['arabic:1:1.', 'arabic:2:2.']],
    ['(一) after 是', '重点是（一）压缩环节;（二）压缩时间。', ['paren:1:（一）', 'paren:2:（二）']],
    ['(1) after Han text', '主要是(1)清淤;(2)护岸。', ['paren-arabic:1:(1)', 'paren-arabic:2:(2)']],
    ['no second marker: none', '详见附件1.', []],
    ['the second in another sentence: only it', '见表(一)。(二)另行说明。', ['paren:2:(二)']],
    ['a version number is no marker', '升级到V1.2版;2.压缩时间', ['arabic:2:2.']],
  ])('%s', (_label, text, expected) => {
    expect(markers(text)).toEqual(expected);
  });
});

describe('[markers] negatives: words and numbers that only look like markers', () => {
  it.each([
    ['统一是 (a word)', '实现工作成效与群众满意度的统一是关键。'],
    ['唯一是 (a word)', '我们唯一是要把工作做实。'],
    ['第一批 (ordinal noun)', '推动第一批事项落地。'],
    ['第一时间 (set phrase)', '第一时间赶赴现场处置。'],
    ['第一责任人', '落实第一责任人制度。'],
    ['第一个 + noun', '这是第一个试点项目,第二个试点随后。'],
    ['一是一、二是二 (idiom)', '坚持实事求是,一是一、二是二,不遮掩问题。'],
    ['一是 inside quotes', '提出“一是抓落实、二是促整改”的口号。'],
    ['一是 inside a quoted slogan with a comma', '提出“一是抓落实,二是促整改”的口号。'],
    ['一、 inside a date', '2025年一、二月完成排查。'],
    ['一、二级 (numbers)', '\n一、二级医院全部覆盖。'],
    ['统一. / 第十. (a word before a full stop)', '标准要统一.下一步排名第十.今年'],
    ['一. inside a clause', '要做到表里如一.二.三十年不变'],
    ['一．二 (a number range)', '\n一．二级医院全部覆盖。'],
    ['1.5万 (a decimal)', '面积从1.5万平方米增至2.74万平方米。'],
    ['最后一公里 inside a clause', '打通灌溉最后一公里。'],
    ['其一 inside a word', '尤其一线干警要带头。'],
    ['事实上 (adverb)', '事实上,问题依然存在。'],
    ['客观上 (adverb)', '客观上,我市经济体量大。'],
    ['这方面 / 其他方面 (discourse words)', '在这方面,我们做了很多。其他方面,也有进展。'],
    ['在此基础上 (adverb)', '在此基础上,推进改革。'],
    ['header after a comma', '余波回应道,在监管困难上,食品安全存在薄弱环节。'],
    ['(市、区) parentheses', '各县(市、区)建设中心。'],
    ['12345 hotline', '借12345等平台收办意见。'],
    ['同一是 / 之一是 / 逐一是 (words ending in 一)', '标准同一是前提。原因之一是经费不足。逐一是必须的。'],
    ['统一要求 / 第一要务', '按照统一要求,把发展作为第一要务。'],
    ['(2023) is no marker', '文件(2023)12号。'],
    ['迈出第一步 (a step, not a marker)', '我们迈出了第一步。第二步更难。'],
    ['第一点 + noun', '这是第一点意见,第二点随后。'],
    ['第一步棋', '走好第一步棋。'],
    ['二是 opening a quoted term', '提出“二是”之说。'],
    ['一手抓 … 一手抓 (no ordinal run)', '坚持一手抓发展,一手抓安全。'],
    ['一把尺子量到底', '坚持一把尺子量到底,二者不可偏废。'],
    ['一周一教研', '推行一周一教研,两周一督导。'],
    ['a lone 一查 (no 二查)', '发现问题一查到底,绝不姑息。'],
    ['一查二改三评 (each numeral its own verb: a method)', '实行一查二改三评:一查台账,二改问题,三评成效。'],
    ['再一个是 with no first', '再一个是要抓紧。'],
    ['进一步加强 … (no 二加强)', '要进一步加强监管,确保安全。'],
    ['排名第1, (a rank inside a clause)', '综合排名全省第1,第2名是邻县。'],
  ])('%s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });
});

describe('[markers] runs: markers in order form lists of two or more', () => {
  it.each([
    ['一是 二是 三是', '一是健全机制;二是强化执法;三是补齐短板。', [['一是', '二是', '三是']]],
    ['a new 一是 restarts', '一是甲;二是乙。另外,一是丙;二是丁;三是戊。', [['一是', '二是'], ['一是', '二是', '三是']]],
    ['lone 一是', '问题很多,一是要认真对待。', []],
    ['out-of-order marker skipped', '一是甲;二是乙;五是戊。', [['一是', '二是']]],
    ['首先 with no 其次', '首先,感谢委员的关注。', []],
    ['1是 2是 3是 (half-width 一是)', '资金使用上,1是优先保障补助,2是向主产县倾斜,3是加强绩效评价。', [['1是', '2是', '3是']]],
    ['a lone 1是 (no 2是)', '我们的原则,1是不变的底线。', []],
    ['11是 / 共3是 (a number inside a clause)', '编号11是空号,总共3是不够的。', []],
    ['1是否 (a question word)', '核实,1是否到位。2是否公开。', []],
    ['一是 after its subject', '市政府一是加强领导,二是完善制度。', [['一是', '二是']]],
    ['一方面 after its subject', '今年成效明显。我们一方面落实再贷款政策;另一方面推动银行建立长效机制。', [['一方面', '另一方面']]],
    ['一方面 after an adverb', '同时一方面加密巡查频次,另一方面引入第三方评估。', [['一方面', '另一方面']]],
    ['市政府一个是 … 另一个是', '市政府一个是加强领导,另一个是完善制度。', [['一个是', '另一个是']]],
    ['这只是一方面 (a noun after 是)', '资金这只是一方面,另一方面还要靠人。', []],
    ['有一个是 (a verb of having)', '试点有一个是失败的,另一个是成功的。', []],
    ['从一方面看 (a preposition)', '从一方面看是好事,另一方面也有风险。', []],
    ['这一方面 / 每一方面 (a word with 一)', '在这一方面做得好,另一方面还不够。每一方面都要抓。', []],
    ['问题的一方面', '这是问题的一方面,另一方面是资金。', []],
    ['这一要求 (a demonstrative) opens no run', '落实这一要求,二要抓紧。', []],
    ['二是 inside a clause does not continue a run', '一是加强领导,落实这二是关键。', []],
    ['首先 inside a clause, no 其次', '徐广满在回应时首先介绍了基本情况。最后,他表示感谢。', []],
    ['首先 after its subject, then 其次', '今后我们首先要督促落实;其次,开展检查;最后,纳入评定。', [['首先', '其次', '最后']]],
    ['首先 其次 再次 然后 最后', '首先,甲;其次,乙;再次,丙;然后,丁;最后,戊。', [['首先', '其次', '再次', '然后', '最后']]],
    ['最后 closes a sequence', '首先,甲;最后,乙。其次,丙。', [['首先', '最后']]],
    ['一． 二． 三．', '三項工作：一．擴大供給；二．完善補貼；三．培育人才。', [['一．', '二．', '三．']]],
    ['two families', '一是甲:(一)子;(二)丑。二是乙。', [['一是', '二是'], ['(一)', '(二)']]],
  ])('%s', (_label, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});

describe('[markers] an Arabic marker straight before a figure opens an item when it continues a sequence', () => {
  it.each([
    ['deadline lines', '工作安排:\n1.2026年3月底前完成排查;\n2.6个月内完成修复;\n3.年底前验收。', ['arabic:1:1.', 'arabic:2:2.', 'arabic:3:3.']],
    ['dun markers', '具体是:\n1、2026年上半年启动;\n2、5个片区同步推进。', ['arabic:1:1、', 'arabic:2:2、']],
    ['only the last item opens with a digit', '分三步:\n1.摸底;\n2.整治;\n3.9月前验收。', ['arabic:1:1.', 'arabic:2:2.', 'arabic:3:3.']],
    ['a lone decimal opening a line', '改造情况:\n1.5万户完成改造。', []],
    ['decimals in running text', '收入增长1.2%,支出增长2.3%。', []],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
});

describe('[markers] emphasis markup around a marker is transparent, for every family', () => {
  // A Markdown 纪要 (two marks at least: source/markdown.ts blanks them in the view) bolds or italicises the markers.
  it.each([
    ['**第一**， (bold 第N)', '分两块推进。**第一**，清理欠薪台账；**第二**，建立保证金制度。', ['di:1:第一', 'di:2:第二']],
    ['**其一**， (bold 其N)', '我讲两点。**其一**，打通异地结算；**其二**，扩大定点药店。', ['qi:1:其一', 'qi:2:其二']],
    ['**第一点**，', '谈两点。**第一点**，压减审批时限；**第二点**，推行容缺受理。', ['di:1:第一点', 'di:2:第二点']],
    ['**第一项**， (a classifier run)', '采取两项措施：**第一项**，新建污水管网；**第二项**，改造提升泵站。', ['di:1:第一项', 'di:2:第二项']],
    ['**第一步**， on bulleted lines', '分两步走：\n\n- **第一步**，摸清存量；\n- **第二步**，分批处置。', ['di:1:第一步', 'di:2:第二步']],
    ['__第一__， (underscore bold)', '两件事。__第一__，修缮校舍；__第二__，补充教师。', ['di:1:第一', 'di:2:第二']],
    ['*第一*， (italic, in a document with headings)', '# 纪要\n\n> 导语\n\n两件事：*第一*，修缮校舍；*第二*，补充教师。', ['di:1:第一', 'di:2:第二']],
    ['**一是** (already read)', '两件事：**一是**修缮校舍；**二是**补充教师。', ['shi:1:一是', 'shi:2:二是']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });

  it.each([
    ['**其一：** (the colon inside the bold)', '我讲两点。**其一：**打通异地结算；**其二：**扩大定点药店。', ['打通异地结算', '扩大定点药店']],
    ['**第一**，', '分两块推进。**第一**，清理欠薪台账；**第二**，建立保证金制度。', ['清理欠薪台账', '建立保证金制度']],
  ])('the item starts past the marks: %s', (_label, text, want) => {
    const view = normalize(text);
    const ms = findMarkers(view, 0, view.length);
    expect(ms.map((m, i) => text.slice(m.contentStart, m.contentStart + want[i].length))).toEqual(want);
  });
});

describe('[markers] a numbered marker after a resumption lead-in ("我接着说第三,") opens its item', () => {
  it.each([
    ['我接着说第三,', '已经到位。我接着说第三,推行计量收费;第四,引入专业公司。', ['di:3:第三', 'di:4:第四']],
    ['再说第三点,', '已经到位。再说第三点,推行计量收费;第四点,引入专业公司。', ['di:3:第三点', 'di:4:第四点']],
    ['下面讲其三,', '已经到位。下面讲其三,推行计量收费。', ['qi:3:其三']],
    ['接着说三是', '已经到位。我接着说三是推行计量收费;四是引入专业公司。', ['shi:3:三是', 'shi:4:四是']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
  it.each([
    ['再说第二天 (no separator: a day)', '再说第二天的安排,我们已经通知到位。'],
    ['讲第一个问题 (a noun after the ordinal)', '我接着讲第一个问题,资金怎么来。'],
  ])('none: %s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });
});

describe('[markers] 一来/二来/三来 after a measure head is a list; as reasons it is none', () => {
  it.each([
    ['我们的做法,一来…二来…三来', '我们的做法,一来新建两座泵站;二来更换老旧管网;三来配足抢修车辆。', ['shi:1:一来', 'shi:2:二来', 'shi:3:三来']],
    ['打算:一来是…二来是', '下一步打算:一来是扩建食堂,二来是增加餐位。', ['shi:1:一来是', 'shi:2:二来是']],
    ['措施 further back in the sentence', '针对这些问题,我们采取的措施,一来加密巡查频次;二来引入第三方评估。', ['shi:1:一来', 'shi:2:二来']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
  it.each([
    ['reasons (原因…一来是)', '停水原因有两个:一来是用水集中,二来是水源不足。'],
    ['reasons (因为)', '之所以滞后,一来是资金没到位,二来是选址有争议。'],
    ['no head at all', '一来交通不便,二来人手不够。'],
    ['这样一来', '这样一来,群众办事就方便了。'],
    ['一来一回', '我们的办法是就近办理,一来一回只要半小时。'],
  ])('none: %s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });
});

describe('[markers] 第一步/第二步 straight before their words, in a run of steps', () => {
  it.each([
    ['nested in 一是', '一是新建泵站,这里面又分两步,第一步完成选址,第二步9月开工;二是更换管网。', ['shi:1:一是', 'di:1:第一步', 'di:2:第二步', 'shi:2:二是']],
    ['a run on its own', '分两步走。第一步摸清底数;第二步集中整治。', ['di:1:第一步', 'di:2:第二步']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
  it.each([
    ['迈出第一步 (inside a clause)', '这只是迈出了第一步,后面还有很多工作。'],
    ['a lone 第一步 before its words', '第一步棋走对了,群众很满意。'],
  ])('none: %s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });
});

describe('[markers] ordinal + any head said again with the next numeral is a run (第一阶段, 第一块), 头一 is 第一', () => {
  it.each([
    ['第一阶段 / 第二阶段 / 第三阶段', '整治分三个阶段推进。第一阶段,摸清底数;第二阶段,集中攻坚;第三阶段,巩固提升。', [['第一阶段', '第二阶段', '第三阶段']]],
    ['第一阶段: … 。 (colon, sentences)', '分两步走。第一阶段:排查隐患。第二阶段:限期整改。', [['第一阶段', '第二阶段']]],
    ['第一阶段是 / 第二阶段是', '第一阶段是清理存量,第二阶段是控制增量。', [['第一阶段是', '第二阶段是']]],
    ['第一个阶段 / 第二阶段 (个 before the noun)', '第一个阶段,清理存量;第二阶段,控制增量。', [['第一个阶段', '第二阶段']]],
    ['第一块 / 第二块', '资金主要用在两块。第一块,补助困难家庭;第二块,奖励先进社区。', [['第一块', '第二块']]],
    ['第一环 / 第二环 / 第三环', '第一环,源头把关;第二环,过程监管;第三环,末端处置。', [['第一环', '第二环', '第三环']]],
    ['第一板块、 第二板块、', '第一板块、老旧小区改造;第二板块、背街小巷整治。', [['第一板块', '第二板块']]],
    ['头一件 / 第二件 / 第三件', '抓三件事。头一件,修缮校舍;第二件,补充教师;第三件,提高待遇。', [['头一件', '第二件', '第三件']]],
    ['头一个 / 第二个', '头一个,修缮校舍;第二个,补充教师。', [['头一个', '第二个']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });

  it.each([
    ['第一阶段 in a sentence', '目前第一阶段已完成,第二阶段正在推进。'],
    ['a lone 第一阶段,', '第一阶段,试点工作已经完成,群众反映良好。'],
    ['第一阶段, then 第二块, (two heads)', '第一阶段,清理存量;第二块,控制增量。'],
    ['第一季度 / 第二季度 (time)', '第一季度,完成投资3亿元;第二季度,完成投资5亿元。'],
    ['第一名 / 第二名 (rank)', '考核结果:第一名,城东街道;第二名,城西街道。'],
    ['第一年 / 第二年 (time)', '第一年,完成五个村;第二年,完成八个村。'],
    ['articles of a document (《规划》第一阶段)', '《实施方案》第一阶段,明确任务;第二阶段,明确责任。'],
    ['头一回 alone', '头一回,大家都很紧张。'],
    ['头一件 with no 第二件', '头一件,就是修缮校舍。'],
    ['头一天 (time)', '头一天,完成培训;第二天,上岗试用。'],
  ])('none: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
});

describe('[markers] 一则/二则/三则: the classical ordinal, bound to its run', () => {
  it.each([
    ['一则 二则 三则 (no comma)', '我们分三步走。一则建立台账;二则逐项督办;三则开展复核。', [['一则', '二则', '三则']]],
    ['一则, 二则, (comma)', '一则,健全制度;二则,强化考核。', [['一则', '二则']]],
    ['joined by commas', '一则扩大供给,二则降低门槛,三则完善补贴。', [['一则', '二则', '三则']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });

  it.each([
    ['一则消息 (a classifier)', '近日一则消息引发关注,群众反映强烈。'],
    ['否则 / 规则 (words)', '否则,二者都难以落实;规则一旦确定就要执行。'],
    ['一则 then 二要 (no run of one word)', '一则健全制度;二要强化考核。'],
  ])('none: %s', (_label, text) => {
    expect(runs(text).filter((r) => r.some((m) => m.includes('则')))).toEqual([]);
  });
});

describe('[markers] Latin capitals A. B. C. / A、 / (A) open items as 1. and (1) do', () => {
  it.each([
    ['A. B. C. inline', '下一步分三块推进。A.建立台账;B.逐项督办;C.开展复核。', ['latin:1:A.', 'latin:2:B.', 'latin:3:C.']],
    ['A、 B、 lines', '重点做好:\nA、修缮校舍;\nB、补充教师。', ['latin:1:A、', 'latin:2:B、']],
    ['(A) (B) full-width', '主要是:（A）修缮校舍;（B）补充教师。', ['paren-latin:1:（A）', 'paren-latin:2:（B）']],
    ['A) B)', '主要是:\nA)修缮校舍;\nB)补充教师。', ['latin:1:A)', 'latin:2:B)']],
  ])('%s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });

  it.each([
    ['A股 / B超 (no mark after the letter)', '支持企业在A股上市,乡镇卫生院配备B超。'],
    ['A、B两类 (a letter after the mark)', '\nA、B两类企业分别管理。'],
    ['A.M. (an abbreviation)', '会议定于\nA.M.九点开始。'],
    ['AAA级 / 3A景区', '创建AAA级景区,新增3A.景区两家。'],
  ])('none: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
});

describe('[markers] ordinal + classifier + head noun (第一项工作是, 第一条措施,): the noun said again, or the classifier alone after', () => {
  it.each([
    ['第一项工作是 / 第二项工作是 / 第三项工作是', '重点抓好三项工作:第一项工作是清理积案;第二项工作是规范执法;第三项工作是公开结果。', [['第一项工作是', '第二项工作是', '第三项工作是']]],
    ['第一项举措是 / 第二项举措是', '第一项举措是建立台账,第二项举措是逐项销号。', [['第一项举措是', '第二项举措是']]],
    ['第一条措施是 / 第二条措施是', '第一条措施是加密巡查;第二条措施是联合执法。', [['第一条措施是', '第二条措施是']]],
    ['第一项任务: / 第二项任务: (colon, sentences)', '第一项任务:摸清底数。第二项任务:分类处置。', [['第一项任务', '第二项任务']]],
    ['第一项工作, / 第二项工作, (comma)', '第一项工作,完善机制;第二项工作,强化督办。', [['第一项工作', '第二项工作']]],
    ['第一项重点工作是 (a longer noun)', '第一项重点工作是修订规划;第二项重点工作是补齐短板。', [['第一项重点工作是', '第二项重点工作是']]],
    ['第一项工作是 / 第二项是 (the noun dropped after)', '第一项工作是清理积案;第二项是规范执法;第三项是公开结果。', [['第一项工作是', '第二项是', '第三项是']]],
    ['第一件事情是 / 第二件事情是', '第一件事情是修缮校舍,第二件事情是补充教师。', [['第一件事情是', '第二件事情是']]],
    ['第一项要求是 (a noun, 是 after)', '第一项要求是按期办结;第二项要求是公开透明。', [['第一项要求是', '第二项要求是']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });

  it.each([
    ['a lone 第一项工作是', '今年第一项工作是清理积案,已经全部完成。'],
    ['第一条高速 in a sentence', '全县第一条高速公路是去年通车的。'],
    ['两项工作 (no ordinal)', '做好两项工作是当前的重点。'],
    ['第一项工作是, then 第二条措施是 (two heads)', '第一项工作是清理积案;第二条措施是规范执法。'],
    ['articles cited (第一条规定, 第二条规定)', '这部条例第一条规定,保护水源;第二条规定,禁止排污。'],
    ['articles after a document (《办法》第一项工作)', '《实施办法》第一项工作,明确任务;第二项工作,明确责任。'],
  ])('none: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
});

describe('[markers] a first 第N after its subject or a connective opens the run (as a first 一是 after 我们 does)', () => {
  it.each([
    ['我们第一是 … 第二是 … 第三是', '资金缺口约3.2亿元。我们第一是争取专项债券，第二是落实企业出资，第三是探索用户分担。', [['第一是', '第二是', '第三是']]],
    ['其中第一条 … 第二条 (replies to three suggestions)', '三条建议很有针对性。其中第一条，今年已纳入考核；第二条，正在研究；第三条，已开展试点。', [['第一条', '第二条', '第三条']]],
    ['市政府第一个方面 (an office as subject)', '市政府第一个方面,加强统筹;第二个方面,压实责任。', [['第一个方面', '第二个方面']]],
    ['下一步第一点是 (a connective)', '下一步第一点是扩建食堂,第二点是增加餐位。', [['第一点是', '第二点是']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });
  it.each([
    // The first after its subject only opens a run with a 第二 opening its clause after it.
    ['no 第二 after it', '我们第一是争取专项债券,这是最快的办法。'],
    ['a bare 第一, after words (a slogan, a rank)', '坚持安全第一,第二个百年目标。'],
    ['a rank after 是', '这是全市第一个,第二个在邻县。'],
    ['the object of a verb with 了', '我们迈出了第一步,第二步更难。'],
    ['after a preposition (关于第一点)', '关于第一点,我们已经落实;第二点正在研究。'],
    ['words too long to be a subject before it', '全市各乡镇今年推进的重点工作第一项是,第二项是修路。'],
  ])('no run: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
  it('its marker does not claim to open its clause', () => {
    expect(findMarkers(normalize('我们第一是扩面,第二是提质。'), 0, 13).map((m) => [m.text, m.opensClause])).toEqual([['第一是', false], ['第二是', true]]);
  });
});

describe('[markers] 第一个问题, 第二个问题: questions answered one by one are no items', () => {
  it.each([
    ['replies to the asker\'s sub-questions', '第一个问题,今年PM2.5平均浓度为36微克/立方米;第二个问题,今年共查处9起。'],
    ['第一个问题是 (a problem named)', '存在的第一个问题是资金不足,第二个问题是人才短缺。'],
    ['第一问, 第二问', '第一问,今年完成投资3亿元;第二问,明年开工。'],
  ])('%s', (_label, text) => {
    expect(markers(text)).toEqual([]);
  });
  it.each([
    ['第一个方面 still is one', '第一个方面,加强统筹;第二个方面,压实责任。', ['di:1:第一个方面', 'di:2:第二个方面']],
    ['第一项工作 still is one', '第一项工作,加强统筹;第二项工作,压实责任。', ['di:1:第一项工作', 'di:2:第二项工作']],
  ])('near miss, still markers: %s', (_label, text, want) => {
    expect(markers(text)).toEqual(want);
  });
});

// t61 p10 / vI, vI2: spoken enumerations that repeat their head.
describe('[markers] a repeated 一条是 / 一个是 and 二个是 … go on with their run', () => {
  it.each([
    ['一条是 … 一条是 … 还有一条是', '主要靠三条：一条是新建学校；一条是推进集团化办学；还有一条是严格控制招生计划。', ['pair:1:一条是', 'pair:2:一条是', 'pair:3:还有一条是']],
    ['一个是 … 一个是, parted by ；', '一个是加快工程进度，今年完成42公里；一个是强化资金保障。', ['pair:1:一个是', 'pair:2:一个是']],
    ['一个是 … 二个是 … 三个是', '主要靠三条：一个是加快工程进度；二个是强化资金保障；三个是严格考核。', ['pair:1:一个是', 'pair:2:二个是', 'pair:3:三个是']],
  ])('%s', (_label, text, expected) => {
    expect(markers(text)).toEqual(expected);
    expect(runs(text)).toEqual([expected.map((m) => m.split(':')[2])]);
  });
  it.each([
    ['一个是 … 一个是 after a count announced with a colon: one list', '主要原因有两个：一个是早期建设的终端工艺落后，一个是部分运维单位能力不足。', ['pair:1:一个是', 'pair:2:一个是']],
    ['一个是 … 一个是 inside one sentence (commas only) tells two cases: two firsts', '两个村的情况已核实，一个是代办员调岗，一个是培训后还未上岗。', ['pair:1:一个是', 'pair:1:一个是']],
    ['一方面 said twice stays two firsts', '一方面加强监管；一方面完善制度。', ['pair:1:一方面', 'pair:1:一方面']],
    ['二个是 with no 一个是 before is no marker', '这二个是我们的重点。', []],
    ['三个是 after 一个是, 二个是 skipped, is no marker', '一个是加快进度；三个是严格考核。', ['pair:1:一个是']],
    ['a repeated 一个是 far from the first (another answer) opens anew', `一个是加快进度。${'今年已完成改造任务，群众满意度明显提升。'.repeat(12)}一个是严格考核。`, ['pair:1:一个是', 'pair:1:一个是']],
  ])('near-miss: %s', (_label, text, expected) => {
    expect(markers(text)).toEqual(expected);
  });
});
