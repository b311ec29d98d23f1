// The topic (src/structure/session-topic.ts), read through readSession as the pipeline reads it.
import { describe, expect, it } from 'vitest';
import { readSession } from '../../src/structure/session.js';
import { isTagLine } from '../../src/structure/session-topic.js';
import { normalize } from '../../src/source/normalize.js';
import { session } from '../helpers/session.js';


describe('[session-topic] topic: modifiers, headline separators, a plain verb of inquiring', () => {
  it.each<[string, string, string | null]>([
    // 跟踪询问 (a follow-up inquiry, a year on) names its matter as 专题询问 does; an object pointing back to the earlier
    // inquiry ("去年专题询问发现问题的整改情况") is none, the headline's is.
    ['2025年6月24日，某市人大常委会对农村饮水安全工作开展跟踪询问。', '', '农村饮水安全工作'],
    ['2025年6月24日，某市人大常委会对去年专题询问发现问题的整改情况开展跟踪询问。', '某市人大常委会对农村饮水安全工作开展跟踪询问', '农村饮水安全工作'],
    ['2025年6月24日，某市人大常委会对去年专题询问发现问题的整改情况开展跟踪询问。', '', null],
    ['2025年6月24日，某市人大常委会开展跟踪询问。', '', null],
    // A modifier between the verb and 专题询问 is no topic: the object of 对/就 is.
    ['5月9日,南屏市人大常委会对市人民政府关于水污染防治工作审议意见研究处理情况开展跟踪专题询问。', '', '市人民政府关于水污染防治工作审议意见研究处理情况'],
    ['某县人大常委会就城乡供水一体化工作进行联组专题询问。', '', '城乡供水一体化工作'],
    ['某县人大常委会开展跟踪专题询问。', '', null],
    ['', '某州人大常委会开展审议意见落实情况跟踪专题询问', '审议意见落实情况'],
    // A column tag is no part of the headline's clause (its 面对面 holds a 对).
    ['6月2日,县人大常委会举行会议。', '【代表面对面】县人大常委会就城区停车难问题开展专题询问', '城区停车难问题'],
    ['6月2日,县人大常委会举行会议。', '【面对面】｜县人大常委会对农村客运开展专题询问', '农村客运'],
    // A headline of two parts: the topic never runs over the separator; the first part may name it.
    ['9月3日,南屏市人大常委会举行专题询问会。', '聚焦城市更新\u3000市人大常委会开展专题询问', '城市更新'],
    ['9月3日,南屏市人大常委会举行专题询问会。', '关注学前教育——县人大常委会开展专题询问', '学前教育'],
    // A space inside the introduction ends no clause (only the headline's separators do).
    ['2024年9月3日 南屏市人大常委会对全市 城市更新工作开展专题询问。', '', '全市 城市更新工作'],
    // A record's field line names the topic outright.
    ['时间:2023年6月15日\n主题：全区托育服务体系建设情况\n主持人:区人大常委会主任 某\n主持人:今天我们围绕托育服务开展专题询问。', '', '全区托育服务体系建设情况'],
    ['询问主题: 城乡供水一体化\n县人大常委会就农村饮水开展专题询问。', '', '城乡供水一体化'],
    ['会议的主题:我们今天讨论很多问题,比如供水。\n县人大常委会就农村饮水开展专题询问。', '', '农村饮水'],
    // Asking while reviewing a report: the report is the topic (also in the groups' review, 分组审议).
    ['11月26日上午，省人大常委会第十九次会议分组审议省政府关于托育服务体系建设情况的报告。本次会议在分组审议中安排了专题询问环节。', '', '托育服务体系建设情况'],
    ['县人大常委会会议听取和审议了县人民政府关于农村公路养护情况的报告，委员们进行了询问。', '', '农村公路养护情况'],
    ['县人大常委会会议审议了多项议题。委员们进行了询问。', '', null],
    // A genre after 专题询问 in the headline is no topic.
    ['', '县人大常委会专题询问 速记整理稿（未校对）', null],
    ['', '县人大常委会专题询问速记整理稿', null],
    // ORG关于X的专题询问 (the commonest headline): the body before 关于, however short, blocks no topic.
    ['', '市人大常委会关于全市老旧小区改造工作情况的专题询问实录', '全市老旧小区改造工作情况'],
    ['', '县人大常委会关于城乡供水一体化工作的专题询问(实录)', '城乡供水一体化工作'],
    ['', '区人大常委会关于学前教育普惠发展的专题询问', '学前教育普惠发展'],
    ['', '南屏市人大常委会关于农村公路养护情况专题询问实录', '农村公路养护情况'],
    ['', '某州人民代表大会常务委员会关于生态补偿的专题询问', '生态补偿'],
    ['', '县人大常委会专题询问实录', null],
    // A headline broken by a gazette's line width, 专题询问 on the next line: read joined (t72 p06); a paragraph break is no wrap.
    ['（2017年8月24日州十三届人大常委会第二十次会议联组会议）', '州人大常委会关于全州脱贫攻坚工作\n专题询问发言摘要', '全州脱贫攻坚工作'],
    ['', '县人大常委会关于全县城乡供水一体化工作\n专题询问实录', '全县城乡供水一体化工作'],
    ['', '州人大常委会关于全州脱贫攻坚工作\n\n专题询问发言摘要', null],
    // The record's name after 专题询问 (会议纪要, a transcript being edited) and a 跟踪询问 (t43 p1b, p4a, p5b).
    ['', '关于城镇老旧小区改造工作专题询问会议纪要', '城镇老旧小区改造工作'],
    ['', '关于数字政府建设情况的专题询问（记录整理稿）', '数字政府建设情况'],
    ['', '关于数字政府建设情况的专题询问（速记稿）', '数字政府建设情况'],
    ['', '云州市人大常委会就业工作跟踪询问实录', '就业工作'],
    ['', '云州市人大常委会就养老服务跟踪询问实录', '养老服务'],
    ['', '县人大常委会对外开放工作专题询问纪要', '对外开放工作'],
    ['', '云州市人大常委会跟踪询问实录', null],
    ['', '县人大常委会专题询问会议纪要', null],
    ['', '委员询问实录', null],
    // BODY + TOPIC + 专题询问 with nothing between (the commonest title of a 询问记录): the topic lies between them.
    ['', '临江省人大常委会养老服务体系建设专题询问记录', '养老服务体系建设'],
    ['', '青川市人大常委会城乡供水一体化工作专题询问实录', '城乡供水一体化工作'],
    ['', '某州人民代表大会常务委员会生态补偿专题询问', '生态补偿'],
    ['', '白河县人大常委会第十二次会议农村公路养护专题询问', '农村公路养护'],
    ['', '白河县人大常委会学前教育跟踪专题询问', '学前教育'],
    ['', '白河县人大常委会联组专题询问', null],
    ['', '白河县人大常委会第十二次会议专题询问', null],
    // The meeting's format between the meeting and 关于/专题询问.
    ['', '临江省十四届人大常委会第十三次会议第二次全体会议关于全省防汛抗旱工作的专题询问实录', '全省防汛抗旱工作'],
    ['', '临江省十四届人大常委会第十三次会议联组会议关于全省防汛抗旱工作的专题询问实录', '全省防汛抗旱工作'],
    ['', '白河县人大常委会第十二次会议分组会议农村公路养护专题询问', '农村公路养护'],
    ['', '临江省十四届人大常委会第十三次会议第二次全体会议专题询问全省防汛抗旱工作', '全省防汛抗旱工作'],
    ['', '临江省十四届人大常委会第十三次会议第二次全体会议专题询问', null],
    // A site's genre or column tag before the headline (or its genre bracketed after) hides no topic.
    ['', '【实录】南屏市人大常委会医疗卫生资源配置专题询问', '医疗卫生资源配置'],
    ['', '【图文】白河县人大常委会关于农村公路养护情况的专题询问', '农村公路养护情况'],
    ['', '[全文]临江省人大常委会养老服务体系建设专题询问', '养老服务体系建设'],
    ['', '【人大动态】【直播】青川市人大常委会城乡供水一体化工作专题询问', '城乡供水一体化工作'],
    ['', '【专题询问】 某州人大常委会生态补偿专题询问', '生态补偿'],
    ['', '南屏市人大常委会医疗卫生资源配置专题询问【实录】', '医疗卫生资源配置'],
    ['', '【实录】县人大常委会专题询问', null],
    // A name in quotes inside the verb phrase is part of the topic (t50 p04, p11); how the inquiry is held (levels of
    // congress acting together, 联动) is none, the phrase of the meeting held is.
    ['2022年6月28日上午，江西省人大常委会、九江市人大常委会、湖口县人大常委会在湖口县联合举行长江“十年禁渔”专题询问会，这是我省首次开展省市县三级人大联动专题询问。', '省市县三级人大联动开展长江禁渔专题询问', '长江“十年禁渔”'],
    ['6月28日，省市县三级人大常委会联合举行专题询问会，这是我省首次开展省市县三级人大联动专题询问。', '', null],
    ['6月28日，省市县三级人大常委会联合举行专题询问会，这是首次开展省市县三级人大联动专题询问。', '省市县三级人大联动开展长江禁渔专题询问', '长江禁渔'],
    ['9月26日，十四届省人大常委会第十二次会议举行专题询问。', '广东省人大常委会开展“百千万工程”专题询问', '“百千万工程”'],
    ['近日，县人大常委会开展“双减”政策落实情况专题询问。', '', '“双减”政策落实情况'],
    // Quotes left open or closed without opening inside it make no phrase.
    ['近日，县人大常委会开展“双减专题询问。', '', null],
    // The lede's plain 进行询问 before the headline's first part.
    ['9月3日,南屏市人大常委会举行专题询问会,围绕全市城市更新工作情况进行询问。', '聚焦城市更新\u3000市人大常委会开展专题询问', '全市城市更新工作情况'],
    // How the inquiry is held is no topic ("按席提问的方式", 就 a word of 就座); a live record's headline names it (t61 #14).
    ['这是市人大常委会首次采用分组就座、按席提问的方式开展专题询问。', '', null],
    ['这是市人大常委会首次采用分组就座、按席提问的方式开展专题询问。', '南屏市人大常委会生态环境保护专题询问会现场实录', '生态环境保护'],
    ['某日,某会议举行。', '南屏市人大常委会养老服务专题询问文字直播', '养老服务'],
    // A topic never ends in an open bracket: the （ of （实录摘编） is the genre's (t67 #11); a closing quote stays.
    ['某日,某会议举行。', '沈阳市人大常委会专题询问全市营商环境建设情况（实录摘编）', '全市营商环境建设情况'],
    ['某日,某会议举行。', '南屏市人大常委会专题询问全市营商环境建设情况【实录】', '全市营商环境建设情况'],
    ['某日,某会议举行。', '南屏市人大常委会专题询问全市“放管服”改革情况（实录）', '全市“放管服”改革情况'],
    // (near-miss: an object that is a matter, not a way, still reads)
    ['市人大常委会就改进学校配餐方式开展专题询问。', '', '改进学校配餐方式'],
  ])('%s | %s', (intro, title, topic) => {
    expect(session(intro || '某日,某会议举行。', title || null).topic).toBe(topic);
  });
  it('reads no plain 进行询问 in the headline', () => {
    const title = '委员们围绕学前教育进行询问';
    const pair = { text: title, view: normalize(title) };
    expect(readSession(pair, { title: [0, title.length], intro: null, frameDate: null }).topic).toBeNull();
  });
});

describe('[session-topic] an inquiry tied to a report: the report\'s subject is the topic, an anaphoric 报告 never', () => {
  it.each<[string, string | null]>([
    ['会议听取和审议了县人民政府关于全县托育服务体系建设情况的报告，并结合审议报告开展专题询问。', '全县托育服务体系建设情况'],
    ['会议听取了区政府关于河道治理工作情况的报告，并开展专题询问。', '河道治理工作情况'],
    ['10月9日，白河县人大常委会召开第二次全体会议，听取县政府关于农村供水工作情况的报告并开展专题询问。', '农村供水工作情况'],
    ['会议结合审议州政府关于森林防火工作情况的报告开展专题询问。', '森林防火工作情况'],
    ['会议围绕州政府关于森林防火工作情况的报告开展专题询问。', '森林防火工作情况'],
    ['会议就州政府关于森林防火工作情况的报告开展专题询问。', '森林防火工作情况'],
    ['会议在审议州政府关于森林防火工作情况的报告时开展专题询问。', '森林防火工作情况'],
    // A committee's report on the inquiry: 时 closes the clause of time before its comma, the verb opens the next (t69 p06),
    // and the members' list of matters after it is no topic.
    ['11月24日，市十六届人大常委会第七次会议在审议市人民政府关于住房公积金管理工作情况的报告时，召开联组会议开展了专题询问。6名常委会组成人员分别就住房公积金扩面、提取使用等方面的问题进行了询问。', '住房公积金管理工作情况'],
    ['会议在审议州政府关于森林防火工作情况的报告时，开展了专题询问。', '森林防火工作情况'],
    // (near-miss: the clause after 时 names its own object: that is the topic)
    ['会议在审议州政府关于森林防火工作情况的报告时，就防火通道建设开展了专题询问。', '防火通道建设'],
    ['会议对《州政府关于森林防火工作情况的报告》开展专题询问。', '森林防火工作情况'],
    ['会议听取了区政府关于河道治理工作情况的报告，并就该报告开展专题询问。', '河道治理工作情况'],
    ['会议听取了区政府关于河道治理工作情况的报告。随后，委员们结合审议报告开展专题询问。', '河道治理工作情况'],
    ['会议听取了区政府关于河道治理工作情况的报告。随后，委员们开展专题询问。', '河道治理工作情况'],
    // No report named: the anaphor gives nothing.
    ['委员们结合审议报告开展专题询问。', null],
    ['委员们就该报告开展专题询问。', null],
    // An anaphor for two reports names neither alone; the meeting's first report reviewed is then the topic.
    ['会议听取和审议了县政府关于河道治理工作情况的报告和县政府关于农村供水工作情况的报告，并结合审议上述报告开展专题询问。', '河道治理工作情况'],
    ['会议听取和审议了县政府关于河道治理工作情况的报告和县政府关于农村供水工作情况的报告，并就该报告开展专题询问。', '农村供水工作情况'],
    // Two reports in one object stay whole; a report with no 关于 is named as written.
    ['会议结合审议县政府关于A镇供水情况的报告和关于B镇供水情况的报告开展专题询问。', '县政府关于A镇供水情况的报告和关于B镇供水情况的报告'],
    ['会议对2023年度环境状况报告开展专题询问。', '2023年度环境状况报告'],
    // A second report with no subject of its own joined to the first: the first's subject, never cut inside 专项工作报告 (t55 p11).
    ['会议结合审议省人民政府关于社会治安防控体系建设情况的报告和省高级人民法院、省人民检察院有关专项工作报告，开展专题询问。', '社会治安防控体系建设情况'],
    ['会议结合审议市政府关于食品安全工作情况的报告及市检察院专项报告开展专题询问。', '食品安全工作情况'],
    ['会议结合审议县政府关于河长制落实情况报告、县检察院有关工作报告开展专题询问。', '河长制落实情况'],
    // near-miss: 报告 inside the one report's subject (a report on reports) is no second report
    ['会议结合审议市政府关于审计报告反映问题整改情况的报告开展专题询问。', '审计报告反映问题整改情况'],
  ])('%s', (intro, topic) => {
    expect(session(intro).topic).toBe(topic);
  });
});

describe('[session-topic] a line of tags alone', () => {
  it.each<[string, boolean]>([
    ['【实录】', true],
    ['[全文] ', true],
    ['【人大动态】【图文】', true],
    ['【实录】市人大常委会专题询问', false],
    ['【市人大常委会医疗卫生资源配置专题询问】', false],
    ['实录', false],
  ])('%s → %s', (line, yes) => {
    expect(isTagLine(normalize(line))).toBe(yes);
  });
});
