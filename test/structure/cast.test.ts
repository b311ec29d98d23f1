import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/structure/cast.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

const TEXT = '记者 王某某\n市政府副市长海建才分析,原因有二。海建才表示,将改进。';
function m(whole: string, name: string, title: string | null, nth = 0): SpeakerMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(whole, at + 1);
  const n = at + whole.length - name.length;
  return {
    span: [at, at + whole.length], form: title ? 'title-name' : 'bare-name', name, nameSpan: [n, n + name.length],
    title, titleSpan: title ? [at, at + title.length] : null, organization: title ? '市政府' : null, congress: false,
  };
}

describe('[cast] people from mentions', () => {
  const mentions = [m('王某某', '王某某', null), m('市政府副市长海建才', '海建才', '市政府副市长'), m('海建才', '海建才', null, 1)];
  const cast = findPeople({ text: TEXT, view: normalize(TEXT) }, [[0, 6]], mentions);
  it('leaves out mentions in blocked spans (a byline)', () => {
    expect(cast.mentions.map((x) => x.name)).toEqual(['海建才', '海建才']);
  });
  it('groups a bare name with its first full mention', () => {
    expect(cast.persons.map((p) => [p.id, p.name, p.titles, p.organization, p.mentions.length])).toEqual([['p1', '海建才', ['市政府副市长'], '市政府', 2]]);
    expect(cast.mentions.map((x) => cast.idOf(x))).toEqual(['p1', 'p1']);
  });
});

describe('[cast] 该局 / 该厅: the office named last', () => {
  it('takes the organization of the latest mention ending in the same character', () => {
    const text = '县医疗保障局局长沈某某回答说,将扩大覆盖。该局副局长程某随后补充说,已安排资金。';
    const r = findPeople({ text, view: normalize(text) }, []);
    expect(r.persons.map((p) => [p.name, p.organization])).toEqual([['沈某某', '县医疗保障局'], ['程某', '县医疗保障局']]);
  });
});
