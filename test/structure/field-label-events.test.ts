import { describe, expect, it } from 'vitest';
import { addFieldEvents, nameLabel, openingMention } from '../../src/structure/field-label-events.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** Hand-made mentions of `names` (as written, first occurrence), in reading order. */
function mentionsOf(text: string, names: string[]): SpeakerMention[] {
  return names.map((n) => {
    const at = text.indexOf(n);
    return { span: [at, at + n.length], form: 'title-name', name: n, nameSpan: [at, at + n.length], title: null, titleSpan: null, organization: null, congress: false } as unknown as SpeakerMention;
  }).sort((a, b) => a.span[0] - b.span[0]);
}

/** The events the fields of `text` add, as [role, kind, name, announces]. */
function fields(text: string, names: string[]) {
  const view = normalize(text);
  const events: SpeechEvent[] = [];
  addFieldEvents(view, 0, view, mentionsOf(text, names), events);
  return events.map((e) => [e.role, e.kind, e.mention?.name ?? null, e.announces ?? false]);
}

describe('[field-label-events] person fields name who asks and who answers', () => {
  it.each<[string, string, string[], unknown[]]>([
    ['fields opening their lines', '询问人：州人大常委会委员 覃某\n水库何时完工？\n应询人：州水利局局长 蒙某\n年底完工。', ['州人大常委会委员 覃某', '州水利局局长 蒙某'],
      [['asker', 'reported', '州人大常委会委员 覃某', true], ['responder', 'reported', '州水利局局长 蒙某', true]]],
    ['two fields on one line', '询问人：委员 覃某；应询人：局长 蒙某\n问：水库何时完工？', ['委员 覃某', '局长 蒙某'],
      [['asker', 'reported', '委员 覃某', true], ['responder', 'reported', '局长 蒙某', true]]],
    ['a field in parentheses after the words it attributes', '如何加强治理？（询问人：市人大常委会委员 曹某）', ['市人大常委会委员 曹某'],
      [['asker', 'reported', '市人大常委会委员 曹某', false]]],
    ['a field whose person could not be read still announces', '询问人：（未署名）\n水库何时完工？', [], [['asker', 'reported', null, true]]],
  ])('%s', (_name, text, names, expected) => {
    expect(fields(text, names)).toEqual(expected);
  });

  it('openingMention: the mention opening the words after spaces, on the line', () => {
    const text = '补充答复：  副县长 某某\n…';
    const ms = mentionsOf(text, ['副县长 某某']);
    expect(openingMention(normalize(text), 5, text.indexOf('\n'), ms)?.name).toBe('副县长 某某');
    expect(openingMention(normalize(text), 0, text.indexOf('\n'), ms)).toBeNull();
  });

  it('nameLabel: an unnamed label takes the first person named, a copy each for the others', () => {
    const text = '答：…。（答复人：局长 邓某、副局长 韦某）';
    const [a, b] = mentionsOf(text, ['局长 邓某', '副局长 韦某']);
    const label: SpeechEvent = { mention: null, role: 'responder', start: 0, anchor: 0, wordsStart: 2, kind: 'qa-label', followUp: false };
    const events: SpeechEvent[] = [label];
    nameLabel(label, [a, b], events);
    expect(events.map((e) => [e.mention?.name, e.named])).toEqual([['局长 邓某', true], ['副局长 韦某', true]]);
  });
});

describe('[field-label-events] a block naming its responders ahead of the question (询问人, 应询人, 询问内容, 答复内容)', () => {
  const INTRO = '某省人大常委会专题询问情况\n\n2022年3月30日，省人大常委会举行联组会议开展专题询问。\n\n';
  const read = async (body: string) => {
    const { parse } = await import('../../src/pipeline.js');
    const r = parse(INTRO + body);
    const name = (id: string) => r.people.find((p) => p.id === id)?.name;
    return r.questions.map((q) => ({ text: q.text, askers: q.askers.map(name), responders: q.responders.map(name), followUpOf: q.followUpOf, first: q.turns.find((t) => t.role === 'responder')?.text.slice(0, 5) }));
  };
  it('the question is the 询问内容, the answer opens at 答复内容; responders split at ；', async () => {
    const qs = await read('询问一\n询问人：省人大常委会委员 吴兴某\n应询人：省交通运输厅厅长 韦德某\n询问内容：请问省交通运输厅，如何提高农村公路建设质量？\n答复内容：我们将重点做好三个方面工作。\n\n'
      + '询问二\n询问人：省人大常委会委员 石明某\n应询人：省财政厅副厅长 罗春某；省交通运输厅厅长 韦德某\n询问内容：养护资金怎么保障？\n答复内容：\n省财政厅副厅长罗春某：补助标准提高到1500元。\n省交通运输厅厅长韦德某：推行路长制。\n\n'
      + '询问三（追问）\n询问人：省人大常委会委员 石明某\n应询人：省财政厅副厅长 罗春某\n询问内容：提高后的补助什么时候拨付到县？\n答复内容：今年6月底前全部下达。\n');
    expect(qs).toEqual([
      { text: '请问省交通运输厅，如何提高农村公路建设质量？', askers: ['吴兴某'], responders: ['韦德某'], followUpOf: null, first: '答复内容：' },
      { text: '养护资金怎么保障？', askers: ['石明某'], responders: ['罗春某', '韦德某'], followUpOf: null, first: '省财政厅副' },
      { text: '提高后的补助什么时候拨付到县？', askers: ['石明某'], responders: ['罗春某'], followUpOf: 2, first: '答复内容：' },
    ]);
  });
  it('leaves alone the block with the question first (询问人, 询问内容, 应询人, 答复内容)', async () => {
    const qs = await read('询问一\n询问人：县人大常委会委员 蓝振某\n询问内容：还有多少个村没有接入管网？\n应询人：县水利局局长 柯文某\n答复内容：还有37个村。\n');
    expect(qs).toEqual([{ text: '还有多少个村没有接入管网？', askers: ['蓝振某'], responders: ['柯文某'], followUpOf: null, first: '应询人：县' }]);
  });
});

describe('[field-label-events] the person\'s own 追问 in a field\'s value follows up (t56 #5)', () => {
  it.each<[string, string, string, boolean]>([
    ['追问 after the name', '询问人：区人大代表 黄立新追问：街巷长制有没有考核办法？', '区人大代表 黄立新', true],
    ['再追问 after the name', '询问人：区人大代表 黄立新再追问：考核结果公开吗？', '区人大代表 黄立新', true],
    ['(追问) after the name', '询问人：区人大代表 黄立新（追问）：考核结果公开吗？', '区人大代表 黄立新', true],
    ['control: the name\'s colon alone', '询问人：区人大代表 黄立新：街巷长制有没有考核办法？', '区人大代表 黄立新', false],
  ])('%s', (_name, text, whole, followUp) => {
    const view = normalize(text);
    const events: SpeechEvent[] = [];
    addFieldEvents(view, 0, view, mentionsOf(text, [whole]), events);
    expect(events.map((e) => [e.role, e.followUp])).toEqual([['asker', followUp]]);
  });
});
