import { describe, expect, it } from 'vitest';
import { resolveExchanges } from '../../src/structure/exchanges.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';
import { person } from '../helpers/mentions.js';
import { structureOf } from '../helpers/structure.js';
import { buildStructure } from '../../src/structure/build.js';

/**
 * The exchanges of `text`: 乙某's answer labelled 答(乙某): at its start, then 丙某's question labelled 问(丙某): —
 * what lies between the two labels is what the tests below are about.
 */
function exchangesOf(text: string) {
  const q = text.indexOf('问(');
  const events: SpeechEvent[] = [
    { mention: person('乙某', 2, false), role: 'responder', start: 0, anchor: 0, wordsStart: 6, kind: 'qa-label', followUp: false, named: true },
    { mention: person('丙某', q + 2, true), role: 'asker', start: q, anchor: q, wordsStart: q + 6, kind: 'qa-label', followUp: false, named: true },
  ];
  return resolveExchanges(normalize(text), events);
}


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

describe('[exchanges] a roll-call before labels of a surname and a title', () => {
  // Each row: the roll-call, then labelled turns "X委员:" / "X局长:" (no full name); how many events of the roll-call stay.
  it.each<[string, string, string, number]>([
    ['先后提问 / 到会应询', '委员曹立民、潘海东先后提问,局长韩志远到会应询。', '曹委员:水从哪里来?\n韩局长:新建水厂。', 0],
    ['进行询问 / 回答询问, a 副 title', '代表葛明华进行询问,副局长罗春燕回答询问。', '葛代表:水从哪里来?\n罗副局长:新建水厂。', 0],
    ['nobody of the roll-call speaks: kept', '委员曹立民提问,局长韩志远到会应询。', '邵委员:水从哪里来?\n梁局长:新建水厂。', 2],
    // the official alone speaks of those it names (the member who asks is not in it): read by any office's post, a
    // deputy's mark 常务副 too — a prefecture's, a township's, a banner's head, a station's
    ['局长', '委员曹立民提问,局长韩志远到会应询。', '邵委员:水从哪里来?\n韩局长:新建水厂。', 0],
    ['州长', '委员曹立民提问,州长吉克阿依到会应询。', '邵委员:路从哪里修?\n吉州长:明年通车。', 0],
    ['乡长', '委员曹立民提问,乡长覃海生到会应询。', '邵委员:医生从哪里来?\n覃乡长:今年招聘8名。', 0],
    ['旗长', '委员曹立民提问,旗长乌日根到会应询。', '邵委员:水从哪里来?\n乌旗长:新建水厂。', 0],
    ['站长', '委员曹立民提问,站长韦思远到会应询。', '邵委员:设备何时更新?\n韦站长:年底前。', 0],
    ['常务副区长', '委员曹立民提问,常务副区长黎向东到会应询。', '邵委员:车位从哪里来?\n黎常务副区长:新建2000个。', 0],
  ])('%s', (_name, intro, turns, kept) => {
    const text = `${intro}\n${turns}`;
    const view = normalize(text);
    const events: SpeechEvent[] = [];
    for (const m of intro.matchAll(/(?<=委员|代表|、)(\p{sc=Han}{3})(?=[、先进提])|(?<=长)(\p{sc=Han}{3,4}?)(?=[到回])/gu)) {
      const name = m[0];
      const asker = m[1] !== undefined;
      events.push({ mention: person(name, m.index, asker), role: asker ? 'asker' : 'responder', start: m.index, anchor: m.index, wordsStart: null, kind: 'reported', followUp: false });
    }
    for (const m of turns.matchAll(/^\p{sc=Han}((?:常务)?副?(?:委员|代表|局长|州长|乡长|旗长|站长|区长)):/gmu)) {
      const at = intro.length + 1 + m.index;
      const asker = m[1] === '委员' || m[1] === '代表';
      const mention = { ...person('', at, asker), name: null, nameSpan: null, title: m[1], titleSpan: [at + 1, at + 1 + m[1].length] as [number, number] };
      events.push({ mention, role: asker ? 'asker' : 'responder', start: at, anchor: at, wordsStart: at + m[0].length, kind: 'label', followUp: false });
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
    // A section number before it or a quoted catchword inside it leaves it a heading (heading-lines.ts, t69 p01/p03).
    ['a numbered heading (04 | …)', '04 | 管网改造如何推进', true],
    ['a numbered heading with a full-width bar', '04｜管网改造如何推进', true],
    ['a numbered heading (NO.1 …)', 'NO.1 管网改造如何推进', true],
    ['a quoted catchword inside', '管网改造“最后一公里”', true],
    ['a quoted catchword opening it', '“三小”行业如何规范提升', true],
    ['a number and a catchword with a 、 inside', '02 | 低级别文物“谁来看、谁来管”', true],
    ['a numbered question', '03 | 水价会不会上涨？', true],
    ['near-miss: a numbered sentence of the answer', '04 | 我们将加快推进，年底完成。', false],
    ['near-miss: a quoted catchword in a sentence', '我们将推行“一网通办”，年底完成。', false],
    ['near-miss: a year and a bar is no section number', '2023 | 管网改造', false],
  ])('%s', (_name, line, ends) => {
    const text = `答(乙某):新建水厂。\n\n${line}\n问(丙某):水价怎么定?`;
    const out = exchangesOf(text);
    const at = text.indexOf(line);
    expect(out.some((e) => e.role === 'narration' && e.start === at)).toBe(ends);
    expect(out.some((e) => e.subhead === true && e.start === at)).toBe(ends);
  });
});

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

describe('[exchanges] a member\'s 审议 remarks that ask nothing', () => {
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

describe('[exchanges] a member closing their own exchange, then the next member asks', () => {
  const ASKED = '苗某委员：请问市民政局，护理员缺口有多大？\n晏某：约800人。\n';
  const NEXT = '佟某委员：请问市财政局，资金何时到位？\n龚某：九月底前。';
  it.each<[string, string, string[]]>([
    ['好，谢谢', `${ASKED}苗某委员：好，谢谢。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'asker:苗某', 'asker:佟某', 'responder:龚某']],
    ['thanks by post', `${ASKED}苗某委员：好的，谢谢晏主任。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'asker:苗某', 'asker:佟某', 'responder:龚某']],
    ['satisfied', `${ASKED}苗某委员：谢谢晏主任的回答，我对回答满意。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'asker:苗某', 'asker:佟某', 'responder:龚某']],
    ['a last word on the answer', `${ASKED}苗某委员：我觉得进度还要再快一些。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'asker:苗某', 'asker:佟某', 'responder:龚某']],
    ['after a follow-up of theirs, answered', `${ASKED}苗某委员：什么时候补齐？\n晏某：明年。\n苗某委员：谢谢。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'asker:苗某', 'responder:晏某', 'asker:苗某', 'asker:佟某', 'responder:龚某']],
    // Another member's remarks after the answer, or remarks nobody asked before: a 审议 speech heading the next question.
    ['control: another member remarks after the answer', `${ASKED}柯某委员：我补充两点意见。一是待遇偏低；二是培训不足。\n${NEXT}`, ['asker:苗某', 'responder:晏某', 'narration:柯某', 'asker:佟某', 'responder:龚某']],
    ['control: remarks with no answer before', `苗某委员：我同意这个报告。\n${NEXT}`, ['narration:苗某', 'asker:佟某', 'responder:龚某']],
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

describe('[exchanges] a subhead before a question that opens on its quotation, or with no final punctuation', () => {
  // Each row: the answer's last line, the line between it and the next question, the question's line, and whether the
  // line is a subhead (a narration turn heading the question: the answer ends before it).
  it.each<[string, string, string, string, boolean]>([
    ['■ before a quotation first', '新建水厂。', '■ 水价怎么定', '“水价怎么定？”委员丙某问。', true],
    ['a bare phrase before a quotation first', '新建水厂。', '管网改造如何推进', '“管网怎么改？”委员丙某问。', true],
    ['a bare phrase before a label', '新建水厂。', '管网改造如何推进', '委员丙某问：“管网怎么改？”', true],
    ['◆ phrase before a quotation first', '新建水厂。', '◆农村供水', '“水价怎么定？”委员丙某追问。', true],
    ['a bare three-character phrase before a quotation first', '新建水厂。', '水价费', '“水价怎么定？”委员丙某追问。', true],
    ['a bare three-character phrase before a label', '新建水厂。', '停车难', '委员丙某问：“车位缺口多大？”', true],
    // An answer's line that is no subhead: an item of its list, thanks, a sentence, a line wrapped mid-sentence.
    ['the last item of an unpunctuated list', '主要做两件事：\n一是加快管网改造', '二是完善水价机制', '“水价怎么定？”委员丙某问。', false],
    ['a numbered item', '新建水厂。', '3.强化水质监测', '“水价怎么定？”委员丙某问。', false],
    ['thanks', '新建水厂。', '谢谢各位委员', '“水价怎么定？”委员丙某问。', false],
    ['a sentence', '新建水厂。', '我们将年底完工。', '“水价怎么定？”委员丙某问。', false],
    ['the rest of a wrapped sentence', '我们计划在年底前完成全县', '农村供水管网改造', '“水价怎么定？”委员丙某问。', false],
    ['a phrase with a pause', '新建水厂。', '管网，水价', '“水价怎么定？”委员丙某问。', false],
    ['two characters', '新建水厂。', '水价', '“水价怎么定？”委员丙某问。', false],
  ])('%s', (_name, last, line, question, heads) => {
    const text = `县水利局局长乙某：${last}\n\n${line}\n\n${question}`;
    const view = normalize(text);
    const q = text.indexOf(question);
    const quoteFirst = question.startsWith('“');
    const who = q + question.indexOf('丙某');
    const events: SpeechEvent[] = [
      { mention: person('乙某', 7, false), role: 'responder', start: 0, anchor: 0, wordsStart: 10, kind: 'label', followUp: false },
      quoteFirst
        ? { mention: person('丙某', who, true), role: 'asker', start: q, anchor: q, wordsStart: q + 1, kind: 'quote-first', followUp: false }
        : { mention: person('丙某', who, true), role: 'asker', start: q, anchor: q, wordsStart: q + 6, kind: 'label', followUp: false },
    ];
    const out = resolveExchanges(view, events);
    const at = text.indexOf(line);
    expect(out.some((e) => e.subhead === true && e.start === at)).toBe(heads);
  });

  it('a ■ subhead before a reported question opening its line heads it', () => {
    const text = '县水利局局长乙某说，新建水厂。\n\n■ 水价怎么定\n\n委员丙某就水价问题提问。\n\n县发展改革局局长丁某说，按成本定价。';
    const view = normalize(text);
    const q = text.indexOf('委员丙某');
    const r = text.indexOf('县发展改革局');
    const events: SpeechEvent[] = [
      { mention: person('乙某', 6, false), role: 'responder', start: 0, anchor: 0, wordsStart: null, kind: 'reported', followUp: false },
      { mention: person('丙某', q + 2, true), role: 'asker', start: q, anchor: q, wordsStart: null, kind: 'reported', followUp: false },
      { mention: person('丁某', r + 8, false), role: 'responder', start: r, anchor: r, wordsStart: null, kind: 'reported', followUp: false },
    ];
    const out = resolveExchanges(view, events);
    expect(out.some((e) => e.subhead === true && e.start === text.indexOf('■'))).toBe(true);
  });

  // Before the first question only a marked subhead (a bullet, corner brackets) heads it: a bare line there may be the headline's.
  it.each<[string, string, boolean]>([
    ['■ before the first question', '■ 水价怎么定', true],
    ['【…】 before the first question', '【水价怎么定】', true],
    ['a bare line before the first question', '农村供水专题询问', false],
    ['a photo caption before the first question', '▲图为询问现场', false],
  ])('%s', (_name, line, heads) => {
    const text = `白河县人大常委会开展专题询问。\n\n${line}\n\n“水价怎么定？”委员丙某问。\n\n县水利局局长乙某说，按成本定价。`;
    const view = normalize(text);
    const q = text.indexOf('“水价');
    const r = text.indexOf('县水利局局长乙某');
    const events: SpeechEvent[] = [
      { mention: person('丙某', text.indexOf('丙某'), true), role: 'asker', start: q, anchor: q, wordsStart: q + 1, kind: 'quote-first', followUp: false },
      { mention: person('乙某', r + 6, false), role: 'responder', start: r, anchor: r, wordsStart: null, kind: 'reported', followUp: false },
    ];
    const out = resolveExchanges(view, events);
    expect(out.some((e) => e.subhead === true && e.start === text.indexOf(line))).toBe(heads);
  });
});

describe('[exchanges] a responder\'s field giving way to his own label', () => {
  // Each row: a header block of fields, then the responder's label; the turns of the question as [role, text].
  it.each<[string, string, Array<[string, string]>]>([
    ['after a header\'s question', '问题一:县交通运输局如何推进农村公路养护?\n询问人:县人大常委会委员 甘丽娟\n应询人:县交通运输局局长 莫志坚\n莫志坚:今年养护里程480公里。',
      [['narration', '问题一:县交通运输局如何推进农村公路养护?\n'], ['asker', '询问人:县人大常委会委员 甘丽娟\n'], ['narration', '应询人:县交通运输局局长 莫志坚\n'], ['responder', '莫志坚:今年养护里程480公里。']]],
    ['before the asker\'s own label: one roster', '询问人:县人大常委会委员 甘丽娟\n应询人:县交通运输局局长 莫志坚\n甘丽娟:养护资金够不够?\n莫志坚:基本够用。',
      [['narration', '询问人:县人大常委会委员 甘丽娟\n应询人:县交通运输局局长 莫志坚\n'], ['asker', '甘丽娟:养护资金够不够?\n'], ['responder', '莫志坚:基本够用。']]],
    ['one field naming two responders, each answering under his own label', '询问人:县人大常委会委员 甘丽娟\n应询人:县交通运输局局长 莫志坚;县财政局副局长 韦丽芬\n甘丽娟:养护资金够不够?\n莫志坚:基本够用。\n韦丽芬:财政另安排200万元。',
      [['narration', '询问人:县人大常委会委员 甘丽娟\n应询人:县交通运输局局长 莫志坚;县财政局副局长 韦丽芬\n'], ['asker', '甘丽娟:养护资金够不够?\n'], ['responder', '莫志坚:基本够用。\n'], ['responder', '韦丽芬:财政另安排200万元。']]],
  ])('%s', (_name, record, expected) => {
    const s = structureOf(`某县人大常委会农村公路养护专题询问\n\n${record}`);
    expect(s.questions[0].turns.map((t) => [t.role, t.text])).toEqual(expected);
  });
});

describe('[exchanges] a clip shown right above a question opens it (the subhead over the clip, else the clip the member takes up)', () => {
  it.each<[string, string, string, string | null]>([
    ['a subhead over the clip', '▶ 视频提问二\n（播放视频）居民陈大爷：中心一直锁着门。\n', '中心怎么运营?', '▶'],
    ['the clip, taken up by the member', '（播放视频）居民陈大爷：中心一直锁着门。\n', '结合视频,中心怎么运营?', '（播放视频）'],
    ['two lines of clip, the member naming the 短片', '（播放视频）\n画外音：全县42个中心，运营的只有26个。\n', '刚才短片里的中心怎么运营?', '（播放视频）'],
    // Near miss: the member asks on with no word of the clip: it closes the exchange before, it opens nothing.
    ['the clip not taken up', '（播放视频）居民陈大爷：中心一直锁着门。\n', '中心怎么运营?', null],
  ])('%s', (_name, clip, words, opens) => {
    const text = `答(乙某):新建水厂。\n\n${clip}问(丙某):${words}`;
    const out = exchangesOf(text);
    expect(out.filter((e) => e.role === 'narration').map((e) => e.start)).toEqual(opens === null ? [] : [text.indexOf(opens)]);
  });

  it('no clip and no subhead: nothing opens the question but its asker', () => {
    const text = '答(乙某):新建水厂。\n\n问(丙某):中心怎么运营?';
    const out = exchangesOf(text);
    expect(out.some((e) => e.role === 'narration')).toBe(false);
  });
});

describe('[exchanges] members the chair calls to ask together', () => {
  const INTRO = '某市人大常委会开展专题询问。市人大常委会副主任华某某主持会议。\n';
  const ANSWER = '市市场监督管理局局长苗某某：已全部建档。\n';
  const askersOf = (text: string): string[][] => {
    const s = buildStructure({ text, view: normalize(text) });
    const name = new Map(s.people.map((p) => [p.id, p.name]));
    return s.questions.map((q) => q.askers.map((id) => name.get(id) ?? '?'));
  };
  it.each<[string, string, string[][]]>([
    ['A、B委员联合提问, A speaks', '华某某：首先请张丽、李强委员联合提问。\n张丽委员：我和李强委员想问市市场监督管理局，校园周边食品安全如何监管？\n', [['张丽', '李强']]],
    ['A委员和B代表共同提问', '华某某：下面请潘志刚委员和吕婷婷代表共同提问。\n潘志刚委员：请问市市场监督管理局，集体聚餐怎么管？\n', [['潘志刚', '吕婷婷']]],
    ['titled A、titled B联合询问', '华某某：请市人大常委会委员方敏、市人大代表施国栋联合询问。\n方敏委员：请问市市场监督管理局，网络订餐怎么治理？\n', [['方敏', '施国栋']]],
    // Near-miss: two members called in turn ask two questions; the second's later turn is their own question.
    ['both speak, each their own question', '华某某：请张丽、李强委员依次提问。\n张丽委员：请问市市场监督管理局，校园周边食品安全如何监管？\n' + ANSWER + '李强委员：请问市市场监督管理局，网络订餐怎么治理？\n', [['张丽'], ['李强']]],
  ])('%s', (_name, body, expected) => {
    expect(askersOf(INTRO + body + ANSWER)).toEqual(expected);
  });
});
