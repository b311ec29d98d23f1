import { describe, expect, it } from 'vitest';
import { findGroupHeadings } from '../../src/structure/groups.js';
import { splitLines } from '../../src/structure/blocks.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

function headings(line: string): Array<[string, string | null]> {
  const view = normalize(line);
  return findGroupHeadings(view, splitLines(view)).map((h) => [line.slice(h.label[0], h.label[1]), h.topic ? line.slice(h.topic[0], h.topic[1]) : null]);
}

describe('[groups] a heading of a part of the inquiry', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['第一场：城乡供水保障', [['第一场', '城乡供水保障']]],
    ['第二场:农村公路养护', [['第二场', '农村公路养护']]],
    ['第三组：社区食堂办得怎么样？', [['第三组', '社区食堂办得怎么样？']]],
    ['第2轮 营商环境', [['第2轮', '营商环境']]],
    ['第一部分　医保基金监管', [['第一部分', '医保基金监管']]],
    ['第四环节：现场测评', [['第四环节', '现场测评']]],
    ['【第二场】老旧小区改造', [['【第二场】', '老旧小区改造']]],
    ['（上半场）', [['（上半场）', null]]],
    ['下午场：河湖长制落实', [['下午场', '河湖长制落实']]],
    ['第三场', [['第三场', null]]],
    ['第一轮询问', [['第一轮询问', null]]],
    ['第二场专题询问：农村饮水安全', [['第二场专题询问', '农村饮水安全']]],
    ['## 第二组：养老服务', [['第二组', '养老服务']]],
    ['【10:30】第二场：农村饮水安全', [['第二场', '农村饮水安全']]], // after a live feed's stamp
    // a half-day before the part's number, or a numbered half-day
    ['上午第一场：城区停车难治理', [['上午第一场', '城区停车难治理']]],
    ['下午 第二场 老旧管网改造', [['下午 第二场', '老旧管网改造']]],
    ['晚上第三场：夜市噪声整治', [['晚上第三场', '夜市噪声整治']]],
    ['（二）下午：学前教育普惠', [['（二）下午', '学前教育普惠']]],
    ['一、上午：耕地保护', [['一、上午', '耕地保护']]],
    ['晚上：河道保洁', [['晚上', '河道保洁']]],
    // a bulletin's part led by the day it was held on, then its format and topic
    ['11月26日上午　联组会议专题询问检察公益诉讼工作', [['11月26日上午', '联组会议专题询问检察公益诉讼工作']]],
    ['9月3日下午：分组专题询问农村饮水安全', [['9月3日下午', '分组专题询问农村饮水安全']]],
    ['（二）6月18日上午　养老服务体系建设', [['（二）6月18日上午', '养老服务体系建设']]],
    // a news post's topic subheads: 问 + a topic, the question it sums up
    ['问水源：饮用水源地如何保护？', [['问水源', '饮用水源地如何保护？']]],
    ['问就业：稳岗扩岗怎么做', [['问就业', '稳岗扩岗怎么做']]],
    // a part opened by a narrated paragraph: its day, the inquiry's topic, who presides
    ['11月26日上午，常委会举行联组会议，就检察公益诉讼工作开展专题询问，常委会副主任宋启明主持。', [['11月26日上午', '检察公益诉讼工作']]],
    ['6月5日下午3时，市人大常委会围绕全市养老服务体系建设进行专题询问，市人大常委会主任骆文海主持。', [['6月5日下午3时', '全市养老服务体系建设']]],
    // an outline's part where the asking is done (meeting-parts.ts), its note in brackets no topic
    ['一、分组询问（1月14日下午）', [['一、分组询问', null]]],
    ['二、联组询问（1月15日上午，县人大常委会主任 吴振华 主持）', [['二、联组询问', null]]],
    ['（二）集中提问', [['（二）集中提问', null]]],
    // a part's number with a note of its convener or time
    ['第一组（召集人：县人大常委会副主任 欧阳宏）', [['第一组', null]]],
    ['第二场（11月3日下午）', [['第二场', null]]],
  ])('%s', (line, expected) => {
    expect(headings(line)).toEqual(expected);
  });

  it.each([
    // sentences and speakers are no headings
    ['第一组数据显示，全市空气优良天数增加。'],
    ['第一轮询问中，委员们问得很直接。'],
    ['第二场：下面请市水利局回答。'],
    ['第一组 区人大代表 邝某：课后服务怎么收费？'],
    ['下午3时，会议继续举行。'],
    ['（二）下午3时，会议继续举行。'],
    ['一、上午听取了县政府的报告，下午开展询问。'],
    ['上午 9:30'],
    ['11月26日上午，常委会举行联组会议，听取了县政府的报告。'], // a sentence
    ['11月26日上午9时30分'],
    ['11月26日 晴'],
    ['第一，建立作业公示制度'],
    ['第一场专题询问由市人大常委会副主任主持，会议听取了市政府关于全市城乡供水工作情况的报告并开展询问'],
    ['问题一：饮用水源地如何保护？'], // a question's own header
    ['问答：饮用水源地如何保护？'],
    ['问秦局长：资金够不够？'], // someone asked by post
    ['问：饮用水源地如何保护？'], // a 问: label
    ['问好'],
    ['问责：对12名干部进行约谈'], ['问卷调查：满意率较高'],
    ['问水源：饮用水源地保护情况。目前共有水源地12处，全部划定保护区'],
    ['11月26日上午，常委会举行联组会议，就检察公益诉讼工作开展专题询问。常委会副主任宋启明主持。'], // two sentences
    ['11月26日上午，委员们就检察公益诉讼工作提出了许多意见，宋启明主持了讨论。'], // no inquiry held
    // an outline's closing part holds no exchange: the closing's (build.ts), no part of the asking
    ['三、表态'], ['四、会议小结'], ['（三）表态发言'],
    ['一、关于食品安全监管'], // a question's subject
    ['第一组（召集人：欧阳宏）委员周建明提问。'], // words after the note
  ])('%s → none', (line) => {
    expect(headings(line)).toEqual([]);
  });
});

function build(text: string) {
  return buildStructure({ text, view: normalize(text) });
}

describe('[groups] the heading opens the next question, never ends an answer', () => {
  it.each<[string, string[], Array<[string | null, string | null, string]>]>([
    ['two parts, labelled turns', [
      '州人大常委会开展专题询问',
      '2023年6月8日，州人大常委会分两场开展专题询问。',
      '第一场：城乡供水保障',
      '州人大常委会委员 欧某：请问州水务局，城区停水问题怎么解决？',
      '州水务局局长 鲁某：今年新建水厂一座。',
      '第二场：农村公路养护',
      '州人大常委会委员 阮某：请问州交通运输局，养护资金够不够？',
      '州交通运输局局长 聂某：今年安排养护资金1.2亿元。',
    ], [['第一场：城乡供水保障', '城乡供水保障', '州水务局局长 鲁某：今年新建水厂一座。'], ['第二场：农村公路养护', '农村公路养护', '州交通运输局局长 聂某：今年安排养护资金1.2亿元。']]],
    ['two parts, question headers', [
      '市人大常委会专题询问实录',
      '2019年10月24日，市人大常委会举行专题询问。',
      '上午场：养老服务',
      '询问一：',
      '市人大常委会委员 卜某：请问市民政局，护理员缺口怎么补？',
      '市民政局局长 邢某：今年培训护理员800名。',
      '下午场：托育服务',
      '询问一：',
      '市人大常委会委员 米某：请问市卫健委，托位怎么增加？',
      '市卫健委主任 窦某：今年新增托位1500个。',
    ], [['上午场：养老服务', '养老服务', '市民政局局长 邢某：今年培训护理员800名。'], ['下午场：托育服务', '托育服务', '市卫健委主任 窦某：今年新增托位1500个。']]],
    ['groups of a TV inquiry, one question each', [
      '县人大常委会电视问政',
      '2025年4月2日晚，县人大常委会电视问政节目播出。',
      '第一组：菜市场为何脏乱差？',
      '县人大代表 岑某：请问县市场监管局，菜市场谁来管？',
      '县市场监管局局长 甘某：我们已对12个菜市场逐一整改。',
      '第二组：停车难',
      '县人大代表 鄢某：请问县公安局，停车位什么时候增加？',
      '县公安局副局长 简某：年内新增车位2000个。',
    ], [['第一组：菜市场为何脏乱差？', '菜市场为何脏乱差？', '县市场监管局局长 甘某：我们已对12个菜市场逐一整改。'], ['第二组：停车难', '停车难', '县公安局副局长 简某：年内新增车位2000个。']]],
    ['topic subheads of a news post', [
      '县人大常委会开展生态环境专题询问',
      '2024年5月10日，县人大常委会举行专题询问。',
      '问水源：饮用水源地如何保护？',
      '县人大代表 苗某：请问县生态环境分局，水源地保护区内还有养殖场吗？',
      '县生态环境分局局长 晏某：已全部关停搬迁。',
      '问秸秆：秸秆焚烧怎么管住？',
      '县人大常委会委员 戚某：请问县农业农村局，秸秆综合利用率是多少？',
      '县农业农村局局长 翟某：今年达到92%。',
    ], [['问水源：饮用水源地如何保护？', '饮用水源地如何保护？', '县生态环境分局局长 晏某：已全部关停搬迁。'], ['问秸秆：秸秆焚烧怎么管住？', '秸秆焚烧怎么管住？', '县农业农村局局长 翟某：今年达到92%。']]],
  ])('%s', (_name, lines, expected) => {
    const text = lines.join('\n');
    const s = build(text);
    // each question: its group, the group's topic, its last turn (the answer, with nothing after it)
    expect(s.questions.map((q) => [q.group?.text ?? null, q.group?.topic ?? null, q.turns[q.turns.length - 1].text.trimEnd()])).toEqual(expected);
    // the heading is the first question's narration turn under it, not a question of its own
    for (const q of s.questions) {
      expect(q.turns[0].role).toBe('narration');
      expect(q.turns[0].text.trim()).toBe(q.group!.text + (q.label ? `\n${q.label}：` : ''));
    }
    expect(s.session.span && text.slice(...s.session.span)).not.toMatch(/第一|上午场/u);
  });

  it.each<[string, string]>([
    ['headed by its day', '11月26日上午　联组会议专题询问检察公益诉讼工作'],
    ['opened by a narrated paragraph', '11月26日上午，常委会举行联组会议，就检察公益诉讼工作开展专题询问，常委会副主任蒲志诚主持。'],
  ])('a bulletin summing up two sittings: the second, %s, opens its question, no tail of the answer before', (_name, opening) => {
    const text = [
      '常委会会议简报',
      '11月25日下午，常委会举行联组会议，就全省法院执行工作开展专题询问，常委会副主任阮秀芬主持。',
      '常委会委员滕一鸣问：终本案件怎么管？',
      '省高级人民法院执行局局长卜少华答：我们一要清理，二要抽查。',
      '',
      opening,
      '常委会委员戈晓岚问：诉前程序质量怎么保证？',
      '省人民检察院副检察长龚月明答：诉前程序结案6105件。',
    ].join('\n');
    const s = build(text);
    expect(s.questions).toHaveLength(2);
    const [q1, q2] = s.questions;
    expect(q1.turns[q1.turns.length - 1].text.trimEnd()).toBe('省高级人民法院执行局局长卜少华答：我们一要清理，二要抽查。');
    expect(q1.group).toBeNull(); // (the first paragraph introduces the whole session)
    expect(q2.turns[0].role).toBe('narration');
    expect(q2.turns[0].text.trim()).toBe(opening);
    expect(q2.group?.label).toBe('11月26日上午');
  });

  it('in a live feed, the heading\'s stamp (above it or before it on its line) opens the part with it', () => {
    const text = [
      '州人大常委会专题询问图文直播',
      '2023年6月8日，州人大常委会分两场开展专题询问。',
      '【14:30】',
      '第一场：城乡供水保障',
      '【14:32】州人大常委会委员 欧某：请问州水务局，城区停水问题怎么解决？',
      '【14:35】州水务局局长 鲁某：今年新建水厂一座。',
      '【15:10】第二场：农村公路养护',
      '【15:12】州人大常委会委员 阮某：请问州交通运输局，养护资金够不够？',
      '【15:14】州交通运输局局长 聂某：今年安排养护资金1.2亿元。',
    ].join('\n');
    const s = build(text);
    expect(s.questions.map((q) => [q.group?.text ?? null, q.group?.label ?? null, q.turns[0].text.trimEnd(), q.turns[q.turns.length - 1].text.trimEnd(), q.followUpOf])).toEqual([
      ['第一场：城乡供水保障', '第一场', '【14:30】\n第一场：城乡供水保障', '【14:35】州水务局局长 鲁某：今年新建水厂一座。', null],
      ['第二场：农村公路养护', '第二场', '【15:10】第二场：农村公路养护', '【15:14】州交通运输局局长 聂某：今年安排养护资金1.2亿元。', null],
    ]);
  });

  it('every question under a heading keeps it; the lead questioner (主问官) presses the answer just given', () => {
    const text = [
      '区人大常委会电视问政',
      '2025年9月3日晚，区人大常委会副主任滕某担任主问官，区人大代表参与问政。',
      '第一组：老旧电梯',
      '区人大代表 柏某：请问区住建局，老旧电梯什么时候更新？',
      '区住建局局长 骆某：今年更新电梯60台。',
      '主问官 滕某：资金从哪里来？',
      '区住建局局长 骆某：财政补助一半。',
      '第二组：背街小巷',
      '主问官 滕某：请问区城管局，背街小巷什么时候整治完？',
      '区城管局局长 储某：年底前完成。',
    ].join('\n');
    const s = build(text);
    expect(s.session.date).toBe('2025-09-03');
    expect(s.questions.map((q) => [q.group?.label ?? null, q.text, q.followUpOf])).toEqual([
      ['第一组', '请问区住建局，老旧电梯什么时候更新？', null],
      ['第一组', '资金从哪里来？', 1],
      ['第二组', '请问区城管局，背街小巷什么时候整治完？', null],
    ]);
  });

  it.each<[string, string, number | null]>([
    ['pressing the answer', '主问官 滕某：资金从哪里来？', 1],
    ['pressing the official by name', '主问官 滕某：请问骆局长，资金从哪里来？', 1],
    ['putting a question to another office', '主问官 滕某：请问区财政局，补助资金什么时候到位？', null],
    ['putting a question to a customs house', '主问官 滕某：请问南沙海关，出口电梯配件通关要多久？', null],
    ['putting a question to a group company', '主问官 滕某：请问区城投集团，加装电梯的资金何时到位？', null],
    ['another member asking: no follow-up by this rule', '区人大代表 邝某：楼道照明什么时候修？', null],
  ])('without parts, the lead questioner after an answer: %s', (_name, line, followUpOf) => {
    const text = ['区人大常委会电视问政', '2025年9月3日晚，节目播出。', '区人大代表 柏某：请问区住建局，老旧电梯什么时候更新？', '区住建局局长 骆某：今年更新电梯60台。', line, '区住建局局长 骆某：年底前完成。'].join('\n');
    expect(build(text).questions.map((q) => q.followUpOf)).toEqual([null, followUpOf]);
  });

  it('parts listed together in the introduction are its plan, no headings; a part within a part is one', () => {
    const text = [
      '州人大常委会专题询问',
      '2023年6月8日，州人大常委会举行专题询问。询问安排如下：',
      '第一场：城乡供水保障',
      '第二场：农村公路养护',
      '上午场',
      '第一组：城区供水',
      '州人大常委会委员 欧某：请问州水务局，城区停水问题怎么解决？',
      '州水务局局长 鲁某：今年新建水厂一座。',
    ].join('\n');
    const s = build(text);
    expect(s.questions.map((q) => q.group?.text ?? null)).toEqual(['第一组：城区供水']);
    expect(s.questions[0].turns[0].text).toBe('上午场\n第一组：城区供水\n');
  });

  it('a document without parts has no group', () => {
    const text = '区人大常委会专题询问\n区人大代表 柏某：请问区住建局，电梯什么时候更新？\n区住建局局长 骆某：今年更新60台。';
    expect(build(text).questions.map((q) => q.group)).toEqual([null]);
  });
});
