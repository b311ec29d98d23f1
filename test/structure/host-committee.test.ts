import { describe, expect, it } from 'vitest';
import { hostStandingCommittee } from '../../src/structure/host-committee.js';

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
