import { describe, expect, it } from 'vitest';
import { tileTurns, speakersOf, type TurnStart } from '../../src/structure/turns.js';

const T = '问题一:如何?\n对此,委员王某询问原因。\n市政府副市长李某分析,原因有二。市法院院长张某说,我们将改进。';
const at = (s: string) => T.indexOf(s);

describe('[turns] tiling', () => {
  it.each<[string, TurnStart[], Array<[string, string | null, string]>]>([
    ['no speaker: one narration turn', [], [['narration', null, T]]],
    ['header narration, asker, two responders mid-line', [
      { start: at('委员王某'), role: 'asker', speaker: 'p1' },
      { start: at('市政府副市长'), role: 'responder', speaker: 'p2' },
      { start: at('市法院院长'), role: 'responder', speaker: 'p3' },
    ], [
      ['narration', null, '问题一:如何?\n对此,'],
      ['asker', 'p1', '委员王某询问原因。\n'],
      ['responder', 'p2', '市政府副市长李某分析,原因有二。'],
      ['responder', 'p3', '市法院院长张某说,我们将改进。'],
    ]],
    ['the same speaker twice is one turn', [
      { start: at('市政府副市长'), role: 'responder', speaker: 'p2' },
      { start: at('原因有二'), role: 'responder', speaker: 'p2' },
    ], [
      ['narration', null, '问题一:如何?\n对此,委员王某询问原因。\n'],
      ['responder', 'p2', '市政府副市长李某分析,原因有二。市法院院长张某说,我们将改进。'],
    ]],
  ])('%s', (_name, starts, expected) => {
    const turns = tileTurns(T, [0, T.length], starts);
    expectTiling(T, turns);
    expect(turns.map((t) => [t.role, t.speaker, t.text])).toEqual(expected);
  });

  // A call naming an official ("…副市长某和市某局负责同志到会应询。先请某委员提问。") starts a turn at the
  // line's end; the member's label follows at once: the official says nothing there.
  const C = '主持人:今天开展专题询问,副县长贾某到会应询。请甘某委员提问。\n\n甘某委员:请问县水利局,水费怎么收?\n县水利局局长韦某:按方计收。';
  it.each<[string, TurnStart[], Array<[string, string | null]>]>([
    ['a start followed by white space only opens no turn', [
      { start: C.indexOf('\n'), role: 'responder', speaker: 'p9' },
      { start: C.indexOf('甘某委员:'), role: 'asker', speaker: 'p1' },
      { start: C.indexOf('县水利局局长'), role: 'responder', speaker: 'p2' },
    ], [['narration', null], ['asker', 'p1'], ['responder', 'p2']]],
    ['…nor does one with nothing before the next', [
      { start: C.indexOf('甘某委员:'), role: 'responder', speaker: 'p9' },
      { start: C.indexOf('甘某委员:'), role: 'asker', speaker: 'p1' },
      { start: C.indexOf('县水利局局长'), role: 'responder', speaker: 'p2' },
    ], [['narration', null], ['asker', 'p1'], ['responder', 'p2']]],
  ])('%s', (_name, starts, expected) => {
    const turns = tileTurns(C, [0, C.length], starts);
    expectTiling(C, turns);
    expect(turns.map((t) => [t.role, t.speaker])).toEqual(expected);
    expect(speakersOf(turns, 'responder')).toEqual(['p2']);
  });

  function expectTiling(T: string, turns: ReturnType<typeof tileTurns>): void {
    let pos = 0;
    for (const t of turns) { expect(t.span[0]).toBe(pos); expect(T.slice(...t.span)).toBe(t.text); pos = t.span[1]; }
    expect(pos).toBe(T.length);
  }

  it('ignores starts outside the section and keeps a turn starting at its first offset', () => {
    const turns = tileTurns(T, [at('市政府'), T.length], [
      { start: 0, role: 'asker', speaker: 'p1' },
      { start: at('市政府'), role: 'responder', speaker: 'p2' },
    ]);
    expect(turns.map((t) => t.speaker)).toEqual(['p2']);
    expect(speakersOf(turns, 'responder')).toEqual(['p2']);
  });
});
