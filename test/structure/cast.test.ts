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

  it.each<[string, string, string, string]>([
    ['the office asked, no speaker of it before', '县人大代表邬某某询问县林业和草原局。该局局长甄某表示，年内完成造林2万亩。', '甄某', '县林业和草原局'],
    ['the office asked after another bureau\'s speaker', '县财政局局长蒯某回答，已安排资金。县人大代表邬某某询问县林业和草原局。该局局长甄某表示，将加快造林。', '甄某', '县林业和草原局'],
    ['该厅: the department named last', '省人大常委会委员祁某询问省交通运输厅。该厅副厅长阮某回答，今年新建农村公路800公里。', '阮某', '省交通运输厅'],
    ['该委: a commission named in full (委员会)', '市人大常委会委员覃某询问市发展和改革委员会。该委主任闵某表示，项目已全部开工。', '闵某', '市发展和改革委员会'],
    ['another institution named last is not it', '县人大代表邬某某询问县林业和草原局和县水利站。该局局长甄某表示，将加快造林。', '甄某', '县林业和草原局'],
  ])('%s', (_name, text, name, org) => {
    const r = findPeople({ text, view: normalize(text) }, []);
    expect(r.persons.find((p) => p.name === name)?.organization).toBe(org);
  });
});

describe('[cast] an office speaking as a label is the one official of it named before', () => {
  const people = (text: string) => {
    const cast = findPeople({ text, view: normalize(text) }, []);
    return cast.mentions.filter((x) => x.form === 'office-only').map((x) => [text.slice(x.span[0], x.span[1]), x.name, cast.persons.find((p) => p.id === cast.idOf(x))?.titles ?? []]);
  };
  it.each<[string, string, Array<[string, string | null, string[]]>]>([
    ['one official of the office in the roster', '列席：市财政局副局长柴文秀、市民政局局长贺立平\n\n委员某某：钱够不够？\n\n市财政局：今年安排2.35亿元。', [['市财政局', '柴文秀', ['市财政局副局长']]]],
    ['two officials of the office: the office', '列席：市财政局局长江海鸥、市财政局副局长柴文秀\n\n委员某某：钱够不够？\n\n市财政局：今年安排2.35亿元。', [['市财政局', null, []]]],
    ['nobody of the office named: the office', '列席：市民政局局长贺立平\n\n委员某某：钱够不够？\n\n市财政局：今年安排2.35亿元。', [['市财政局', null, []]]],
    ['named only after the label: the office', '市财政局：今年安排2.35亿元。\n\n市财政局副局长柴文秀：另外还有1亿元。', [['市财政局', null, []]]],
    // (t65) The one official of the office answered before under his own label: the office's label names only the office.
    ['he answered under his own label before: the office', '委员某某：床位够不够？\n\n市民政局局长贺立平答：床位占比58%。\n\n委员某某：关爱服务怎么落实？\n\n市民政局：纳入关爱服务的有42.6万人。', [['市民政局', null, []]]],
    ['he spoke under a bare colon label before: the office', '委员某某：床位够不够？\n\n市民政局局长贺立平：床位占比58%。\n\n委员某某：关爱服务怎么落实？\n\n市民政局：纳入关爱服务的有42.6万人。', [['市民政局', null, []]]],
    ['he answered before in a report\'s words: the office', '委员某某问，床位够不够？市民政局局长贺立平表示，床位占比58%。\n\n委员某某：关爱服务怎么落实？\n\n市民政局：纳入关爱服务的有42.6万人。', [['市民政局', null, []]]],
    ['named in narration, no label of his: still him', '市民政局局长贺立平到会应询。\n\n委员某某：关爱服务怎么落实？\n\n市民政局：纳入关爱服务的有42.6万人。', [['市民政局', '贺立平', ['市民政局局长']]]],
  ])('%s', (_name, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
