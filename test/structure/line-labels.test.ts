import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { findMentions } from '../../src/structure/speakers.js';
import { ownLineSpeakers } from '../../src/structure/line-labels.js';
import type { SpeakerMention, MentionForm } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** A hand-made mention of `whole` (title + name as written) at its n-th occurrence in `text`. */
function mention(text: string, whole: string, congress: boolean, form: MentionForm = 'title-name', nth = 0): SpeakerMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(whole, at + 1);
  return { span: [at, at + whole.length], form, name: whole, nameSpan: [at, at + whole.length], title: null, titleSpan: null, organization: null, congress };
}

type Row = [string, string, Array<[string, boolean, MentionForm?]>, Array<[string, string, string]>];

describe('[line-labels] several people before one colon, a speaker alone on a line', () => {
  it.each<Row>([
    // Several people named before one colon: each speaks the words after it.
    ['two askers named before one label colon', '常委会委员　马永福、市人大代表　郑丽：审理周期较长，有何举措？\n市某院院长　黄某：将繁简分流。', [['常委会委员　马永福', true], ['市人大代表　郑丽', true], ['市某院院长　黄某', false]], [['asker', 'label', '常委会委员'], ['asker', 'label', '市人大代表'], ['responder', 'label', '市某院院长']]],
    ['two officials named before 答:', '市某局局长甲某和副局长乙某答:将加强监管。', [['市某局局长甲某', false], ['副局长乙某', false]], [['responder', 'label', '市某局局长'], ['responder', 'label', '副局长']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const mentions = ms.map(([w, c, f]) => mention(text, w, c, f));
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.map((e) => [e.role, e.kind, text.slice(e.start, e.start + expected[events.indexOf(e)]?.[2].length)])).toEqual(expected);
  });

  it('a titled name alone on its line, the words quoted in the next paragraph: a label without a colon', () => {
    const text = '州卫生健康局局长　潘某某\n\n“我们将分三步推进。”\n\n州财政局副局长　罗某某\n\n“我补充一点资金方面的情况。”';
    const view = normalize(text);
    const titled = (whole: string, title: string, congress: boolean): SpeakerMention => ({ ...mention(text, whole, congress), name: whole.slice(title.length + 1), title });
    const events = findSpeechEvents(view, 0, view.length, [titled('州卫生健康局局长　潘某某', '州卫生健康局局长', false), titled('州财政局副局长　罗某某', '州财政局副局长', false)]);
    expect(events.map((e) => [e.role, e.kind, text.slice(e.wordsStart!, e.wordsStart! + 3)])).toEqual([['responder', 'label', '“我们'], ['responder', 'label', '“我补']]);
  });

  // A speaker line whose colon was lost (the bold of a WeChat post or a gazette): the next
  // paragraph is the speech when it holds a sentence; a list of names or a subhead is none.
  it.each<[string, string, Array<[string, string, boolean]>, Array<[string, string] | [string, string, boolean]>]>([
    ['unquoted words after a titled name', '州财政局副局长　罗某某\n今年安排资金1.2亿元。', [['州财政局副局长　罗某某', '州财政局副局长', false]], [['responder', '今年安']]],
    ['a member, then an official, each on a line of its own', '县人大常委会委员 鲍某某\n请问县水利局,山塘整治何时完成?\n县水利局局长 闵某某\n年底前完成。', [['县人大常委会委员 鲍某某', '县人大常委会委员', true], ['县水利局局长 闵某某', '县水利局局长', false]], [['asker', '请问县'], ['responder', '年底前']]],
    ['name then title on its line', '闵某某局长\n\n我们将分两批完成。', [['闵某某局长', '局长', false]], [['responder', '我们将']]],
    ['a member\'s words announcing a follow-up', '县人大常委会委员 鲍某某\n我再追问一下,资金何时到位?', [['县人大常委会委员 鲍某某', '县人大常委会委员', true]], [['asker', '我再追', true]]],
    ['a list of attendees is no label', '州财政局副局长　罗某某\n州民政局副局长　蓝某某', [['州财政局副局长　罗某某', '州财政局副局长', false], ['州民政局副局长　蓝某某', '州民政局副局长', false]], []],
    ['the last of a list of names is no label', '出席人员:\n县人大常委会主任 鲍某某\n县人大常委会副主任 闵某某\n会议听取了县政府的报告。', [['县人大常委会主任 鲍某某', '县人大常委会主任', true], ['县人大常委会副主任 闵某某', '县人大常委会副主任', true]], []],
    // a lead-in to a list on the lines after it is words too; a short field name is none
    ['words opening on a lead-in to a list', '县水利局局长 闵某某\n主要从三个方面推进:\n①清淤;\n②加固。', [['县水利局局长 闵某某', '县水利局局长', false]], [['responder', '主要从']]],
    ['a field name after the name is no label', '县人大常委会主任 鲍某某\n列席人员:\n县水利局局长 闵某某', [['县人大常委会主任 鲍某某', '县人大常委会主任', true], ['县水利局局长 闵某某', '县水利局局长', false]], []],
    ['a subhead without a sentence after it is no label', '州财政局副局长　罗某某\n资金保障', [['州财政局副局长　罗某某', '州财政局副局长', false]], []],
    ['a name ending a line of narration is no label', '出席会议的有州财政局副局长　罗某某\n今年安排资金1.2亿元。', [['州财政局副局长　罗某某', '州财政局副局长', false]], []],
  ])('a titled name alone on its line: %s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const titled = ms.map(([whole, title, congress]) => ({ ...mention(text, whole, congress), name: whole.startsWith(title) ? whole.slice(title.length).trim() : whole.slice(0, whole.length - title.length), title }));
    const events = findSpeechEvents(view, 0, view.length, titled);
    expect(events.map((e, i) => (expected[i]?.length === 3 ? [e.role, text.slice(e.wordsStart!, e.wordsStart! + 3), e.followUp] : [e.role, text.slice(e.wordsStart!, e.wordsStart! + 3)]))).toEqual(expected);
  });
});

describe('[line-labels] bare names on the lines of later turns, once a label on its own line has titled them', () => {
  const events = (text: string) => {
    const pair = { text, view: normalize(text) };
    return findSpeechEvents(pair.view, 0, text.length, findMentions(pair)).map((e) => [e.role, e.wordsStart === null ? null : text.slice(e.wordsStart, e.wordsStart + 3)]);
  };

  it.each<[string, string, Array<[string, string | null]>]>([
    ['the asker and the official named bare at their second turns',
      '东方晓（区人大代表）\n请问老旧小区改造完成了多少？\n\n南宫勇（副区长）\n已完成86个。\n\n东方晓\n还有一个问题，资金从哪里来？\n\n南宫勇\n区财政安排1.2亿元。',
      [['asker', '请问老'], ['responder', '已完成'], ['asker', '还有一'], ['responder', '区财政']]],
    ['name-first labels with a space, then bare names',
      '东方晓　区人大代表\n请问老旧小区改造完成了多少？\n\n南宫勇　副区长\n已完成86个。\n\n东方晓\n资金从哪里来？\n\n南宫勇\n区财政安排。',
      [['asker', '请问老'], ['responder', '已完成'], ['asker', '资金从'], ['responder', '区财政']]],
    ['the chair named in a 主持人 field: its line does not make the first label the end of a list of names',
      '主持人：区人大常委会主任西门平\n\n东方晓（区人大代表）\n请问老旧小区改造完成了多少？\n\n西门平\n请南宫副区长回答。\n\n南宫勇（副区长）\n已完成86个。',
      [['narration', '区人大'], ['asker', '请问老'], ['narration', '请南宫'], ['responder', '已完成']]],
    ['the chair named in a 主持人 field without a title',
      '主持人：西门平\n\n东方晓（区人大代表）\n请问老旧小区改造完成了多少？\n\n西门平\n请南宫副区长回答。\n\n南宫勇（副区长）\n已完成86个。',
      [['narration', '西门平'], ['asker', '请问老'], ['narration', '请南宫'], ['responder', '已完成']]],
  ])('%s', (_name, text, want) => {
    expect(events(text)).toEqual(want);
  });

  it.each([
    ['no label stands on its own line', '区人大代表东方晓说，改造进度偏慢。\n\n东方晓\n资金从哪里来？'],
    ['the bare name comes before the label that titles it', '东方晓\n资金从哪里来？\n\n东方晓（区人大代表）\n请问改造完成了多少？'],
  ])('a bare name alone on its line is no label when %s', (_name, text) => {
    const at = text.indexOf('东方晓\n');
    const pair = { text, view: normalize(text) };
    expect(findSpeechEvents(pair.view, 0, text.length, findMentions(pair)).some((e) => e.start === at)).toBe(false);
  });

  it('ownLineSpeakers: the titled people of labels alone on their lines (and of the chair field), none without such a label', () => {
    const speakers = (text: string) => [...ownLineSpeakers(normalize(text), findMentions({ text, view: normalize(text) })).keys()];
    expect(speakers('主持人：区人大常委会主任西门平\n\n东方晓（区人大代表）\n请问？\n南宫勇　副区长：\n已完成。')).toEqual(['西门平', '东方晓', '南宫勇']);
    expect(speakers('主持人：西门平\n\n东方晓（区人大代表）\n请问？')).toEqual(['西门平', '东方晓']);
    expect(speakers('主持人：区人大常委会主任西门平\n区人大代表东方晓说，改造进度偏慢。')).toEqual([]);
  });
});
