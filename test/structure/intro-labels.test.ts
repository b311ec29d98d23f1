import { describe, expect, it } from 'vitest';
import { labelsInIntroduction } from '../../src/structure/intro-labels.js';
import type { SpeechEvent } from '../../src/structure/speech.js';

/** An event at the first occurrence of `label` in `view`, its words after the label's colon. */
function at(view: string, label: string, role: SpeechEvent['role'], extra: Partial<SpeechEvent> = {}): SpeechEvent {
  const start = view.indexOf(label);
  return { mention: null, role, start, anchor: start, wordsStart: start + label.length + 1, kind: 'label', followUp: false, ...extra };
}

const view = '向东:首先请某委员提问。\n刘向阳委员:我想问市水务局。\n  黄志强:谢谢刘向阳委员。\n请问黄志强:何时完成?\n';
const intro: [number, number] = [0, view.length];
const words = (spans: [number, number][]) => spans.map(([s, e]) => view.slice(s, e));

describe('[intro-labels] askers\' and responders\' labels inside the introduction', () => {
  it('reads the labels of an asker and a responder opening lines (after a lead)', () => {
    const events = [at(view, '向东', 'narration', { moderator: true }), at(view, '刘向阳委员', 'asker'), at(view, '黄志强', 'responder')];
    expect(words(labelsInIntroduction(view, intro, events))).toEqual(['刘向阳委员:', '黄志强:']);
  });
  it.each<[string, SpeechEvent]>([
    ['the chair\'s narration', at(view, '向东', 'narration')],
    ['the moderator\'s line', at(view, '向东', 'asker', { moderator: true })],
    ['a label announcing the next speaker', at(view, '刘向阳委员', 'asker', { announces: true })],
    ['a speaker reported in running text', at(view, '刘向阳委员', 'asker', { kind: 'reported' })],
    ['a name inside a line', { ...at(view, '请问黄志强', 'responder'), start: view.indexOf('黄志强:何时') }],
  ])('leaves alone %s', (_, e) => {
    expect(labelsInIntroduction(view, intro, [e])).toEqual([]);
  });
  it('looks only inside the introduction', () => {
    const e = at(view, '黄志强', 'responder');
    expect(labelsInIntroduction(view, [0, e.start], [e])).toEqual([]);
    expect(labelsInIntroduction(view, null, [e])).toEqual([]);
  });
});
