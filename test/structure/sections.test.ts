import { describe, expect, it } from 'vitest';
import { turnSections, headerSections } from '../../src/structure/sections.js';
import { splitLines } from '../../src/structure/blocks.js';
import { findHeaderCandidates } from '../../src/structure/headings.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const who = (name: string, at: number): SpeakerMention => ({ span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: false });
/** An event at the first occurrence of `name` (after `from`) with a role. */
function ev(text: string, name: string, role: 'asker' | 'responder', followUp = false, from = 0): SpeechEvent {
  const at = text.indexOf(name, from);
  return { mention: who(name, at), role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp };
}

describe('[sections] without headers', () => {
  const text = '近日,某市人大常委会开展专题询问。\n背景一。王海询问如何。李明回答。\n赵云询问如何。王海补充询问。张强回答。\n赵云追问何时。张强回答。';
  const view = normalize(text);
  const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const events = [
    ev(text, '王海', 'asker'), ev(text, '李明', 'responder'),
    ev(text, '赵云', 'asker'), ev(text, '王海补充', 'asker'), ev(text, '张强', 'responder'),
    ev(text, '赵云追问', 'asker', true), ev(text, '张强回答。', 'responder', false, text.indexOf('赵云追问')),
  ];
  const sections = turnSections(view, lines, events, text.length);
  it('opens a question at each asker after a responder, from the line start', () => {
    expect(sections.map((s) => text.slice(...s.span))).toEqual([
      '背景一。王海询问如何。李明回答。',
      '赵云询问如何。王海补充询问。张强回答。',
      '赵云追问何时。张强回答。',
    ]);
  });
  it('marks the 追问 as following the question before it', () => {
    expect(sections.map((s) => s.followUpOf)).toEqual([null, null, 2]);
  });
});

describe('[sections] a label opening mid-line on a hard-wrapped page', () => {
  it.each([
    // the line above ends with no stop: the words before the asker go on from it, and stay in the turn before
    ['wrapped', '开始询问。\n郑强询问如何。钱芳回答今年起\n停车位增加到九百个。罗斌询问何时。钱芳回答。', ['郑强询问如何。钱芳回答今年起\n停车位增加到九百个。', '罗斌询问何时。钱芳回答。']],
    // the line above closes its sentence: the line opens the question, as before
    ['closed above', '开始询问。\n郑强询问如何。钱芳回答。\n背景一。罗斌询问何时。钱芳回答。', ['郑强询问如何。钱芳回答。', '背景一。罗斌询问何时。钱芳回答。']],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const second = text.indexOf('罗斌');
    const events = [ev(text, '郑强', 'asker'), ev(text, '钱芳', 'responder'), ev(text, '罗斌', 'asker'), ev(text, '钱芳回答。', 'responder', false, second)];
    expect(turnSections(view, lines, events, text.length).map((s) => text.slice(...s.span))).toEqual(expected);
  });
});

describe('[sections] a newspaper subhead heading the next question', () => {
  // Each row: the subhead's line, and whether the exchanges marked it a subhead (exchanges.ts) or only a narration line.
  it.each<[string, string, boolean]>([
    ['a bulleted subhead opens the next question', '■村医待遇怎么保障？', true],
    ['a bare subhead opens the next question', '村医待遇怎么保障？', true],
    ['a narration line that is no subhead stays with the answer', '会场气氛热烈。', false],
  ])('%s', (_name, head, subhead) => {
    const text = `问(欧阳珊):卫生院缺多少医生?\n答(申屠明):缺42名。\n\n${head}\n问(黎明):村医补助多少?\n答(申屠明):每月800元。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const at = text.indexOf(head);
    const events: SpeechEvent[] = [
      ev(text, '问(欧阳珊)', 'asker'), ev(text, '答(申屠明)', 'responder'),
      { mention: null, role: 'narration', start: at, anchor: at, wordsStart: at + head.length, kind: 'label', followUp: false, subhead },
      ev(text, '问(黎明)', 'asker'), ev(text, '答(申屠明):每月', 'responder'),
    ];
    const sections = turnSections(view, lines, events, text.length);
    expect(text.slice(...sections[1].span).startsWith(subhead ? head : '问(黎明)')).toBe(true);
    expect(text.slice(...sections[0].span).endsWith(subhead ? '缺42名。' : head)).toBe(true);
  });
});

describe('[sections] which question a 追问 follows', () => {
  // Each row: the exchanges in order as asker/responder (the last one a 追问, maybe with its words), and the question it follows.
  it.each<[string, string[], number]>([
    ['the question just before, by the same asker', ['王海/李明', '赵云/张强', '赵云/张强'], 2],
    ['the question just before, by another asker', ['王海/李明', '赵云/张强', '孙立/张强'], 2],
    ['the question just before, by an earlier asker answered by someone new (停产整治 after the answer on it)', ['王海/李明', '赵云/张强', '王海/周平'], 2],
    ['the question just before, by an earlier asker answered by the same official', ['王海/李明', '赵云/李明', '王海/李明'], 2],
    ['the question just before, by an earlier asker answered by who just answered', ['王海/李明', '赵云/张强', '王海/张强'], 2],
    ['the asker\'s own earlier question, answered by who answered it (and not the one before)', ['王海/李明', '赵云/张强', '王海/李明'], 1],
    ['the asker\'s own earlier question, when the words name it', ['王海/李明', '赵云/张强', '王海/周平/我刚才问的那件事'], 1],
    ['the asker\'s own earlier question, when 刚才… points to the answer they got there', ['王海/李明', '赵云/张强', '王海/李明/刚才说的那件事'], 1],
    ['the asker\'s own earlier question, when the words share its terms', ['王海/李明/城市更新融资渠道单一怎么拓宽', '赵云/张强/老旧小区改造资金不足', '王海/周平/城市更新的融资渠道如何惠及中小城市'], 1],
    ['the question just before, when the words share its terms', ['王海/李明/城市更新融资渠道单一怎么拓宽', '赵云/张强/老旧小区改造资金不足', '王海/周平/老旧小区改造资金缺口多大'], 2],
    ['the question just before, when the words share as much with both', ['王海/李明/城市更新资金不足', '赵云/张强/老旧小区改造资金不足', '王海/周平/资金不足怎么办'], 2],
  ])('%s', (_name, exchanges, followed) => {
    const rows = exchanges.map((x) => x.split('/'));
    const text = rows.map(([a, r, words], i) => `${a}${i === rows.length - 1 ? '追问' : '询问'}:${words ?? `第${i + 1}件事`}。${r}回答。`).join('\n');
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events: SpeechEvent[] = [];
    let from = 0;
    rows.forEach(([a, r], i) => {
      const asker = ev(text, a, 'asker', i === rows.length - 1, from);
      events.push({ ...asker, kind: 'label', wordsStart: text.indexOf(':', asker.start) + 1 });
      from = text.indexOf(`${r}回答`, from);
      events.push(ev(text, r, 'responder', false, from));
      from += r.length;
    });
    const sections = turnSections(view, lines, events, text.length);
    expect(sections.map((x) => x.followUpOf)).toEqual([null, null, followed]);
  });
});

describe('[sections] a 追问 by a member who has asked nothing yet (news reports write 追问道 for any next question)', () => {
  // Each row: the exchanges as asker/responder/words (追问 marks a 追问), and which question each follows.
  it.each<[string, string[], (number | null)[]]>([
    // (Marked 追问, it presses the exchange whose answer holds its terms; with none, news reports' loose 追问道 by a
    // newcomer to someone new on a new matter is a question of its own.)
    ['answered by someone new, on a new matter: a question of its own', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '孙立追问/周平/检察机关如何发挥公益诉讼作用'], [null, null, null]],
    ['answered by someone new, terms only in an earlier question, not its answer (好的): a question of its own', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '孙立追问/周平/更新资金缺口多大'], [null, null, null]],
    // near-miss: the same question unmarked (询问) by a newcomer is a question of its own
    ['asked outright (询问) by someone new: a question of its own', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '孙立/周平/更新资金缺口多大'], [null, null, null]],
    ['answered by who answered the exchange: a follow-up', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '孙立追问/张强/检察机关如何发挥公益诉讼作用'], [null, null, 2]],
    ['picking up the exchange\'s terms: a follow-up', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '孙立追问/周平/加装电梯的维保谁来管'], [null, null, 2]],
    ['the same asker pressing again, answered by someone new: a follow-up', ['王海/李明/城市更新资金怎么筹措', '赵云/张强/加装电梯进度如何', '赵云追问/周平/检察机关如何发挥公益诉讼作用'], [null, null, 2]],
    ['the newcomer\'s own 追问 then follows their question', ['王海/李明/城市更新资金怎么筹措', '孙立追问/周平/检察机关如何发挥公益诉讼作用', '孙立追问/周平/那么何时见效'], [null, null, 2]],
  ])('%s', (_name, exchanges, followed) => {
    const rows = exchanges.map((x) => x.split('/'));
    const text = rows.map(([a, r, words]) => `${a.replace('追问', '')}${a.endsWith('追问') ? '追问' : '询问'}:${words}?\n${r}:好的。`).join('\n');
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events: SpeechEvent[] = [];
    let from = 0;
    for (const [a, r] of rows) {
      const asker = ev(text, a.replace('追问', ''), 'asker', a.endsWith('追问'), from);
      events.push({ ...asker, kind: 'label', wordsStart: text.indexOf(':', asker.start) + 1 });
      from = text.indexOf(`\n${r}:`, asker.start) + 1;
      events.push({ ...ev(text, r, 'responder', false, from), kind: 'label', wordsStart: from + r.length + 1 });
      from += r.length;
    }
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual(followed);
  });
});

describe('[sections] a 追问 quoting what an earlier exchange first said', () => {
  // Each row: the 追问's words, which question it follows (the first answer announced “三个重点”, the second spoke of funds).
  it.each<[string, string, number]>([
    ['a quoted formulation of the first answer: that exchange', '刚才提到的“三个重点”里,护理员有多少人?', 1],
    // near-misses: a term the exchange just answered says; nothing quoted
    ['a quoted term of the exchange just answered', '“购买服务”的资金还差多少?', 2],
    ['nothing quoted: the exchange just answered', '刚才提到的护理员有多少人?', 2],
  ])('%s', (_name, words, followed) => {
    const text = `王海:床位完成了几批?\n李明:下一步抓好“三个重点”:一是运营,二是上门服务,三是护理员队伍。\n赵云:购买服务资金是否到位?\n李明:购买服务资金已拨付。\n孙立追问:${words}\n周平:612人。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    let from = 0;
    const events = ['王海', '李明', '赵云', '李明', '孙立', '周平'].map((name, i): SpeechEvent => {
      const e = ev(text, name, i % 2 ? 'responder' : 'asker', i === 4, from);
      from = text.indexOf('\n', e.start) + 1;
      return { ...e, kind: 'label', wordsStart: text.indexOf(':', e.start) + 1 };
    });
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, null, followed]);
  });
});

describe('[sections] asking again (我想再问一下, no 追问) after another member\'s exchange', () => {
  // 王海 asked the first question, 赵云 the one just answered; then 王海 again. Each row: 王海's words, who answers, which question they follow.
  it.each<[string, string, string, number | null]>([
    ['再问 on a new matter, answered by someone new: a question of its own', '我想再问一下,检察机关如何发挥公益诉讼作用?', '周平', null],
    ['再问 answered by who answered the exchange just before: a follow-up of it', '我想再问一下,违法建设的拆除如何提速?', '张强', 2],
    ['再问 picking up the exchange\'s terms (加装电梯): a follow-up of it', '我想再问一下,加装电梯的维保谁来管?', '周平', 2],
    ['再问 answered by who answered the member\'s own question: a follow-up of it', '我想再问一下,债券什么时候发行?', '李明', 1],
    ['追问 on a new matter stays a follow-up (the member presses)', '我追问一下,检察机关如何发挥公益诉讼作用?', '周平', 2],
  ])('%s', (_name, words, by, followed) => {
    const text = `王海:请问城市更新资金怎么筹措?\n李明:发行专项债券。\n赵云:加装电梯进度如何?\n张强:今年完成四百台。\n王海:${words}\n${by}:好的。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    let from = 0;
    const events = ['王海', '李明', '赵云', '张强', '王海', by].map((name, i): SpeechEvent => {
      const e = ev(text, name, i % 2 ? 'responder' : 'asker', i === 4, from);
      from = text.indexOf('\n', e.start) + 1;
      return { ...e, kind: 'label', wordsStart: e.start + name.length + 1 };
    });
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, null, followed]);
  });
});

describe('[sections] a newcomer\'s 追问 answered by someone else of the office that answered', () => {
  it.each<[string, string, number | null]>([
    ['the same office (市住建局): a follow-up', '市住建局', 1],
    ['another office (市检察院), nothing of the answer taken up: a question of its own', '市检察院', null],
  ])('%s', (_name, office, followed) => {
    const text = `王海询问:加装电梯进度如何?\n石平:今年完成四百台。\n孙立追问:违法建设的拆除如何提速?\n骆新:年底前完成。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const label = (name: string, role: 'asker' | 'responder', organization: string | null): SpeechEvent => {
      const e = ev(text, name, role, name === '孙立');
      return { ...e, mention: { ...e.mention!, organization }, kind: 'label', wordsStart: text.indexOf(':', e.start) + 1 };
    };
    const events = [label('王海', 'asker', null), label('石平', 'responder', '市住建局'), label('孙立', 'asker', null), label('骆新', 'responder', office)];
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, followed]);
  });
});

describe('[sections] a 追问 after a round asked together (集中提问、逐一回答)', () => {
  it.each<[string, string, number]>([
    ['by the round\'s first asker: their own question, whoever answered last', '王海', 1],
    ['by the round\'s last asker: their own question', '赵云', 2],
  ])('%s', (_name, asker, followed) => {
    const text = '王海询问:城市更新融资渠道怎么拓宽?\n赵云询问:老旧小区改造资金缺口多大?\n李明回答:融资渠道在拓宽。\n张强回答:资金缺口在缩小。\n' + asker + '追问:那么何时完成?\n张强回答:年底前。';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const label = (name: string, role: 'asker' | 'responder', followUp: boolean, from: number): SpeechEvent => {
      const e = ev(text, name, role, followUp, from);
      return { ...e, kind: 'label', wordsStart: text.indexOf(':', e.start) + 1 };
    };
    const events = [
      label('王海', 'asker', false, 0), label('赵云', 'asker', false, 0),
      label('李明', 'responder', false, 0), label('张强', 'responder', false, 0),
      label(asker, 'asker', true, text.indexOf(asker + '追问')), label('张强', 'responder', false, text.indexOf('张强回答:年底前')),
    ];
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, null, followed]);
  });
});

describe('[sections] the same asker referring back to the answer', () => {
  it.each<[string, string, (number | null)[]]>([
    ['刚才 after the answer: a follow-up', '刚才您讲到还有缺口,原因是什么?', [null, 1]],
    ['您刚刚 after the answer: a follow-up', '您刚刚提到的试点,何时推开?', [null, 1]],
    ['a new matter: a new question', '另外,停车难怎么解决?', [null, null]],
    // continuation cues, after thanks at most
    ['那么 after the answer: a follow-up', '那么资金缺口怎么补上?', [null, 1]],
    ['thanks, then 那么: a follow-up', '谢谢李局长的回答,那么资金缺口怎么补上?', [null, 1]],
    ['thanks, then 刚才: a follow-up', '好的。刚才说的试点,何时推开?', [null, 1]],
    ['我再问一下: a follow-up', '我再问一下,资金什么时候拨付?', [null, 1]],
    ['我接着问: a follow-up', '我接着问,验收标准是什么?', [null, 1]],
    ['我还有一个问题: a follow-up', '我还有一个问题,抽查比例是多少?', [null, 1]],
    ['还想再追问: a follow-up', '还想再追问一句,何时完成?', [null, 1]],
    // no cue: a second question of the member's own
    ['a second question to another department: a new question', '请问市财政局,补助资金何时到位?', [null, null]],
    ['a short question with no cue: a new question', '服务队什么时候能到位?', [null, null]],
    ['那 alone opens no follow-up (那些, 那个)', '那些闲置的厂房怎么盘活?', [null, null]],
    ['刚才 later in the sentence is no cue', '请问市财政局,刚才没有提到的补助何时到位?', [null, null]],
    // the label alone on its line: the words on the next one are read
    ['刚才 on the line after the label: a follow-up', '\n刚才您讲到还有缺口,原因是什么?', [null, 1]],
    ['a new matter on the line after the label: a new question', '\n另外,停车难怎么解决?', [null, null]],
  ])('%s', (_name, words, expected) => {
    const text = `王海:请问如何整改?\n李明:正在整改。\n王海:${words}\n李明:尽快。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const label = (name: string, role: 'asker' | 'responder', from: number): SpeechEvent => {
      const e = ev(text, name, role, false, from);
      return { ...e, kind: 'label', wordsStart: e.start + name.length + 1 };
    };
    const second = text.indexOf('王海', 1);
    const events = [label('王海', 'asker', 0), label('李明', 'responder', 0), label('王海', 'asker', second), label('李明', 'responder', second)];
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual(expected);
  });

  it('another member referring back asks a question of their own', () => {
    const text = '王海:请问如何整改?\n李明:正在整改。\n赵云:刚才说的试点,何时推开?\n李明:尽快。';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events = [ev(text, '王海', 'asker'), ev(text, '李明', 'responder'), ev(text, '赵云', 'asker'), ev(text, '李明:尽快', 'responder')]
      .map((e) => ({ ...e, kind: 'label' as const, wordsStart: e.start + 3 }));
    expect(turnSections(view, lines, events, text.length).map((x) => x.followUpOf)).toEqual([null, null]);
  });
});

describe('[sections] a second round pointing back past other questions', () => {
  // 王海 asks 市住建局 (车某某 answers), 赵云 asks 市卫健委 (蒲某某 answers); then the second round.
  const FIRST = '王海:请问市住建局,旧改进度如何?\n车某某:今年改造120个小区。\n赵云:请问市卫健委,签约率多少?\n蒲某某:达到62%。\n';
  const OFFICIALS: Record<string, [string, string]> = { 车某某: ['市住建局', '局长'], 蒲某某: ['市卫健委', '主任'], 邹某: ['市医保局', '局长'] };
  function sections(text: string) {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events: SpeechEvent[] = [];
    for (const l of lines) {
      const colon = view.indexOf(':', l.content[0]);
      const label = text.slice(l.content[0], colon);
      const name = label.replace(/追问$/u, '');
      const office = OFFICIALS[name];
      const m = who(name, l.content[0]);
      const mention: SpeakerMention = office ? { ...m, organization: office[0], office: office[1], surname: name[0], title: office[0] + office[1] } : m;
      events.push({ mention, role: office ? 'responder' : 'asker', start: l.content[0], anchor: l.content[0], wordsStart: colon + 1, kind: 'label', followUp: label !== name });
    }
    return turnSections(view, lines, events, text.length).map((x) => x.followUpOf);
  }
  it.each<[string, string, (number | null)[]]>([
    ['the first asker back to the first answer', '王海:刚才车局长提到120个小区,明年呢?\n车某某:明年再改150个。', [null, null, 1]],
    ['the other asker back to the first answer', '赵云:刚才车局长提到旧改,加装电梯呢?\n车某某:同步推进。', [null, null, 1]],
    ['the office named, not the person', '王海:刚才住建局介绍了旧改,资金够吗?\n车某某:够。', [null, null, 1]],
    ['您刚才说, to the one who answered the first question', '王海:您刚才说今年改造120个,有多少完工?\n车某某:完工80个。', [null, null, 1]],
    // not past the exchange just answered: the cues of the asker decide (another member asks anew)
    ['another member back to the answer just given', '王海:刚才蒲主任讲到62%,农村呢?\n蒲某某:农村低一些。', [null, null, null]],
    ['a referent who answered nothing', '王海:刚才邹局长提到医保,报销比例多少?\n邹某:70%。', [null, null, null]],
    ['no back-reference', '王海:请问市住建局,加装电梯补贴多少?\n车某某:每台15万元。', [null, null, null]],
  ])('%s', (_name, second, expected) => {
    expect(sections(FIRST + second)).toEqual(expected);
  });

  it('a later question pointing back to a follow-up links to its thread\'s first', () => {
    const text = FIRST.replace('赵云:', '王海追问:') + '赵云:请问市医保局,报销多少?\n邹某:70%。\n赵云:刚才蒲主任讲到62%,农村呢?\n蒲某某:低一些。';
    expect(sections(text)).toEqual([null, 1, null, 1]);
  });
});

describe('[sections] a reported 追问 by another member under a new topic lead', () => {
  // A feature: each exchange a paragraph, reported; the second member's verb is 追问.
  const FIRST = '近日,某市人大常委会开展专题询问。\n【资金使用】 常委会委员蒲某关心补助资金的拨付。市财政局局长车某回应说,资金已全部拨付。\n';
  function followUps(second: string, secondAsker: string, secondResponder: string) {
    const text = FIRST + second;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const mk = (name: string, role: 'asker' | 'responder', followUp: boolean, from = 0): SpeechEvent => ({ mention: who(name, at(name, from)), role, start: at(name, from), anchor: at(name, from), wordsStart: null, kind: 'reported', followUp });
    const events = [mk('蒲某', 'asker', false), mk('车某', 'responder', false), mk(secondAsker, 'asker', true, FIRST.length), mk(secondResponder, 'responder', false, FIRST.length)];
    return turnSections(view, lines, events, text.length).map((x) => x.followUpOf);
  }
  it.each<[string, string, string, string, (number | null)[]]>([
    ['the same lead again: the same matter, a follow-up', '【资金使用】 常委会委员骆某追问补助资金的拨付。市财政局局长车某回应说,已拨付。', '骆某', '车某', [null, 1]],
    ['a new topic lead opens a new question', '【产业扶贫】 常委会委员骆某追问补助资金的使用。市农业局局长蓝某回应说,资金已拨付到户。', '骆某', '蓝某', [null, null]],
    ['a quote opening the paragraph is not the exchange just answered', '“产业如何持续带动增收?”常委会委员骆某追问产业的持续性。市农业局局长蓝某回应说,将加大产销对接。', '骆某', '蓝某', [null, null]],
    ['no lead, the same office answering: a follow-up', '常委会委员骆某追问资金的使用。市财政局局长车某回应说,已建立监控平台。', '骆某', '车某', [null, 1]],
  ])('%s', (_name, second, asker, responder, expected) => {
    expect(followUps(second, asker, responder)).toEqual(expected);
  });
});

describe('[sections] with headers', () => {
  it('runs each section to the line before the next header, and cuts at a 追问', () => {
    const text = '问题一:如何治理?\n王海就此提问。李明回应。\n王海追问:何时完成?\n李明表示年底。\n问题二:如何保障?\n赵云询问。张强回答。\n(以上内容根据现场整理)';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const headers = findHeaderCandidates({ text, view }, lines);
    const events = [ev(text, '王海', 'asker'), ev(text, '李明', 'responder'), ev(text, '王海追问', 'asker', true), ev(text, '李明表示', 'responder'), ev(text, '赵云', 'asker'), ev(text, '张强', 'responder')];
    const body = lines.slice(0, -1);
    const sections = headerSections(view, body, headers, body[body.length - 1].content[1], events, []);
    expect(sections.map((s) => [s.header?.label ?? null, text.slice(...s.span), s.followUpOf])).toEqual([
      ['问题一', '问题一:如何治理?\n王海就此提问。李明回应。', null],
      [null, '王海追问:何时完成?\n李明表示年底。', 1],
      ['问题二', '问题二:如何保障?\n赵云询问。张强回答。', null],
    ]);
  });
});

describe('[sections] a 追问 before any answer', () => {
  it('stays in the question it belongs to', () => {
    const text = '问题一:如何治理?\n王海提问并追问资金。李明回应。';
    const view = normalize(text);
    const lines = splitLines(view);
    const headers = findHeaderCandidates({ text, view }, lines);
    const sections = headerSections(view, lines, headers, text.length, [ev(text, '王海', 'asker', true), ev(text, '李明', 'responder')], []);
    expect(sections.length).toBe(1);
  });
});

describe('[sections] a new asker before anyone answers', () => {
  it.each<[string, string, Array<[string, 'asker' | 'responder', boolean?]>, string[]]>([
    ['another member in a paragraph of their own opens a question',
      '背景。\n赵云追问资金。欧阳明回答。\n孙立平就政务服务提出询问。王丽华表示加快。',
      [['赵云', 'asker', true], ['欧阳明', 'responder'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云追问资金。欧阳明回答。', '孙立平就政务服务提出询问。王丽华表示加快。']],
    ['…even when the follow-up before it found no responder',
      '背景。\n赵云追问资金。\n孙立平就政务服务提出询问。王丽华表示加快。',
      [['赵云', 'asker', true], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云追问资金。', '孙立平就政务服务提出询问。王丽华表示加快。']],
    ['two members asking in one paragraph ask together',
      '背景。\n赵云询问资金。孙立平也询问进度。王丽华表示加快。',
      [['赵云', 'asker'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。孙立平也询问进度。王丽华表示加快。']],
    ['another member commenting without asking (表示) in the next paragraph does not',
      '背景。\n赵云询问资金。\n孙立平表示,要加强监管。王丽华表示加快。',
      [['赵云', 'asker'], ['孙立平', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。\n孙立平表示,要加强监管。王丽华表示加快。']],
    ['the same member again in the next paragraph goes on asking',
      '背景。\n赵云询问资金。\n赵云还询问进度。王丽华表示加快。',
      [['赵云', 'asker'], ['赵云', 'asker'], ['王丽华', 'responder']],
      ['背景。\n赵云询问资金。\n赵云还询问进度。王丽华表示加快。']],
  ])('%s', (_name, text, spec, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    let from = 0;
    const events = spec.map(([name, role, followUp]) => {
      const e = ev(text, name, role, followUp ?? false, from);
      from = e.start + 1;
      return e;
    });
    const sections = turnSections(view, lines, events, text.length);
    // The first section starts at the first asker's line here: the background line is the intro.
    expect(sections.map((s) => text.slice(...s.span))).toEqual(expected.map((x) => x.replace(/^背景。\n/u, '')));
  });
});

describe('[sections] a live feed\'s stamps go with the entry they stamp', () => {
  it('a question opened by a call opens at the stamp above the call\'s line, not after it', () => {
    const text = '导语。\n【10:02】\n甘某询问班车。\n【10:04】\n覃某表示新开。\n【10:09】\n主持人:甘某还有追问。\n【10:09】\n甘某追问票价。\n【10:10】\n覃某回答下调。';
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    // The host's call names the member who asked before (甘某), as the speaker readers give it.
    const call = ev(text, '甘某', 'asker', true, text.indexOf('甘某还有'));
    const events = [ev(text, '甘某', 'asker'), ev(text, '覃某', 'responder'), call, ev(text, '覃某回答', 'responder')];
    const sections = turnSections(view, lines, events, text.length);
    expect(sections.map((s) => [text.slice(...s.span), s.followUpOf])).toEqual([
      ['【10:02】\n甘某询问班车。\n【10:04】\n覃某表示新开。', null],
      ['【10:09】\n主持人:甘某还有追问。\n【10:09】\n甘某追问票价。\n【10:10】\n覃某回答下调。', 1],
    ]);
  });

  // Each row: the layout, the text, and the sections read (label, text).
  it.each<[string, string, Array<[string, string]>]>([
    ['a header\'s section opens at the stamp above it, and the section before ends before that stamp',
      '导语。\n【14:32】\n问题一:水质如何保障?\n【14:33】\n甘某询问。\n【14:36】\n庞某回答。\n【14:40】\n问题二:管网如何改造?\n【14:41】\n苏某询问。\n【14:43】\n覃某回答。',
      [['问题一', '【14:32】\n问题一:水质如何保障?\n【14:33】\n甘某询问。\n【14:36】\n庞某回答。'], ['问题二', '【14:40】\n问题二:管网如何改造?\n【14:41】\n苏某询问。\n【14:43】\n覃某回答。']]],
    ['a header after a stamp on its line: the section opens at the stamp, the label after it',
      '导语。\n[14:32] 问题一:水质如何保障?\n甘某询问。\n庞某回答。\n[14:40] 问题二:管网如何改造?\n苏某询问。\n覃某回答。',
      [['问题一', '[14:32] 问题一:水质如何保障?\n甘某询问。\n庞某回答。'], ['问题二', '[14:40] 问题二:管网如何改造?\n苏某询问。\n覃某回答。']]],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const headers = findHeaderCandidates({ text, view }, lines);
    const events = [ev(text, '甘某', 'asker'), ev(text, '庞某', 'responder'), ev(text, '苏某', 'asker'), ev(text, '覃某', 'responder')];
    const sections = headerSections(view, lines, headers, text.length, events, []);
    expect(sections.map((s) => [s.header?.label ?? null, text.slice(...s.span)])).toEqual(expected);
  });
});

describe('[sections] a member cutting in on a list the official then resumes stays in the exchange', () => {
  /** Label events for `名：` lines of `text`; the words start after the colon. */
  function labelled(text: string, roles: Record<string, 'asker' | 'responder'>): SpeechEvent[] {
    const out: SpeechEvent[] = [];
    for (const m of text.matchAll(/^([^\n：]{2,8})：/gmu)) {
      const name = m[1];
      out.push({ mention: { ...who(name, m.index), congress: roles[name] === 'asker' }, role: roles[name], start: m.index, anchor: m.index, wordsStart: m.index + m[0].length, kind: 'label', followUp: false });
    }
    return out;
  }
  const roles = { 柯文静: 'asker', 龙海平: 'responder' } as const;
  it.each<[string, string, number]>([
    ['cut off, resumed with 二是', '柯文静：危桥有多少座？\n龙海平：今年主要做三件事：一是加固危桥12座——\n柯文静：我插一句，12座是哪几座？\n龙海平：石门等。我接着说，二是新建桥梁3座，三是建立巡查制度。\n', 1],
    ['not cut off: a question of its own', '柯文静：危桥有多少座？\n龙海平：今年主要做三件事：一是加固危桥12座。\n柯文静：12座是哪几座？\n龙海平：石门等。二是新建桥梁3座，三是建立巡查制度。\n', 2],
    ['cut off, but no list resumed', '柯文静：危桥有多少座？\n龙海平：今年加固危桥12座——\n柯文静：12座是哪几座？\n龙海平：石门等。\n', 2],
  ])('%s', (_label, text, count) => {
    const view = normalize(text);
    expect(turnSections(view, splitLines(view), labelled(text, roles), text.length)).toHaveLength(count);
  });
});

describe('[sections] a 追问 under a newspaper subhead opens a new matter', () => {
  // A news page: a short subhead alone on its line heads each exchange; the second member's verb is 追问, and the same
  // office answers (which would tie it to the exchange just answered, were no subhead between).
  function followUps(subhead: boolean) {
    const head = subhead ? '停车难\n' : '';
    const text = `某区人大常委会开展专题询问。\n“老旧小区加装电梯补贴何时到位?”委员甲某问。\n区住建局局长丁某表示,年内到位。\n${head}“小区停车位缺口有多大?”委员乙某追问。\n区住建局局长丁某表示,缺口约3000个。`;
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const second = text.indexOf('“小区');
    const events: SpeechEvent[] = [ev(text, '甲某', 'asker'), ev(text, '丁某', 'responder')];
    if (subhead) events.push({ mention: null, role: 'narration', start: text.indexOf(head), anchor: text.indexOf(head), wordsStart: text.indexOf(head) + 3, kind: 'label', followUp: false, subhead: true });
    events.push(ev(text, '乙某', 'asker', true), ev(text, '丁某', 'responder', false, second));
    const sections = turnSections(view, lines, events, text.length);
    return { followUps: sections.map((s) => s.followUpOf), second: text.slice(...sections[1].span) };
  }
  it('without a subhead the same office answering ties it to the exchange before', () => {
    expect(followUps(false).followUps).toEqual([null, 1]);
  });
  it('with a subhead above it, it is a question of its own, opening on the subhead', () => {
    const got = followUps(true);
    expect(got.followUps).toEqual([null, null]);
    expect(got.second.startsWith('停车难')).toBe(true);
  });
});

describe('[sections] a 追问 under a photo caption (t53)', () => {
  const page = (between: string) => [
    '瓯江区人大常委会专题询问社区居家养老服务',
    '',
    '4月8日，瓯江区第三届人大常委会第二十六次会议举行专题询问。',
    '',
    '区人大代表、新桥街道社区卫生服务中心主任应某某问：失能老人最需要上门医疗护理，请问区卫健局有什么打算？',
    '',
    '区卫健局副局长柴某某答：下一步，对失能老人每季度至少上门随访1次。',
    '',
    between,
    '',
    '区人大常委会委员施某某追问：上门随访每季度1次够不够？护理人员从哪里来？',
    '',
    '区卫健局副局长柴某某答：确实还不够，三年内定向培养养老护理员300名。',
    '',
  ].join('\n');
  it.each([['▲ 区人大代表应某某提问'], ['▲ 专题询问现场'], ['图为区卫健局副局长柴某某回答询问。']])('%s: it follows up the exchange above', (caption) => {
    const record = parse(page(caption));
    expect(record.questions).toHaveLength(2);
    expect(record.questions[1].followUpOf).toBe(1);
  });
  it('a subhead naming a new matter opens a question of its own', () => {
    const record = parse(page('■ 护理人员从哪里来'));
    expect(record.questions[1].followUpOf).toBeNull();
  });
});

describe('[sections] a 追问 citing what a follow-up\'s answer first said follows up that follow-up (t72 p11)', () => {
  const text = (cited: string) => '市人大常委会专题询问全市住房保障工作\n\n'
    + '“公租房轮候时间太长，住建局准备怎么解决？”7月30日下午，常委会委员宦某新第一个发问。\n\n'
    + '市住房和城乡建设局局长闵某骏回应说，目前全市公租房在册轮候家庭2860户，今年将新筹集公租房1500套。\n\n'
    + '宦某新追问：“新筹集的1500套，有多少是在中心城区？”\n\n'
    + '闵某骏说，中心城区约占六成，其余分布在两个新区，都配套了公交线路。\n\n'
    + `常委会委员司马某紧接着追问：“刚才闵局长说${cited}，但新区就医、上学还不方便，这个怎么考虑？”\n\n`
    + '闵某骏表示，将在新区同步建设小学2所。\n';
  it.each<[string, string, (number | null)[]]>([
    ['the words first said in the follow-up\'s answer', '配套了公交线路', [null, 1, 2]],
    // near-misses: the words of the first answer, or of none — the thread's first, as before
    ['the words first said in the first answer', '新筹集公租房1500套', [null, 1, 1]],
    ['words of no answer', '要加强管理', [null, 1, 1]],
  ])('%s', (_name, cited, expected) => {
    expect(parse(text(cited)).questions.map((q) => q.followUpOf)).toEqual(expected);
  });
});
