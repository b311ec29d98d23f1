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

// s85 #6: the government's rapporteur delivering the report the inquiry goes with opens the meeting, under a label or not
describe('[intro-labels] the report\'s rapporteur under a label is the meeting\'s opening, no exchange', () => {
  it.each<[string, string, string, boolean]>([
    ['the act, 作关于…的报告', '市政府副市长 李某某:作关于全市耕地保护工作情况的报告。\n', '市政府副市长 李某某', false],
    ['the commission, 受…委托', '市政府副市长 李某某:受市政府委托,我向会议报告全市耕地保护工作情况。\n', '市政府副市长 李某某', false],
    ['the report\'s title alone', '市政府副市长李某某:关于全市耕地保护工作情况的报告\n', '市政府副市长李某某', false],
    ['就…作报告', '市政府副市长李某某:就全市耕地保护工作情况作报告。\n', '市政府副市长李某某', false],
    ['a title in book-title marks', '副市长 李某某:《关于全市耕地保护工作情况的报告》\n', '副市长 李某某', false],
    // near-misses: an answer that tells of work or of a report sent, an answer with figures
    ['an answer: 作了大量工作,…报告', '市自然资源局局长 郑某某:我们作了大量工作,向省里提交了报告。\n', '市自然资源局局长 郑某某', true],
    ['an answer thanking the member', '市自然资源局局长 郑某某:感谢吴委员,今年复耕980亩。\n', '市自然资源局局长 郑某某', true],
  ])('%s', (_, text, label, counted) => {
    const e = at(text, label, 'responder');
    expect(labelsInIntroduction(text, [0, text.length], [e]).length).toBe(counted ? 1 : 0);
  });
});
