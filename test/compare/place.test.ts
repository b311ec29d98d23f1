import { describe, expect, it } from 'vitest';
import { bodyKey, differentPlaces, localName, placedName, samePlace, sessionPlace } from '../../src/compare/place.js';
import { twoBodies } from '../../src/compare/figures.js';
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
