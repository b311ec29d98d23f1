import { describe, expect, it } from 'vitest';
import { compareOrganizations } from '../../src/compare/organizations.js';
import { buildRecord, type QuestionSpec } from './build-record.js';

const q = (addressees: string[], org: string): QuestionSpec => ({ text: '如何推进?', addressees, responders: [['某某', `${org}局长`, org]] });

describe('[compare/organizations]', () => {
  it.each([
    ['a shortened addressee joins its responder\'s full name', [q(['公安局'], '市公安局')], [q(['市公安局'], '市公安局')], ['市公安局'], [], []],
    ['an addressee read too long yields to the responder\'s organization', [q(['市人大常委会副主任某某向市政府'], '市政府')], [q(['市政府'], '市政府')], ['市政府'], [], []],
    ['of two addressees the fuller name stands', [{ text: '如何监督?', addressees: ['市检察院', '检察院'] }], [q(['市检察院'], '市检察院')], ['市检察院'], [], []],
    ['Traditional and full-width forms meet', [q(['市衛健委'], '市衛健委')], [q(['市卫健委'], '市　卫健委')], ['市卫健委'], [], []],
    ['an office abbreviated in one session and written in full in the other meets under the full name', [q(['市住建局'], '市住建局')], [q(['市住房和城乡建设局'], '市住房和城乡建设局')], ['市住房和城乡建设局'], [], []],
    ['the same abbreviation the other way round', [q(['县发展和改革委员会'], '县发展和改革委员会')], [q(['县发改委'], '县发改委')], ['县发展和改革委员会'], [], []],
    // Every pair is chosen before any key is renamed: a pair joined early must not hide a key from a later one.
    ['the short form in A, the full form in B, and a further office only in B', [q(['区卫健局'], '区卫健局')], [q(['区卫生健康局'], '区卫生健康局'), q(['区生态环境局'], '区生态环境局')], ['区卫生健康局'], [], ['区生态环境局']],
    ['the same with an office only in A as well', [q(['区卫健局'], '区卫健局'), q(['区应急管理局'], '区应急管理局')], [q(['区卫生健康局'], '区卫生健康局'), q(['区生态环境局'], '区生态环境局')], ['区卫生健康局'], ['区应急管理局'], ['区生态环境局']],
    ['two abbreviation pairs, the short forms in B', [q(['县文化和旅游局'], '县文化和旅游局'), q(['县人力资源和社会保障局'], '县人力资源和社会保障局')], [q(['县文旅局'], '县文旅局'), q(['县人社局'], '县人社局')], ['县人力资源和社会保障局', '县文化和旅游局'], [], []],
    ['two abbreviation pairs, the short forms in A', [q(['县文旅局'], '县文旅局'), q(['县人社局'], '县人社局')], [q(['县文化和旅游局'], '县文化和旅游局'), q(['县人力资源和社会保障局'], '县人力资源和社会保障局')], ['县人力资源和社会保障局', '县文化和旅游局'], [], []],
    ['one pair each way round', [q(['县文旅局'], '县文旅局'), q(['县人力资源和社会保障局'], '县人力资源和社会保障局')], [q(['县文化和旅游局'], '县文化和旅游局'), q(['县人社局'], '县人社局')], ['县人力资源和社会保障局', '县文化和旅游局'], [], []],
    ['other levels stay apart', [q(['市财政局'], '市财政局')], [q(['县财政局'], '县财政局')], [], ['市财政局'], ['县财政局']],
    // One session writes an office short (the member's question) and full (its head's title): one row, in both.
    ['short and full in one session, full in the other', [q(['市住建局'], '市住房城乡建设局'), q(['市住建局'], '市财政局')], [q(['市住房城乡建设局'], '市住房城乡建设局')], ['市住房城乡建设局'], ['市财政局'], []],
    ['short and full in one session, short in the other', [q(['市工信局'], '市工业和信息化局')], [q(['市工信局'], '市工信局')], ['市工业和信息化局'], [], []],
    ['a 和-joined name cut to its head word (市资源规划局)', [q(['市资源规划局'], '市资源规划局')], [q(['市自然资源和规划局'], '市自然资源和规划局')], ['市自然资源和规划局'], [], []],
    // near-misses: two offices of one session that are not one (other words, other levels) stay two rows
    ['two offices in one session that are not one stay apart', [q(['市社保局'], '市人力资源和社会保障局')], [q(['市人力资源和社会保障局'], '市人力资源和社会保障局')], ['市人力资源和社会保障局'], ['市社保局'], []],
    ['市 and 县 offices in one session stay apart', [q(['县财政局'], '市财政局')], [q(['市财政局'], '市财政局')], ['市财政局'], ['县财政局'], []],
    // A record saved before the parser read 原 before a level: the former office is not the one questioned now.
    ['a former office (原市乡村振兴局局长) is no office questioned: the current title\'s is',
      [q([], '市乡村振兴局')], [{ text: '脱贫人口就业谁来抓?', addressees: [], responders: [['谷某', '市农业农村局副局长、原市乡村振兴局局长', '原市乡村振兴局']] }],
      [], ['市乡村振兴局'], ['市农业农村局']],
    // A quoted name with no count is a phenomenon asked about, no office (a record saved by an earlier build).
    ['a quoted name (“幽灵餐厅”) is no office', [{ text: '外卖平台上的“幽灵餐厅”怎么查?', addressees: ['幽灵餐厅'] }], [q(['市市场监管局'], '市市场监管局')], [], [], ['市市场监管局']],
    ['different courts stay different (out of scope)', [q(['市法院'], '市法院')], [q(['市中级人民法院'], '市中级人民法院')], [], ['市法院'], ['市中级人民法院']],
  ])('%s', (_, qa, qb, both, onlyA, onlyB) => {
    const o = compareOrganizations(buildRecord({ questions: qa }), buildRecord({ questions: qb }));
    expect([o.both.map((r) => r.key), o.onlyA.map((r) => r.key), o.onlyB.map((r) => r.key)]).toEqual([both, onlyA, onlyB]);
  });

  // The congress asks: its bodies in the asker's title, or named as such, are no office questioned.
  const asked = (addressees: string[], asker: [string, string]): QuestionSpec => ({ ...q(addressees, '市水利局'), asker });
  it.each([
    ['the asker\'s committee read from the title chain', [asked(['市水利局', '城建环资工委'], ['邓红梅', '市人大常委会委员、城建环资工委主任'])], ['市水利局'], ['城建环资工委']],
    ['a body with 人大 in its name', [asked(['市水利局', '市人大农业与农村委员会'], ['某某', '市人大常委会委员'])], ['市水利局'], ['市人大农业与农村委员会']],
    // near-misses: a government commission and an office not in the asker's title stay
    ['a government commission (发展和改革委员会) stays', [asked(['市水利局', '市发展和改革委员会'], ['某某', '市人大常委会委员'])], ['市发展和改革委员会', '市水利局'], []],
    ['an office the asker does not hold stays', [asked(['市水利局', '市住建局'], ['邓红梅', '市人大常委会委员、城建环资工委主任'])], ['市住建局', '市水利局'], []],
  ] as const)('%s', (_, qa, kept, dropped) => {
    const o = compareOrganizations(buildRecord({ questions: [...qa] }), buildRecord({ questions: [q(['市财政局'], '市财政局')] }));
    const keys = o.onlyA.map((r) => r.key).sort();
    expect(keys).toEqual([...kept].sort());
    for (const d of dropped) expect(keys).not.toContain(d);
  });

  // Two places' sessions: the generic 市水利局 of each is its own place's office.
  it.each([
    ['two cities: one generic office name is two offices', '青山市人大常委会', '白水市第九届人大常委会', [], ['青山市水利局'], ['白水市水利局']],
    ['one city twice: one office', '青山市人大常委会', '青山市第十七届人大常委会', ['市水利局'], [], []],
    ['a place not read on one side: not told apart', '市人大常委会', '白水市人大常委会', ['市水利局'], [], []],
  ])('%s', (_, bodyA, bodyB, both, onlyA, onlyB) => {
    const rec = (body: string) => buildRecord({ session: { body }, questions: [q(['市水利局'], '市水利局')] });
    const o = compareOrganizations(rec(bodyA), rec(bodyB));
    expect([o.both.map((r) => r.key), o.onlyA.map((r) => r.key), o.onlyB.map((r) => r.key)]).toEqual([both, onlyA, onlyB]);
    expect([...o.onlyA, ...o.onlyB].map((r) => r.name.a ?? r.name.b)).toEqual([...onlyA, ...onlyB]);
  });

  // The session's own place at the head of an office is read as its level (桐川市民政局 in a 桐川市 session = 市民政局).
  it.each([
    ['the place written once, the level the other time', '桐川市第九届人大常委会', '桐川市人大常委会', [q(['桐川市民政局'], '桐川市民政局')], [q(['市民政局'], '市民政局')], ['市民政局'], [], []],
    ['the place and an abbreviation', '榆溪市第十届人大常委会', '榆溪市第十届人大常委会', [q(['榆溪市应急管理局'], '榆溪市应急管理局')], [q(['市应急局'], '市应急局')], ['市应急管理局'], [], []],
    // Two cities' 民政局 are two offices (t40 #11): each read with its own place, not both at the level.
    ['two cities: each office is its own place\'s', '桐川市第九届人大常委会', '沅平市人大常委会', [q(['桐川市民政局'], '桐川市民政局')], [q(['市民政局'], '市民政局')], [], ['桐川市民政局'], ['沅平市民政局']],
    ['a county', '石门县第十八届人大常委会', '石门县人大常委会', [q(['石门县交通运输局'], '石门县交通运输局')], [q(['县交通局'], '县交通局')], ['县交通运输局'], [], []],
    ['another place\'s office keeps its name', '桐川市第九届人大常委会', '桐川市人大常委会', [q(['沅平市民政局'], '沅平市民政局')], [q(['市民政局'], '市民政局')], [], ['沅平市民政局'], ['市民政局']],
  ])('place: %s', (_, bodyA, bodyB, qa, qb, both, onlyA, onlyB) => {
    const o = compareOrganizations(buildRecord({ session: { body: bodyA }, questions: qa }), buildRecord({ session: { body: bodyB }, questions: qb }));
    expect([o.both.map((r) => r.key), o.onlyA.map((r) => r.key), o.onlyB.map((r) => r.key)]).toEqual([both, onlyA, onlyB]);
    const m = compareOrganizations(buildRecord({ session: { body: bodyB }, questions: qb }), buildRecord({ session: { body: bodyA }, questions: qa }));
    expect([m.both.map((r) => r.key), m.onlyA.map((r) => r.key), m.onlyB.map((r) => r.key)]).toEqual([both, onlyB, onlyA]);
  });

  it.each([
    ['市人力资源和社会保障局', '市社保局'],
    ['县文化广电和旅游局', '县广电局'],
    ['区教育体育局', '区体育局'],
  ])('the level never stands for the first word: %s and %s stay two', (full, short) => {
    const o = compareOrganizations(buildRecord({ questions: [q([full], full)] }), buildRecord({ questions: [q([short], short)] }));
    expect([o.both.length, o.onlyA.map((r) => r.key), o.onlyB.map((r) => r.key)]).toEqual([0, [full], [short]]);
  });

  it('an addressee read as a numbered formulation (一府两院) is not one organization', () => {
    const a = buildRecord({ questions: [q(['一府两院'], '市政府')] });
    a.questions[0].formulations = [{ text: '一府两院', number: 3, span: [0, 4] }];
    const o = compareOrganizations(a, a);
    expect(o.both.map((r) => r.key)).toEqual(['市政府']);
  });

  it('counts the questions per organization, once per question', () => {
    const a = buildRecord({ questions: [q(['市公安局', '公安局'], '市公安局'), q(['市司法局'], '市司法局'), q(['市公安局'], '市公安局')] });
    const o = compareOrganizations(a, a);
    expect(o.both.map((r) => [r.key, r.questions.a])).toEqual([['市公安局', [1, 3]], ['市司法局', [2]]]);
  });
});
