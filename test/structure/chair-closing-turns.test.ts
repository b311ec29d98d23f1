import { describe, expect, it } from 'vitest';
import { withoutChairClosing } from '../../src/structure/chair-closing-turns.js';
import { findClosers } from '../../src/structure/closers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { findMentions } from '../../src/structure/speakers.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

const LEDE = '4月19日上午，县人大常委会举行专题询问会。县人大常委会主任邝某某主持询问会。\n';
const ANSWERED = '县人大常委会委员甘某某问：养老床位缺口有多大？\n县民政局局长程某某回答：缺口约3000张，我们将分三年补齐。\n';

/** The askers' names among the events left after the chair's closing words are dropped. */
function askers(text: string): (string | null)[] {
  const view = normalize(text);
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
  const events = findSpeechEvents(view, 0, view.length, mentions);
  return withoutChairClosing(view, body, events, findClosers(view, mentions, events, null))
    .filter((e) => e.role === 'asker').map((e) => e.mention?.name ?? null);
}

describe('[chair-closing-turns] the chair summing up after the last answer with a bare verb asks nothing', () => {
  it.each<[string, string, (string | null)[]]>([
    // the chair named presiding, then a bare name and a verb of summing up, a later sentence naming the inquiry's 询问意见
    ['指出, then 会后…询问意见', '邝某某指出，要抓好整改。会后，县人大常委会将把询问意见整理交县人民政府研究处理。', ['甘某某']],
    ['强调, after the government\'s 表态', '询问结束后，副县长向某某代表县政府作表态发言。\n邝某某强调，要持续跟踪问效，适时开展询问情况的跟踪检查。', ['甘某某']],
    // near-misses: the chair asking (a question mark), a member who is no chair saying the same, a chair asking before an answer
    ['the chair asks on', '邝某某指出，整改方案什么时候报送常委会？', ['甘某某', '邝某某']],
    ['a member, no chair', '县人大常委会委员龚某某指出，要加快床位建设，询问意见要落实。', ['甘某某', '龚某某']],
  ])('%s', (_name, closing, expected) => {
    expect(askers(`${LEDE}${ANSWERED}${closing}`)).toEqual(expected);
  });

  it('no answer yet: nothing is dropped', () => {
    const text = `${LEDE}邝某某指出，要把询问意见落到实处。`;
    const view = normalize(text);
    const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const mentions = findMentions({ text, view }).sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(withoutChairClosing(view, body, events, findClosers(view, mentions, events, null))).toEqual(events);
  });
});
