import { describe, expect, it } from 'vitest';
import { invitedFollowUps } from '../../src/structure/invited-follow-ups.js';
import { buildStructure } from '../../src/structure/build.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** Each question as [asker names, followUpOf]. */
function questions(text: string): Array<[string[], number | null]> {
  const s = buildStructure({ text, view: normalize(text) });
  const names = new Map(s.people.map((p) => [p.id, p.name ?? '?']));
  return s.questions.map((q) => [q.askers.map((a) => names.get(a) ?? a), q.followUpOf]);
}

const HEAD = '县人大常委会跟踪询问\n\n县人大常委会副主任宇文涛主持会议。\n\n';
const ASK = '县人大常委会委员蒲晓燕：请问县住建局，老旧小区改造完成了多少？\n\n县住建局局长卫国栋：完成了42个，还有6个在施工。\n\n';

describe('[invited-follow-ups] the chair offers a 追问 and the member who asked takes it', () => {
  it.each<[string, string, Array<[string[], number | null]>]>([
    ['主持人: naming the member (还有没有要追问的)', '主持人：蒲委员，还有没有要追问的？\n\n县人大常委会委员蒲晓燕：有。施工期间居民出行怎么保障？\n\n县住建局局长卫国栋：每个小区设临时通道。',
      [[['蒲晓燕'], null], [['蒲晓燕'], 1]]],
    ['主持人: naming nobody (是否还有追问)', '主持人：是否还有追问？\n\n县人大常委会委员蒲晓燕：改造资金缺口多大？\n\n县住建局局长卫国栋：约800万元。',
      [[['蒲晓燕'], null], [['蒲晓燕'], 1]]],
    ['还要追问吗', '主持人：蒲委员还要追问吗？\n\n县人大常委会委员蒲晓燕：验收由谁负责？\n\n县住建局局长卫国栋：第三方验收。',
      [[['蒲晓燕'], null], [['蒲晓燕'], 1]]],
    ['the chair\'s own label, the words on the next line', '宇文涛：\n蒲委员，可以继续追问。\n\n县人大常委会委员蒲晓燕：验收由谁负责？\n\n县住建局局长卫国栋：第三方验收。',
      [[['蒲晓燕'], null], [['蒲晓燕'], 1]]],
    ['【主持人】', '【主持人】蒲委员，还有没有要追问的？\n\n县人大常委会委员蒲晓燕：验收由谁负责？\n\n县住建局局长卫国栋：第三方验收。',
      [[['蒲晓燕'], null], [['蒲晓燕'], 1]]],
    // Another member taking the floor after the offer asks a question of their own.
    ['another member speaks instead', '主持人：还有没有要追问的？\n\n县人大常委会委员欧阳辉：请问县水利局，灌区改造什么时候完工？\n\n县水利局局长祁明远：年底完工。',
      [[['蒲晓燕'], null], [['欧阳辉'], null]]],
    // A chair's line that offers nothing ties nothing (the same member asking again is left to the other cues).
    ['no offer: the chair calls the members at large to go on (请委员继续提问)', '主持人：下面请委员继续提问。\n\n县人大常委会委员蒲晓燕：施工期间居民出行怎么保障？\n\n县住建局局长卫国栋：每个小区设临时通道。',
      [[['蒲晓燕'], null], [['蒲晓燕'], null]]],
    ['no offer: the chair hands over to the next member', '主持人：下面请欧阳辉委员提问。\n\n县人大常委会委员欧阳辉：请问县水利局，灌区改造什么时候完工？\n\n县水利局局长祁明远：年底完工。',
      [[['蒲晓燕'], null], [['欧阳辉'], null]]],
  ])('%s', (_name, rest, expected) => {
    expect(questions(HEAD + ASK + rest)).toEqual(expected);
  });
});

describe('[invited-follow-ups] invitedFollowUps on events', () => {
  const person = (name: string, at: number): SpeakerMention => ({ span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: true });
  const event = (role: SpeechEvent['role'], mention: SpeakerMention | null, start: number, wordsStart: number | null): SpeechEvent => ({ mention, role, start, anchor: start, wordsStart, kind: 'label', followUp: false });
  it('marks the asker after the offer, and only the one who asked last', () => {
    const view = normalize('蒲某:问?\n卫某:答。\n主持人:蒲委员还要追问吗?\n蒲某:再问?\n卫某:答。\n主持人:还要追问吗?\n欧某:问?');
    const at = (s: string, from = 0): number => view.indexOf(s, from);
    const events = [
      event('asker', person('蒲某', 0), 0, 3), event('responder', null, at('卫某'), at('卫某') + 3),
      event('narration', null, at('主持人'), at('主持人') + 4), event('asker', person('蒲某', at('蒲某', 2)), at('蒲某', 2), at('蒲某', 2) + 3),
      event('responder', null, at('卫某', 20), at('卫某', 20) + 3), event('narration', null, at('主持人', 30), at('主持人', 30) + 4),
      event('asker', person('欧某', at('欧某')), at('欧某'), at('欧某') + 3),
    ];
    expect(invitedFollowUps(view, events).map((e) => e.followUp)).toEqual([false, false, false, true, false, false, false]);
  });
});
