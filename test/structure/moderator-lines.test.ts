import { describe, expect, it } from 'vitest';
import { resolveExchanges } from '../../src/structure/exchanges.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { person } from '../helpers/mentions.js';


describe('[moderator-lines] names inside an asker\'s labelled words', () => {
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

describe('[moderator-lines] labelled turns and the moderator\'s lines', () => {
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
});

describe('[moderator-lines] a member who opens by naming who should answer', () => {
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

describe('[moderator-lines] a member\'s one-sentence question ending in a call for its answer', () => {
  // Each row: the labelled words, the label's title, and the role the turn keeps. Under a member's post (委员, 代表) a
  // clause naming a matter before ",请X回答" is the member's question; the congress's leaders hand over the floor.
  it.each<[string, string, string, 'asker' | 'narration']>([
    ['a matter, then 请X回答', '河道清淤资金闲置,请县水利局回答。', '县人大常委会委员', 'asker'],
    ['a question word, then 请X回答', '乡村医生待遇问题如何解决,请县卫健局回答。', '县人大常委会委员', 'asker'],
    ['two departments, 分别作答', '保障房空置率偏高,请县住建局和县财政局分别作答。', '市人大代表', 'asker'],
    ['请二位分别回答', '校车安全隐患较多,请二位分别回答。', '委员', 'asker'],
    ['请X负责同志回答一下', '物业专项维修资金沉睡,请县住建局负责同志回答一下。', '委员', 'asker'],
    ['我想请X答复', '农贸市场改造一拖再拖,我想请县商务局答复。', '代表', 'asker'],
    ['a leader handing over after a courtesy', '谢谢翁委员,请县水利局回答。', '县人大常委会副主任', 'narration'],
    ['a leader handing over with a matter before', '关于河道清淤,请县水利局回答。', '县人大常委会副主任', 'narration'],
    ['a member\'s courtesy only, then the call', '谢谢主任,请县水利局回答。', '县人大常委会委员', 'narration'],
    ['a member\'s sequence word only, then the call', '下面,请县水利局回答。', '县人大常委会委员', 'narration'],
    ['a committee\'s 主任委员, a member too', '河道清淤资金闲置,请县水利局回答。', '县人大常委会财经委主任委员', 'asker'],
    ['a member of the standing committee (组成人员)', '河道清淤资金闲置,请县水利局回答。', '县人大常委会组成人员', 'asker'],
    ['a deputy whose last post is outside the congress', '村卫生室药品短缺,请县卫健局回答。', '县人大代表、石桥镇卫生院院长', 'asker'],
    ['a member who is also the standing committee\'s 秘书长 (who may preside)', '关于河道清淤,请县水利局回答。', '县人大常委会委员、秘书长', 'narration'],
    ['a reference back to the question put before', '关于这个问题,请县水利局回答。', '县人大常委会委员', 'narration'],
    ['刚才的问题, handed on', '刚才的问题,请县水利局作答。', '县人大常委会委员', 'narration'],
  ])('%s', (_name, words, title, role) => {
    const text = `${title}卜青山:${words}`;
    const view = normalize(text);
    const at = title.length;
    const office = /(?:主任委员|副主任|委员|代表|组成人员|院长|秘书长)$/u.exec(title)![0];
    const events: SpeechEvent[] = [{ mention: { ...person('卜青山', at, true), title, office }, role: 'asker', start: 0, anchor: 0, wordsStart: at + 4, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => e.role)).toEqual([role]);
  });
});

describe('[moderator-lines] a bare-name label that opens by naming who should answer', () => {
  // Each row: the words under a bare name (no title, not known to preside), and the role the turn keeps.
  it.each<[string, string, 'asker' | 'narration']>([
    ['首先请X回答, then the question', '首先请县教育局回答。农村学校撤并了多少所?', 'asker'],
    ['请X回答, then the question', '请市水务局回答。管网漏损率为什么居高不下?', 'asker'],
    ['请X局长作答, then the question', '请卢局长作答,旧改资金缺口有多大?', 'asker'],
    ['only handing over the floor', '下面请县教育局回答。', 'narration'],
    ['calling the next member, with a question mark after', '请下一位委员提问。还有没有委员要提问?', 'narration'],
  ])('%s', (_name, words, role) => {
    const text = `邹明远:${words}`;
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: person('邹明远', 0, false), role: 'asker', start: 0, anchor: 0, wordsStart: 4, kind: 'label', followUp: false, guessed: true }];
    expect(resolveExchanges(view, events).map((e) => e.role)).toEqual([role]);
  });
});

describe('[moderator-lines] an official of the answering side who only passes the floor', () => {
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

describe('[moderator-lines] a label ending its line: the words on the next', () => {
  it.each<[string, string, Array<[string, string | null]>]>([
    // The moderator's call on the next line is read as a call: narration.
    ['a call under a label ending its line', '王某某:\n下面请李某委员询问。', [['narration', null]]],
    ['opening words under a label ending its line', '王某某:\n下面开始专题询问。', [['narration', null]]],
    // A member's question on the next line stays a question.
    ['a question under a label ending its line', '王某某:\n请问市水务局,管网何时完工?', [['asker', '王某某']]],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const events: SpeechEvent[] = [{ mention: person('王某某', 0, true), role: 'asker', start: 0, anchor: 0, wordsStart: 4, kind: 'label', followUp: false }];
    expect(resolveExchanges(view, events).map((e) => [e.role, e.mention?.name ?? null])).toEqual(expected);
  });

  it('names on the next line are the label\'s words, spoken about', () => {
    const text = '邵华:\n宁海涛委员提的问题很重要。';
    const view = normalize(text);
    const events: SpeechEvent[] = [
      { mention: person('邵华', 0, false), role: 'responder', start: 0, anchor: 0, wordsStart: 3, kind: 'label', followUp: false },
      { mention: person('宁海涛', 4, true), role: 'asker', start: 4, anchor: 4, wordsStart: null, kind: 'reported', followUp: false },
    ];
    expect(resolveExchanges(view, events).map((e) => e.mention?.name)).toEqual(['邵华']);
  });
});
