// Exchanges narrated before a 问/答 minutes block keep their own layout (src/structure/narrated-stretch.ts, qa-speakers.ts).
import { describe, expect, it } from 'vitest';
import { narratedStretchEnd } from '../../src/structure/narrated-stretch.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { person } from '../helpers/mentions.js';

/** Reported events at each "NAME" of `names` (role by the map), then a 问 label at "问(". */
function events(view: string, names: Record<string, 'asker' | 'responder'>): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  for (const [name, role] of Object.entries(names)) {
    for (let at = view.indexOf(name); at >= 0; at = view.indexOf(name, at + 1)) {
      out.push({ mention: person(name, at, role === 'asker'), role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false });
    }
  }
  const qa = view.indexOf('问(');
  if (qa >= 0) out.push({ mention: null, role: 'asker', start: qa, anchor: qa, wordsStart: view.indexOf(':', qa) + 1, kind: 'qa-label', followUp: false });
  return out.sort((a, b) => a.start - b.start);
}

const BLOCK = '\n以下为询问记录：\n问(委员 孙丽萍):补助标准是多少?\n';

describe('[narrated-stretch] the stretch before the first 问/答 label', () => {
  it.each<[string, string, Record<string, 'asker' | 'responder'>, number]>([
    ['asks with a colon, answered 回答说', '委员李春红首先发问:校外培训如何监管?局长毛文杰回答说,今年以来开展联合执法46次。', { 李春红: 'asker', 毛文杰: 'responder' }, 2],
    ['他问: … 表示,', '委员张志伟关注课后服务。他问:内容单一怎么办?毛文杰表示,将开设特色课程120门。', { 张志伟: 'asker', 毛文杰: 'responder' }, 2],
    ['two exchanges: both', '委员李春红发问:如何监管?毛文杰回答说,开展联合执法。委员张志伟问:怎么办?毛文杰表示,将引进校外资源。', { 李春红: 'asker', 张志伟: 'asker', 毛文杰: 'responder' }, 4],
  ])('reads: %s', (_name, narration, names, end) => {
    const view = normalize(narration + BLOCK);
    expect(narratedStretchEnd(view, events(view, names))).toBe(end);
  });

  it.each<[string, string, Record<string, 'asker' | 'responder'>]>([
    ['a roll-call: who will ask and answer, no words', '委员孙丽萍就课后服务提问,局长何志刚作答。', { 孙丽萍: 'asker', 何志刚: 'responder' }],
    ['an answer reported without a question in words', '委员李春红关注校外培训。局长毛文杰回答说,今年以来开展联合执法46次。', { 李春红: 'asker', 毛文杰: 'responder' }],
    ['a question with no answer in words', '委员李春红首先发问:校外培训如何监管?局长毛文杰回答询问。', { 李春红: 'asker', 毛文杰: 'responder' }],
    ['an answer before the question', '局长毛文杰表示,将加强监管工作。委员李春红发问:如何监管?', { 李春红: 'asker', 毛文杰: 'responder' }],
  ])('not: %s', (_name, narration, names) => {
    const view = normalize(narration + BLOCK);
    expect(narratedStretchEnd(view, events(view, names))).toBe(0);
  });

  it('no 问/答 label: nothing to set apart', () => {
    const view = normalize('委员李春红首先发问:如何监管?局长毛文杰回答说,今年以来开展联合执法46次。');
    expect(narratedStretchEnd(view, events(view, { 李春红: 'asker', 毛文杰: 'responder' }))).toBe(0);
  });
});

describe('[narrated-stretch] narration, then minutes: every exchange a question', () => {
  const text = '某区人大常委会开展“双减”工作专题询问\n\n8月28日，某区人大常委会举行联组会议，开展专题询问。区人大常委会主任段云华主持会议。\n\n'
    + '会上，区人大常委会委员李春红首先发问：校外培训机构如何加强监管？区教体局局长毛文杰回答说，下一步将采取三项措施：一是建立巡查机制；二是畅通举报渠道；三是加大惩戒力度。\n\n'
    + '委员张志伟关注课后服务质量。他问：课后服务内容单一，怎么办？毛文杰表示，将引进校外资源，开设特色课程120门。\n\n'
    + '以下为询问记录（根据记录整理）：\n\n'
    + '问（区人大常委会委员 孙丽萍）：补助标准是多少？\n答（区财政局局长 何志刚）：每课时40元。\n'
    + '问（区人大代表 黄德明）：作业总量控制如何监督？\n答（区教体局局长 毛文杰）：每月开展作业抽查。\n';
  const s = buildStructure({ text, view: normalize(text) });
  const name = new Map(s.people.map((p) => [p.id, p.name]));
  it('four questions, the narrated two first', () => {
    expect(s.questions.map((q) => [q.askers.map((id) => name.get(id)), q.responders.map((id) => name.get(id))])).toEqual([
      [['李春红'], ['毛文杰']], [['张志伟'], ['毛文杰']], [['孙丽萍'], ['何志刚']], [['黄德明'], ['毛文杰']],
    ]);
  });
  it('the layout announcement ends the answer before it: a narration turn', () => {
    const last = s.questions[1].turns[s.questions[1].turns.length - 1];
    expect([last.role, last.text.trim()]).toEqual(['narration', '以下为询问记录（根据记录整理）：']);
  });
});
