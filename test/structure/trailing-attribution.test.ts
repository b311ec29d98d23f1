import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { attributedFrom } from '../../src/structure/trailing-attribution.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

/** The events of `text` read with its own mentions: role, kind, speaker's name, the first words of the turn. */
function events(text: string): Array<[string, string, string | null, string]> {
  const view = normalize(text);
  const ms = findMentions({ text, view });
  return findSpeechEvents(view, 0, view.length, ms).map((e) => [e.role, e.kind, e.mention?.name ?? null, text.slice(e.start, e.start + 4)]);
}

describe('[trailing-attribution] words attributed in brackets (or after a dash) closing the paragraph', () => {
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
    ['a quoted question, the member in brackets', '“请问州农业农村局,高标准农田建后谁来管?”（州人大常委会委员 覃某某）\n\n州农业农村局局长黎某某回答说,将建立管护制度。',
      [['asker', 'quote-first', '覃某某', '“请问州'], ['responder', 'reported', '黎某某', '州农业农']]],
    ['name then title in the brackets', '“资金缺口怎么补?”（覃某某委员）', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['straight quotes, half-width brackets and a full stop after', '"资金缺口怎么补?"(州人大常委会委员 覃某某)。', [['asker', 'quote-first', '覃某某', '"资金缺']]],
    ['a dash on the same line', '“资金缺口怎么补?”——州人大常委会委员 覃某某', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['an official\'s words quoted, then his name', '“年底前全部建成。”（州水利局局长 黎某某）', [['responder', 'quote-first', '黎某某', '“年底前']]],
    ['a quoted sentence after narration: the turn starts at its quote', '会上,委员们纷纷发问。“资金缺口怎么补?”（州人大常委会委员 覃某某）', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['a quotation nested in the quoted words', '“群众说‘看病难’,难在哪里?”（覃某某委员）', [['asker', 'quote-first', '覃某某', '“群众说']]],
    ['an unquoted question: the brackets end the turn', '请问州农业农村局,建后谁来管?（州人大常委会委员 覃某某）',
      [['asker', 'label', '覃某某', '请问州农'], ['narration', 'label', null, '（州人大']]],
    ['a 问: label, the member in brackets after its words: the label is hers', '问：请问州农业农村局，建后谁来管？（州人大常委会委员 覃某某）\n\n答：将建立管护制度。（州农业农村局局长 黎某某）',
      [['asker', 'qa-label', '覃某某', '问：请问'], ['narration', 'label', null, '（州人大'], ['responder', 'qa-label', '黎某某', '答：将建'], ['narration', 'label', null, '（州农业']]],
    // The chair's brackets may name the role before the person (the name known from the introduction).
    ['the chair\'s role and title before the name', '县人大常委会副主任令狐红霞主持。\n\n　　韩局长，我插一句，钱从哪里来？（主持人、县人大常委会副主任　令狐红霞）',
      [['asker', 'label', '令狐红霞', '韩局长，'], ['narration', 'label', null, '（主持人']]],
    ['主持人 and the name only', '县人大常委会副主任令狐红霞主持。\n\n　　韩局长，我插一句，钱从哪里来？（主持人　令狐红霞）',
      [['asker', 'label', '令狐红霞', '韩局长，'], ['narration', 'label', null, '（主持人']]],
    // The brackets alone on the line below the paragraph: the paragraph above is the person's.
    ['the brackets on the line below', '　　请问县水利局，渠道谁来修？\n　　（县人大常委会委员　马晓东）\n\n　　今年修完。\n　　（县水利局局长　韩卫国）',
      [['asker', 'label', '马晓东', '请问县水'], ['narration', 'label', null, '（县人大'], ['responder', 'label', '韩卫国', '今年修完'], ['narration', 'label', null, '（县水利']]],
    ['a paragraph of two lines above them', '　　渠道年久失修。\n　　请问县水利局谁来修？\n　　（县人大常委会委员　马晓东）',
      [['asker', 'label', '马晓东', '渠道年久'], ['narration', 'label', null, '（县人大']]],
    ['a quotation above them', '“渠道谁来修?”\n（县人大常委会委员　马晓东）', [['asker', 'quote-first', '马晓东', '“渠道谁']]],
    // A newspaper's 问答摘登: the dash and the person alone on the line below the quoted paragraph.
    ['a dash on the line below, paragraphs apart', '“资金从哪里来？”\n——区人大常委会委员　陆振邦\n\n“今年安排资金3亿元。”\n——区财政局局长　姜晓兰',
      [['asker', 'quote-first', '陆振邦', '“资金从'], ['responder', 'quote-first', '姜晓兰', '“今年安']]],
    ['a dash on the line below, no blank lines: the dash line closes the paragraph above', '“资金从哪里来？”\n——区人大常委会委员　陆振邦\n“今年安排资金3亿元。”\n——区财政局局长　姜晓兰',
      [['asker', 'quote-first', '陆振邦', '“资金从'], ['responder', 'quote-first', '姜晓兰', '“今年安']]],
    ['问:/答: labels, the dash on the line below: the labels are the people\'s (no second turn)', '问：资金从哪里来？\n——区人大常委会委员　陆振邦\n\n答：今年安排资金3亿元。\n——区财政局局长　姜晓兰',
      [['asker', 'qa-label', '陆振邦', '问：资金'], ['narration', 'label', null, '——区人'], ['responder', 'qa-label', '姜晓兰', '答：今年'], ['narration', 'label', null, '——区财']]],
    ['an unquoted question, the dash on the line below', '请问县水利局，渠道谁来修？\n——县人大常委会委员　马晓东',
      [['asker', 'label', '马晓东', '请问县水'], ['narration', 'label', null, '——县人']]],
    // A title's status qualifier in brackets (title-qualifiers.ts) is part of the dash's attribution, not its end.
    ['a stand-in\'s 主持工作 after the dash, a full-width space before the name', '“学位缺口怎么补？”\n——区人大常委会委员　陆振邦\n\n“目前建成25所。”\n——区教育局副局长（主持工作）　姜晓兰',
      [['asker', 'quote-first', '陆振邦', '“学位缺'], ['responder', 'quote-first', '姜晓兰', '“目前建']]],
    ['a grade after the dash on the same line', '“今年安排资金3亿元。”——区财政局副局长（正处级） 姜晓兰', [['responder', 'quote-first', '姜晓兰', '“今年安']]],
    ['a concurrent post\'s 兼 after the dash on the line below', '“资金从哪里来？”\n——区人大常委会委员　陆振邦\n“今年安排资金3亿元。”\n——区财政局局长（兼）　姜晓兰',
      [['asker', 'quote-first', '陆振邦', '“资金从'], ['responder', 'quote-first', '姜晓兰', '“今年安']]],
    ['a bracket of anything else ends no attribution', '“今年安排资金3亿元。”——区财政局局长（2022年） 姜晓兰', []],
    // Web and WeChat copies set a blank line between all paragraphs: the attribution is the next line with words (t72 p16, p17).
    ['a blank line between the quotation and the brackets', '“参合农民住院报销比例到底有多高？”\n\n（县人大常委会委员 邝某某）\n\n“今年县内住院报销比例为75%。”\n\n（县卫生局局长 詹某某）',
      [['asker', 'quote-first', '邝某某', '“参合农'], ['responder', 'quote-first', '詹某某', '“今年县']]],
    ['a blank line between an unquoted question and the brackets', '资金缺口怎么补?\n\n（州人大常委会委员 覃某某）',
      [['asker', 'label', '覃某某', '资金缺口'], ['narration', 'label', null, '（州人大']]],
    ['a blank line between the quotation and the dash', '“资金缺口怎么补?”\n\n——州人大常委会委员 覃某某', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['three blank lines, spaces on them', '“资金缺口怎么补?”\n　　\n \n\n——州人大常委会委员 覃某某', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['■问:/■答: labels, a blank line before each dash line', '■问：资金从哪里来？\n\n——区人大常委会委员　陆某某\n\n■答：今年安排资金3亿元。\n\n——区财政局局长　姜某某',
      [['asker', 'qa-label', '陆某某', '■问：资'], ['narration', 'label', null, '——区人'], ['responder', 'qa-label', '姜某某', '■答：今'], ['narration', 'label', null, '——区财']]],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  // A member's words announcing a follow-up make one, as after a head label.
  it.each<[string, string, boolean]>([
    ['我追问一下 before the brackets', '我追问一下，补贴什么时候到位？（县人大常委会委员　马晓东）', true],
    ['我追问一下 above the brackets on their own line', '我追问一下，补贴什么时候到位？\n（县人大常委会委员　马晓东）', true],
    ['a quoted 追问', '“我再追问一句，补贴什么时候到位？”（马晓东委员）', true],
    ['a question of its own', '请问县财政局，补贴什么时候到位？（县人大常委会委员　马晓东）', false],
  ])('%s: follow-up %s', (_name, text, followUp) => {
    const view = normalize(text);
    const ms = findMentions({ text, view });
    const asker = findSpeechEvents(view, 0, view.length, ms).find((e) => e.role === 'asker');
    expect(asker?.followUp).toBe(followUp);
  });

  it.each([
    ['a year in brackets', '“资金缺口怎么补?”（2022年）'],
    ['brackets mid-sentence', '州人大常委会委员覃某某（州农科院研究员）认为,要加大投入。'],
    ['more words than the name in the brackets', '“资金缺口怎么补?”（州人大常委会委员 覃某某 摄）'],
    ['brackets after a clause, not a sentence', '资金缺口怎么补,（州人大常委会委员 覃某某）'],
    ['brackets on the line below a clause, not a sentence', '资金缺口怎么补,\n（州人大常委会委员 覃某某）'],
    ['four blank lines between the paragraph and the brackets: too far', '资金缺口怎么补?\n\n\n\n\n（州人大常委会委员 覃某某）'],
    ['a dash on the line below a clause, not a sentence', '资金缺口怎么补,\n——州人大常委会委员 覃某某'],
    ['a blank line between a clause and the dash, not a sentence', '资金缺口怎么补,\n\n——州人大常委会委员 覃某某'],
    ['a dash line of more words than the name', '“资金缺口怎么补?”\n——州人大常委会委员 覃某某 摄'],
    ['brackets over the question they name: a head label on its own line, not the paragraph above\'s',
      '县人大常委会副主任杜某主持会议。\n（县人大常委会委员　马晓东）\n请问县水利局，渠道谁来修？\n（县水利局局长　韩卫国）\n今年修完。'],
    ['…blank lines between all paragraphs', '县人大常委会副主任杜某主持会议。\n\n（县人大常委会委员　马晓东）\n\n请问县水利局，渠道谁来修？\n\n（县水利局局长　韩卫国）\n\n今年修完。'],
    ['another role than the chair\'s before the name', '资金缺口怎么补?（联络员、州人大常委会委员 覃某某）'],
  ])('%s: no attribution', (_name, text) => {
    expect(events(text).filter((e) => e[1] === 'quote-first' || (e[1] === 'label' && e[0] !== 'narration'))).toEqual([]);
  });
});

describe('[trailing-attribution] a pull quote under its heading repeats what was said: narration (t44)', () => {
  it.each<[string, string, Array<[string, string, string | null, string]>]>([
    ['under 💡委员金句', '💡委员金句\n“养老服务不能只看建了多少，更要看用了多少。”——雷某某', [['narration', 'label', null, '委员金句']]],
    ['under 【金句】 with a blank line', '【金句】\n\n“资金缺口怎么补?”——州人大常委会委员 覃某某', [['narration', 'label', null, '【金句】']]],
    ['no heading: the member asks', '“资金缺口怎么补?”——州人大常委会委员 覃某某', [['asker', 'quote-first', '覃某某', '“资金缺']]],
    ['a heading that is no pull quote\'s: the member asks', '委员提问\n“资金缺口怎么补?”——州人大常委会委员 覃某某', [['asker', 'quote-first', '覃某某', '“资金缺']]],
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe('[trailing-attribution] attributedFrom: where the words an attribution names the speaker of start (n1)', () => {
  it.each<[string, string, string]>([
    ['brackets closing the words\' line: that line', '委员问完了。\n询问到此结束。(县人大常委会副主任 某某)', '询问到此结束。'],
    ['brackets alone on the line below: the paragraph above', '委员问完了。\n\n渠道年久失修。\n请问谁来修?\n(县人大常委会委员 某某)', '渠道年久失修。\n请问谁来修?\n'],
    ['…blank lines between: the paragraph above them', '委员问完了。\n\n渠道年久失修。\n请问谁来修?\n\n\n(县人大常委会委员 某某)', '渠道年久失修。\n请问谁来修?\n\n\n'],
    ['…a line closed by another attribution above it stays out', '今年修完。(县水利局局长 某某)\n询问到此结束。\n(县人大常委会副主任 某某)', '询问到此结束。\n'],
  ])('%s', (_, view, words) => {
    const open = view.lastIndexOf('(');
    expect(view.slice(attributedFrom(view, open, 0), open)).toBe(words);
  });
});
