import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

describe('[question-frame] one question read from its section', () => {
  it('the offices asked, once each: a short form and the full name are one', () => {
    const s = build('某县人大常委会开展专题询问。\n问题一：\n县人大常委会委员柴立夫：请问县人民政府，明年有什么打算？县政府如何保障资金？\n副县长庞建中：将继续加大投入。');
    expect(s.questions[0].addressees).toEqual(['县人民政府']);
  });

  it('a zone and its 管委会 are one office asked: the fuller name, where the zone was', () => {
    const s = build('某市人大常委会开展专题询问。\n常委会委员何立军向市城管局和高新区管委会发问：“背街小巷环境整治，城管局和高新区怎么分工？”\n市城管局局长严卫平回答，实行属地为主。');
    expect(s.questions[0].addressees).toEqual(['城管局', '高新区管委会']);
    // Near-miss: two zones are two offices.
    const t = build('某市人大常委会开展专题询问。\n常委会委员何立军：请问高新区和保税区，招商怎么分工？\n市商务局局长严卫平：分片负责。');
    expect(t.questions[0].addressees).toEqual(['高新区', '保税区']);
  });

  it('the asker\'s own post is no office asked; an office named in the words still is', () => {
    const intro = '某区人大常委会开展专题询问。\n“危化品企业安全怎么管？”率先提问的是区人大常委会委员汪德海。区应急管理局局长鲍建军回答，实行网格化监管。\n';
    const own = build(`${intro}紧接着发问的是区人大代表、临江化工园区管委会副主任邵丽：“园区危化品企业多，重大危险源监测预警系统建设进展如何？”\n区应急管理局局长鲍建军回答，年底前建成。`);
    expect(own.questions[1].addressees).toEqual([]);
    // Near-miss: her question names an office of its own.
    const asked = build(`${intro}紧接着发问的是区人大代表、临江化工园区管委会副主任邵丽：“请问区应急管理局，监测预警系统建设进展如何？”\n区应急管理局局长鲍建军回答，年底前建成。`);
    expect(asked.questions[1].addressees).toEqual(['区应急管理局']);
  });

  // Each row: the section after the introduction, and the warning codes its question gets.
  it.each<[string, string, string[]]>([
    ['an asker and a responder: no warning', '县人大常委会委员柴立夫：资金缺口有多大？\n县交通运输局局长庞建中：约八百万元。', []],
    ['nobody answers', '县人大常委会委员柴立夫：资金缺口有多大？', ['question-without-responder']],
    ['an answer under 答： with no one named', '问：资金缺口有多大？\n答：约八百万元。', ['speaker-unknown', 'speaker-unknown']],
  ])('%s', (_name, section, codes) => {
    const s = build(`某县人大常委会开展专题询问。\n${section}`);
    expect(s.questions).toHaveLength(1);
    expect(s.warnings.map((w) => w.code).filter((c) => c.startsWith('question-') || c === 'speaker-unknown')).toEqual(codes);
  });

  it('a topic lead is the label and the reporter\'s turn', () => {
    const s = build('5月9日，某市人大常委会开展专题询问。\n【校车安全】 市人大代表龙秀梅关心校车安全，问道：校车够不够？市教育局局长房立新回答，今年新增20辆。\n【课后服务】 市人大常委会委员韦志刚问道：收费怎么定？市教育局局长房立新表示，每生每月不超过200元。');
    expect(s.questions.map((q) => q.label)).toEqual(['【校车安全】', '【课后服务】']);
    expect(s.questions[0].turns[0].role).toBe('narration');
  });
});

describe('[question-frame] askers named together as one subject make one asker turn', () => {
  const INTRO = '某市人大常委会开展专题询问。\n';
  const ANSWER = '\n市财政局局长柴某某：明年一季度拨付到位。\n';
  it.each<[string, string, string[], string]>([
    ['a joint label', '阮小兵、韦春燕委员：请问市财政局，补贴什么时候落实？', ['阮小兵', '韦春燕'], '请问市财政局，补贴什么时候落实？'],
    ['narrative, 、 and 联合询问 with a quotation', '市人大常委会委员孟凡军、市人大代表褚丽丽联合询问市财政局：“补贴什么时候落实？”', ['孟凡军', '褚丽丽'], '补贴什么时候落实？'],
    ['narrative, 和 and 联合提出询问 with a colon', '市人大常委会委员阎红梅和市人大常委会委员包建军联合提出询问：补贴什么时候落实？请市财政局回答。', ['阎红梅', '包建军'], '补贴什么时候落实？'],
  ])('%s', (_name, asked, askers, text) => {
    const s = build(INTRO + asked + ANSWER);
    const name = new Map(s.people.map((p) => [p.id, p.name]));
    const q = s.questions[0];
    expect(q.askers.map((id) => name.get(id))).toEqual(askers);
    expect(q.turns.filter((t) => t.role === 'asker').length).toBe(1);
    expect(q.text).toBe(text);
  });
  // Near-miss: two members each with their own label ask, one after the other: two turns.
  it('two labels on two lines are two turns', () => {
    const s = build(INTRO + '阮小兵委员：请问市财政局，补贴什么时候落实？\n韦春燕委员：补贴标准是多少？' + ANSWER);
    expect(s.questions.flatMap((q) => q.turns.filter((t) => t.role === 'asker')).length).toBe(2);
  });

  // Each row: what opens the responder's line, and where the turn starts (its first character).
  it.each<[string, string, string]>([
    ['a zero-width space: after it, as after an indentation', '\u200b', '县'],
    ['a word joiner', '\u2060', '县'],
    ['an ideographic space', '\u3000', '县'],
    ['a blanked emoji: on it', '👉', '👉'],
  ])('a turn opening on %s', (_name, lead, first) => {
    const s = build(`某县人大常委会开展专题询问。\n\u200b县人大常委会委员柴立夫：资金缺口有多大？\n${lead}县交通运输局局长庞建中：约八百万元。`);
    const responder = s.questions[0].turns.find((t) => t.role === 'responder')!;
    expect(responder.text.startsWith(first)).toBe(true);
  });
});
