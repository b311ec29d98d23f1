import { describe, expect, it } from 'vitest';
import { resolveExchanges } from '../../src/structure/exchanges.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

const person = (name: string, at: number, congress: boolean): SpeakerMention => ({
  span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress,
});

describe('[exchanges] names inside an asker\'s labelled words', () => {
  // Each row: the label line, the reported mention inside it (role), and whether it keeps its own turn.
  it.each<[string, string, string, 'asker' | 'responder', boolean]>([
    ['an official answering right after the question mark', '程某追问:水费如何收缴? 全某回答说,将推行阶梯水价。', '全某', 'responder', true],
    ['an official named before the question mark is spoken about', '程某追问:全某说的阶梯水价何时推行?', '全某', 'responder', false],
    ['another member after the question mark is still inside the words', '程某追问:水费如何收缴? 王某也问过。', '王某', 'asker', false],
  ])('%s', (_name, text, name, role, kept) => {
    const view = normalize(text);
    const at = text.indexOf(name, 3);
    const events: SpeechEvent[] = [
      { mention: person('程某', 0, true), role: 'asker', start: 0, anchor: 0, wordsStart: 5, kind: 'label', followUp: true },
      { mention: person(name, at, role === 'asker'), role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false },
    ];
    expect(resolveExchanges(view, events).length).toBe(kept ? 2 : 1);
  });
});

describe('[exchanges] resolving events into turns', () => {
  it('a moderator call gives way to the called person\'s label, with the call\'s role', () => {
    const text = '主持人:请欧阳振宇委员询问。\n欧阳振宇:群众反映看病贵。';
    const view = normalize(text);
    const at = text.indexOf('欧阳振宇:');
    const events: SpeechEvent[] = [
      { mention: person('欧阳振宇', text.indexOf('欧阳振宇'), true), role: 'asker', start: at - 1, anchor: 4, wordsStart: null, kind: 'moderator', followUp: false },
      { mention: person('欧阳振宇', at, false), role: 'responder', start: at, anchor: at, wordsStart: at + 5, kind: 'label', followUp: false, guessed: true },
    ];
    expect(resolveExchanges(view, events).map((e) => [e.kind, e.role])).toEqual([['label', 'asker']]);
  });

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

  it('names inside a labelled turn are spoken about', () => {
    const text = '邵华:宁海涛委员提的问题很重要。';
    const view = normalize(text);
    const events: SpeechEvent[] = [
      { mention: person('邵华', 0, false), role: 'responder', start: 0, anchor: 0, wordsStart: 3, kind: 'label', followUp: false },
      { mention: person('宁海涛', 3, true), role: 'asker', start: 3, anchor: 3, wordsStart: null, kind: 'reported', followUp: false },
    ];
    expect(resolveExchanges(view, events).map((e) => e.mention?.name)).toEqual(['邵华']);
  });

  it('a named moderator calling on someone speaks narration', () => {
    const text = '市人大常委会副主任王某某:下面请李某委员询问。';
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: person('王某某', 10, true), role: 'asker', start: 0, anchor: 0, wordsStart: 14, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => [e.role, e.mention])).toEqual([['narration', null]]);
  });

  it.each<[string, string, 'narration' | 'asker']>([
    ['opening the inquiry', '蒲某某(市人大常委会副主任):同志们,今天我们开展专题询问。下面开始询问。', 'narration'],
    ['closing the inquiry', '蒲某某(市人大常委会副主任):询问到此结束。我讲两点意见:一要抓整改,二要抓督办。散会。', 'narration'],
    ['closing: 询问就到这里', '蒲某某:今天的询问就到这里。感谢各位。', 'narration'],
    ['closing in three words', '蒲某某:询问结束。请市政府认真研究。', 'narration'],
    ['a question after the opening words is asked', '蒲某某(市人大常委会副主任):下面开始询问。我先问一个问题,资金缺口有多大?', 'asker'],
    ['an ordinary question', '蒲某某(市人大常委会副主任):资金缺口有多大?', 'asker'],
    // a line that only shows a clip (问政): the moderator's, whoever speaks it
    ['showing a clip', '蒲某某:下面请看第二段暗访短片。', 'narration'],
    ['showing a clip to all', '蒲某某:请大家观看专题片。', 'narration'],
    ['words after the clip ask', '蒲某某:请看一段视频。视频里的问题谁来管?', 'asker'],
    ['words going on past the clip', '蒲某某:请大家看一段视频,这是我们暗访时拍到的,问题确实严重,资金缺口有多大', 'asker'],
  ])('a label whose words open or close the inquiry is the moderator\'s: %s', (_name, text, role) => {
    const view = normalize(text);
    const words = text.indexOf(':') + 1;
    const events: SpeechEvent[] = [{ mention: person('蒲某某', 0, true), role: 'asker', start: 0, anchor: 0, wordsStart: words, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => e.role)).toEqual([role]);
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

describe('[exchanges] a member who opens by naming who should answer', () => {
  // Each row: the member's labelled words, and the role their turn keeps (narration: a call handing over the floor).
  it.each<[string, string, 'asker' | 'narration']>([
    ['请X回答, then the question', '请市住房和城乡建设局回答。老旧小区改造还剩多少个?', 'asker'],
    ['第N个问题请X回答, then the question', '第二个问题请市水务局回答。管网漏损率为什么居高不下?', 'asker'],
    ['我想请X回答, the question in the same sentence', '我想请市医保局回答,异地就医结算什么时候全覆盖?', 'asker'],
    ['a 请问 after the request', '请市农业农村局回答。请问撂荒地复耕了多少亩。', 'asker'],
    ['asking with no question mark, the request going on past the call', '请市住房和城乡建设局回答一下老旧小区改造的进展情况。', 'asker'],
    ['only handing over the floor', '下面请市住房和城乡建设局回答。', 'narration'],
    ['only handing over the floor (回答一下)', '请市住房和城乡建设局回答一下。', 'narration'],
    ['only calling the next member', '下面请方志诚委员询问。', 'narration'],
  ])('%s', (_name, words, role) => {
    const text = `市人大常委会委员葛文秀:${words}`;
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: { ...person('葛文秀', 8, true), title: '市人大常委会委员' }, role: 'asker', start: 0, anchor: 0, wordsStart: 12, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => e.role)).toEqual([role]);
  });

  it('an official who hands the question on asks nothing', () => {
    const text = '市水务局局长韦德川:这个问题请分管副局长回答,管网改造进度如何?';
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: person('韦德川', 6, false), role: 'responder', start: 0, anchor: 0, wordsStart: 10, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => e.role)).toEqual(['narration']);
  });
});

describe('[exchanges] an official of the answering side who only passes the floor', () => {
  // Each row: the label's mention (title, organization, congress), whether that name presides, and the role the turn keeps.
  const official = { title: '州水利局局长', organization: '州水利局' };
  it.each<[string, Partial<SpeakerMention>, boolean, 'responder' | 'narration']>([
    ['a titled official hands on to a colleague: still a responder', official, false, 'responder'],
    ['an official named only by organization ("州水利局 韦某:")', { organization: '州水利局' }, false, 'responder'],
    ['a leader of the congress handing over is the moderator', { title: '州人大常委会副主任', organization: '州人大常委会', congress: true }, false, 'narration'],
    ['the one presiding is the moderator, whatever the title', official, true, 'narration'],
    ['a name never titled is not known to be an official', {}, false, 'narration'],
  ])('%s', (_name, fields, presiding, role) => {
    const text = '韦德川:这个问题请州财政局柯副局长回答。';
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: { ...person('韦德川', 0, false), ...fields }, role: 'responder', start: 0, anchor: 0, wordsStart: 4, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events, new Set(presiding ? ['韦德川'] : [])).map((e) => [e.role, e.mention?.name ?? null])).toEqual([[role, role === 'responder' ? '韦德川' : null]]);
  });

  it('a bare label of an official titled elsewhere (the roll call) is a responder', () => {
    const text = '到会的有州水利局局长韦德川。\n韦德川:这个问题请州财政局柯副局长回答。';
    const view = normalize(text);
    const at = text.indexOf('韦德川:');
    const events: SpeechEvent[] = [
      { mention: { ...person('韦德川', 10, false), title: '州水利局局长', organization: '州水利局' }, role: 'responder', start: 5, anchor: 5, wordsStart: null, kind: 'reported', followUp: false },
      { mention: person('韦德川', at, false), role: 'responder', start: at, anchor: at, wordsStart: at + 4, kind: 'label', followUp: false },
    ];
    expect(resolveExchanges(view, events).filter((e) => e.kind === 'label').map((e) => [e.role, e.mention?.name ?? null])).toEqual([['responder', '韦德川']]);
  });
});

describe('[exchanges] the introduction\'s roll-call before labelled turns', () => {
  // Each row: the roll-call sentence naming 甲某 (asks) and 乙某 (answers), then their labelled turns; how many events of the roll-call stay.
  it.each<[string, string, string, number]>([
    ['提问 / 回答询问', '委员甲某提问,局长乙某回答询问。', '甲某问:水从哪里来?\n乙某答:新建水厂。', 0],
    ['分别提问 / 到会应询', '委员甲某分别提问,局长乙某到会应询。', '甲某问:水从哪里来?\n乙某答:新建水厂。', 0],
    ['就…进行提问 / 作答', '委员甲某就饮水安全进行提问,局长乙某作答。', '委员甲某:水从哪里来?\n局长乙某:新建水厂。', 0],
    ['a reported question with its words is no roll-call', '委员甲某问道,水从哪里来?', '局长乙某:新建水厂。\n甲某问:何时完工?\n乙某答:年底。', 1],
    ['an answer reported with its words before the first label: an exchange, all kept', '委员甲某就此提问,局长乙某回应称,将新建水厂。', '甲某问:水从哪里来?\n乙某答:新建水厂。', 2],
    ['one who never speaks through a label keeps the reported turn', '委员甲某提问,局长乙某回答询问。', '丙某问:水从哪里来?\n丁某答:新建水厂。', 2],
    ['an official listed who never speaks: still a roll-call, when another it names does', '委员甲某提问,局长乙某到会应询。', '甲某问:水从哪里来?\n丁某答:新建水厂。', 0],
  ])('%s', (_name, intro, turns, kept) => {
    const text = `${intro}\n${turns}`;
    const view = normalize(text);
    const events: SpeechEvent[] = [];
    const a = text.indexOf('甲某');
    const b = text.indexOf('乙某');
    if (a < intro.length) events.push({ mention: person('甲某', a, true), role: 'asker', start: a, anchor: a, wordsStart: null, kind: 'reported', followUp: false });
    if (b < intro.length) events.push({ mention: person('乙某', b, false), role: 'responder', start: b, anchor: b, wordsStart: null, kind: 'reported', followUp: false });
    for (const m of turns.matchAll(/^(?:委员|局长)?([甲乙丙丁]某)(问|答)?:/gmu)) {
      const at = intro.length + 1 + m.index;
      const name = m[1];
      const nameAt = at + m[0].indexOf(name);
      events.push({ mention: person(name, nameAt, name === '甲某' || name === '丙某'), role: name === '甲某' || name === '丙某' ? 'asker' : 'responder', start: at, anchor: at, wordsStart: at + m[0].length, kind: 'label', followUp: false });
    }
    const out = resolveExchanges(view, events);
    expect(out.filter((e) => e.start < intro.length).length).toBe(kept);
  });
});

describe('[exchanges] an editor\'s note over the 实录', () => {
  // Each row: the note's paragraph, holding a quoted 村民问 (an asker event) and maybe an official's words (a responder event), then labelled turns; how many of the note's events stay.
  it.each<[string, string, number]>([
    ['编者按: on the line', '编者按:会前,一位村民问:“我们村什么时候通水?”本报刊发实录。', 0],
    ['编者按 alone on its line', '编者按\n会前,一位村民问:“我们村什么时候通水?”', 0],
    ['【编者按】', '【编者按】会前,一位村民问:“我们村什么时候通水?”', 0],
    ['an introduction of the report\'s own keeps its turns', '会前,一位村民问:“我们村什么时候通水?”', 1],
  ])('%s', (_name, note, kept) => {
    const turns = '问(甲某):水从哪里来?\n答(乙某):新建水厂。';
    const text = `${note}\n\n${turns}`;
    const view = normalize(text);
    const q = text.indexOf('一位村民');
    const at = note.length + 2;
    const events: SpeechEvent[] = [
      { mention: null, role: 'asker', start: q, anchor: q, wordsStart: q + 7, kind: 'label', followUp: false },
      { mention: person('甲某', at + 2, true), role: 'asker', start: at, anchor: at, wordsStart: at + 6, kind: 'qa-label', followUp: false, named: true },
      { mention: person('乙某', text.indexOf('乙某'), false), role: 'responder', start: text.indexOf('答('), anchor: text.indexOf('答('), wordsStart: text.indexOf('答(') + 6, kind: 'qa-label', followUp: false, named: true },
    ];
    expect(resolveExchanges(view, events).filter((e) => e.start < note.length).length).toBe(kept);
  });
});

describe('[exchanges] a responder\'s field line after the question', () => {
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

describe('[exchanges] a newspaper subhead between an answer and the next question', () => {
  // Each row: the line between 答 and the next 问, and whether it ends the answer (a narration turn of its own,
  // marked as a subhead: it heads the next question, sections.ts).
  it.each<[string, string, boolean]>([
    ['■ and a question', '■水价会不会上涨？', true],
    ['◆ and a phrase', '◆ 管网改造', true],
    ['【…】 alone on its line', '【水价会不会上涨】', true],
    ['a bare short question alone on its line', '水价会不会上涨？', true],
    ['a bare question of a few words', '钱从哪里来？', true],
    ['a sentence of the answer', '我们将加快推进。', false],
    ['a bullet holding a sentence', '■我们将加快推进，年底完成。', false],
    ['a rhetorical question, then more of the answer', '怎么办？我们将分步推进。', false],
    ['a question the answer puts to the member', '您看这样行吗？', false],
    ['a question of the answer, with a pause', '为什么慢，原因在哪里？', false],
    ['a long question is a sentence, not a subhead', '全县农村供水工程的水价到底会不会随着成本上涨而调整？', false],
  ])('%s', (_name, line, ends) => {
    const text = `答(乙某):新建水厂。\n\n${line}\n问(丙某):水价怎么定?`;
    const view = normalize(text);
    const q = text.indexOf('问(');
    const events: SpeechEvent[] = [
      { mention: person('乙某', 2, false), role: 'responder', start: 0, anchor: 0, wordsStart: 6, kind: 'qa-label', followUp: false, named: true },
      { mention: person('丙某', q + 2, true), role: 'asker', start: q, anchor: q, wordsStart: q + 6, kind: 'qa-label', followUp: false, named: true },
    ];
    const out = resolveExchanges(view, events);
    const at = text.indexOf(line);
    expect(out.some((e) => e.role === 'narration' && e.start === at)).toBe(ends);
    expect(out.some((e) => e.subhead === true && e.start === at)).toBe(ends);
  });
});

describe('[exchanges] both fields announced on one line', () => {
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

describe('[exchanges] a member\'s 审议 remarks that ask nothing', () => {
  /** One label event per line "NAME委员:…" (asker) or "NAME:…" (responder); the roles read after resolving. */
  function roles(text: string): string[] {
    const view = normalize(text);
    const events: SpeechEvent[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const colon = line.indexOf('：');
      if (colon > 0) {
        const member = line.slice(0, colon).endsWith('委员');
        const name = member ? line.slice(0, colon - 2) : line.slice(0, colon);
        events.push({ mention: person(name, at, member), role: member ? 'asker' : 'responder', start: at, anchor: at, wordsStart: at + colon + 1, kind: 'label', followUp: false });
      }
      at += line.length + 1;
    }
    return resolveExchanges(view, events).map((e) => `${e.role}:${e.mention?.name ?? ''}`);
  }
  it.each<[string, string, string[]]>([
    ['remarks, then another member asks: a speech', '苗某委员：我同意这个报告。建议：1.加大投入；2.加强培训。\n佟某委员：我想问市卫健委，医生缺口有多大？\n晏某：约1200人。',
      ['narration:苗某', 'asker:佟某', 'responder:晏某']],
    ['remarks with 一是/二是 opinions, then another member asks', '苗某委员：我谈两点意见。一是进度偏慢；二是资金分散。\n佟某委员：请问市财政局，资金何时到位？\n晏某：九月底前。',
      ['narration:苗某', 'asker:佟某', 'responder:晏某']],
    ['control: remarks ending in a question are a question', '苗某委员：我同意这个报告。另外想问一下市民政局，床位够不够？\n佟某委员：我补充一句，资金也要跟上。\n晏某：够。',
      ['asker:苗某', 'asker:佟某', 'responder:晏某']],
    ['control: remarks followed by an answer are a question (the answer says so)', '苗某委员：护理员待遇偏低，流失严重。\n晏某：我们将提高补贴标准。',
      ['asker:苗某', 'responder:晏某']],
    ['control: a call on an office to answer asks', '苗某委员：请市民政局回答一下护理员流失的情况。\n佟某委员：资金何时到位？\n晏某：九月底前。',
      ['asker:苗某', 'asker:佟某', 'responder:晏某']],
    ['control: 想了解 asks (members asking in turn)', '苗某委员：我想了解一下护理员培训的情况。\n佟某委员：资金何时到位？\n晏某：九月底前。',
      ['asker:苗某', 'asker:佟某', 'responder:晏某']],
    ['control: an office addressed (希望…局) asks', '苗某委员：护理员流失严重，希望市民政局拿出办法。\n佟某委员：资金何时到位？\n晏某：九月底前。',
      ['asker:苗某', 'asker:佟某', 'responder:晏某']],
    ['control: the same member again', '苗某委员：我同意这个报告。\n苗某委员：资金何时到位？\n晏某：九月底前。',
      ['asker:苗某', 'asker:苗某', 'responder:晏某']],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe('[exchanges] a member\'s 审议 remarks head the next question', () => {
  it('the next member\'s question opens at the remarks (a narration turn of it)', () => {
    const text = '苗某委员：我同意这个报告。\n佟某委员：资金何时到位？\n晏某：九月底前。';
    const view = normalize(text);
    const b = text.indexOf('佟某');
    const c = text.indexOf('晏某');
    const events: SpeechEvent[] = [
      { mention: person('苗某', 0, true), role: 'asker', start: 0, anchor: 0, wordsStart: 5, kind: 'label', followUp: false },
      { mention: person('佟某', b, true), role: 'asker', start: b, anchor: b, wordsStart: b + 5, kind: 'label', followUp: false },
      { mention: person('晏某', c, false), role: 'responder', start: c, anchor: c, wordsStart: c + 3, kind: 'label', followUp: false },
    ];
    expect(resolveExchanges(view, events).map((e) => [e.role, e.start, e.anchor])).toEqual([['narration', 0, 0], ['asker', b, 0], ['responder', c, c]]);
  });
});
