import { describe, expect, it } from 'vitest';
import { nameOf, structureOf } from '../helpers/structure.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

/** Invented: a county standing committee, its chair 邵明川, one member's question answered first. */
const HEAD = '青峰县人大常委会开展乡村振兴工作专题询问\n\n5月20日，青峰县人大常委会第十二次会议开展专题询问。县人大常委会主任邵明川主持。\n\n'
  + '苗若冰委员：请问县交通运输局，农村公路养护资金缺口有多大？\n\n县交通运输局局长姜文远：今年缺口约800万元。\n\n';
const ANSWER = '\n\n县农业农村局局长骆丹枫：感谢蒲晓岚代表的关心。我们将加快推进。';

/** The last question's asker (its name and titles) and the people asking anywhere. */
function lastAsker(text: string): { name: string | null; titles: string[]; askers: Array<string | null> } {
  const s = structureOf(text);
  const q = s.questions[s.questions.length - 1];
  const p = s.people.find((x) => x.id === q.askers[0]);
  return { name: p?.name ?? null, titles: p?.titles ?? [], askers: s.questions.map((x) => x.askers.map((id) => nameOf(s, id)).join(',')) };
}

describe('[relayed-askers] a question relayed for a named deputy is the deputy\'s', () => {
  it.each<[string, string, string]>([
    ['read from the platform after the chair\'s lead-in (我代读…。…通过代表履职平台提出)',
      '邵明川：下面，我代读一条代表履职平台上收集的问题。县人大代表、桃源镇石桥村党支部书记蒲晓岚通过代表履职平台提出：村级集体经济怎么发展壮大？请县农业农村局回答。',
      '县人大代表、桃源镇石桥村党支部书记'],
    ['the deputy named first in the chair\'s turn (通过代表联络站提出)', '邵明川：县人大代表蒲晓岚通过代表联络站提出：村级集体经济怎么发展壮大？请县农业农村局回答。', '县人大代表'],
    ['我代…代表提问', '邵明川：我代蒲晓岚代表提问：村级集体经济怎么发展壮大？请县农业农村局回答。', '代表'],
    ['受…代表委托', '邵明川：受蒲晓岚代表委托，我提一个问题：村级集体经济怎么发展壮大？请县农业农村局回答。', '代表'],
    ['受 + a full title (受县人大代表…委托): 受 is no part of the title', '邵明川：受县人大代表蒲晓岚委托，我提一个问题：村级集体经济怎么发展壮大？请县农业农村局回答。', '县人大代表'],
    ['我代…代表提一个问题', '邵明川：下面我代蒲晓岚代表提一个问题。村级集体经济怎么发展壮大？请县农业农村局回答。', '代表'],
    ['a bare 主持人 label reading what the deputy raised (…代表提出:“…”)', '主持人：蒲晓岚代表提出：“村级集体经济怎么发展壮大？”请县农业农村局回答。', '代表'],
  ])('%s', (_name, line, title) => {
    const got = lastAsker(HEAD + line + ANSWER);
    expect(got.name).toBe('蒲晓岚');
    expect(got.titles).toContain(title);
    expect(got.askers).toEqual(['苗若冰', '蒲晓岚']);
  });

  it.each<[string, string]>([
    ['a 网友 message', '邵明川：有网友留言问，村级集体经济怎么发展壮大？请县农业农村局回答。'],
    ['市民 writing in', '邵明川：市民来信反映，村级集体经济怎么发展壮大？请县农业农村局回答。'],
    ['a grassroots legislative contact point', '邵明川：基层立法联系点收集了一个问题，村级集体经济怎么发展壮大？请县农业农村局回答。'],
  ])('an anonymous relay stays the chair\'s: %s', (_name, line) => {
    expect(lastAsker(HEAD + line + ANSWER).name).toBe('邵明川');
  });

  it.each<[string, string]>([
    ['请X提问, dispatched to an office', '邵明川：请蒲晓岚代表提问，请县农业农村局回答。\n\n蒲晓岚代表：村级集体经济怎么发展壮大？'],
    ['第N个问题由X提出, dispatched to an office', '邵明川：第二个问题由县人大代表蒲晓岚提出，请县农业农村局回答。\n\n蒲晓岚代表：村级集体经济怎么发展壮大？'],
  ])('the chair\'s call is no relay: the call stays the chair\'s, the deputy\'s turn is their own label (%s)', (_name, lines) => {
    const s = structureOf(HEAD + lines + ANSWER);
    const q = s.questions[s.questions.length - 1];
    expect(q.turns.map((t) => [t.role, t.text.trim().split('：')[0]])).toEqual([
      ['narration', '邵明川'], ['asker', '蒲晓岚代表'], ['responder', '县农业农村局局长骆丹枫'],
    ]);
    expect(q.text).toBe('村级集体经济怎么发展壮大？');
    expect(q.addressees).toEqual(['县农业农村局']);
  });

  // An online user's question read out (网民“X”问：…), whoever reads it: the user asks, the reader's words are narration,
  // the question's text is the user's words.
  it.each<[string, string]>([
    ['the chair reading (我来念一下)', '邵明川：我这里还有一条网民提问，我来念一下。网民“桃源小李”问：村级集体经济怎么发展壮大？请县农业农村局回答。'],
    ['the chair reading (由我代为宣读), 留言', '邵明川：还有一位网民通过“青峰人大”公众号留言提问，由我代为宣读。网民“桃源小李”留言：村级集体经济怎么发展壮大？请县农业农村局回答。'],
    ['staff reading under their own label', '工作人员：网民“桃源小李”通过“青峰人大”微信公众号提问：村级集体经济怎么发展壮大？请县农业农村局回答。'],
    ['a named member of staff', '县人大常委会办公室工作人员李静：网民“桃源小李”问：村级集体经济怎么发展壮大？请县农业农村局回答。'],
  ])('a netizen\'s question read out is the netizen\'s: %s', (_name, line) => {
    const s = structureOf(HEAD + line + ANSWER);
    const q = s.questions[s.questions.length - 1];
    expect(q.askers.map((id) => nameOf(s, id))).toEqual(['桃源小李']);
    expect(q.text).toBe('村级集体经济怎么发展壮大？请县农业农村局回答。');
    expect(q.addressees).toEqual(['县农业农村局']);
    expect(q.responders.map((id) => nameOf(s, id))).toEqual(['骆丹枫']);
    expect(q.turns[0].role).toBe('narration');
  });

  it('the chair\'s own question after reading one stays the chair\'s', () => {
    const s = structureOf(HEAD + '邵明川：我来念一下。网民“桃源小李”问：村级集体经济怎么发展壮大？请县农业农村局回答。' + ANSWER
      + '\n\n邵明川：我也追问一句，骆局长，冷库建设有什么安排？\n\n骆丹枫：年内建成三座。');
    const q = s.questions[s.questions.length - 1];
    expect(q.askers.map((id) => nameOf(s, id))).toEqual(['邵明川']);
    expect(q.followUpOf).toBe(s.questions.length - 1);
  });

  it('a netizen read out in narrative (宣读了网民“X”的留言：“…？”) asks a question of their own', () => {
    const s = structureOf('青峰县人大常委会开展乡村振兴工作专题询问\n\n5月20日，青峰县人大常委会开展专题询问。\n\n'
      + '县人大代表苗若冰问：“农村公路养护资金缺口有多大？”县交通运输局局长姜文远回答，今年缺口约800万元。\n\n'
      + '在“网民问”环节，主持人邵明川代为宣读了网民“桃源小李”的留言：“村里的冷库什么时候建？”县农业农村局局长骆丹枫回答，年内建成三座。');
    const q = s.questions[s.questions.length - 1];
    expect(q.askers.map((id) => nameOf(s, id))).toEqual(['桃源小李']);
    expect(q.text).toBe('村里的冷库什么时候建？');
    expect(q.responders.map((id) => nameOf(s, id))).toEqual(['骆丹枫']);
  });

  it('a member citing what a deputy raised, in the member\'s own question, still asks it', () => {
    const got = lastAsker(HEAD + '苏乐川委员：县人大代表蒲晓岚反映，村里缺少冷库。请问县农业农村局，冷库建设有什么安排？' + ANSWER);
    expect(got.name).toBe('苏乐川');
  });

  it('the chair\'s lead-in stays narration in the relayed question, the deputy\'s turn from the sentence naming them', () => {
    const line = '邵明川：我代读一条代表履职平台上收集的问题。县人大代表蒲晓岚通过代表履职平台提出：村级集体经济怎么发展壮大？请县农业农村局回答。';
    const s = structureOf(HEAD + line + ANSWER);
    const q = s.questions[s.questions.length - 1];
    expect(q.turns.map((t) => [t.role, t.text.trim()])).toEqual([
      ['narration', '邵明川：我代读一条代表履职平台上收集的问题。'],
      ['asker', '县人大代表蒲晓岚通过代表履职平台提出：村级集体经济怎么发展壮大？请县农业农村局回答。'],
      ['responder', '县农业农村局局长骆丹枫：感谢蒲晓岚代表的关心。我们将加快推进。'],
    ]);
  });
});

describe('[relayed-askers] the mentions of a relay', () => {
  const mentionsOf = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => `${m.name}|${m.title}|${m.organization}`);
  it.each<[string, string, string]>([
    ['我代 + name + 代表', '邵明川：我代蒲晓岚代表提问：', '蒲晓岚|代表|null'],
    ['代读 + name + 代表 + 的问题', '邵明川：我代读蒲晓岚代表的问题：', '蒲晓岚|代表|null'],
    ['受 + name + 委员 + 委托', '邵明川：受蒲晓岚委员委托，我提问：', '蒲晓岚|委员|null'],
    ['受 + title + name', '邵明川：下面受市人大代表蒲晓岚委托提问：', '蒲晓岚|市人大代表|市人大'],
    ['我代 + title + name', '邵明川：我代县人大代表蒲晓岚提问：', '蒲晓岚|县人大代表|县人大'],
  ])('%s', (_name, text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it.each<[string, string]>([
    ['代表 as a verb (我代表县政府)', '副县长蒲晓岚：我代表县政府表个态。'],
    ['代表履职平台 names nobody', '邵明川：这是代表履职平台提出的问题。'],
  ])('no relayed member: %s', (_name, text) => {
    expect(mentionsOf(text).some((m) => m.startsWith('县政府') || m.startsWith('履职'))).toBe(false);
  });
});
