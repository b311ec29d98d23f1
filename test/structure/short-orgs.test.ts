import { describe, expect, it } from 'vitest';
import { resolveShortOrganizations } from '../../src/structure/short-orgs.js';
import type { Person } from '../../src/model/record.js';

/** People named in this order (the first at 0, the next at 10 …), each with an organization. */
const people = (orgs: Array<string | null>): Person[] =>
  orgs.map((organization, i) => ({ id: `p${i + 1}`, name: `某${i}`, titles: [], organization, roles: ['responder'], mentions: [{ text: '', span: [i * 10, i * 10 + 3] }] }));

describe('[short-orgs] a branch named short is the one named whole before', () => {
  it.each<[string, Array<string | null>, Array<string | null>]>([
    ['a bank branch', ['中国人民银行临沅市分行', '临沅市分行'], ['中国人民银行临沅市分行', '中国人民银行临沅市分行']],
    ['a bureau branch', ['市生态环境局城南分局', null, '城南分局'], ['市生态环境局城南分局', null, '市生态环境局城南分局']],
    ['a centre county office', ['市住房公积金管理中心西陵管理部', '西陵管理部'], ['市住房公积金管理中心西陵管理部', '市住房公积金管理中心西陵管理部']],
    // near-misses: named whole only later, a place alone before it, two fuller names, no branch, the same name
    ['whole only later', ['临沅市分行', '中国人民银行临沅市分行'], ['临沅市分行', '中国人民银行临沅市分行']],
    ['a place before it', ['县城南分局', '城南分局'], ['县城南分局', '城南分局']],
    ['two fuller names', ['中国银行临沅市分行', '中国农业银行临沅市分行', '临沅市分行'], ['中国银行临沅市分行', '中国农业银行临沅市分行', '临沅市分行']],
    ['no branch', ['临沅市财政局', '财政局'], ['临沅市财政局', '财政局']],
    ['the host standing committee', ['临沅市人大常委会', '市人大常委会'], ['临沅市人大常委会', '市人大常委会']],
  ])('%s', (_, orgs, expected) => {
    const ps = people(orgs);
    resolveShortOrganizations(ps);
    expect(ps.map((p) => p.organization)).toEqual(expected);
  });
});
