import { describe, expect, it } from 'vitest';
import { assignPostOrganizations, postHeads } from '../../src/structure/post-orgs.js';
import type { Person } from '../../src/model/record.js';

const person = (id: string, titles: string[], organization: string | null = null, roles: Person['roles'] = ['responder']): Person =>
  ({ id, name: '某某', titles, organization, roles, mentions: [] });

describe('[post-orgs] which bare post heads which organization', () => {
  it.each([
    ['厅长', '省水利厅', true], ['副厅长', '自治区民政厅', true], ['局长', '市自然资源局', true], ['常务副局长', '县市场监管局', true], ['关长', '南沙海关', true], ['副关长', '州海关', true],
    ['主任', '省卫生健康委', true], ['主任', '市发展改革委', true], ['副主任', '区政务服务中心', true], ['主任', '县乡村振兴办', true], ['副主任', '临港经开区管委会', true],
    ['主任', '市卫生健康委员会', true], ['院长', '市中级人民法院', true], ['检察长', '县人民检察院', true],
    ['厅长', '市自然资源局', false], ['局长', '省水利厅', false], ['主任', '市教育局', false], ['委员', '省水利厅', false], ['关长', '市商务局', false],
    ['市水利局局长', '市水利局', false], // not a bare post
    ['分局局长', '区规划和自然资源分局', true], ['分局局长', '市税务局', false],
  ])('%s heads %s: %s', (title, org, heads) => expect(postHeads(title, org)).toBe(heads));
});

describe('[post-orgs] a bare post answering a question put to one organization', () => {
  it.each([
    ['one addressee the post heads', ['厅长'], [{ responders: ['p2'], addressees: ['省水利厅'] }], '省水利厅'],
    ['a follow-up with no addressee changes nothing', ['局长'], [{ responders: ['p2'], addressees: ['州林草局'] }, { responders: ['p2'], addressees: [] }], '州林草局'],
    ['主任 of a commission', ['主任'], [{ responders: ['p2'], addressees: ['盟卫生健康委'] }], '盟卫生健康委'],
    ['two addressees: no guess', ['厅长'], [{ responders: ['p2'], addressees: ['省水利厅', '省财政厅'] }], null],
    ['the post heads no such organization', ['局长'], [{ responders: ['p2'], addressees: ['省水利厅'] }], null],
    ['questions to different organizations: no guess', ['厅长'], [{ responders: ['p2'], addressees: ['省水利厅'] }, { responders: ['p2'], addressees: ['省财政厅'] }], null],
    ['another responder\'s question', ['厅长'], [{ responders: ['p3'], addressees: ['省水利厅'] }], null],
    ['分局局长 of a question put to a 分局', ['分局局长'], [{ responders: ['p2'], addressees: ['区规划和自然资源分局'] }], '区规划和自然资源分局'],
  ])('%s', (_name, titles, questions, expected) => {
    const persons = [person('p2', titles)];
    assignPostOrganizations(persons, questions);
    expect(persons[0].organization).toBe(expected);
  });

  it('keeps an organization already read, and leaves askers alone', () => {
    const persons = [person('p1', ['委员'], null, ['asker']), person('p2', ['厅长'], '省交通运输厅')];
    assignPostOrganizations(persons, [{ responders: ['p2'], addressees: ['省水利厅'] }]);
    expect(persons.map((p) => p.organization)).toEqual([null, '省交通运输厅']);
  });

  it.each([
    ['put together from the level and the post (区分局): the office asked in full', '区分局', [{ text: '分局局长 景一鸣', span: [0, 8] as [number, number] }], '区规划和自然资源分局'],
    ['written in a mention: kept', '区分局', [{ text: '区分局局长 景一鸣', span: [0, 9] as [number, number] }], '区分局'],
  ])('%s', (_name, org, mentions, expected) => {
    const persons = [{ ...person('p2', ['分局局长'], org), mentions }];
    assignPostOrganizations(persons, [{ responders: ['p2'], addressees: ['区规划和自然资源分局'] }]);
    expect(persons[0].organization).toBe(expected);
  });
});
