import { describe, expect, it } from 'vitest';
import { closingSpan, cutAtTail, droppedAfter, moderatorTurns } from '../../src/structure/document-end.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { splitLines, type Line } from '../../src/structure/blocks.js';
import { frameKind } from '../../src/structure/frame.js';
import type { Section } from '../../src/structure/sections.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

/** The content lines of `text`, split into page-frame lines and the rest. */
function lines(text: string): { view: string; body: Line[]; frame: Line[] } {
  const view = normalize(text);
  const content = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const frame = content.filter((l) => frameKind(view.slice(l.content[0], l.content[1])) !== null);
  return { view, body: content.filter((l) => !frame.includes(l)), frame };
}

const EXCHANGE = '委员甲问:甲?\n局长乙答:乙。';

describe('[document-end] the closing narration after the last answer', () => {
  // Each row: what follows the exchange, the closing as text (null: none).
  it.each<[string, string, string | null]>([
    ['a closing line', '\n询问结束。', '询问结束。'],
    ['a closing, then the page frame', '\n询问结束。\n责任编辑:王某', '询问结束。'],
    ['a closing, then a Markdown rule', '\n询问结束。\n---', '询问结束。'],
    ['only the page frame', '\n责任编辑:王某', null],
  ])('%s', (_name, after, closing) => {
    const text = EXCHANGE + after;
    const { view, body, frame } = lines(text);
    const span = closingSpan({ text, view }, body, frame, EXCHANGE.length, text.length);
    expect(span && text.slice(span[0], span[1])).toBe(closing);
  });
});

describe('[document-end] the page\'s tail ends the last section', () => {
  it('cuts the section at the last body line before the first frame line after its start', () => {
    const text = EXCHANGE + '\n责任编辑:王某\n相关阅读';
    const { body, frame } = lines(text);
    const section: Section = { span: [0, text.length], header: null, opener: null, followUpOf: null };
    cutAtTail(body, frame, section);
    expect(text.slice(section.span[0], section.span[1])).toBe(EXCHANGE);
  });
  it('leaves the section as it is with no frame line after its start', () => {
    const text = EXCHANGE;
    const { body, frame } = lines(text);
    const section: Section = { span: [0, text.length], header: null, opener: null, followUpOf: null };
    cutAtTail(body, frame, section);
    expect(section.span).toEqual([0, text.length]);
  });
});

describe('[document-end] moderatorTurns: the moderator\'s own turns', () => {
  const ev = (start: number, extra: Partial<SpeechEvent> = {}): SpeechEvent => ({ mention: null, role: 'narration', start, anchor: start, wordsStart: start, kind: 'label', followUp: false, ...extra });
  // Each row: the events (start, moderator or attribution), the content's end, the turns.
  it.each<[string, SpeechEvent[], number, Array<[number, number]>]>([
    ['to the next event', [ev(0, { moderator: true }), ev(10, { role: 'asker' })], 20, [[0, 10]]],
    ['the last one, to the content\'s end', [ev(0, { role: 'asker' }), ev(10, { moderator: true })], 20, [[10, 20]]],
    ['the brackets naming the chair after the words are the turn\'s', [ev(0, { role: 'asker' }), ev(10, { moderator: true }), ev(16, { attribution: true })], 20, [[10, 20]]],
    ['…and so before the next speaker', [ev(10, { moderator: true }), ev(16, { attribution: true }), ev(30, { role: 'asker' })], 40, [[10, 30]]],
  ])('%s', (_name, events, end, turns) => {
    expect(moderatorTurns(events, end)).toEqual(turns);
  });
});

describe('[document-end] writtenAfterClosing: the chair\'s closing words end the oral part, no heading over the written answers', () => {
  const NEWS = [
    '柳川区人大常委会就垃圾分类开展专题询问',
    '本报讯　11月6日，柳川区十六届人大常委会第十九次会议对垃圾分类工作开展专题询问。区人大常委会主任龚远山主持询问。',
    '区人大常委会委员林秋实关注厨余垃圾处理：“厨余垃圾处理能力不足，区城管局有什么打算？”',
    '区城管局局长司徒峻回应，下一步将做好两项工作：一是新建处理站2座；二是推行定时定点投放。',
  ];
  const STATEMENT = '副区长柏文涛表态说，委员们的意见很中肯，区政府将把垃圾分类纳入明年民生实事项目。';
  const CHAIR_NEWS = '龚远山在总结讲话中强调，一要完善设施；二要强化宣传；三要依法管理。他要求区政府在三个月内书面报告整改情况。';
  const LABELS = [
    '柳川县人大常委会垃圾分类专题询问实录',
    '主持人：县人大常委会主任　龚远山',
    '委员林秋实：请问县城管局，厨余垃圾处理能力够不够？',
    '县城管局局长司徒峻：目前日处理能力80吨。下一步我们将采取两项措施：一是新建处理站2座；二是推行定时定点投放。',
  ];
  const CHAIR_LABEL = '龚远山：好，今天的询问就到这里。我提三点要求：一要完善设施；二要强化宣传；三要依法管理。';
  const WRITTEN_NEWS = ['区人大常委会委员官晓雯询问：农村垃圾转运车辆够不够？', '答复：区城管局副局长乔文彬', '我局将采取两项措施：1.新增转运车12辆。2.优化转运线路。'];
  const WRITTEN_LABEL = ['委员官晓雯：农村垃圾转运车辆够不够？', '县城管局副局长乔文彬：我们将采取两项措施：一是新增转运车12辆；二是优化转运线路。'];

  /** What the record reads: per question its asker, its responders and whether it is written; the closing's text. */
  function read(lines: string[]) {
    const r = parse(lines.join('\n\n'));
    const name = (id: string) => r.people.find((p) => p.id === id)?.name ?? id;
    return {
      questions: r.questions.map((q) => [q.askers.map(name).join(), q.responders.map(name).join(), q.written !== null && q.written !== undefined]),
      closing: r.session.closing?.text ?? null,
    };
  }

  it.each<[string, string[], (string | boolean)[][], string | null]>([
    ['a news report: the head\'s 表态 and the chair\'s 总结讲话, then a member asking, 答复: an official', [...NEWS, STATEMENT, CHAIR_NEWS, ...WRITTEN_NEWS],
      [['林秋实', '司徒峻', false], ['官晓雯', '乔文彬', true]], `${STATEMENT}\n\n${CHAIR_NEWS}`],
    ['a news report: the chair\'s 总结讲话 alone', [...NEWS, CHAIR_NEWS, ...WRITTEN_NEWS],
      [['林秋实', '司徒峻', false], ['官晓雯', '乔文彬', true]], CHAIR_NEWS],
    ['labels: the chair ends the inquiry under their own label, then a member\'s label', [...LABELS, CHAIR_LABEL, ...WRITTEN_LABEL],
      [['林秋实', '司徒峻', false], ['官晓雯', '乔文彬', true]], CHAIR_LABEL],
    // (An attachment's bare heading between, "附件" or "附：", changes nothing: the chair's speech is the closing, t28 k8.)
    ['labels: the chair ends the inquiry, then 附件 alone over a member\'s label', [...LABELS, CHAIR_LABEL, '附件', ...WRITTEN_LABEL],
      [['林秋实', '司徒峻', false], ['官晓雯', '乔文彬', true]], CHAIR_LABEL],
    ['labels: the chair ends the inquiry, then 附： over a member\'s label', [...LABELS, CHAIR_LABEL, '附：', ...WRITTEN_LABEL],
      [['林秋实', '司徒峻', false], ['官晓雯', '乔文彬', true]], CHAIR_LABEL],
  ])('%s', (_name, lines, questions, closing) => {
    expect(read(lines)).toEqual({ questions, closing });
  });

  it.each<[string, string[]]>([
    ['the chair speaks again after the member (a second part of the meeting)', [...LABELS, CHAIR_LABEL, ...WRITTEN_LABEL, '龚远山：下面请县财政局回答。']],
    ['the chair calls the next member (no closing words)', [...LABELS, '龚远山：下面请官晓雯委员提问。', ...WRITTEN_LABEL]],
  ])('no written answers: %s', (_name, lines) => {
    expect(read(lines).questions.every(([, , written]) => written === false)).toBe(true);
  });
});

describe('[document-end] a reporter\'s notes opening on the inquiry\'s closing: the heading and the closing stay the meeting\'s', () => {
  const EXCHANGES = [
    '澄江市人大常委会举行联组会议开展专题询问。市人大常委会主任蒯立群主持。',
    '【一问】市人大常委会委员 余海峰：\n老旧小区加装电梯进展慢，请问市住建局怎么推进？',
    '【一答】市住建局局长 闵晓岚：\n我们将简化审批流程。',
    '【二问】市人大代表 邱雪松：\n停车难有什么打算？',
    '【二答】市公安局交警支队支队长 汤振宇：\n我们将新增泊位。',
  ];
  const STATEMENT = '副市长严云帆表态说，市政府将把问题列出清单，逐项整改。';
  const ENCOUNTER = '会后，记者采访了市住建局局长闵晓岚。闵晓岚说：“明年还要再加装200部。”一位旁听的市民问：“我们小区什么时候装？”';

  /** Per question its responders, the last turn's end, and the closing's text; each question's turns follow on without a gap. */
  function read(lines: string[]) {
    const text = lines.join('\n\n');
    const r = parse(text);
    const name = (id: string) => r.people.find((p) => p.id === id)?.name ?? id;
    for (const q of r.questions) q.turns.slice(1).forEach((t, i) => expect(t.span[0]).toBe(q.turns[i].span[1])); // no gap between turns
    return {
      responders: r.questions.map((q) => q.responders.map(name).join()),
      lastTurnEnd: r.questions[r.questions.length - 1].turns.at(-1)!.text.slice(-8),
      closing: r.session.closing?.text ?? null,
      people: r.people.map((p) => p.name),
      truncated: r.warnings.filter((w) => w.code === 'truncated-text').length,
    };
  }

  it.each<[string, string[], string]>([
    ['记者手记：, the scene, the 表态 on the heading\'s line', [`记者手记：询问现场，${STATEMENT}`], `记者手记：询问现场，${STATEMENT}`],
    ['记者手记：, the 表态 on the heading\'s line, no moment', [`记者手记：${STATEMENT}`], `记者手记：${STATEMENT}`],
    ['【记者手记】 before the scene', [`【记者手记】询问现场，${STATEMENT}`], `【记者手记】询问现场，${STATEMENT}`],
    ['记者手记： alone, then a sentence on the scene', ['记者手记：\n询问现场气氛热烈。' + STATEMENT], '记者手记：\n询问现场气氛热烈。' + STATEMENT],
    ['记者手记 alone (no byline of a reporter 手记), a blank line, the scene', ['记者手记', `询问现场，${STATEMENT}`], `记者手记\n\n询问现场，${STATEMENT}`],
    ['…then the notes go on with an encounter after the session: back matter', ['记者手记', `询问现场，${STATEMENT}`, ENCOUNTER], `记者手记\n\n询问现场，${STATEMENT}`],
  ])('%s', (_name, after, closing) => {
    expect(read([...EXCHANGES, ...after])).toEqual({
      responders: ['闵晓岚', '汤振宇'],
      lastTurnEnd: '我们将新增泊位。',
      closing,
      people: ['余海峰', '闵晓岚', '邱雪松', '汤振宇'],
      truncated: 0,
    });
  });

  it('notes opening on no closing stay back matter whole (an encounter quoted, no closing)', () => {
    expect(read([...EXCHANGES, '记者手记', ENCOUNTER])).toMatchObject({ responders: ['闵晓岚', '汤振宇'], lastTurnEnd: '我们将新增泊位。', closing: null });
  });
});

describe('[document-end] a reporter\'s notes holding the closing after their own narration (f23d)', () => {
  const EXCHANGES = [
    '澄江市人大常委会举行联组会议开展专题询问。',
    '【一问】市人大常委会委员 余海峰：\n老旧小区加装电梯进展慢，请问市住建局怎么推进？',
    '【一答】市住建局局长 闵晓岚：\n我们将简化审批流程。',
    '【二问】市人大代表 邱雪松：\n停车难有什么打算？',
    '【二答】市公安局交警支队支队长 汤振宇：\n我们将新增泊位。',
  ];
  const SUMMED = '询问会上，委员们问得直接，部门答得坦诚。';
  const STATEMENT = '会后，常务副市长严云帆表态说，市政府将把问题列出清单，逐项整改。';
  const ENCOUNTER = '会后，记者采访了市住建局局长闵晓岚。闵晓岚说：“明年还要再加装200部。”';

  function read(lines: string[]) {
    const r = parse(lines.join('\n\n'));
    const last = r.questions[r.questions.length - 1];
    return {
      responders: r.questions.map((q) => q.responders.length),
      lastTurnEnd: last.turns.at(-1)!.text.slice(-8),
      closing: r.session.closing?.text ?? null,
    };
  }

  // Each row: what follows the last answer, and the closing's text (null: none; the notes are back matter whole).
  it.each<[string, string[], string | null]>([
    ['记者手记： alone, the report summing up, then 会后 and the 表态 (one paragraph)', ['记者手记：\n' + SUMMED + STATEMENT], '记者手记：\n' + SUMMED + STATEMENT],
    ['…the summing up and the 表态 on two lines', ['记者手记：\n' + SUMMED + '\n' + STATEMENT], '记者手记：\n' + SUMMED + '\n' + STATEMENT],
    ['…the reporter\'s own commentary before the 表态', ['记者手记', '农村供水关系千家万户。', STATEMENT], `记者手记\n\n农村供水关系千家万户。\n\n${STATEMENT}`],
    ['【记者观察】 leading its paragraph', ['【记者观察】' + SUMMED + STATEMENT], '【记者观察】' + SUMMED + STATEMENT],
    ['…then commentary after the 表态: back matter', ['记者手记：\n' + SUMMED + STATEMENT, '整改效果如何，群众会给出答案。'], '记者手记：\n' + SUMMED + STATEMENT],
    ['…then an encounter after the 表态: back matter', ['记者手记：\n' + SUMMED + STATEMENT, ENCOUNTER], '记者手记：\n' + SUMMED + STATEMENT],
    ['the chair\'s closing words under the heading', ['记者手记', '市人大常委会主任蒯立群在总结时说，今天的询问问出了实情。'], '记者手记\n\n市人大常委会主任蒯立群在总结时说，今天的询问问出了实情。'],
    // no 表态: the meeting's closing narration under the heading is the closing, as with no heading (closing-narration.ts)
    ['the report summing the inquiry up, no 表态', ['记者手记', SUMMED], `记者手记\n\n${SUMMED}`],
    ['the satisfaction vote, no 表态', ['记者手记', '专题询问结束后，与会人员对应询部门进行了满意度测评。'], '记者手记\n\n专题询问结束后，与会人员对应询部门进行了满意度测评。'],
    // no notes: a sentence on the scene before the head's 表态 is the closing's, nobody's answer
    ['a scene sentence (现场，…) then the 表态, one paragraph', ['现场，不少旁听群众举起手机拍照。' + STATEMENT], '现场，不少旁听群众举起手机拍照。' + STATEMENT],
    ['…on two paragraphs', ['现场，不少旁听群众举起手机拍照。', STATEMENT], `现场，不少旁听群众举起手机拍照。\n\n${STATEMENT}`],
    // near-misses: no closing
    ['the reporter\'s commentary only: back matter whole', ['记者手记', '农村供水关系千家万户。整改效果如何，群众会给出答案。'], null],
    ['an encounter first, the 表态 after it (told to the reporter): back matter whole', ['记者手记', ENCOUNTER, STATEMENT], null],
    ['closing-like words after the reporter\'s own (对于委员们提出的问题，…): commentary, back matter whole', ['记者手记', '农村供水连着千家万户。', '对于委员们提出的问题，相关部门要拿出时间表。'], null],
  ])('%s', (_name, after, closing) => {
    expect(read([...EXCHANGES, ...after])).toEqual({ responders: [1, 1], lastTurnEnd: '我们将新增泊位。', closing });
  });

  it('an official saying 表态 in the last answer keeps it, and nothing closes', () => {
    const answer = '【二答】市公安局交警支队支队长 汤振宇：\n我们将新增泊位。我在这里表态，一定抓好整改。';
    expect(read([...EXCHANGES.slice(0, 4), answer])).toEqual({ responders: [1, 1], lastTurnEnd: '，一定抓好整改。', closing: null });
  });
});

describe('[document-end] text after the last question that nothing holds', () => {
  // Each row: what follows the exchange, how much of it the closing holds (from its start; 0: no closing), what is dropped.
  it.each<[string, string, number, string[]]>([
    ['all in the closing', '\n询问结束。\n主任某作总结讲话。', Infinity, []],
    ['no closing: dropped', '\n三、表态发言\n副市长某表示，将抓好整改。', 0, ['三、表态发言', '副市长某表示，将抓好整改。']],
    ['a closing that stops short', '\n询问结束。\n四、会议小结', '\n询问结束。'.length, ['四、会议小结']],
    ['after the page\'s tail: the page\'s', '\n责任编辑:王某\n喜欢就点个在看吧', 0, []],
    ['a clock time alone and a rule', '\n15:28\n---', 0, []],
  ])('%s', (_name, after, held, dropped) => {
    const text = EXCHANGE + after;
    const { view, body, frame } = lines(text);
    const closing: Array<[number, number]> = held > 0 ? [[EXCHANGE.length + 1, Math.min(text.length, EXCHANGE.length + held)]] : [];
    const out = droppedAfter(view, body, frame, EXCHANGE.length, [[0, EXCHANGE.length], ...closing]);
    expect(out.map((s) => text.slice(s[0], s[1]))).toEqual(dropped);
  });
});
