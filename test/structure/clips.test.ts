import { describe, expect, it } from 'vitest';
import { clipLines, opensClip } from '../../src/structure/clips.js';
import { buildStructure } from '../../src/structure/build.js';
import { splitLines } from '../../src/structure/blocks.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';
import { expectStructureInvariants } from '../helpers/structure.js';

describe('[clips] a line that opens a clip', () => {
  it.each([
    ['（播放暗访短片《夜市里的“油烟墙”》，时长3分12秒）', true],
    ['（观看专题片）', true],
    ['（大屏幕显示网友留言）', true],
    ['【短片】暗访组在城南走访餐馆20家。', true],
    ['[视频]', true],
    ['画外音：暗访组走访餐馆20家，发现7家油烟直排。', true],
    ['解说：这是凌晨两点的城南夜市。', true],
    ['同期声：没人管，一直这样。', true],
    ['短片显示：7家餐馆油烟直排。', true],
    ['视频显示：7家餐馆油烟直排。', true],
    // no clip: a speaker, narration, a bracket that shows nothing
    ['区生态环境局局长韦振华：我们将立即整改。', false],
    ['（掌声）', false],
    ['（一）油烟直排问题', false],
    ['短片播放后，委员们纷纷发言。', false],
  ])('%s → %s', (line, expected) => {
    expect(opensClip(normalize(line))).toBe(expected);
  });
});

/** An event of `role` starting at the first occurrence of `at` in `view`. */
const eventAt = (view: string, at: string, role: SpeechEvent['role']): SpeechEvent => {
  const start = view.indexOf(at);
  return { mention: null, role, start, anchor: start, wordsStart: null, kind: 'label', followUp: false };
};

describe('[clips] the lines of a clip run up to the next speaker', () => {
  const text = '韦振华：我们将立即整改。\n\n（播放暗访短片）\n\n画外音：暗访组走访餐馆20家。\n\n餐馆老板：没人管，一直这样。\n\n柏子谦：请问区生态环境局，怎么整改？\n\n韦振华：立即约谈7家餐馆。';
  const view = normalize(text);
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const lines = (events: SpeechEvent[], stops?: Set<number>) => clipLines(view, body, events, stops).map((l) => text.slice(l.content[0], l.content[1]));

  it('the direction, the voice and the interviewee; not the next asker', () => {
    const events = [eventAt(view, '韦振华', 'responder'), eventAt(view, '柏子谦', 'asker'), eventAt(view, '韦振华：立即', 'responder')];
    expect(lines(events)).toEqual(['（播放暗访短片）', '画外音：暗访组走访餐馆20家。', '餐馆老板：没人管，一直这样。']);
  });

  it('a narration event (the chair\'s line) does not end the clip; a header line does', () => {
    const events = [eventAt(view, '韦振华', 'responder'), eventAt(view, '餐馆老板', 'narration'), eventAt(view, '柏子谦', 'asker')];
    expect(lines(events)).toHaveLength(3);
    expect(lines(events, new Set([view.indexOf('餐馆老板')]))).toEqual(['（播放暗访短片）', '画外音：暗访组走访餐馆20家。']);
  });

  it('no clip, no lines', () => {
    expect(clipLines(normalize('韦振华：我们将立即整改。'), splitLines('韦振华：我们将立即整改。'), [])).toEqual([]);
  });
});

describe('[clips] a clip between two exchanges is narration', () => {
  const head = '区人大常委会专题询问\n\n区人大常委会委员柏子谦：夜市油烟扰民怎么治？请问区生态环境局。\n\n区生态环境局局长韦振华：全区共有夜市餐馆312家。\n\n';
  const tail = '\n\n区人大常委会委员滕雅楠：油烟净化设备有没有补贴？请问区财政局。\n\n区财政局局长江鸿远：今年安排补贴资金80万元。';
  it.each([
    '（播放暗访短片《夜市里的“油烟墙”》）\n\n短片显示：暗访组走访餐馆20家，发现7家油烟直排。',
    '（播放暗访短片）\n\n画外音：暗访组走访餐馆20家，发现7家油烟直排。记者问一名店主：“为什么不装净化器？”店主：“装不起。”',
    '（播放暗访短片）\n\n餐馆老板：没人管，一直这样。',
    '画外音：暗访组走访餐馆20家，发现7家油烟直排。',
  ])('%s', (clip) => {
    const text = head + clip + tail;
    const s = buildStructure({ text, view: normalize(text) });
    expectStructureInvariants(text, s);
    expect(s.people.map((p) => p.name)).toEqual(['柏子谦', '韦振华', '滕雅楠', '江鸿远']);
    expect(s.questions).toHaveLength(2);
    const first = s.questions[0].turns;
    expect(first.map((t) => t.role)).toEqual(['asker', 'responder', 'narration']);
    expect(first[1].text).not.toMatch(/暗访|老板/u);
    expect(first[2].text.trim()).toBe(clip);
  });
});
