import { describe, expect, it } from 'vitest';
import { readSession, isHeadline, continuesHeadline } from '../../src/structure/session.js';
import { normalize } from '../../src/source/normalize.js';
import { session } from '../helpers/session.js';


const SEED_INTRO = '近日,曲靖市六届人大常委会第二十九次会议举行联组会议,对曲靖市群众安全感满意度、法治建设满意度提升工作开展专题询问。12名市人大常委会组成人员围绕“两个满意度”提升工作中的问题,向市“一府两院”相关部门负责人进行现场询问。';

describe('[session] fields', () => {
  it('reads the seed introduction', () => {
    const s = session(SEED_INTRO, '曲靖“多问”探寻提升路径');
    expect(s).toMatchObject({
      title: '曲靖“多问”探寻提升路径', body: '曲靖市六届人大常委会', meeting: '第二十九次会议', format: '联组会议',
      topic: '曲靖市群众安全感满意度、法治建设满意度提升工作', date: null, statedAskerCount: 12,
    });
  });
  it.each([
    ['6月26日,云南省第十四届人大常委会第十次会议举行全体会议,对全省食品安全工作情况开展专题询问。', { body: '云南省第十四届人大常委会', meeting: '第十次会议', format: '全体会议', topic: '全省食品安全工作情况', date: null }],
    ['2025年6月26日上午,麒麟区人大常委会举行分组会议,就城市管理工作进行专题询问。', { body: '麒麟区人大常委会', format: '分组会议', topic: '城市管理工作', date: '2025-06-26' }],
    ['二〇二四年十一月五日,某市人大常委会对优化营商环境工作开展专题询问。', { body: '某市人大常委会', topic: '优化营商环境工作', date: '2024-11-05' }],
    ['十四届全国人大常委会第八次会议举行联组会议,围绕生态环境保护开展专题询问。十五名常委会组成人员提问。', { body: '十四届全国人大常委会', meeting: '第八次会议', topic: '生态环境保护', statedAskerCount: 15 }],
    ['3月26日,某区第十八届人大常委会第二十四次会议开展专题询问,聚焦全区基层医疗卫生服务能力提升工作。', { meeting: '第二十四次会议', topic: '全区基层医疗卫生服务能力提升工作' }],
    ['12月21日,市十七届人大常委会第十一次会议举行专题询问,就市中级人民法院执行工作进行询问。', { topic: '市中级人民法院执行工作' }],
    ['11月26日,省十四届人大常委会第二十三次会议举行联组会议,结合大气污染防治法执法检查开展专题询问。', { format: '联组会议', topic: '大气污染防治法执法检查' }],
    ['11月26日上午,省十四届人大常委会第十九次会议分组审议省政府关于托育服务体系建设情况的报告。', { meeting: '第十九次会议', format: '分组审议', topic: '托育服务体系建设情况' }],
    // 举行专题询问会 names no topic; the 就… before the second 开展专题询问 does.
    ['8月27日,某自治州第十五届人大常委会第二十二次会议举行专题询问会,就全州衔接资金使用管理情况开展专题询问。', { meeting: '第二十二次会议', topic: '全州衔接资金使用管理情况' }],
    // A township's congress has no standing committee; those attending are no count of askers.
    ['8月22日,青石镇第十八届人民代表大会第五次会议举行专题询问,12名镇人大代表参加,镇政府负责人到会回答。', { body: '青石镇第十八届人民代表大会', meeting: '第五次会议', statedAskerCount: null }],
    ['5月10日,某乡第十九届人民代表大会第三次会议对乡村道路养护工作开展专题询问,6名乡人大代表先后提问。', { body: '某乡第十九届人民代表大会', topic: '乡村道路养护工作', statedAskerCount: 6 }],
    // 结合审议…的报告: the report is the topic, not the reviewing; 聚焦… before the verb; 专题询问 as the verb.
    ['11月20日,某省十四届人大常委会第十一次会议举行联组会议,结合审议省人民政府关于全省耕地保护工作情况的报告开展专题询问。', { topic: '全省耕地保护工作情况' }],
    // …also when the verb opens the next clause: the report is named in the clause before.
    ['各位委员,今天我们结合审议市人民政府关于全市城乡供水工作情况的报告,开展专题询问。', { topic: '全市城乡供水工作情况' }],
    ['8月26日,某市人大常委会结合听取和审议市人民政府关于全市养老服务工作情况的报告,进行专题询问。', { topic: '全市养老服务工作情况' }],
    ['8月26日,某市人大常委会听取了市政府的报告,现在开展专题询问。', { topic: null }],
    ['5月10日,某市人大常委会聚焦优化营商环境工作进行专题询问。', { topic: '优化营商环境工作' }],
    // a TV inquiry (电视问政): the object of 开展问政, or the theme the programme names
    ['9月3日晚,某区人大常委会围绕老旧小区改造开展电视问政。', { topic: '老旧小区改造' }],
    ['9月3日晚,电视问政节目《人大问政》第六期播出,本期聚焦“双减”政策落实。区人大代表参与问政。', { topic: '“双减”政策落实' }],
    ['9月3日晚,电视问政节目播出,区人大代表参与问政。', { topic: null }],
    ['5月10日,某市人大常委会专题询问全市耕地保护工作。', { topic: '全市耕地保护工作' }],
    ['某市人大常委会专题询问会5月10日举行。', { topic: null }],
    ['某县人大常委会专题询问问题清单及答复情况', { topic: null }],
    ['5月10日,某省人大常委会对全省农村供水工作开展专题询问,5位常委会组成人员和2位省人大代表先后提出问题。', { statedAskerCount: 7 }],
    ['11月26日,某省人大常委会对省人民政府关于2023年度环境状况的报告开展专题询问。', { date: null }],
    ['【图文直播】某市人大常委会专题询问“一网通办”工作', { topic: '“一网通办”工作' }],
    ['市十七届人大常委会第九次会议开展专题询问,30名市人大代表列席会议,8位委员提问。', { body: '市十七届人大常委会', statedAskerCount: 8 }],
    ['市十七届人大常委会第九次会议开展专题询问,10名市人大代表参加并提问。', { statedAskerCount: 10 }],
    // 人次 counts askings, not askers; 人 counts people.
    ['会上,常委会组成人员和市人大代表共11人次进行了提问。', { statedAskerCount: null }],
    ['会上,常委会组成人员和市人大代表共9人进行了提问。', { statedAskerCount: 9 }],
    // An ordinal names who asks first; it counts nobody.
    ['主持人:现在进行专题询问。第一位提问的是全国人大常委会委员邵某。', { statedAskerCount: null }],
    ['联组会议开展专题询问。第2位提问的是省人大代表韩某。', { statedAskerCount: null }],
    ['联组会议开展专题询问,第十一位提问的委员是李某。', { statedAskerCount: null }],
    // Two askers of one question, in the chair's call (联合/共同): no count of the session's askers.
    ['蒙某:现在开始询问。第一个问题由阮某某、韦某某两位委员联合提出,请县发改局回答。', { statedAskerCount: null }],
    ['主持人:请两位代表共同提问。', { statedAskerCount: null }],
    ['会上,6位委员先后提问。', { statedAskerCount: 6 }],
    // The chair calling some askers to ask (请两位委员连续提问) counts only them; an invitation to attend still counts (t61 #13).
    ['主持人:考虑到两位委员的问题都与漓江景区有关,请两位委员连续提问,由部门一并回答。', { statedAskerCount: null }],
    ['主持人:下面请三位代表依次发问。', { statedAskerCount: null }],
    ['会议邀请5位市人大代表参加询问。', { statedAskerCount: 5 }],
    // The topic inside the verb phrase, with no 对/就: 开展X专题询问.
    ['青石镇人大开展农村人居环境整治专题询问', { topic: '农村人居环境整治' }],
    ['县人大常委会进行了一次专题询问', { topic: null }],
  ])('%s', (intro, expected) => {
    expect(session(intro)).toMatchObject(expected);
  });
  it.each([
    ['11月5日,市十七届人大常委会第九次会议举行联组会议。', '市十七届人大常委会'],
    ['省十四届人大常委会第八次会议举行联组会议。12名省人大常委会组成人员提问。', '省十四届人大常委会'],
    ['7月29日下午,县十八届人大常委会第十五次会议举行联组会议。', '县十八届人大常委会'],
    ['区十九届人大常委会第五次会议举行全体会议。', '区十九届人大常委会'],
  ])('a body named by its level only: %s', (intro, body) => {
    expect(session(intro).body).toBe(body);
  });
  it.each([
    // the headline names the body in full, the introduction by its level only
    ['时间:2023年6月15日下午\n地点:区人大常委会第一会议室', '渝北新区人大常委会专题询问会议记录', '渝北新区人大常委会'],
    ['10月9日,市人大常委会第三十次会议举行联组会议,开展专题询问。', '青川市人大常委会开展专题询问', '青川市人大常委会'],
    ['会议在县人大常委会三楼会议室举行。', '白沙县第十八届人大常委会专题询问实录', '白沙县第十八届人大常委会'],
    // both in full: the one followed by its meeting
    ['10月9日,青川市第五届人大常委会第三十次会议开展专题询问。', '青川市人大常委会开展专题询问', '青川市第五届人大常委会'],
  ])('a body named in full beats one named by its level: %s', (intro, title, body) => {
    expect(session(intro, title).body).toBe(body);
  });
  it.each<[string, string | null, Record<string, unknown>]>([
    ['7月29日下午,省十四届人大常委会第十八次会议举行全体会议,就全省养老服务体系建设和托育服务发展情况进行专题询问。常委会副主任杨国华主持询问。9位常委会组成人员和人大代表先后提问,副省长冯建军到会回答问题。', '2025-07-30',
      { body: '省十四届人大常委会', meeting: '第十八次会议', format: '全体会议', topic: '全省养老服务体系建设和托育服务发展情况', date: '2025-07-29', statedAskerCount: 9 }],
    ['10月29日,榆阳市第十七届人大常委会第二十一次会议举行联组会议,围绕全市优化营商环境工作情况开展专题询问。', null,
      { body: '榆阳市第十七届人大常委会', meeting: '第二十一次会议', format: '联组会议', topic: '全市优化营商环境工作情况', date: null, statedAskerCount: null }],
    ['6月18日,清河县第十八届人大常委会第十五次会议对全县生态环境保护工作开展专题询问。会议由县人大常委会主任钱卫东主持。', null,
      { body: '清河县第十八届人大常委会', meeting: '第十五次会议', format: null, topic: '全县生态环境保护工作', date: null }],
  ])('the meeting day, not the page\'s: %s', (intro, frame, expected) => {
    expect(session(intro, null, frame)).toMatchObject(expected);
  });
  it('keeps 就 inside the topic', () => {
    expect(session('南屏市七届人大常委会第三十一次会议举行联组会议,对全市就业优先政策落实情况开展专题询问。').topic).toBe('全市就业优先政策落实情况');
  });
  it('reads a date given to the month', () => {
    expect(session('2023年12月下旬,南屏市七届人大常委会第三十一次会议举行联组会议。').date).toBe('2023-12');
  });
  it('takes the year of a month-day date from the page frame', () => {
    expect(session('6月26日,某县人大常委会开展专题询问。', null, '2025-06-27').date).toBe('2025-06-26');
  });
  it('uses the frame date when the introduction gives none, but not for 近日', () => {
    expect(session('某县人大常委会开展专题询问。', null, '2025-06-27').date).toBe('2025-06-27');
    expect(session('近日,某县人大常委会开展专题询问。', null, '2025-06-27').date).toBeNull();
  });
  it('keeps spans that slice the text', () => {
    const s = session(SEED_INTRO);
    expect(s.spans.statedAskerCount && SEED_INTRO.slice(...s.spans.statedAskerCount)).toBe('12名市人大常委会组成人员');
    expect(s.spans.body && SEED_INTRO.slice(...s.spans.body)).toBe('曲靖市六届人大常委会');
  });
});

describe('[session] headline', () => {
  it.each([
    ['曲靖“多问”探寻“群众安全感满意度、法治建设满意度”提升路径', true],
    ['近日,曲靖市六届人大常委会举行联组会议。', false],
    ['王某某委员问:', false],
    // a year alone opens a headline; a year and a month open a lede or a field
    ['2024年临河县人大常委会首场专题询问聚焦义务教育', true],
    ['2024年6月24日上午 临河县人大常委会举行联组会议', false],
    ['6月24日上午 临河县人大常委会举行联组会议', false],
    ['【14:30】', false], // a live feed's stamp on the first line
    ['14:30:00', false],
    // a field of the meeting's record is no headline, whether a headline stands above it or not
    ['主持人:市人大常委会副主任 滕某某', false],
    ['会议主持人:县人大常委会主任韦某', false],
    ['主持:区人大常委会副主任 解某', false],
    ['主 持 人:区人大常委会副主任 解某', false], // letter-spaced to align a block of fields
    ['主 持:区人大常委会副主任 解某', false],
    ['出 席 人 员:区人大常委会组成人员', false],
    ['出席人员:市人大常委会组成人员', false],
    ['议题:全市食品安全工作专题询问', false],
    ['专题询问:聚焦全市食品安全', true],
    // …nor is a field of a question's block opening the record
    ['询问人:市人大常委会委员 甄某某', false],
    ['提问人:县人大代表 柯某', false],
    ['应询人:市卫生健康委主任 詹某某', false],
    ['补充应询人:副县长 某某', false],
    ['应询单位:县水利局、县财政局', false],
    ['询问人员名单', true],
  ])('%s → %s', (line, yes) => {
    expect(isHeadline(line)).toBe(yes);
  });
});

describe('[session] a headline over two lines', () => {
  it.each([
    ['青峰省十三届人大常委会第九次会议联组会议', '关于全省水污染防治情况专题询问发言摘要', true],
    ['石门县第十八届人大常委会第七次会议', '农村饮水安全工作专题询问记录', true],
    ['鹭洲市人民代表大会常务委员会第三十次会议', '关于城市燃气安全管理工作的专题询问纪要', true],
    ['某市第十七届人大常委会第五次会议', '专题询问实录', true],
    // The meeting's format after it: 第二次全体会议, 联组会议, 分组会议.
    ['临江省十四届人大常委会第十三次会议第二次全体会议', '关于全省防汛抗旱工作情况的专题询问实录', true],
    ['临江省十四届人大常委会第十三次会议第一次联组会议', '关于全省防汛抗旱工作情况的专题询问实录', true],
    ['白河县第十八届人大常委会第九次会议分组会议', '农村饮水安全工作专题询问记录', true],
    // The body alone on the first line, the inquiry on the second (with 关于 or not, its record's kind or not).
    ['临川区人大常委会', '关于全区城市内涝治理工作情况的专题询问记录', true],
    ['鹭洲市人民代表大会常务委员会', '关于城市燃气安全管理工作的专题询问', true],
    ['石门县第十八届人大常委会', '农村饮水安全工作专题询问实录', true],
    ['白沙镇第十九届人民代表大会', '关于农村人居环境整治的专题询问纪要', true],
    // Minutes: the meeting and the record's kind on the second line, 会议 between them (专题询问会议纪要).
    ['哈密市伊州区第三届人民代表大会常务委员会', '第十五次会议专题询问会议纪要', true],
    ['临川区人大常委会', '第八次会议专题询问会议', true],
    // …but a line that merely opens on 关于 under the body names no inquiry; nor does a body with more on its line.
    ['临川区人大常委会', '关于蒋某某同志职务任免的决定', false],
    ['临川区人大常委会办公室', '关于全区城市内涝治理工作情况的专题询问记录', false],
    ['临川区人大常委会', '（2024年5月20日）', false],
    ['临川区人大常委会', '第十五次会议纪要', false],
    ['临川区人大常委会', '会议纪要', false],
    // The first line names no meeting, or the second line is a sentence or a date.
    ['青峰日报', '关于全省水污染防治情况专题询问发言摘要', false],
    ['青峰省十三届人大常委会第九次会议联组会议', '（2024年5月20日）', false],
    ['青峰省十三届人大常委会第九次会议联组会议', '主持人：省人大常委会副主任 某某', false],
    ['青峰省十三届人大常委会第九次会议联组会议', '近日，省人大常委会就水污染防治开展专题询问。', false],
    // The second line the inquiry as a verb and its object, maybe with the record's kind ("…记录稿").
    ['秦岭北县第十八届人大常委会第十六次会议', '专题询问县域义务教育均衡发展工作记录稿', true],
    ['某市第十七届人大常委会第二十六次会议', '跟踪询问农村饮水安全工作', true],
    ['秦岭北县第十八届人大常委会第十六次会议', '专题询问会议程', false],
    ['秦岭北县第十八届人大常委会第十六次会议', '专题询问的几点体会', false],
    ['秦岭北县第十八届人大常委会第十六次会议', '审议专题询问县域义务教育工作记录稿', false],
    // A headline broken at the page's width mid-phrase: only the two lines joined end on the inquiry.
    ['东阳坝县人大常委会关于“十四五”规划实施情况的专题询问实', '录', true],
    ['市人大常委会关于全市城镇老旧小区改造', '工作情况的专题询问实录', true],
    // …not a headline whole on its first line, a second headline opening on 关于, a line that names no inquiry, nor a sentence.
    ['市人大常委会关于全市城镇老旧小区改造工作情况的专题询问实录', '录音整理', false],
    ['江川市人民代表大会常务委员会公报', '关于全市城镇老旧小区改造工作情况的专题询问实录', false],
    ['市人大常委会关于全市城镇老旧小区改造', '工作情况的调研报告', false],
    ['2025年8月27日，市人大常委会关于全市城镇老旧小区改造', '工作情况的专题询问', false],
    ['城镇老旧小区改造', '工作情况的专题询问实录', false],
  ])('%s / %s → %s', (first, second, yes) => {
    expect(continuesHeadline(first, normalize(second))).toBe(yes);
  });

  it.each([
    ['关于全省水污染防治情况专题询问发言摘要', '全省水污染防治情况'],
    ['农村饮水安全工作专题询问记录', '农村饮水安全工作'],
    ['关于城市燃气安全管理工作的专题询问纪要', '城市燃气安全管理工作'],
    // A body is no topic.
    ['东岭区人大常委会专题询问实录', null],
  ])('the topic of the headline line %s: %s (when the introduction names none)', (second, topic) => {
    const s = session('主持人：某某。', '某市第十七届人大常委会第五次会议\n' + second);
    expect(s.topic).toBe(topic);
  });

  it.each([
    // The body, then 关于 and the topic, on a one-line headline.
    ['临川市人大常委会关于全市托育服务发展情况专题询问实录', '全市托育服务发展情况'],
    ['南屏县人民代表大会常务委员会关于农村供水保障工作的专题询问纪要', '农村供水保障工作'],
    // The genre in brackets.
    ['关于全区老旧小区改造情况专题询问（实录）', '全区老旧小区改造情况'],
    // A body alone is no topic.
    ['临川市人大常委会专题询问实录', null],
  ])('the topic of the one-line headline %s: %s (when the introduction names none)', (title, topic) => {
    const s = session('主持人：某某。', title);
    expect(s.topic).toBe(topic);
  });
});

describe('[session] a lede that opens on the first question', () => {
  it('names the meeting in the first question\'s line, never its topic or a count of askers', () => {
    const title = '直面问题——市人大常委会专题询问农村供水保障工作侧记';
    const opening = '“农村供水何时能彻底解决?”11月15日,在市十七届人大常委会第二十五次会议联组会议上,委员某某抛出问题,5名代表随后就此提问。';
    const text = `${title}\n\n${opening}`;
    const view = normalize(text);
    const s = readSession({ text, view }, { title: [0, title.length], intro: null, frameDate: null, opening: [title.length + 2, text.length] });
    expect(s).toMatchObject({ body: '市十七届人大常委会', meeting: '第二十五次会议', format: '联组会议', topic: '农村供水保障工作', statedAskerCount: null });
  });
});

describe('[session] the chair\'s opening heading the first question', () => {
  it('gives the topic, the format and the count of askers, never the date', () => {
    const title = '某县人大常委会专题询问实录';
    const opening = '滕远航：同志们，根据会议议程，今天举行联组会议，对县政府关于农村公路养护情况的报告开展专题询问，6位委员将先后提问。计划到2026年5月完成整改。先请邰晓光委员提问。';
    const text = `${title}\n\n${opening}`;
    const view = normalize(text);
    const at: [number, number] = [title.length + 2, text.length];
    const s = readSession({ text, view }, { title: [0, title.length], intro: null, frameDate: null, opening: at, chairOpening: at });
    expect(s).toMatchObject({ format: '联组会议', topic: '农村公路养护情况', statedAskerCount: 6, date: null });
    // Without it, the first question's line names the meeting only.
    expect(readSession({ text, view }, { title: [0, title.length], intro: null, frameDate: null, opening: at })).toMatchObject({ topic: null, statedAskerCount: null });
  });
});

describe('[session] askers counted after the last question', () => {
  it('reads the count in the closing when the introduction has none', () => {
    const intro = '5月10日,某市人大常委会对全市养老服务工作开展专题询问。';
    const closing = '据了解,本次联组会议共有8位委员和代表进行了询问。';
    const text = `${intro}\n问答\n${closing}`;
    const view = normalize(text);
    const s = readSession({ text, view }, { title: null, intro: [0, intro.length], frameDate: null, closing: [text.length - closing.length, text.length] });
    expect(s.statedAskerCount).toBe(8);
  });
});

describe('[session] fields of the record that count the askers', () => {
  it.each<[string, number | null]>([
    ['提问人数：5人', 5],
    ['询问人数：5名', 5],
    ['提问代表人数：六名', 6],
    ['提 问 人 数：5人', 5],
    ['提问委员：5名', 5],
    ['询问人：5位委员', 5],
    ['询问人：柏青山、窦晓岚等5位委员', 5],
    ['询问委员：柏青山、窦晓岚等5人', 5],
    ['参加询问的委员：柏青山、窦晓岚等5人', 5],
    // not a count of askers
    ['询问人：县人大常委会委员 柏青山', null],
    ['提问人数：5人次', null],
    ['出席人员：应到31人，实到27人', null],
  ])('%s → %s', (field, count) => {
    const intro = ['时间：2024年5月16日', field, '地点：县人大常委会会议室'].join('\n');
    const s = session(intro);
    expect(s.statedAskerCount).toBe(count);
    if (count !== null) expect(intro.slice(...s.spans.statedAskerCount!)).toMatch(/^[^\n]+[人名位]$/u);
  });
});
