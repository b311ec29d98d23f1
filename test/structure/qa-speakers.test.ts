import { describe, expect, it } from 'vitest';
import { resolveExchanges } from '../../src/structure/exchanges.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { person } from '../helpers/mentions.js';
import { structureOf, nameOf } from '../helpers/structure.js';


describe('[qa-speakers] 问:/答: labels and the announcement before them', () => {
  it('问:/答: take their speakers from the announcement before them', () => {
    const text = '郭某某委员就学位提问,市教育局局长潘某某作答。\n问:缺口多大?\n答:约三千个。';
    const view = normalize(text);
    const q = text.indexOf('问:');
    const a = text.indexOf('答:');
    const events: SpeechEvent[] = [
      { mention: person('郭某某', 0, true), role: 'asker', start: 0, anchor: 0, wordsStart: null, kind: 'reported', followUp: false },
      { mention: person('潘某某', text.indexOf('潘某某'), false), role: 'responder', start: text.indexOf('市教育局'), anchor: text.indexOf('市教育局'), wordsStart: null, kind: 'reported', followUp: false },
      { mention: null, role: 'asker', start: q, anchor: q, wordsStart: q + 2, kind: 'qa-label', followUp: false },
      { mention: null, role: 'responder', start: a, anchor: a, wordsStart: a + 2, kind: 'qa-label', followUp: false },
    ];
    const out = resolveExchanges(view, events);
    expect(out.map((e) => [e.role, e.mention?.name, e.anchor])).toEqual([['asker', '郭某某', 0], ['responder', '潘某某', a]]);
  });

  it('an announced asker answered through name labels asks; a later 追问: is theirs, after the answer', () => {
    const text = '询问人:县人大常委会委员 孔某某\n应询人:县生态环境局局长 曹某某\n曹某某:将加快治理。\n追问:资金从哪里来?\n曹某某:县财政安排。';
    const view = normalize(text);
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const label = (name: string, from: number): SpeechEvent => ({ mention: person(name, at(name + ':', from), false), role: 'responder', start: at(name + ':', from), anchor: at(name + ':', from), wordsStart: at(name + ':', from) + name.length + 1, kind: 'label', followUp: false });
    const events: SpeechEvent[] = [
      { mention: person('孔某某', at('孔某某'), true), role: 'asker', start: at('孔某某'), anchor: 0, wordsStart: null, kind: 'reported', followUp: false, announces: true },
      { mention: person('曹某某', at('曹某某'), false), role: 'responder', start: at('曹某某'), anchor: at('应询人'), wordsStart: null, kind: 'reported', followUp: false, announces: true },
      label('曹某某', at('\n曹某某:')),
      { mention: null, role: 'asker', start: at('追问'), anchor: at('追问'), wordsStart: at('追问') + 3, kind: 'qa-label', followUp: true },
      label('曹某某', at('追问')),
    ];
    expect(resolveExchanges(view, events).map((e) => [e.role, e.mention?.name ?? null, e.anchor])).toEqual([
      ['asker', '孔某某', 0], ['responder', '曹某某', at('\n曹某某:') + 1], ['asker', '孔某某', at('追问')], ['responder', '曹某某', at('曹某某:', at('追问'))],
    ]);
  });
});

describe('[qa-speakers] a responder\'s field line after the question', () => {
  // 应询人:/答复人:/补充应询人: name who answers next: their line is nobody's words, the turn before ends at it.
  it.each<[string, string]>([
    ['应询人: after 问:', '问:水从哪里来?\n应询人:局长 乙某\n答:新建水厂。'],
    ['答复人: after 问:', '问:水从哪里来?\n答复人:局长 乙某\n答:新建水厂。'],
    ['补充应询人: after an answer', '答:新建水厂。\n补充应询人:局长 乙某\n答:资金已落实。'],
  ])('%s', (_name, text) => {
    const view = normalize(text);
    const field = text.indexOf('\n') + 1;
    const name = text.indexOf('乙某');
    const second = text.lastIndexOf('答:');
    const first: SpeechEvent = text.startsWith('问')
      ? { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: 2, kind: 'qa-label', followUp: false }
      : { mention: null, role: 'responder', start: 0, anchor: 0, wordsStart: 2, kind: 'qa-label', followUp: false };
    const events: SpeechEvent[] = [
      first,
      { mention: person('乙某', name, false), role: 'responder', start: name, anchor: field, wordsStart: null, kind: 'reported', followUp: false, announces: true },
      { mention: null, role: 'responder', start: second, anchor: second, wordsStart: second + 2, kind: 'qa-label', followUp: false },
    ];
    const out = resolveExchanges(view, events);
    expect(out.map((e) => [e.role, e.start])).toEqual([[first.role, 0], ['narration', field], ['responder', second]]);
    expect(out[2].mention?.name).toBe('乙某');
  });
});

describe('[qa-speakers] both fields announced on one line', () => {
  it.each([
    ['the asker first', '问题一（询问人：委员覃某；应询人：局长蒙某）\n问：何时完工？\n答：年底。'],
    ['the responder first', '问题一（应询人：局长蒙某；询问人：委员覃某）\n问：何时完工？\n答：年底。'],
  ])('问:/答: take their speakers from it: %s', (_name, text) => {
    const view = normalize(text);
    const asker = person('覃某', text.indexOf('覃某'), true);
    const responder = person('蒙某', text.indexOf('蒙某'), false);
    const field = (m: SpeakerMention, role: 'asker' | 'responder'): SpeechEvent => ({ mention: m, role, start: m.span[0], anchor: text.indexOf(role === 'asker' ? '询问人' : '应询人'), wordsStart: null, kind: 'reported', followUp: false, announces: true });
    const ask = text.indexOf('问：');
    const answer = text.indexOf('答：');
    const events = [field(asker, 'asker'), field(responder, 'responder')].sort((a, b) => a.start - b.start);
    events.push({ mention: null, role: 'asker', start: ask, anchor: ask, wordsStart: ask + 2, kind: 'qa-label', followUp: false });
    events.push({ mention: null, role: 'responder', start: answer, anchor: answer, wordsStart: answer + 2, kind: 'qa-label', followUp: false });
    const turns = resolveExchanges(view, events).filter((e) => e.kind === 'qa-label');
    expect(turns.map((e) => [e.role, e.mention?.name ?? null])).toEqual([['asker', '覃某'], ['responder', '蒙某']]);
  });
});

describe('[qa-speakers] field lines with their words, then a lone 追问:', () => {
  // Each row: the exchange after the field block; every question as [label, askers, responders, turn roles].
  const block = '询问人：县人大常委会委员 甘丽娟\n养护资金够不够？请问县交通运输局。\n应询人：县交通运输局局长 莫志坚\n基本够用。\n';
  it.each<[string, string, Array<[string | null, string[], string[], string[]]>]>([
    ['answered under his own label', '追问：今年能完成多少公里？\n莫志坚：120公里。',
      [[null, ['甘丽娟'], ['莫志坚'], ['asker', 'responder']], ['追问', ['甘丽娟'], ['莫志坚'], ['asker', 'responder']]]],
    ['answered under a bare 答:', '追问：今年能完成多少公里？\n答：120公里。',
      [[null, ['甘丽娟'], ['莫志坚'], ['asker', 'responder']], ['追问', ['甘丽娟'], ['莫志坚'], ['asker', 'responder']]]],
  ])('%s', (_name, after, expected) => {
    const s = structureOf(`白河县人大常委会农村公路养护专题询问\n\n${block}${after}`);
    expect(s.questions.map((q) => [q.label, q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id)), q.turns.map((t) => t.role)])).toEqual(expected);
  });
});

describe('[qa-speakers] any asker field or label pairs with any responder field or label', () => {
  // Each side is read by its own lexicon: "询问人:" with "答复:", "询问:" with "应询人:", "询问委员:" with "应询人:" …
  const ASKERS = ['询问人：', '提问人：', '提问人员：', '询问委员：', '询问代表：', '问询人：', '询问：', '提问：', '问：'];
  const RESPONDERS = ['应询人：', '答复人：', '回答人：', '应询人员：', '答询人：', '答询：', '作答：', '应答：', '应询：', '答复：', '回答：', '回复：', '答：'];
  const text = (ask: string, answer: string) =>
    `州人大常委会专题询问\n\n${ask}州人大常委会委员　彭德林\n请问州林业局，森林防火如何落实？\n${answer}州林业局局长　麻文斌\n今年建成防火通道120公里。\n\n`
    + `${ask}州人大常委会委员　龙秋萍\n请问州交通运输局，农村公路怎么养护？\n${answer}州交通运输局局长　石宏远\n全州落实养护资金八千万元。\n`;
  it.each(ASKERS.flatMap((a) => RESPONDERS.map((r) => [a, r] as [string, string])))('%s with %s', (ask, answer) => {
    const s = structureOf(text(ask, answer));
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([
      [['彭德林'], ['麻文斌']], [['龙秋萍'], ['石宏远']],
    ]);
  });

  it.each(['询问人：', '询问委员：', '提问代表：'])('%s fields with a 追问: label among them', (ask) => {
    const t = `州人大常委会专题询问\n\n${ask}州人大常委会委员　彭德林\n请问州林业局，森林防火如何落实？\n应询人：州林业局局长　麻文斌\n今年建成防火通道120公里。\n追问：资金从哪里来？\n应询人：麻文斌\n州财政安排了专项资金。\n\n${ask}州人大常委会委员　龙秋萍\n请问州交通运输局，农村公路怎么养护？\n应询人：州交通运输局局长　石宏远\n全州落实养护资金八千万元。\n`;
    const s = structureOf(t);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id)), q.followUpOf])).toEqual([
      [['彭德林'], ['麻文斌'], null], [['彭德林'], ['麻文斌'], 1], [['龙秋萍'], ['石宏远'], null],
    ]);
  });

  it.each(['应询人：', '答询人：', '作答：'])('a responder field after a 询问: label opens the answer\'s turn: %s', (field) => {
    const t = `州人大常委会专题询问\n\n询问：州人大常委会委员　彭德林\n请问州林业局，森林防火如何落实？\n${field}州林业局局长　麻文斌\n今年建成防火通道120公里。\n`;
    const s = structureOf(t);
    expect(s.questions[0].turns.map((x) => [x.role, x.text])).toEqual([
      ['asker', '询问：州人大常委会委员　彭德林\n请问州林业局，森林防火如何落实？\n'],
      ['responder', `${field}州林业局局长　麻文斌\n今年建成防火通道120公里。`],
    ]);
  });

  it('a header\'s fields, the responder\'s first, before 问:/答: labels: the labels speak', () => {
    const t = '州人大常委会专题询问纪要\n\n问题一（应询人：州中级人民法院院长　简立群；询问人：州人大常委会委员　彭德林）\n问：执行难如何破解？\n答：今年执结案件4520件。\n';
    const s = structureOf(t);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([[['彭德林'], ['简立群']]]);
    expect(s.questions[0].turns.map((x) => x.role)).toEqual(['narration', 'asker', 'responder']);
  });

  it('a responder field after its question, then the next 询问: label', () => {
    const t = '州人大常委会专题询问\n\n询问：州人大常委会委员　彭德林\n请问州林业局，森林防火如何落实？\n应询人：州林业局局长　麻文斌\n今年建成防火通道120公里。\n应询人：州应急管理局局长　吴国华\n我们新建了物资储备库。\n询问：州人大常委会委员　龙秋萍\n请问州交通运输局，农村公路怎么养护？\n应询人：州交通运输局局长　石宏远\n全州落实养护资金八千万元。\n';
    const s = structureOf(t);
    expect(s.questions.map((q) => [q.askers.map((id) => nameOf(s, id)), q.responders.map((id) => nameOf(s, id))])).toEqual([
      [['彭德林'], ['麻文斌', '吴国华']], [['龙秋萍'], ['石宏远']],
    ]);
  });
});

describe('[qa-speakers] a bare 追问: under a question whose asker is unknown', () => {
  // The question's asker field names nobody (a post alone, an unnamed person): its 追问 follows up that question,
  // and is no earlier member's.
  const block = (field: string) => `枫林乡人大主席团专题询问\n\n询问一\n提问代表：乡人大代表 韦晓红\n问：旱季停水怎么办？\n答复人：乡长 莫建华\n答：新建蓄水池。\n\n询问二\n${field}\n问：学校饮用水多久检测一次？\n答复人：乡卫生院院长 蒙丽\n答：每季度一次。\n\n追问：不合格的整改好了吗？\n答：已经整改。\n`;
  it.each<[string, string]>([
    ['a post alone', '提问代表：乡人大代表'],
    ['an unnamed person', '提问代表：一位老师'],
  ])('%s: the 追问 has no asker', (_name, field) => {
    const s = structureOf(block(field));
    expect(s.questions.map((q) => [q.label, q.askers.map((id) => nameOf(s, id)), q.followUpOf])).toEqual([
      ['询问一', ['韦晓红'], null], ['询问二', [], null], ['追问', [], 2],
    ]);
  });

  it('under a named asker the 追问 is still that asker\'s', () => {
    const s = structureOf(block('提问代表：乡人大代表 覃玉兰'));
    expect(s.questions.map((q) => [q.label, q.askers.map((id) => nameOf(s, id)), q.followUpOf])).toEqual([
      ['询问一', ['韦晓红'], null], ['询问二', ['覃玉兰'], null], ['追问', ['覃玉兰'], 2],
    ]);
  });
});
