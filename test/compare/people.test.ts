import { describe, expect, it } from 'vitest';
import { comparePeople, titleChanges } from '../../src/compare/people.js';
import type { InquiryRecord } from '../../src/model/record.js';
import { buildRecord, type QuestionSpec } from './build-record.js';

/** One question answered by each [name, title, office] (office null: named by post alone, "副区长某"). */
const session = (...responders: [string, string, string | null][]) => buildRecord({
  questions: responders.map(([name, title, office]): QuestionSpec => ({ text: '如何推进?', responders: [[name, title, office as string]] })),
});
const rows = (people: ReturnType<typeof comparePeople>) => ({
  both: people.both.map((p) => [p.name, p.organization, p.titleChanged]),
  onlyA: people.onlyA.map((p) => [p.name, p.organization]),
  onlyB: people.onlyB.map((p) => [p.name, p.organization]),
});

describe('[compare/people]', () => {
  it.each<[string, [string, string, string | null], boolean]>([
    // A title not stated on one side ("追问（廖某）：") is no change; a new post is.
    ['no title on one side', ['廖某', '', null], false],
    ['a new post', ['廖某', '市人大常委会副主任', '市人大常委会'], true],
  ])('a title missing is no change of title: %s', (_, responderB, changed) => {
    const a = session(['廖某', '市人大常委会委员', '市人大常委会']);
    const b = session(responderB);
    for (const p of b.people) p.titles = p.titles.filter((t) => t !== '');
    expect(comparePeople(a, b).both.map((p) => [p.name, p.titleChanged])).toEqual([['廖某', changed]]);
  });
  it.each([
    ['one office written in full and abbreviated: one person, one post',
      session(['容某', '区卫生健康局局长', '区卫生健康局']), session(['容某', '区卫健局局长', '区卫健局']),
      { both: [['容某', '区卫生健康局', false]], onlyA: [], onlyB: [] }],
    ['the same, the short form in A',
      session(['容某', '市文旅局局长', '市文旅局']), session(['容某', '市文化和旅游局局长', '市文化和旅游局']),
      { both: [['容某', '市文化和旅游局', false]], onlyA: [], onlyB: [] }],
    // A 和-joined name cut to its first word's head (资源规划 of 自然资源和规划): one office, no move, no change (t66 p02).
    ['市资源规划局 and 市自然资源和规划局: one person, one post',
      session(['黎某', '市资源规划局副局长', '市资源规划局']), session(['黎某', '市自然资源和规划局副局长', '市自然资源和规划局']),
      { both: [['黎某', '市自然资源和规划局', false]], onlyA: [], onlyB: [] }],
    ['a new post at one office spelled two ways is a title change',
      session(['岑某某', '市住建局副局长', '市住建局']), session(['岑某某', '市住房和城乡建设局局长', '市住房和城乡建设局']),
      { both: [['岑某某', '市住房和城乡建设局', true]], onlyA: [], onlyB: [] }],
    ['no office on one side, the only one of the name on the other: one person, the post written with and without the office',
      session(['鲍某', '副区长', null]), session(['鲍某', '区政府副区长', '区政府']),
      { both: [['鲍某', '区政府', false]], onlyA: [], onlyB: [] }],
    ['no office on one side, two of the name on the other: not guessed',
      session(['鲍某', '副区长', null]), session(['鲍某', '区政府副区长', '区政府'], ['鲍某', '区水务局局长', '区水务局']),
      { both: [], onlyA: [['鲍某', null]], onlyB: [['鲍某', '区政府'], ['鲍某', '区水务局']] }],
    ['the same name at two unrelated offices stays two people',
      session(['岑某某', '市住建局副局长', '市住建局']), session(['岑某某', '市城管局局长', '市城管局']),
      { both: [], onlyA: [['岑某某', '市住建局']], onlyB: [['岑某某', '市城管局']] }],
    ['other levels stay apart',
      session(['容某', '市财政局局长', '市财政局']), session(['容某', '县财政局局长', '县财政局']),
      { both: [], onlyA: [['容某', '市财政局']], onlyB: [['容某', '县财政局']] }],
    ['an office without its level that could be either of two is not guessed',
      session(['容某', '财政局局长', '财政局']), session(['容某', '市财政局局长', '市财政局'], ['容某', '县财政局局长', '县财政局']),
      { both: [], onlyA: [['容某', '财政局']], onlyB: [['容某', '市财政局'], ['容某', '县财政局']] }],
    ['the office as written first, then the other spelling',
      session(['容某', '市财政局局长', '市财政局'], ['容某', '区人社局局长', '区人社局']), session(['容某', '区人力资源和社会保障局局长', '区人力资源和社会保障局'], ['容某', '市财政局局长', '市财政局']),
      { both: [['容某', '区人力资源和社会保障局', false], ['容某', '市财政局', false]], onlyA: [], onlyB: [] }],
    // A chain of titles (、): one left out, a former post kept or dropped, 现任 before the office — no change.
    ['a chain of two titles, then one of them: the office they share, no change',
      session(['郑某', '县人大常委会委员、县总工会主席', '县总工会']), session(['郑某', '县人大常委会委员', '县人大常委会']),
      { both: [['郑某', '县人大常委会', false]], onlyA: [], onlyB: [] }],
    ['a former post (原局长) beside the title held: no office of now, no change',
      session(['孔某', '县人大常委会委员、县农业农村局原局长', '县农业农村局']), session(['孔某', '县人大常委会委员', '县人大常委会']),
      { both: [['孔某', '县人大常委会', false]], onlyA: [], onlyB: [] }],
    ['现任 is a marker, not part of the office',
      session(['刘某', '省人大农业与农村委员会主任委员', '省人大农业与农村委员会']),
      session(['刘某', '省农业农村厅原厅长、现任省人大农业与农村委员会主任委员', '现任省人大农业与农村委员会']),
      { both: [['刘某', '省人大农业与农村委员会', false]], onlyA: [], onlyB: [] }],
    ['near-miss: a chain, then another post at one of its offices is a title change',
      session(['郑某', '县人大常委会委员、县总工会主席', '县总工会']), session(['郑某', '县人大常委会副主任', '县人大常委会']),
      { both: [['郑某', '县人大常委会', true]], onlyA: [], onlyB: [] }],
    ['near-miss: a chain shares no office with an unrelated one: two people',
      session(['郑某', '县人大常委会委员、县总工会主席', '县总工会']), session(['郑某', '县水利局局长', '县水利局']),
      { both: [], onlyA: [['郑某', '县总工会']], onlyB: [['郑某', '县水利局']] }],
  ] as [string, InquiryRecord, InquiryRecord, ReturnType<typeof rows>][])('%s', (_, a, b, expected) => {
    expect(rows(comparePeople(a, b))).toEqual(expected);
    // The same whichever session is A.
    expect(rows(comparePeople(b, a))).toEqual({ both: expected.both, onlyA: expected.onlyB, onlyB: expected.onlyA });
  });

  /** The same, the sessions of a body. */
  const of = (body: string, ...responders: [string, string, string | null][]) => {
    const r = session(...responders);
    r.session.body = body;
    return r;
  };
  const moved = (people: ReturnType<typeof comparePeople>) => people.both.map((p) => [p.name, p.organization, p.titleChanged, p.officeChanged]);

  it.each([
    ['one city\'s body twice, the name once on each side: an official moved between offices',
      of('榆溪市第十届人大常委会', ['黎某华', '市应急管理局局长', '市应急管理局']), of('榆溪市第十届人大常委会', ['黎某华', '市水务局局长', '市水务局']),
      [['黎某华', null, true, true]]],
    ['the same across two terms of the body',
      of('青原区第五届人大常委会', ['殷某', '区政府副秘书长', '区政府']), of('青原区第六届人大常委会', ['殷某', '区城管局局长', '区城管局'])],
    ['the place written in the office one time: one office, one post',
      of('榆溪市第十届人大常委会', ['黎某华', '榆溪市应急管理局局长', '榆溪市应急管理局']), of('榆溪市第十届人大常委会', ['黎某华', '市应急局局长', '市应急局']),
      [['黎某华', '榆溪市应急管理局', false, false]]],
    ['two cities: the same name at two offices stays two people',
      of('桐川市第九届人大常委会', ['黎某华', '市应急管理局局长', '市应急管理局']), of('沅平市人大常委会', ['黎某华', '市水务局局长', '市水务局']), []],
    ['two cities: the same name at the same generic office (市水利局) is two people',
      of('青山市第十七届人大常委会', ['许某明', '市水利局局长', '市水利局']), of('白水市第九届人大常委会', ['许某明', '市水利局局长', '市水利局']), []],
    ['two cities: a name with no office on one side is not guessed one person',
      of('青山市第十七届人大常委会', ['许某明', '副市长', null]), of('白水市第九届人大常委会', ['许某明', '市政府副市长', '市政府']), []],
    ['two cities, an office of the province both times: one person',
      of('青山市第十七届人大常委会', ['许某明', '省水利厅副厅长', '省水利厅']), of('白水市第九届人大常委会', ['许某明', '省水利厅副厅长', '省水利厅']),
      [['许某明', '省水利厅', false, false]]],
    ['one city twice, the same generic office: one person',
      of('青山市第十七届人大常委会', ['许某明', '市水利局局长', '市水利局']), of('青山市人大常委会', ['许某明', '市水利局局长', '市水利局']),
      [['许某明', '市水利局', false, false]]],
    ['one body, a former post (原局长) and the title held at another office: not moved',
      of('灵水县人大常委会', ['孔某', '县人大常委会委员、县农业农村局原局长', '县农业农村局']), of('灵水县人大常委会', ['孔某', '县人大常委会委员', '县人大常委会']),
      [['孔某', '县人大常委会', false, false]]],
    ['one body, but the name twice on one side: not guessed',
      of('榆溪市第十届人大常委会', ['黎某华', '市应急管理局局长', '市应急管理局']), of('榆溪市第十届人大常委会', ['黎某华', '市水务局局长', '市水务局'], ['黎某华', '市财政局副局长', '市财政局']), []],
  ] as [string, InquiryRecord, InquiryRecord, unknown[][]?][])('moved: %s', (_, a, b, expected = [[(a.people[0].name), null, true, true]]) => {
    expect(moved(comparePeople(a, b))).toEqual(expected);
    expect(moved(comparePeople(b, a))).toEqual(expected);
  });

  const chaired = (name: string | null, title: string) => {
    const r = session(['容某', '区卫健局局长', '区卫健局']);
    if (name) r.session.chair = { name, titles: [title], organization: '区人大常委会', span: [0, 0], text: '' };
    return r;
  };

  it.each([
    ['the same chair promoted', chaired('计某', '区人大常委会副主任'), chaired('计某', '区人大常委会主任'), { name: '计某', changed: true, count: 1 }],
    ['the same chair, the same title', chaired('计某', '区人大常委会主任'), chaired('计某', '区人大常委会主任'), { name: '计某', changed: false, count: 0 }],
    ['two chairs', chaired('计某', '区人大常委会副主任'), chaired('沙某某', '区人大常委会主任'), null],
    ['no chair in one session', chaired('计某', '区人大常委会副主任'), chaired(null, ''), null],
  ] as [string, InquiryRecord, InquiryRecord, { name: string; changed: boolean; count: number } | null][])('chair: %s', (_, a, b, expected) => {
    const people = comparePeople(a, b);
    expect(people.chair && { name: people.chair.name, changed: people.chair.titleChanged, count: titleChanges(people) }).toEqual(expected);
    expect(comparePeople(b, a).chair?.titles ?? null).toEqual(people.chair && { a: people.chair.titles.b, b: people.chair.titles.a });
  });

  it('a chair who also asks is counted once among the title changes', () => {
    const asking = (title: string) => {
      const r = buildRecord({ questions: [{ text: '如何推进?', asker: ['计某', title], responders: [['容某', '区卫健局局长', '区卫健局']] }] });
      r.session.chair = { name: '计某', titles: [title], organization: null, span: [0, 0], text: '' };
      return r;
    };
    const people = comparePeople(asking('区人大常委会副主任'), asking('区人大常委会主任'));
    expect([people.both.find((p) => p.name === '计某')?.titleChanged, people.chair?.titleChanged, titleChanges(people)]).toEqual([true, true, 1]);
  });
});
