import { describe, expect, it } from 'vitest';
import { addTagLines } from '../../src/structure/tag-lines.js';
import { buildStructure } from '../../src/structure/build.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';

/** The events addTagLines adds for `text` (no mentions, no other events): role, moderator, the words' first 4 characters. */
function tags(text: string): Array<[string, boolean, string]> {
  const view = normalize(text);
  const events: SpeechEvent[] = [];
  addTagLines(view, 0, view.length, [], events);
  return events.map((e) => [e.role, !!e.moderator, text.slice(e.wordsStart!, e.wordsStart! + 4)]);
}

/** Each question's turns as [role, speaker name or null, the turn's first 6 characters]. */
function turns(text: string): Array<Array<[string, string | null, string]>> {
  const s = buildStructure({ text, view: normalize(text) });
  const names = new Map(s.people.map((p) => [p.id, p.name]));
  return s.questions.map((q) => q.turns.map((t) => [t.role, t.speaker ? names.get(t.speaker) ?? null : null, text.slice(t.span[0], t.span[0] + 6)]));
}

describe('[tag-lines] the moderator\'s role alone in brackets', () => {
  it.each<[string, string, Array<[string, boolean, string]>]>([
    ['【主持人】 with the words on its line', '【主持人】请卫副县长回答。', [['narration', true, '请卫副县']]],
    ['[主持人] in square brackets', '[主持人]请卫副县长回答。', [['narration', true, '请卫副县']]],
    ['【主持】 and a colon', '【主持】：下面请委员提问。', [['narration', true, '下面请委']]],
    ['fullwidth square brackets', '［主持人］请卫副县长回答。', [['narration', true, '请卫副县']]],
    ['【主持人】 alone on its line', '【主持人】\n请卫副县长回答。', [['narration', true, '\n请卫副']]],
    ['a name and (主持人) alone on its line', '郑宏（主持人）\n请卫副县长回答。', [['narration', true, '\n请卫副']]],
    ['…with a colon ending the line', '郑宏（会议主持人）：\n请卫副县长回答。', [['narration', true, '\n请卫副']]],
    ['…but not with words after it on the line (a label read elsewhere)', '郑宏（主持人）：请卫副县长回答。', []],
    ['not a 主持词 heading', '【主持词】略', []],
    ['not mid-line', '他说【主持人】请', []],
  ])('%s', (_name, text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('[tag-lines] a scene tag over the reporter\'s line', () => {
  it.each<[string, string, Array<[string, boolean, string]>]>([
    ['【现场】 then a line of narration', '【现场】代表们对回答进行了满意度测评。', [['narration', false, '代表们对']]],
    ['[场景]', '[场景]大屏幕上出示了整改清单。', [['narration', false, '大屏幕上']]],
    ['a topic in brackets is no scene tag', '【资金使用】委员们很关心。', []],
    ['a scene tag alone on its line heads the next', '【现场】\n委员们很关心。', []],
  ])('%s', (_name, text, expected) => {
    expect(tags(text)).toEqual(expected);
  });
});

describe('[tag-lines] in a transcript', () => {
  it('【主持人】 between two answers is the chair\'s narration, not the tail of the answer before', () => {
    const text = '县人大常委会专题询问\n\n【蒲晓燕委员】请问县农业农村局，高标准农田建设资金够不够？\n\n'
      + '[县农业农村局局长 卫国栋]谢谢蒲委员。今年资金已落实。\n\n【主持人】请县财政局补充回答。\n\n'
      + '[县财政局局长 祁明远]我们一要保投入，二要强监管。\n\n【主持人】专题询问到此结束。';
    expect(turns(text)).toEqual([[
      ['asker', '蒲晓燕', '【蒲晓燕委员'], ['responder', '卫国栋', '[县农业农村'], ['narration', null, '【主持人】请'], ['responder', '祁明远', '[县财政局局'],
    ]]);
  });

  it('a name with (主持人) on its own line is the chair\'s narration, and so are the chair\'s lines under it', () => {
    const text = '青石乡人大专题询问\n\n郑宏（主持人）\n各位代表，下面开始专题询问。\n\n蒲晓燕（乡人大代表）\n请问乡政府，村道什么时候硬化？\n\n'
      + '卫国栋（乡长）\n今年完成8公里。\n\n郑宏（主持人）\n蒲代表，还有没有要追问的？\n\n蒲晓燕（乡人大代表）\n有。养护谁负责？\n\n卫国栋（乡长）\n由村委会负责。';
    expect(turns(text)).toEqual([
      [['asker', '蒲晓燕', '蒲晓燕（乡人'], ['responder', '卫国栋', '卫国栋（乡长'], ['narration', null, '郑宏（主持人']],
      [['asker', '蒲晓燕', '蒲晓燕（乡人'], ['responder', '卫国栋', '卫国栋（乡长']],
    ]);
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions[1].followUpOf).toBe(1);
  });

  it('【现场】 between two exchanges ends the answer before it', () => {
    const text = '县人大常委会专题询问\n\n【蒲晓燕委员】请问县农业农村局，高标准农田建设资金够不够？\n\n'
      + '[县农业农村局局长 卫国栋]谢谢蒲委员。今年资金已落实。\n\n【现场】委员们对回答进行了满意度测评。\n\n'
      + '【欧阳辉委员】请问县水利局，灌区改造什么时候完工？\n\n[县水利局局长 祁明远]年底完工。';
    const q = turns(text);
    expect(q[0]).toEqual([['asker', '蒲晓燕', '【蒲晓燕委员'], ['responder', '卫国栋', '[县农业农村'], ['narration', null, '【现场】委员']]);
    expect(q[1][0]).toEqual(['asker', '欧阳辉', '【欧阳辉委员']);
  });
});

describe('[tag-lines] a rating note after an answer is narration (t44)', () => {
  it.each<[string, string, Array<[string, boolean, string]>]>([
    ['in brackets, naming the member and the chair', '（现场测评：蒋某委员对县发改局的回答表示满意。主持人万某点评说，回答实事求是。）', [['narration', false, '蒋某委员']]],
    ['without brackets', '现场测评：蒋某委员对县发改局的回答表示满意。', [['narration', false, '蒋某委员']]],
    ['满意度测评 in 【】', '【满意度测评】委员们对县教体局的回答表示满意。', [['narration', false, '委员们对']]],
    ['not a 测评 said inside a sentence', '会后进行了满意度测评：满意率95%。', []],
    ['not 测评结果 inside an answer', '我们开展了现场测评工作。', []],
  ])('%s', (_name, text, expected) => {
    expect(tags(text)).toEqual(expected);
  });

  it('the note asks nothing: the 追问 after it follows up, no question is made of it', () => {
    const text = [
      '县人大常委会委员蒋某问：重大项目建设进展如何？',
      '县发改局局长任某答：今年推进重大项目42个。',
      '（现场测评：蒋某委员对县发改局的回答表示满意。）',
      '县人大常委会委员潘某追问：项目资金从哪里来？',
      '县发改局局长任某答：争取专项债券。',
    ].join('\n');
    const t = turns(text);
    expect(t.length).toBe(2);
    expect(t[0].map((x) => x[0])).toEqual(['asker', 'responder', 'narration']);
    expect(t[1][0]).toEqual(['asker', '潘某', '县人大常委会']);
  });
});
