import { describe, expect, it } from 'vitest';
import { announcedLists } from '../../src/structure/announced.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';
import { buildStructure } from '../../src/structure/build.js';
import type { Structure } from '../../src/structure/types.js';
import { expectStructureInvariants } from '../helpers/structure.js';

const build = (text: string): Structure => buildStructure({ text, view: normalize(text) });

/** Questions as [label, text prefix, askers, responders, followUpOf] with names. */
function summary(s: Structure, prefix = 8) {
  const name = (id: string) => s.people.find((p) => p.id === id)?.name ?? id;
  return s.questions.map((q) => [q.label, q.text.slice(0, prefix), q.askers.map(name), q.responders.map(name), q.followUpOf]);
}

/** The lists of `text` as [role, names, ordered]. */
function lists(text: string) {
  const view = normalize(text);
  return announcedLists(view, findMentions({ text, view })).map((l) => [l.role, l.members.map((m) => m.name), l.ordered]);
}

describe('[announced] lists of askers and responders named together', () => {
  it.each<[string, string, Array<[string, string[], boolean]>]>([
    ['askers in order, responders in none', '常委会委员祁雪芳、桂永年、宓建成先后提问，区住建局局长庄恒远、区财政局局长蒲立群到会应询。',
      [['asker', ['祁雪芳', '桂永年', '宓建成'], true], ['responder', ['庄恒远', '蒲立群'], false]]],
    ['依次, a comma between the responders', '委员邵文秀、詹立春依次发问，副区长车明达，区水务局局长樊建中到会回答询问。',
      [['asker', ['邵文秀', '詹立春'], true], ['responder', ['车明达', '樊建中'], false]]],
    ['a clause between the list and its verb', '市人大常委会委员卓文华、甄立民就河道治理问题分别提问。',
      [['asker', ['卓文华', '甄立民'], true]]],
    ['等: more people than named, no order', '委员祁雪芳、桂永年等5人先后提问。', [['asker', ['祁雪芳', '桂永年'], false]]],
    ['one person is a list of one', '常委会委员祁雪芳提问，区住建局局长庄恒远到会应询。', [['asker', ['祁雪芳'], false], ['responder', ['庄恒远'], false]]],
  ])('%s', (_name, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });

  it.each([
    ['spoken to', '委员祁雪芳向区住建局局长庄恒远、区财政局局长蒲立群询问。'],
    ['the verb as a noun', '区住建局局长庄恒远、区财政局局长蒲立群的回答很具体。'],
    ['only attending', '区人大代表祁雪芳、桂永年应邀列席并提问。'],
    ['presiding', '区人大常委会主任祁雪芳主持询问。'],
    ['no verb of asking or answering', '委员祁雪芳、桂永年参加了调研。'],
  ])('%s: no list', (_name, text) => {
    expect(lists(text).filter((l) => (l[1] as string[]).length > 1 || l[1][0] === '祁雪芳')).toEqual([]);
  });
});

describe('[announced] in a layout (build.ts, exchanges.ts): 问:/答: whose speakers only the introduction names', () => {
  const intro = (askers: string, responders: string) => `6月12日，临溪区人大常委会召开联组会议开展专题询问。${askers}，${responders}。\n`;
  const qa = '问：老旧小区加装电梯进展如何？\n答：今年已加装46部。\n问：维修资金够不够？\n答：区财政安排专项资金300万元。\n';
  const people = (s: Structure) => s.people.map((p) => [p.name, p.roles]);

  it('askers in the order written (先后) when they are as many as the questions; several responders without order: unknown', () => {
    const text = intro('常委会委员祁雪芳、桂永年先后提问', '区住建局局长庄恒远、区财政局局长蒲立群到会应询') + qa;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(summary(s)).toEqual([['问', '老旧小区加装电梯', ['祁雪芳'], [], null], ['问', '维修资金够不够？', ['桂永年'], [], null]]);
    expect(people(s)).toEqual([['祁雪芳', ['asker']], ['桂永年', ['asker']], ['庄恒远', ['responder']], ['蒲立群', ['responder']]]);
    expect(s.warnings.filter((w) => w.code === 'speaker-unknown').length).toBe(2);
  });

  it.each<[string, string, string]>([
    ['no word of order', '常委会委员祁雪芳、桂永年提问', '区住建局局长庄恒远到会应询'],
    ['more askers named than questions', '常委会委员祁雪芳、桂永年、宓建成先后提问', '区住建局局长庄恒远到会应询'],
    ['等: not all named', '常委会委员祁雪芳、桂永年等先后提问', '区住建局局长庄恒远到会应询'],
    ['等 after one name: not the only one', '常委会委员祁雪芳等4人先后提问', '区住建局局长庄恒远到会应询'],
  ])('%s: no asker is known, and nobody asks every question', (_name, askers, responders) => {
    const s = build(intro(askers, responders) + qa);
    expect(summary(s).map((q) => q[2])).toEqual([[], []]);
    expect(summary(s).map((q) => q[3])).toEqual([['庄恒远'], ['庄恒远']]); // the one responder named answers
    const named = ['祁雪芳', '桂永年', '宓建成'].filter((n) => askers.includes(n));
    expect(s.people.filter((p) => p.roles.includes('asker')).map((p) => p.name)).toEqual(named);
  });

  it('responders in order (分别) as many as the answers', () => {
    const s = build(intro('常委会委员祁雪芳、桂永年先后提问', '区住建局局长庄恒远、区财政局局长蒲立群分别作答') + qa);
    expect(summary(s).map((q) => q[3])).toEqual([['庄恒远'], ['蒲立群']]);
  });

  it('a speaker bracket no reader resolves: unknown, not the official the introduction names', () => {
    const text = intro('常委会委员祁雪芳提问', '区财政局局长蒲立群到会应询') + '问：（祁雪芳）老旧小区加装电梯进展如何？\n答：（区住建局局长）今年已加装46部。\n';
    const s = build(text);
    expect(summary(s)).toEqual([['问', '老旧小区加装电梯', ['祁雪芳'], [], null]]);
    expect(people(s)).toEqual([['祁雪芳', ['asker']], ['蒲立群', ['responder']]]);
    expect(s.warnings.map((w) => w.code)).toContain('speaker-unknown');
  });

  it('a name after a title in the introduction\'s list, whatever its surname, answers from its bracket', () => {
    const text = intro('常委会委员祁雪芳提问', '区住建局局长兀立群、区财政局局长蒲立群到会应询') + '问：（祁雪芳）老旧小区加装电梯进展如何？\n答：（兀立群）今年已加装46部。\n';
    const s = build(text);
    expect(summary(s)).toEqual([['问', '老旧小区加装电梯', ['祁雪芳'], ['兀立群'], null]]);
  });
});
