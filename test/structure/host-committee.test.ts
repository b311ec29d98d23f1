import { describe, expect, it } from 'vitest';
import { hostCongress, hostStandingCommittee } from '../../src/structure/host-committee.js';

describe('[host-committee] a bare 常委会 is the session body\'s standing committee', () => {
  it.each<[string | null, string | null, string | null]>([
    ['常委会', '株洲市十五届人大常委会', '市人大常委会'],
    ['常委会', '武进区十八届人大常委会', '区人大常委会'],
    ['常委会', '湄潭县第十八届人大常委会', '县人大常委会'],
    ['常委会', '昌吉回族自治州第十五届人民代表大会常务委员会', '州人大常委会'], ['常委会', '广西壮族自治区第十四届人大常委会', '自治区人大常委会'],
    ['常务委员会', '宜昌市第六届人大常委会', '市人大常委会'],
    // near-misses: another organization, no body, a body that is no standing committee
    ['市人大常委会', '武进区十八届人大常委会', '市人大常委会'],
    ['市财政局', '株洲市十五届人大常委会', '市财政局'],
    ['常委会', null, '常委会'],
    ['常委会', '株洲市第十五届人民代表大会', '常委会'],
    [null, '株洲市十五届人大常委会', null],
  ])('%s at %s → %s', (org, body, expected) => {
    expect(hostStandingCommittee(org, body)).toBe(expected);
  });
});

describe('[host-committee] a member named by the bare 委员 belongs to the standing committee holding the session', () => {
  it.each<[string | null, string[], string | null, string | null]>([
    [null, ['委员'], '柳州市第十五届人大常委会', '市人大常委会'],
    [null, ['委员'], '湄潭县第十八届人大常委会', '县人大常委会'],
    [null, ['委员'], '内蒙古自治区第十四届人民代表大会常务委员会', '自治区人大常委会'],
    // near-misses: a body that is no standing committee, no body, another title, an organization of its own
    [null, ['委员'], '株洲市第十五届人民代表大会', null],
    [null, ['委员'], '湖南省新化县古城镇人大主席团', null],
    [null, ['委员'], null, null],
    [null, ['政协委员'], '柳州市第十五届人大常委会', null],
    [null, ['代表'], '柳州市第十五届人大常委会', null],
    [null, [], '柳州市第十五届人大常委会', null],
    ['财经委', ['委员'], '柳州市第十五届人大常委会', '财经委'],
  ])('%s %j at %s → %s', (org, titles, body, expected) => {
    expect(hostStandingCommittee(org, body, titles)).toBe(expected);
  });
});

describe('[host-committee] at a meeting of the national standing committee, and a chair\'s bare post', () => {
  // Each row: organization, titles, body, leader (a chair's or closing chair's post), expected.
  it.each<[string | null, string[], string | null, boolean, string | null]>([
    ['常委会', ['常委会委员'], '十四届全国人大常委会', false, '全国人大常委会'],
    [null, ['委员'], '十三届全国人大常委会', false, '全国人大常委会'],
    [null, ['副委员长'], '十四届全国人大常委会', false, '全国人大常委会'],
    [null, ['委员长'], '第十四届全国人民代表大会常务委员会', false, '全国人大常委会'],
    [null, ['副主任'], '临川市第十七届人大常委会', true, '市人大常委会'],
    [null, ['常务副主任'], '宜昌市第六届人大常委会', true, '市人大常委会'],
    ['常委会', ['常委会副主任'], '临川市第十七届人大常委会', true, '市人大常委会'],
    // near-misses: a bare 主任 of anyone else (an official, 杨某主任), 委员长 away from the national committee, another body
    [null, ['主任'], '临川市第十七届人大常委会', false, null],
    [null, ['副委员长'], '临川市第十七届人大常委会', false, null],
    [null, ['副主任'], '湖南省新化县古城镇人大主席团', true, null],
    ['全国人大社会建设委员会', ['委员'], '十四届全国人大常委会', false, '全国人大社会建设委员会'],
    ['国务院', ['副总理'], '十四届全国人大常委会', false, '国务院'],
  ])('%s %j at %s (leader %s) → %s', (org, titles, body, leader, expected) => {
    expect(hostStandingCommittee(org, body, titles, leader)).toBe(expected);
  });
});

// s85 #4: a deputy's seat with no level (人大代表, 代表) is a seat in the congress of the session's level
describe('[host-committee] a deputy with no level written is one of the congress holding the session', () => {
  it.each<[string | null, string[], string | null, string | null]>([
    ['人大', ['人大代表、某家庭农场主'], '青山县第十八届人大常委会', '县人大'],
    [null, ['代表、某养殖户'], '青山县第十八届人大常委会', '县人大'],
    [null, ['代表'], '临川市第十六届人大常委会', '市人大'],
    ['人大', ['人大代表'], '省十四届人大常委会', '省人大'],
    [null, ['代表'], '十四届全国人大常委会', '全国人大'],
    // near-misses: a seat with its level, a workplace, no body, a body that is no standing committee, someone of the public
    ['省人大', ['省人大代表、某养殖户'], '青山县第十八届人大常委会', '省人大'],
    ['某家庭农场', ['代表、某家庭农场场主'], '青山县第十八届人大常委会', '某家庭农场'],
    [null, ['代表'], null, null],
    [null, ['代表'], '石桥乡第十八届人民代表大会', null],
    [null, ['种粮大户'], '青山县第十八届人大常委会', null],
    [null, ['群众代表'], '青山县第十八届人大常委会', null],
  ])('%s %j at %s → %s', (org, titles, body, expected) => {
    expect(hostCongress(org, body, titles)).toBe(expected);
  });
});
