import { describe, expect, it } from 'vitest';
import { closingSpan, cutAtTail, moderatorTurns } from '../../src/structure/document-end.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { splitLines, type Line } from '../../src/structure/blocks.js';
import { frameKind } from '../../src/structure/frame.js';
import type { Section } from '../../src/structure/sections.js';
import { normalize } from '../../src/source/normalize.js';

/** The content lines of `text`, split into page-frame lines and the rest. */
function lines(text: string): { view: string; body: Line[]; frame: Line[] } {
  const view = normalize(text);
  const content = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const frame = content.filter((l) => frameKind(view.slice(l.content[0], l.content[1])) !== null);
  return { view, body: content.filter((l) => !frame.includes(l)), frame };
}

const EXCHANGE = '委员甲问:甲?\n局长乙答:乙。';

describe('[document-end] the closing narration after the last answer', () => {
  // Each row: what follows the exchange, the closing as text (null: none).
  it.each<[string, string, string | null]>([
    ['a closing line', '\n询问结束。', '询问结束。'],
    ['a closing, then the page frame', '\n询问结束。\n责任编辑:王某', '询问结束。'],
    ['a closing, then a Markdown rule', '\n询问结束。\n---', '询问结束。'],
    ['only the page frame', '\n责任编辑:王某', null],
  ])('%s', (_name, after, closing) => {
    const text = EXCHANGE + after;
    const { view, body, frame } = lines(text);
    const span = closingSpan({ text, view }, body, frame, EXCHANGE.length, text.length);
    expect(span && text.slice(span[0], span[1])).toBe(closing);
  });
});

describe('[document-end] the page\'s tail ends the last section', () => {
  it('cuts the section at the last body line before the first frame line after its start', () => {
    const text = EXCHANGE + '\n责任编辑:王某\n相关阅读';
    const { body, frame } = lines(text);
    const section: Section = { span: [0, text.length], header: null, opener: null, followUpOf: null };
    cutAtTail(body, frame, section);
    expect(text.slice(section.span[0], section.span[1])).toBe(EXCHANGE);
  });
  it('leaves the section as it is with no frame line after its start', () => {
    const text = EXCHANGE;
    const { body, frame } = lines(text);
    const section: Section = { span: [0, text.length], header: null, opener: null, followUpOf: null };
    cutAtTail(body, frame, section);
    expect(section.span).toEqual([0, text.length]);
  });
});

describe('[document-end] moderatorTurns: the moderator\'s own turns', () => {
  const ev = (start: number, extra: Partial<SpeechEvent> = {}): SpeechEvent => ({ mention: null, role: 'narration', start, anchor: start, wordsStart: start, kind: 'label', followUp: false, ...extra });
  // Each row: the events (start, moderator or attribution), the content's end, the turns.
  it.each<[string, SpeechEvent[], number, Array<[number, number]>]>([
    ['to the next event', [ev(0, { moderator: true }), ev(10, { role: 'asker' })], 20, [[0, 10]]],
    ['the last one, to the content\'s end', [ev(0, { role: 'asker' }), ev(10, { moderator: true })], 20, [[10, 20]]],
    ['the brackets naming the chair after the words are the turn\'s', [ev(0, { role: 'asker' }), ev(10, { moderator: true }), ev(16, { attribution: true })], 20, [[10, 20]]],
    ['…and so before the next speaker', [ev(10, { moderator: true }), ev(16, { attribution: true }), ev(30, { role: 'asker' })], 40, [[10, 30]]],
  ])('%s', (_name, events, end, turns) => {
    expect(moderatorTurns(events, end)).toEqual(turns);
  });
});
