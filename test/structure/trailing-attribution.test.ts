import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
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
  ])('%s', (_name, text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it.each([
    ['a year in brackets', '“资金缺口怎么补?”（2022年）'],
    ['brackets mid-sentence', '州人大常委会委员覃某某（州农科院研究员）认为,要加大投入。'],
    ['more words than the name in the brackets', '“资金缺口怎么补?”（州人大常委会委员 覃某某 摄）'],
    ['brackets after a clause, not a sentence', '资金缺口怎么补,（州人大常委会委员 覃某某）'],
  ])('%s: no attribution', (_name, text) => {
    expect(events(text).filter((e) => e[1] === 'quote-first' || (e[1] === 'label' && e[0] !== 'narration'))).toEqual([]);
  });
});
