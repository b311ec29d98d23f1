import { describe, expect, it } from 'vitest';
import { bodyKey, differentPlaces, localName, placedName, samePlace, sessionPlace, sessionPlaces, twoBodies } from '../../src/compare/place.js';
import { buildRecord } from './build-record.js';

describe('[compare/place]', () => {
  it.each([
    ['榆溪市第十届人大常委会', null, '榆溪市'],
    ['沅平市人大常委会', null, '沅平市'],
    ['石门县第十八届人民代表大会常务委员会', null, '石门县'],
    ['湘南省沅江市第九届人大常委会', null, '沅江市'],
    ['青原区人大常委会', null, '青原区'],
    ['岚溪县十七届人大常委会', null, '岚溪县'],
    ['赣州市五届人大常委会', null, '赣州市'],
    ['岚溪县18届人大常委会', null, '岚溪县'],
    [null, '桐川市人大常委会就养老服务工作开展专题询问', '桐川市'],
    ['市人大常委会', null, null],
    [null, '养老服务专题询问实录', null],
    // a township's congress and its presidium between sessions
    ['龙潭镇人大主席团', null, '龙潭镇'],
    ['龙潭镇第十八届人民代表大会', null, '龙潭镇'],
    ['石桥乡人民代表大会', null, '石桥乡'],
    ['镇江市人大常委会', null, '镇江市'],
    ['新乡市人大常委会', null, '新乡市'],
  ])('the place of body %s / title %s is %s', (body, title, place) => {
    const r = buildRecord({ session: { ...(body ? { body } : {}), ...(title ? { title } : {}) }, questions: [] });
    expect(sessionPlace(r)?.name ?? null).toBe(place);
  });

  it.each([
    ['榆溪市应急管理局', '榆溪市第十届人大常委会', '市应急管理局'],
    ['榆溪市应急管理局局长', '榆溪市第十届人大常委会', '市应急管理局局长'],
    ['石门县交通运输局', '石门县人大常委会', '县交通运输局'],
    ['沅平市民政局', '桐川市人大常委会', '沅平市民政局'],
    ['市民政局', '桐川市人大常委会', '市民政局'],
    ['榆溪市', '榆溪市人大常委会', '榆溪市'],
  ])('%s in a session of %s reads %s', (name, body, local) => {
    expect(localName(name, sessionPlace(buildRecord({ session: { body }, questions: [] })))).toBe(local);
  });

  it('two sessions of one place, and of two', () => {
    const place = (body: string) => sessionPlace(buildRecord({ session: { body }, questions: [] }));
    expect(samePlace(place('榆溪市第十届人大常委会'), place('榆溪市人大常委会'))).toBe(true);
    expect(samePlace(place('桐川市第九届人大常委会'), place('沅平市人大常委会'))).toBe(false);
    expect(samePlace(place('市人大常委会'), place('市人大常委会'))).toBe(false);
  });

  it.each([
    ['市水利局', '青山市人大常委会', '青山市水利局'],
    ['市水利局局长', '青山市人大常委会', '青山市水利局局长'],
    ['青山市水利局', '青山市人大常委会', '青山市水利局'],
    ['县水利局', '石门县人大常委会', '石门县水利局'],
    // near-misses: another level, another place written out, no place read
    ['省水利厅', '青山市人大常委会', '省水利厅'],
    ['白水市水利局', '青山市人大常委会', '白水市水利局'],
    ['县水利局', '青山市人大常委会', '县水利局'],
    ['市水利局', '市人大常委会', '市水利局'],
  ])('%s between two places, in a session of %s, reads %s', (name, body, placed) => {
    expect(placedName(name, sessionPlace(buildRecord({ session: { body }, questions: [] })))).toBe(placed);
  });

  it('two places: both read and unlike', () => {
    const place = (body: string) => sessionPlace(buildRecord({ session: { body }, questions: [] }));
    expect(differentPlaces(place('青山市人大常委会'), place('白水市第九届人大常委会'))).toBe(true);
    expect(differentPlaces(place('青山市人大常委会'), place('青山市第十七届人大常委会'))).toBe(false);
    expect(differentPlaces(place('市人大常委会'), place('白水市人大常委会'))).toBe(false);
  });
});

describe('[compare/place] bodyKey: one body whatever its term', () => {
  it.each([
    ['赣州市五届人大常委会', '赣州市人大常委会'],
    ['赣州市第五届人大常委会', '赣州市人大常委会'],
    ['邢台市十五届人大常委会', '邢台市人大常委会'],
    ['麒麟区十八届人大常委会', '麒麟区人大常委会'],
    ['岚溪县18届人大常委会', '岚溪县人大常委会'],
    ['十四届全国人大常委会', '全国人大常委会'],
    // near-misses: no term in the name, nothing taken out
    ['赣州市人大常委会', '赣州市人大常委会'],
    ['五指山市人大常委会', '五指山市人大常委会'],
  ])('%s → %s', (body, key) => expect(bodyKey(body)).toBe(key));

  it.each([
    ['市五届人大常委会', '市第五届人大常委会', false],
    ['市五届人大常委会', '市人大常委会', false],
    ['市五届人大常委会', '县五届人大常委会', true],
  ])('bodies with no place, %s and %s: two bodies %s', (a, b, two) => {
    const rec = (body: string) => buildRecord({ session: { body }, questions: [] });
    expect(twoBodies(rec(a), rec(b))).toBe(two);
  });
});

describe('[compare/place] a body written without its place is of the other session\'s place (t73 f1)', () => {
  /** A record of `body`, a member of the congress titled `asker` asking the first question. */
  const rec = (body: string, asker = '市人大常委会委员') => buildRecord({ session: { body }, questions: [{ text: '学位缺口有多大?', asker: ['房静怡', asker] }] });
  // Each row: A's body, B's body, the title of B's asker, the places read (A's, B's), two bodies.
  it.each<[string, string, string, string, [string | null, string | null], boolean]>([
    ['a paper writes its own city\'s congress without the city', '汉州市第十六届人大常委会', '市第十六届人大常委会', '市人大常委会委员', ['汉州市', '汉州市'], false],
    ['the same, the sessions given the other way', '市第十六届人大常委会', '汉州市第十六届人大常委会', '市人大常委会委员', ['汉州市', '汉州市'], false],
    ['a township\'s presidium and its congress', '龙潭镇人大主席团', '龙潭镇第十八届人民代表大会', '镇人大代表', ['龙潭镇', '龙潭镇'], false],
    // near-misses: another level, a title naming another place, two townships
    ['a county\'s committee is no city\'s', '汉州市第十六届人大常委会', '县人大常委会', '县人大常委会委员', ['汉州市', null], true],
    ['a member of another city\'s congress', '汉州市第十六届人大常委会', '市人大常委会', '白水市人大常委会委员', ['汉州市', null], true],
    ['two townships', '龙潭镇人大主席团', '石桥镇人大主席团', '镇人大代表', ['龙潭镇', '石桥镇'], true],
  ])('%s', (_name, a, b, asker, places, two) => {
    const [ra, rb] = [rec(a), rec(b, asker)];
    expect(sessionPlaces(ra, rb).map((p) => p?.name ?? null)).toEqual(places);
    expect(twoBodies(ra, rb)).toBe(two);
  });
});
