import { describe, expect, it } from 'vitest';
import { clipAbove, clipLines, opensClip, takesUpClip, withoutClipVoices } from '../../src/structure/clips.js';
import { buildStructure } from '../../src/structure/build.js';
import { splitLines } from '../../src/structure/blocks.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';
import { expectStructureInvariants, structureOf } from '../helpers/structure.js';
import { person } from '../helpers/mentions.js';

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

describe('[clips] a clip\'s voice before a member\'s question names no asker', () => {
  const text = '（播放视频）青山乡敬老院院长：护理员招不到，怎么办？\n县人大常委会委员黄某某结合视频提问：请问县人社局，护理员怎么留住？\n县人社局局长谢某某：开展免费培训。';
  const view = normalize(text);
  const voice = { ...eventAt(view, '（播放视频）', 'asker'), wordsStart: view.indexOf('护理员招') };
  const member = { ...eventAt(view, '县人大常委会委员', 'asker'), mention: person('黄某某', view.indexOf('黄某某'), true) };
  const official = eventAt(view, '县人社局局长', 'responder');
  it('the voice on a stage-direction line goes, the member stays', () => {
    expect(withoutClipVoices(view, [voice, member, official])).toEqual([member, official]);
  });
  it.each<[string, SpeechEvent[]]>([
    // Near misses: the next to speak answers (a netizen's message put to an office), or is no member.
    ['answered next', [voice, official]],
    ['an official next', [voice, { ...official, role: 'asker' }]],
  ])('%s: the voice stays', (_name, events) => {
    expect(withoutClipVoices(view, events)).toEqual(events);
  });
  it('a label on a line with no stage direction stays', () => {
    const plain = normalize('青山乡敬老院院长：护理员招不到，怎么办？\n县人大常委会委员黄某某提问：护理员怎么留住？');
    const e = { ...eventAt(plain, '青山乡', 'asker'), wordsStart: plain.indexOf('护理员') };
    const m = { ...eventAt(plain, '县人大常委会委员', 'asker'), mention: person('黄某某', plain.indexOf('黄某某'), true) };
    expect(withoutClipVoices(plain, [e, m])).toEqual([e, m]);
  });
});

describe('[clips] the clip lines right above a line', () => {
  const text = '钟某某：年底前全部运营。\n\n▶ 视频提问二\n（播放视频）居民陈大爷：中心一直锁着门。\n画外音：全县42个中心。\n\n代表司马某某提问：怎么解决？';
  const view = normalize(text);
  it('runs up over the clip\'s lines, not the subhead over them', () => {
    expect(clipAbove(view, text.indexOf('代表司马'))).toBe(text.indexOf('（播放视频）'));
  });
  it('takesUpClip: the member\'s sentence names the clip, or not', () => {
    const t = '（播放视频）居民：锁着门。\n委员甲结合视频提问：怎么办？\n委员乙提问：怎么办？\n观看短片后，委员丙提问：怎么办？';
    const v = normalize(t);
    const at = (s: string) => t.indexOf(s);
    expect(takesUpClip(v, at('委员甲'), at('怎么办'))).toBe(true);
    expect(takesUpClip(v, at('观看'), at('委员丙') + 6)).toBe(true);
    expect(takesUpClip(v, at('委员乙'), at('委员乙') + 6)).toBe(false);
  });
  it('none above: the line itself', () => {
    expect(clipAbove(view, view.indexOf('▶'))).toBe(view.indexOf('▶'));
  });
});

describe('[clips] a video question: the clip (and its subhead) opens the member\'s question', () => {
  const text = [
    '县人大常委会专题询问', '',
    '▶ 视频提问一', '（播放视频）青山乡敬老院院长：护理员只有3个，招不到年轻人，怎么办？',
    '县人大常委会委员黄丽君结合视频提问：请问县人社局，养老护理员招不来、留不住的问题如何破解？',
    '县人社局局长谢文斌：今年培训护理员不少于200人次。', '',
    '▶ 视频提问二', '（播放视频）城南社区居民陈大爷：日间照料中心一直锁着门。',
    '县人大代表、城南社区党委书记司马丽娜提问：请问县民政局，日间照料中心“建而不用”的问题怎么解决？',
    '县民政局局长钟志明：今年底前实现全部正常运营。',
  ].join('\n');
  it('one question per clip, asked by the member, the words after the label', () => {
    const s = structureOf(text);
    expect(s.questions).toHaveLength(2);
    expect(s.people.map((p) => p.name)).toEqual(['黄丽君', '谢文斌', '司马丽娜', '钟志明']);
    expect(s.questions.map((q) => q.text)).toEqual(['请问县人社局，养老护理员招不来、留不住的问题如何破解？', '请问县民政局，日间照料中心“建而不用”的问题怎么解决？']);
    for (const q of s.questions) {
      expect(q.turns.map((t) => t.role)).toEqual(['narration', 'asker', 'responder']);
      expect(q.turns[0].text).toMatch(/^▶ 视频提问[一二]\n（播放视频）/u);
    }
    expect(s.questions[0].turns[2].text).not.toMatch(/视频提问二|陈大爷/u);
  });
});
