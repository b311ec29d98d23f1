import { describe, expect, it } from 'vitest';
import { adverbialQuestion, answeredQuestion, answeredRelative } from '../../src/structure/reported-questions.js';
import { buildStructure } from '../../src/structure/build.js';
import { expectStructureInvariants } from '../helpers/structure.js';
import { normalize } from '../../src/source/normalize.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';

/** The adverbial question around the mention of `who` (its title `title` before the name) in `text`, the answerer `next` named next (none: ''). */
function read(text: string, who: string, title: string | null, next: string) {
  const view = normalize(text);
  const at = text.indexOf((title ?? '') + who);
  const nameAt = at + (title ?? '').length;
  const m: SpeakerMention = {
    span: [at, nameAt + who.length], form: title ? 'title-name' : 'bare-name', name: who, nameSpan: [nameAt, nameAt + who.length],
    title, titleSpan: title ? [at, nameAt] : null, organization: title && /人大/u.test(title) ? '县人大' : null, congress: !!title && /委员|代表/u.test(title),
  };
  const sentenceEnd = text.indexOf('。') + 1;
  const q = adverbialQuestion(view, m, 0, sentenceEnd, next ? text.indexOf(next, m.span[1]) : text.length);
  return q && { adverbial: text.slice(q.start, q.end), topic: q.topic && text.slice(q.topic[0], q.topic[1]), followUp: q.followUp };
}

describe('[reported-questions] a question named in the adverbial before its answer', () => {
  // Each row: the sentence, the asker (title, name), the answerer's mention, and the adverbial, topic, follow-up read.
  it.each<[string, string, string | null, string, string, string | null, boolean]>([
    ['在回应县人大代表贺明远关于河道保洁的提问时，县水利局局长花志强介绍，今年完成清淤42公里。', '贺明远', '县人大代表', '县水利局', '在回应县人大代表贺明远关于河道保洁的提问时，', '河道保洁', false],
    ['在回答市人大常委会委员甘露关于学位供给的询问时，市教育局局长符建新表示，新增学位3000个。', '甘露', '市人大常委会委员', '市教育局', '在回答市人大常委会委员甘露关于学位供给的询问时，', '学位供给', false],
    ['针对县人大代表贺明远提出的农村公路养护问题，县交通运输局局长施卫东回应说，已落实养护资金。', '贺明远', '县人大代表', '县交通运输局', '针对县人大代表贺明远提出的农村公路养护问题，', '农村公路养护', false],
    ['对于委员甘露提出的问题，市教育局局长符建新作了回答。', '甘露', '委员', '市教育局', '对于委员甘露提出的问题，', null, false],
    ['就县人大代表贺明远就农村公路养护提出的问题，局长施卫东作了回答。', '贺明远', '县人大代表', '局长', '就县人大代表贺明远就农村公路养护提出的问题，', '农村公路养护', false],
    ['在回应委员甘露的提问时，市教育局局长符建新介绍，新增学位3000个。', '甘露', '委员', '市教育局', '在回应委员甘露的提问时，', null, false],
    ['在回答甘露的追问时，符建新表示，明年秋季学期前到位。', '甘露', null, '符建新', '在回答甘露的追问时，', null, true],
    ['关于县人大代表贺明远提出的河道保洁问题，县水利局局长花志强回应说，已完成清淤。', '贺明远', '县人大代表', '县水利局', '关于县人大代表贺明远提出的河道保洁问题，', '河道保洁', false],
    ['会上，在回应县人大代表贺明远关于河道保洁的提问时，局长花志强介绍，已完成清淤。', '贺明远', '县人大代表', '局长', '会上，在回应县人大代表贺明远关于河道保洁的提问时，', '河道保洁', false],
  ])('%s', (text, who, title, next, adverbial, topic, followUp) => {
    expect(read(text, who, title, next)).toEqual({ adverbial, topic, followUp });
  });

  it.each<[string, string, string | null, string]>([
    // the member asks in the main clause: read as reported speech elsewhere (attribution.ts)
    ['县人大代表贺明远就河道保洁提问，县水利局局长花志强介绍，今年完成清淤42公里。', '贺明远', '县人大代表', '县水利局'],
    // nobody named after the comma answers
    ['在回应县人大代表贺明远关于河道保洁的提问时，有关部门作了说明。', '贺明远', '县人大代表', ''],
    // an official named in the adverbial is no asker
    ['在回应县水利局局长花志强关于河道保洁的介绍时，委员甘露提出，保洁经费从哪里来？', '花志强', '县水利局局长', '委员'],
    // the adverbial names a report, not a question
    ['针对县人大代表贺明远提出的建议，县水利局局长花志强介绍，已列入计划。', '贺明远', '县人大代表', '县水利局'],
  ])('none: %s', (text, who, title, next) => {
    expect(read(text, who, title, next)).toBeNull();
  });
});

describe('[reported-questions] in a news report', () => {
  const head = '青禾融媒讯 11月20日，青禾县人大常委会开展专题询问。县人大常委会主任卜文涛主持询问。\n\n'
    + '“农村公路坏了谁来修？”县人大常委会委员甘露首先发问。\n\n县交通运输局局长施卫东回答说，已落实养护资金1200万元。\n\n';
  it.each<[string, string, string, string, boolean]>([
    ['在回应县人大代表贺明远关于河道保洁的提问时，县水利局局长花志强介绍，今年完成清淤42公里。', '贺明远', '花志强', '河道保洁', false],
    ['对于县人大代表贺明远提出的河道保洁问题，县水利局局长花志强回应说，今年完成清淤42公里。', '贺明远', '花志强', '河道保洁', false],
    ['就县人大代表贺明远提出的河道保洁问题，县水利局局长花志强作了回答。他说，今年完成清淤42公里。', '贺明远', '花志强', '河道保洁', false],
    ['在回答甘露的追问时，施卫东表示，明年汛期前全部修复。', '甘露', '施卫东', '在回答甘露的追问时，', true],
  ])('%s', async (para, asker, responder, text, followUp) => {
    const { parse } = await import('../../src/pipeline.js');
    const r = parse(head + para);
    const name = (id: string) => r.people.find((p) => p.id === id)?.name;
    expect(r.questions).toHaveLength(2);
    const q = r.questions[1];
    expect([q.askers.map(name), q.responders.map(name), q.text, q.followUpOf !== null]).toEqual([[asker], [responder], text, followUp]);
    expect(r.questions[0].responders.map(name)).toEqual(['施卫东']); // the adverbial is no part of the previous answer
    expect(r.warnings.filter((w) => w.code === 'truncated-text')).toEqual([]);
  });

  it.each([
    '对于甘露委员提出的问题，施卫东介绍，明年汛期前全部修复。',
    '关于县人大常委会委员甘露提出的农村公路问题，施卫东表示，明年汛期前全部修复。',
  ])('a member who asked before is referred back to, not asking anew: %s', async (para) => {
    const { parse } = await import('../../src/pipeline.js');
    const r = parse(head + para);
    expect(r.questions).toHaveLength(1);
  });
});

/** The question reported as the object of an answer ("X回答了Y关于Z的追问。"): the member `who` (bare), the official named before. */
function readObject(text: string, who: string, official: string) {
  const view = normalize(text);
  const at = text.indexOf(who, text.indexOf(official) + official.length);
  const m: SpeakerMention = { span: [at, at + who.length], form: 'bare-name', name: who, nameSpan: [at, at + who.length], title: null, titleSpan: null, organization: null, congress: true };
  const end = text.indexOf('。') + 1;
  const q = answeredQuestion(view, m, 0, end, text.indexOf(official) + official.length);
  return q && { topic: q.topic && text.slice(q.topic[0], q.topic[1]), followUp: q.followUp, end: q.end };
}

describe('[reported-questions] answeredQuestion: the member named as the object of an answer asked', () => {
  it.each<[string, string, string, string | null, boolean]>([
    ['市生态环境局局长周敏回答了张立关于排污口整治的追问。她表示，已整治排污口126个。', '张立', '周敏', '排污口整治', true],
    ['副厅长额尔敦回答了乌力吉关于技工院校与职业院校学历互认的追问。他表示，…', '乌力吉', '额尔敦', '技工院校与职业院校学历互认', true],
    ['局长钱伟答复了孙红委员关于河长制的提问。他说，…', '孙红', '钱伟', '河长制', false],
    ['局长钱伟回答了孙红的提问。他说，…', '孙红', '钱伟', null, false],
    // 有关 = 关于, and the member's title inside the object phrase
    ['县住房城乡建设局局长龚晓东回答了王建新代表有关校车停靠点设置的追问。他表示，…', '王建新', '龚晓东', '校车停靠点设置', true],
    ['局长钱伟回答了孙红有关河长制的提问。他说，…', '孙红', '钱伟', '河长制', false],
  ])('must read: %s', (text, who, official, topic, followUp) => {
    expect(readObject(text, who, official)).toEqual({ topic, followUp, end: text.indexOf('。') + 1 });
  });
  it.each<[string, string, string, string | null, boolean]>([
    ['局长龚晓东回答了王建新关于校车停靠点设置的追问，表示将新建停靠站点40个。', '王建新', '龚晓东', '校车停靠点设置', true],
    ['局长龚晓东回答了王建新代表有关校车停靠点设置的追问，称将新建停靠站点40个。', '王建新', '龚晓东', '校车停靠点设置', true],
  ])('the answer goes on after the comma: %s', (text, who, official, topic, followUp) => {
    expect(readObject(text, who, official)).toEqual({ topic, followUp, end: text.indexOf('，') + 1 });
  });
  it.each<[string, string, string]>([
    ['局长钱伟回答说，孙红关于河长制的意见很好。', '孙红', '钱伟'], // no 回答了 before the member
    ['局长钱伟回答了孙红关于河长制的意见。', '孙红', '钱伟'], // 意见 is no question
    ['局长钱伟感谢孙红关于河长制的提问。', '孙红', '钱伟'], // thanks, no answer
  ])('leaves alone: %s', (text, who, official) => {
    expect(readObject(text, who, official)).toBeNull();
  });
});

/** Whether the member `who` named after the official `official` is the subject of a relative clause in the answer's object. */
function readRelative(text: string, who: string, official: string): boolean {
  const view = normalize(text);
  const at = text.indexOf(who, text.indexOf(official) + official.length);
  const m: SpeakerMention = { span: [at, at + who.length], form: 'bare-name', name: who, nameSpan: [at, at + who.length], title: null, titleSpan: null, organization: null, congress: true };
  return answeredRelative(view, m, 0, text.indexOf('。') + 1, text.indexOf(official) + official.length);
}

describe('[reported-questions] answeredRelative: Y追问的…问题 inside the object of an answer is no speech of Y', () => {
  it.each<[string, string, string]>([
    ['苟明就罗晓梅委员追问的项目进度问题作了补充回答。他说，…', '罗晓梅', '苟明'],
    ['苟明就罗晓梅追问的问题作了回答。', '罗晓梅', '苟明'],
    ['局长龚晓东对王建新代表提出的停靠点问题进行了答复。', '王建新', '龚晓东'],
    ['局长钱伟针对孙红所提的河长制问题作了说明。', '孙红', '钱伟'],
  ])('must read: %s', (text, who, official) => {
    expect(readRelative(text, who, official)).toBe(true);
  });
  it.each<[string, string, string]>([
    ['苟明回答后，罗晓梅追问：项目进度如何？', '罗晓梅', '苟明'], // the member asks in a main clause
    ['苟明就此作了回答，罗晓梅追问的是项目进度。', '罗晓梅', '苟明'], // no 就 right before the member
    ['局长钱伟就孙红的意见作了回答。', '孙红', '钱伟'], // no verb of asking: 的意见 (answeredTopic's business)
    ['苟明就罗晓梅追问的问题表示感谢。', '罗晓梅', '苟明'], // no verb of answering
  ])('leaves alone: %s', (text, who, official) => {
    expect(readRelative(text, who, official)).toBe(false);
  });
});

describe('[reported-questions] a reported answer to another member\'s 追问 opens that member\'s follow-up', () => {
  const HEAD = '2024年5月10日，某市第十六届人大常委会第十九次会议举行联组会议，就河道治理情况开展专题询问。常委会主任郑国强主持会议。\n\n';
  const build = (text: string) => buildStructure({ text, view: normalize(text) });
  const names = (s: ReturnType<typeof build>, ids: string[]) => ids.map((id) => s.people.find((p) => p.id === id)?.name);

  it('X回答了Y关于Z的追问 after another member\'s exchange: Y asks Z, following up Y\'s question; X answers', () => {
    const text = `${HEAD}常委会委员蒋立问：河道蓝线划定完成了吗？\n\n市水利局局长祁刚答：已全部完成。\n\n常委会委员吕红问：河长制落实得怎么样？\n\n市水利局副局长穆伟回答了吕红的提问，他说，河长巡河率达到98%。\n\n市生态环境局局长庞敏回答了蒋立关于排污口整治的追问。她表示，已整治排污口126个。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions.map((q) => [names(s, q.askers), names(s, q.responders), q.text, q.followUpOf])).toEqual([
      [['蒋立'], ['祁刚'], '河道蓝线划定完成了吗？', null],
      [['吕红'], ['穆伟'], '河长制落实得怎么样？', null],
      [['蒋立'], ['庞敏'], '排污口整治', 1],
    ]);
  });

  it('near-miss: X回答了Y的提问 right after Y\'s question answers it, no new question', () => {
    const text = `${HEAD}常委会委员吕红问：河长制落实得怎么样？\n\n市水利局副局长穆伟回答了吕红关于河长制的提问，他说，河长巡河率达到98%。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions.map((q) => [names(s, q.askers), names(s, q.responders)])).toEqual([[['吕红'], ['穆伟']]]);
  });

  const TWO = `${HEAD}常委会委员蒋立问：河道蓝线划定完成了吗？\n\n市水利局局长祁刚答：已全部完成。\n\n常委会委员吕红问：河长制落实得怎么样？\n\n市水利局副局长穆伟答：河长巡河率达到98%。\n\n`;
  it.each<[string, string | null, number | null]>([
    // the answer in the same sentence, after the comma
    ['市生态环境局局长庞敏回答了蒋立关于排污口整治的追问，表示已整治排污口126个。', '表示已整治排污口126个。', 1],
    // 有关 = 关于; 委员 after the name is the member's title
    ['市生态环境局局长庞敏回答了蒋立委员有关排污口整治的追问，表示已整治排污口126个。', '表示已整治排污口126个。', 1],
    ['市生态环境局局长庞敏回答了蒋立委员有关排污口整治的追问。她表示，已整治排污口126个。', '她表示，已整治排污口126个。', 1],
    // 提问, not 追问: a new question by 蒋立, no follow-up
    ['市生态环境局局长庞敏回答了蒋立关于排污口整治的提问。她表示，已整治排污口126个。', '她表示，已整治排污口126个。', null],
  ])('%s', (para, answer, followUpOf) => {
    const text = TWO + para;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions).toHaveLength(3);
    const q = s.questions[2];
    expect([names(s, q.askers), names(s, q.responders), q.text, q.followUpOf]).toEqual([['蒋立'], ['庞敏'], '排污口整治', followUpOf]);
    expect(q.turns.find((t) => t.role === 'responder')?.text).toBe(answer);
  });

  it('X就Y委员追问的Z问题作了补充回答 answers Y\'s 追问 just asked: no turn of Y in it', () => {
    const text = `${TWO}吕红追问：巡河发现的问题整改了多少？\n\n穆伟就吕红委员追问的整改问题作了补充回答。他说，已整改问题312个。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(s.questions.map((q) => [names(s, q.askers), names(s, q.responders), q.followUpOf])).toEqual([
      [['蒋立'], ['祁刚'], null], [['吕红'], ['穆伟'], null], [['吕红'], ['穆伟'], 2],
    ]);
    expect(s.questions[2].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });
});
