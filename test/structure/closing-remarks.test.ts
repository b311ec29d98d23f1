import { describe, expect, it } from 'vitest';
import { asksNothing, thanksOnly } from '../../src/structure/closing-remarks.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

describe('[closing-remarks] asksNothing', () => {
  it.each<[string, boolean]>([
    ['我觉得这个力度还不够。', true],
    ['我希望你们能研究出台补偿办法,不要让商户吃亏。', true],
    ['我听明白了,但我还是希望政府能多做一点。(笑声)', true],
    ['那资金缺口怎么解决', false],
    ['力度还不够,能不能再加大一些?', false],
    ['我觉得不够,请龙局长再说明一下。', false],
  ])('%s → %s', (words, expected) => {
    expect(asksNothing(words)).toBe(expected);
  });
});

describe('[closing-remarks] a member\'s last word nobody answers closes the exchange', () => {
  const INTRO = '县人大常委会副主任程立群主持会议。\n\n';
  const FIRST = '程立群：请柯文静委员提问。\n\n柯文静委员：我想问县交通运输局。危桥有多少座？\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n';
  const NEXT = '程立群：请苗青代表提问。\n\n苗青代表：我想问县财政局。养护资金有多少？\n\n县财政局局长韦东：3000万元。\n';
  it.each<[string, string, number, string[]]>([
    ['the chair moves on', `柯文静委员：我觉得这个进度还不够快。\n\n${NEXT}`, 2, ['narration', 'asker', 'responder', 'asker']],
    ['the chair comments, then moves on', `柯文静委员：希望你们加快进度。\n\n程立群：柯委员的意见很中肯，请县交通运输局研究。\n\n${NEXT}`, 2, ['narration', 'asker', 'responder', 'asker', 'narration']],
    ['the last word of the inquiry', '柯文静委员：我听明白了，但还是希望再快一点。（笑声）\n', 1, ['narration', 'asker', 'responder', 'asker']],
    // (the chair's call heads the next question)
    // answered, a remark is an exchange of its own
    ['the official answers it', `柯文静委员：我觉得这个进度还不够快。\n\n龙海平：我们会加快。\n\n${NEXT}`, 3, ['narration', 'asker', 'responder']],
  ])('%s', (_label, rest, count, roles) => {
    const s = build(`${INTRO}${FIRST}${rest}`);
    expect(s.questions).toHaveLength(count);
    expect(s.questions[0].turns.map((t) => t.role)).toEqual(roles);
  });
});

describe('[closing-remarks] the member thanks or says they are satisfied, and the next member asks at once', () => {
  const INTRO = '县人大常委会副主任程立群主持会议。\n\n';
  const FIRST = '县人大常委会委员柯文静：我想问县交通运输局。危桥有多少座？\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n';
  const NEXT = '县人大常委会委员苗青：我想问县财政局。养护资金有多少？\n\n县财政局局长韦东：3000万元。\n';
  // Each row: the member's closing words (under the label given); the first question ends with them, the next opens on its asker.
  it.each<[string, string]>([
    ['好，谢谢', '县人大常委会委员柯文静：好，谢谢。'],
    ['thanks by post', '县人大常委会委员柯文静：好的，谢谢龙局长。'],
    ['satisfied', '县人大常委会委员柯文静：谢谢龙局长的回答，我对回答满意。'],
    ['谢谢 alone', '县人大常委会委员柯文静：谢谢。'],
    ['a bare-name label', '柯文静：好，谢谢。'],
    ['surname and post', '柯委员：好，谢谢。'],
  ])('%s', (_label, closing) => {
    const s = build(`${INTRO}${FIRST}${closing}\n\n${NEXT}`);
    expect(s.questions).toHaveLength(2);
    const [q1, q2] = s.questions;
    expect(q1.turns.map((t) => t.role)).toEqual(['asker', 'responder', 'asker']);
    expect(q1.turns[2].text).toBe(closing);
    expect(q2.turns.map((t) => t.role)).toEqual(['asker', 'responder']);
    expect(q2.turns[0].text.startsWith('县人大常委会委员苗青')).toBe(true);
  });
});

describe('[closing-remarks] thanksOnly', () => {
  it.each<[string, boolean]>([
    ['谢谢。', true],
    ['好,谢谢。', true],
    ['好的,谢谢。', true],
    ['嗯,谢谢您!', true],
    ['好的,谢谢龙局长。', true],
    ['感谢局长的回答。', true],
    ['谢谢。(笑声)', true],
    ['谢谢。我还想问一下资金从哪里来?', false],
    ['好,谢谢。我还有一个问题,问县财政局:养护资金够不够?', false],
    ['谢谢,但是资金缺口怎么解决?', false],
    ['我觉得这个力度还不够。', false],
    // Declining the chair's offer of a 追问, thanked or not.
    ['没有了,谢谢。', true],
    ['没有了。', true],
    ['没有,谢谢主任。', true],
    ['好的,没有了,谢谢!', true],
    ['没有追问了,谢谢。', true],
    ['没有了,但我还想问一下助餐点什么时候全覆盖?', false],
    ['没有落实。', false],
    ['没有了吗?', false],
  ])('%s → %s', (words, expected) => {
    expect(thanksOnly(words)).toBe(expected);
  });
});

describe('[closing-remarks] thanks alone never open a question, answered with thanks or not', () => {
  const INTRO = '县人大常委会副主任程立群主持会议。\n\n';
  const FIRST = '县人大常委会委员柯文静：我想问县交通运输局。危桥有多少座？\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n';
  const NEXT = '县人大常委会委员苗青：我想问县财政局。养护资金有多少？\n\n县财政局局长韦东：3000万元。\n';
  // Each row: the closing lines after the first answer; the first question keeps them, no question is 谢谢.
  it.each<[string, string, string[]]>([
    ['thanked back, then the next member', '县人大常委会委员柯文静：谢谢。\n县交通运输局局长龙海平：谢谢。\n\n', ['asker', 'responder', 'asker', 'responder']],
    ['好，谢谢 thanked back', '县人大常委会委员柯文静：好，谢谢。\n县交通运输局局长龙海平：谢谢柯委员。\n\n', ['asker', 'responder', 'asker', 'responder']],
    ['好的，谢谢 with a bullet, thanked back', '▲县人大常委会委员柯文静：好的，谢谢。\n▲县交通运输局局长龙海平：谢谢。\n\n', ['asker', 'responder', 'asker', 'responder']],
  ])('%s', (_label, closing, roles) => {
    const s = build(`${INTRO}${FIRST}${closing}${NEXT}`);
    expect(s.questions.map((q) => q.text)).toEqual(['我想问县交通运输局。危桥有多少座？', '我想问县财政局。养护资金有多少？']);
    expect(s.questions[0].turns.map((t) => t.role)).toEqual(roles);
  });

  it.each<[string, string]>([
    ['thanked back, the last exchange', '县人大常委会委员柯文静：谢谢。\n县交通运输局局长龙海平：谢谢。\n'],
    ['a news report\'s quotation first, then thanks', '▲委员柯文静：谢谢。\n▲县交通运输局局长龙海平：谢谢。\n'],
  ])('%s', (_label, closing) => {
    const s = build(`${INTRO}“危桥有多少座？”委员柯文静问。\n县交通运输局局长龙海平表示：有41座。\n\n${closing}`);
    expect(s.questions.map((q) => q.text)).toEqual(['危桥有多少座？']);
  });
});

describe('[closing-remarks] thanks from a member who did not ask the exchange under way are courtesies', () => {
  it.each<[string, string]>([
    ['with bullets, at the end of a report', '▲委员柯文静：谢谢。\n▲县交通运输局局长龙海平：谢谢。\n\n询问结束后，程立群要求各部门抓好落实。\n'],
    ['plain labels', '县人大常委会委员柯文静：好的，谢谢。\n县交通运输局局长龙海平：谢谢柯委员。\n'],
  ])('%s', (_label, closing) => {
    const text = `县人大常委会副主任程立群主持会议。\n\n县人大常委会委员柯文静：我想问县交通运输局。危桥有多少座？\n县交通运输局局长龙海平：有41座。\n\n县人大常委会委员苗青：我想问县财政局。养护资金有多少？\n县财政局局长韦东：3000万元。\n${closing}`;
    const s = build(text);
    const who = (id: string) => s.people.find((p) => p.id === id)?.name;
    expect(s.questions.map((q) => [q.askers.map(who), q.responders.map(who)])).toEqual([[['柯文静'], ['龙海平']], [['苗青'], ['韦东']]]);
    expect(s.questions[1].turns.slice(-2).map((t) => t.role)).toEqual(['narration', 'narration']);
  });
});

describe('[closing-remarks] a member declining the chair\'s offer of a 追问 asks no question', () => {
  const TEXT = (reply: string) => '县人大常委会副主任程立群主持会议。\n\n县人大常委会委员柯文静：我想问县交通运输局。危桥有多少座？\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n'
    + `程立群：柯文静委员还有追问吗？\n\n县人大常委会委员柯文静：${reply}\n\n县人大常委会委员苗青：我想问县财政局。养护资金有多少？\n\n县财政局局长韦东：3000万元。\n`;
  it.each(['没有了，谢谢。', '没有，谢谢主任。', '没有了。'])('%s', (reply) => {
    expect(build(TEXT(reply)).questions.map((q) => q.text)).toEqual(['我想问县交通运输局。危桥有多少座？', '我想问县财政局。养护资金有多少？']);
  });
  it('没有了，但我还想问一下…？ is a question', () => {
    const s = build(TEXT('没有了，但我还想问一下，桥梁检测费用从哪里来？'));
    expect(s.questions.map((q) => q.text)).toContain('没有了，但我还想问一下，桥梁检测费用从哪里来？');
  });
});
