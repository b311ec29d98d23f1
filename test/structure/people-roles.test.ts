import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { renumberPeople } from '../../src/structure/people-roles.js';
import { normalize } from '../../src/source/normalize.js';
import type { Person, Role } from '../../src/model/record.js';
import type { QuestionFrame } from '../../src/structure/types.js';

const person = (id: string, name: string): Person => ({ id, name, titles: [], organization: null, roles: [], mentions: [] } as unknown as Person);

describe('[people-roles] who asks and who answers', () => {
  it('only people with a role stay, numbered in order, and the questions follow the new ids', () => {
    const roles = new Map<string, Set<Role>>([['p3', new Set<Role>(['asker'])], ['p5', new Set<Role>(['responder', 'asker'])]]);
    const q = { askers: ['p3'], responders: ['p5'], turns: [{ speaker: 'p3' }, { speaker: 'p5' }, { speaker: 'p4' }] } as unknown as QuestionFrame;
    const persons = renumberPeople([person('p3', '甲'), person('p4', '乙'), person('p5', '丙')], roles, [q]);
    expect(persons.map((p) => [p.id, p.name, p.roles])).toEqual([['p1', '甲', ['asker']], ['p2', '丙', ['asker', 'responder']]]);
    expect([q.askers, q.responders, q.turns.map((t) => t.speaker)]).toEqual([['p1'], ['p2'], ['p1', 'p2', null]]);
  });

  // Each row: the 问：/答： exchanges after the same introduction, and the people of the record.
  const intro = '5月12日，某县人大常委会开展专题询问。常委会委员姬晓梅、符建华先后提问，县水利局局长唐明辉、县财政局局长隗思远到会应询。\n';
  it.each<[string, string, string[]]>([
    ['unnamed turns: the introduction\'s lists name them', '问：水质如何保障？\n答：按月监测。\n问：管网何时改造？\n答：明年完成。', ['姬晓梅', '符建华', '唐明辉', '隗思远']],
    ['named turns: the introduction adds no one (隗思远 never answers)', '常委会委员姬晓梅：水质如何保障？\n县水利局局长唐明辉：按月监测。\n常委会委员符建华：管网何时改造？\n县水利局局长唐明辉：明年完成。', ['姬晓梅', '符建华', '唐明辉']],
  ])('%s', (_name, exchanges, people) => {
    const text = intro + exchanges;
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.people.map((p) => p.name).sort()).toEqual([...people].sort());
  });
});
