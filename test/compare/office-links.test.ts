import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { officeLinks } from '../../src/compare/office-links.js';
import { compareOrganizations } from '../../src/compare/organizations.js';
import { comparePeople } from '../../src/compare/people.js';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { buildRecord } from './build-record.js';

/** One question answered by [name, title, office], the answer saying `said` (as a measure 一是…). */
const session = (name: string, title: string, office: string, said?: string) =>
  // One body's sessions (a person at two offices may then be one official moved: see people.ts).
  buildRecord({ session: { body: '锦川市人大常委会' }, questions: [{ text: '如何推进?', responders: [[name, title, office]], ...(said ? { measures: [said] } : {}) }] });

describe('[compare/office-links]', () => {
  it.each<[string, string, string, string | undefined, [string, string, string][]]>([
    ['a former name in the bracket after the office', '区数据资源和政务服务局（原区行政审批局）局长', '区数据资源和政务服务局', undefined,
      [['区行政审批局', '区数据资源和政务服务局', 'renamed']]],
    ['half-width bracket, a committee', '县卫生健康委员会(原县卫生和计划生育委员会)主任', '县卫生健康委员会', undefined,
      [['县卫生和计划生育委员会', '县卫生健康委员会', 'renamed']]],
    ['duties moved to 我局: the speaker\'s office', '市城市管理和综合执法局局长', '市城市管理和综合执法局', '燃气行业管理职责已由市住房和城乡建设局划转至我局',
      [['市住房和城乡建设局', '市城市管理和综合执法局', 'duties']]],
    ['duties moved between two named offices', '市政府副市长', '市政府', '执法职责由市农业农村局划入市市场监督管理局',
      [['市农业农村局', '市市场监督管理局', 'duties']]],
    // (t73 f6) the office's duties moved into 我局, the speaker's; 原 and 新组建的 are no part of the names; 草原 keeps its 原
    ['X的职责已划入我局', '市自然资源和规划局局长', '市自然资源和规划局', '市规划局的职责已划入我局',
      [['市规划局', '市自然资源和规划局', 'duties']]],
    ['职责由原X划入新组建的Y', '盟林业和草原局局长', '盟林业和草原局', '草原监管职责由原盟农牧业局划入新组建的盟林业和草原局',
      [['盟农牧业局', '盟林业和草原局', 'duties']]],
    ['职能由X划入Y', '县食品药品监督管理局局长', '县食品药品监督管理局', '食品生产监管职能由县质量技术监督局划入县食品药品监督管理局',
      [['县质量技术监督局', '县食品药品监督管理局', 'duties']]],
    // Near-misses: a former post of the person, a bracket that is a role, money moved, not duties.
    ['a former post, no office', '市水利局（原副局长）局长', '市水利局', undefined, []],
    ['a role in the bracket', '市水利局（主持工作）副局长', '市水利局', undefined, []],
    ['money transferred, no duties', '市财政局局长', '市财政局', '资金由市财政局划转至各县区', []],
    ['duties kept, no transfer', '市水利局局长', '市水利局', '我局将继续履行监管职责', []],
  ])('%s', (_, title, office, said, want) => {
    const r = session('方某某', title, office, said);
    const links = officeLinks(r);
    expect(links.map((l) => [l.old, l.now, l.how])).toEqual(want);
    const text = r.questions[0].turns.map((t) => t.text).join('') + r.people.flatMap((p) => p.mentions.map((m) => m.text)).join('');
    for (const l of links) expect(text).toContain(l.evidence.text);
  });

  // A sentence of its own saying so, in an answer (as a measure here), the closing or the introduction.
  it.each<[string, string, [string, string, string][]]>([
    ['X更名为Y', '今年5月，市政务服务和大数据管理局更名为市数据局', [['市政务服务和大数据管理局', '市数据局', 'renamed']]],
    ['a word before the old name is no part of it', '会议指出市政务服务和大数据管理局已正式更名为市数据局', [['市政务服务和大数据管理局', '市数据局', 'renamed']]],
    ['原X职责划入Y', '今年机构改革后，原县乡村振兴局职责划入县农业农村局', [['县乡村振兴局', '县农业农村局', 'duties']]],
    ['X并入Y', '县扶贫开发办公室整体并入县农业农村局', [['县扶贫开发办公室', '县农业农村局', 'duties']]],
    ['整合X、Z的职责，组建Y', '整合县扶贫办、县农业农村局的相关职责，组建县乡村振兴局', [['县扶贫办', '县乡村振兴局', 'duties'], ['县农业农村局', '县乡村振兴局', 'duties']]],
    ['组建Y，不再保留X', '组建区数据局，不再保留区大数据中心', [['区大数据中心', '区数据局', 'duties']]],
    // Near-misses: no office after the verb, no office before it, a 组建 of no office.
    ['a name that is no office', '我们把这项服务更名为“一网通办”', []],
    ['组建 a team', '今年组建了排涝抢险队伍56支', []],
    ['money moved in, no office', '资金并入年度预算统筹使用', []],
    ['我局 is no name of its own', '我局已更名为市数据局', []],
  ])('%s', (_, said, want) => {
    const r = session('方某某', '市水利局局长', '市水利局', said);
    const links = officeLinks(r);
    expect(links.map((l) => [l.old, l.now, l.how])).toEqual(want);
  });

  // Merged, dissolved, a duty handed over, 该局: the same lexicon of verbs (office-links.ts VERB).
  it.each<[string, string, [string, string, string][]]>([
    ['X与Z撤并，组建Y', '去年底机构改革中，市水务局与市南水北调工程建设委员会办公室撤并，组建市水利局',
      [['市水务局', '市水利局', 'duties'], ['市南水北调工程建设委员会办公室', '市水利局', 'duties']]],
    ['X与a unit (处) 撤并，组建Y: the office linked', '市水务局与市河道管理处撤并，组建市水利局', [['市水务局', '市水利局', 'duties']]],
    ['X、Z合并组建Y', '县扶贫办、县移民办合并组建县乡村振兴局', [['县扶贫办', '县乡村振兴局', 'duties'], ['县移民办', '县乡村振兴局', 'duties']]],
    ['撤并X，组建Y', '撤并县农机服务中心，组建县农业技术推广中心', [['县农机服务中心', '县农业技术推广中心', 'duties']]],
    ['Y挂牌成立，原X承担的…职责划入该局', '今年2月，市城市更新局挂牌成立，原市住房和城乡建设局承担的老旧小区改造职责划入该局',
      [['市住房和城乡建设局', '市城市更新局', 'duties']]],
    ['原由X承担的…职责移交该中心', '今年3月，区托育服务中心挂牌成立，原由区卫生健康局承担的托育服务管理职责移交该中心',
      [['区卫生健康局', '区托育服务中心', 'duties']]],
    ['该委: the committee named before', '市医疗保障委员会成立后，原市卫生健康委的医保管理职责划入该委', [['市卫生健康委', '市医疗保障委员会', 'duties']]],
    ['a named part of X\'s duties', '原区卫生健康局托育服务管理职责划入区托育服务中心', [['区卫生健康局', '区托育服务中心', 'duties']]],
    ['a unit of X dissolved, into a new office', '今年3月，市城市管理局停车管理处撤并，相关职责划入新组建的市城市停车管理中心',
      [['市城市管理局', '市城市停车管理中心', 'duties']]],
    ['X撤销，其职责并入Y', '县扶贫开发办公室撤销，其职责并入县农业农村局', [['县扶贫开发办公室', '县农业农村局', 'duties']]],
    ['a committee\'s full name before its duties', '原市卫生和计划生育委员会的职责划入市卫生健康委员会', [['市卫生和计划生育委员会', '市卫生健康委员会', 'duties']]],
    // Near-misses: schools and villages merged are no office; 该局 with no office named before it; a case handed over is
    // no duty; 移交 of files.
    ['schools merged', '其中3所幼儿园因生源减少被撤并，目标已调整为27所', []],
    ['villages merged', '全县撤并建制村42个，组建新村18个', []],
    ['two villages merged into a 社区', '东岭村与西岭村合并，组建东西岭社区', []],
    ['该局 with no office set up before it (the speaker\'s 市水利局 is none)', '原市住房和城乡建设局承担的老旧小区改造职责划入该局', []],
    ['该局 after an office only named', '市财政局安排资金，原市住房和城乡建设局承担的老旧小区改造职责划入该局', []],
    ['a case handed over (移交 without duties)', '县市场监管局移交县公安局案件线索5条', []],
    ['a speaker\'s office before another office\'s duties', '市财政局局长王某说市水务局的职责划入市水利局', [['市水务局', '市水利局', 'duties']]],
    ['该中心 when only a 局 was named', '市城市更新局挂牌成立，原市住房和城乡建设局的物业管理职责移交该中心', []],
  ])('%s', (_, said, want) => {
    const r = session('方某某', '市水利局局长', '市水利局', said);
    const links = officeLinks(r);
    expect(links.map((l) => [l.old, l.now, l.how])).toEqual(want);
  });

  it('the introduction is read when the transcript\'s text is given, its evidence spans slicing it', () => {
    const r = session('方某某', '市水利局局长', '市水利局');
    const intro = '今年5月，市政务服务和大数据管理局更名为市数据局。';
    const text = intro;
    const withIntro = { ...r, session: { ...r.session, span: [0, intro.length] as [number, number] } };
    expect(officeLinks(withIntro)).toEqual([]);
    const [l] = officeLinks(withIntro, text);
    expect([l.old, l.now, text.slice(l.evidence.span[0], l.evidence.span[1])]).toEqual(['市政务服务和大数据管理局', '市数据局', l.evidence.text]);
  });

  it('the evidence span slices to its text in the record', () => {
    const r = session('龚某', '市城市管理和综合执法局局长', '市城市管理和综合执法局', '燃气职责已由市住房和城乡建设局划转至我局');
    const [l] = officeLinks(r);
    const t = r.questions[0].turns.find((x) => x.span[0] <= l.evidence.span[0] && l.evidence.span[1] <= x.span[1])!;
    expect(t.text.slice(l.evidence.span[0] - t.span[0], l.evidence.span[1] - t.span[0])).toBe(l.evidence.text);
  });
});

describe('[compare/organizations] offices a session links', () => {
  const a = session('方某某', '区行政审批局局长', '区行政审批局');
  const b = session('方某某', '区数据资源和政务服务局（原区行政审批局）局长', '区数据资源和政务服务局');
  it('a renamed office is one office in both, under its two names', () => {
    const o = compareOrganizations(a, b);
    expect(o.both.map((r) => [r.name.a, r.name.b, r.link?.how])).toEqual([['区行政审批局', '区数据资源和政务服务局', 'renamed']]);
    expect(o.onlyA).toEqual([]);
    expect(o.onlyB).toEqual([]);
    expect(o.both[0].link!.evidence.a).toBeNull();
  });
  it('the same whichever session is A (the old name may stand in B)', () => {
    expect(compareOrganizations(b, a).both.map((r) => [r.name.a, r.name.b, r.key])).toEqual([['区数据资源和政务服务局', '区行政审批局', compareOrganizations(a, b).both[0].key]]);
    expect(compare(b, a)).toEqual(mirror(compare(a, b)));
  });
  it('the person is at one office, not moved', () => {
    const p = comparePeople(a, b);
    expect(p.both.map((r) => [r.name, r.organization, r.officeChanged, r.titleChanged, r.officeLink?.how])).toEqual([['方某某', '区数据资源和政务服务局', false, false, 'renamed']]);
  });
  it('duties moved: one office in both, the head no move', () => {
    const a2 = session('龚某', '市住房和城乡建设局局长', '市住房和城乡建设局');
    const b2 = session('龚某', '市城市管理和综合执法局局长', '市城市管理和综合执法局', '燃气行业管理职责已由市住房和城乡建设局划转至我局');
    expect(compareOrganizations(a2, b2).both.map((r) => r.link?.how)).toEqual(['duties']);
    expect(comparePeople(a2, b2).both.map((r) => [r.organization, r.officeChanged])).toEqual([['市城市管理和综合执法局', false]]);
  });
  it('one person whose office was renamed (组建Y，不再保留X) is in both, no successor of himself (t73 f6)', () => {
    const a4 = buildRecord({ session: { body: '江北省人大常委会' }, questions: [{ text: '如何推进?', responders: [['钱某', '省环境保护厅厅长', '省环境保护厅']] }] });
    const b4 = buildRecord({ session: { body: '江北省人大常委会' }, questions: [{ text: '如何推进?', responders: [['钱某', '省生态环境厅厅长', '省生态环境厅']], measures: ['去年机构改革，组建省生态环境厅，不再保留省环境保护厅'] }] });
    const p = comparePeople(a4, b4);
    expect(p.both.map((r) => [r.name, r.organization, r.officeChanged, r.titleChanged, r.officeLink?.how])).toEqual([['钱某', '省生态环境厅', false, false, 'duties']]);
    expect(p.successors).toEqual([]);
    // near-miss: another person at the renamed office is its head's successor
    const b5 = buildRecord({ session: { body: '江北省人大常委会' }, questions: [{ text: '如何推进?', responders: [['孙某', '省生态环境厅厅长', '省生态环境厅']], measures: ['去年机构改革，组建省生态环境厅，不再保留省环境保护厅'] }] });
    expect(comparePeople(a4, b5).successors.map((s) => [s.post, s.name.a, s.name.b])).toEqual([['厅长', '钱某', '孙某']]);
  });
  it('near-miss: a link naming another office leaves these two apart (a move stays a move)', () => {
    const a3 = session('龚某', '市住房和城乡建设局局长', '市住房和城乡建设局');
    const b3 = session('龚某', '市水务局局长', '市水务局', '排水职责已由市城市管理局划转至我局');
    const o = compareOrganizations(a3, b3);
    expect([o.both.length, o.onlyA.length, o.onlyB.length]).toEqual([0, 1, 1]);
    expect(comparePeople(a3, b3).both.map((r) => [r.organization, r.officeChanged])).toEqual([[null, true]]);
  });
});

describe('[compare] renames in the introduction of a transcript compare has the text of', () => {
  const body = '锦川县人大常委会';
  const a = buildRecord({ session: { body }, questions: [{ text: '如何推进?', responders: [['赖某', '县乡村振兴局局长', '县乡村振兴局']] }] });
  const b0 = buildRecord({ session: { body }, questions: [{ text: '如何推进?', responders: [['潘某', '县农业农村局局长', '县农业农村局']] }] });
  // B's transcript text opening with an introduction: only its introduction is read, and only when the record is
  // this text's (its sha256).
  const full = '今年机构改革后，原县乡村振兴局职责划入县农业农村局。\n';
  it('gives one office and a successor; without the text (a saved record) the two stay apart', () => {
    const raw = JSON.parse(JSON.stringify(b0)) as typeof b0;
    raw.session.span = [0, full.length];
    raw.source.sha256 = createHash('sha256').update(full, 'utf8').digest('hex');
    const c = compare(a, raw, { texts: { b: full } });
    expect(c.organizations.both.map((r) => [r.name.a, r.name.b, r.link?.how])).toEqual([['县乡村振兴局', '县农业农村局', 'duties']]);
    expect(c.people.successors.map((s) => [s.organization, s.post, s.name.a, s.name.b])).toEqual([['县农业农村局', '局长', '赖某', '潘某']]);
    expect(compare(a, raw).organizations.both).toEqual([]);
    // near-miss: a text that is not the record's own (another sha256) is not read
    expect(compare(a, raw, { texts: { b: full + '。' } }).organizations.both).toEqual([]);
  });
});

describe('[compare] merged offices and duties handed to 该局: one office, its head succeeded', () => {
  const body = '衡阳市人大常委会';
  const a = buildRecord({ session: { body }, questions: [{ text: '如何推进?', responders: [['王某', '市水务局局长', '市水务局']] }] });
  const b0 = buildRecord({ session: { body }, questions: [{ text: '如何推进?', responders: [['胡某', '市水利局局长', '市水利局']] }] });
  const withIntro = (intro: string) => {
    const raw = JSON.parse(JSON.stringify(b0)) as typeof b0;
    raw.session.span = [0, intro.length];
    raw.source.sha256 = createHash('sha256').update(intro, 'utf8').digest('hex');
    return compare(a, raw, { texts: { b: intro } });
  };
  it.each([
    ['X与Z撤并，组建Y', '去年底机构改革中，市水务局与市南水北调办公室撤并，组建市水利局。\n'],
    ['Y挂牌成立，原X…职责划入该局', '今年2月，市水利局挂牌成立，原市水务局承担的水利工程管理职责划入该局。\n'],
  ])('%s', (_, intro) => {
    const c = withIntro(intro);
    expect(c.organizations.both.map((r) => [r.name.a, r.name.b, r.link?.how])).toEqual([['市水务局', '市水利局', 'duties']]);
    expect(c.people.successors.map((s) => [s.organization, s.post, s.name.a, s.name.b])).toEqual([['市水利局', '局长', '王某', '胡某']]);
  });
  it('near-miss: villages merged link nothing', () => {
    const c = withIntro('去年全市撤并建制村42个，组建新村18个。\n');
    expect([c.organizations.both.length, c.people.successors.length]).toEqual([0, 0]);
  });
});

describe('[compare/people] successors in a head post', () => {
  const two = (x: [string, string, string][], y: [string, string, string][]) => comparePeople(
    buildRecord({ questions: x.map((r) => ({ text: '如何推进?', responders: [r] })) }),
    buildRecord({ questions: y.map((r) => ({ text: '如何推进?', responders: [r] })) }),
  ).successors.map((s) => [s.organization, s.post, s.name.a, s.name.b]);
  it.each<[string, [string, string, string][], [string, string, string][], string[][]]>([
    ['the same head post, another person', [['彭某某', '市水利局局长', '市水利局']], [['唐某某', '市水利局局长', '市水利局']], [['市水利局', '局长', '彭某某', '唐某某']]],
    ['the office spelled two ways', [['彭某', '县卫生健康局局长', '县卫生健康局']], [['唐某', '县卫健局局长', '县卫健局']], [['县卫生健康局', '局长', '彭某', '唐某']]],
    ['a committee\'s head', [['邓某', '市卫生健康委主任', '市卫生健康委']], [['罗某', '市卫生健康委主任', '市卫生健康委']], [['市卫生健康委', '主任', '邓某', '罗某']]],
    // Near-misses.
    ['a head and a deputy: no succession', [['邓某', '市卫生健康委主任', '市卫生健康委']], [['罗某', '市卫生健康委副主任', '市卫生健康委']], []],
    ['two deputies: an office has several', [['甲某', '市水利局副局长', '市水利局']], [['乙某', '市水利局副局长', '市水利局']], []],
    ['another office', [['彭某', '市水利局局长', '市水利局']], [['唐某', '市财政局局长', '市财政局']], []],
    ['the same person twice: no successor', [['彭某', '市水利局局长', '市水利局']], [['彭某', '市水利局局长', '市水利局']], []],
    ['two holders on one side: not guessed', [['彭某', '市水利局局长', '市水利局'], ['钱某', '市水利局局长', '市水利局']], [['唐某', '市水利局局长', '市水利局']], []],
    ['members of the congress are no post to succeed', [['甲某', '市人大常委会委员', '市人大常委会']], [['乙某', '市人大常委会委员', '市人大常委会']], []],
    // An acting head holds the head's post: 代理局长, 代局长, 临时负责 + post.
    ['a 代理局长 succeeds the 局长', [['戴某', '区综合行政执法局局长', '区综合行政执法局']], [['朱某', '区综合行政执法局代理局长', '区综合行政执法局']], [['区综合行政执法局', '局长', '戴某', '朱某']]],
    ['a 代局长 succeeds the 局长', [['戴某', '市水利局局长', '市水利局']], [['朱某', '市水利局代局长', '市水利局']], [['市水利局', '局长', '戴某', '朱某']]],
    ['a 代理院长 succeeded by the 院长', [['邓某', '市中级人民法院代理院长', '市中级人民法院']], [['罗某', '市中级人民法院院长', '市中级人民法院']], [['市中级人民法院', '院长', '邓某', '罗某']]],
    ['临时负责 + post', [['戴某', '市水利局局长', '市水利局']], [['朱某', '市水利局临时负责局长', '市水利局']], [['市水利局', '局长', '戴某', '朱某']]],
    // near-miss: an acting deputy is a deputy (an office has several)
    ['a 代理副局长 is no head', [['戴某', '市水利局局长', '市水利局']], [['朱某', '市水利局代理副局长', '市水利局']], []],
    // A deputy running the office (主持工作) stands in for the head, as 代理 does.
    ['主持工作的副局长 succeeds the 局长', [['林某', '市民政局局长', '市民政局']], [['杨某', '市民政局主持工作的副局长', '市民政局']], [['市民政局', '局长', '林某', '杨某']]],
    ['副主任（主持工作） succeeds the 主任', [['郭某', '市国资委主任', '市国资委']], [['洪某', '市国资委副主任（主持工作）', '市国资委']], [['市国资委', '主任', '郭某', '洪某']]],
    ['副局长(主持全面工作)', [['孙某', '市生态环境局局长', '市生态环境局']], [['郑某', '市生态环境局副局长(主持全面工作)', '市生态环境局']], [['市生态环境局', '局长', '孙某', '郑某']]],
    ['主持工作的副支队长 succeeds the 支队长', [['贾某', '市公安局交通管理支队支队长', '市公安局交通管理支队']], [['林某', '市公安局交通管理支队主持工作的副支队长', '市公安局交通管理支队']], [['市公安局交通管理支队', '支队长', '贾某', '林某']]],
    // near-misses: a deputy (no duty written), a bracket of rank
    ['a 副局长 is no head', [['林某', '市民政局局长', '市民政局']], [['杨某', '市民政局副局长', '市民政局']], []],
    ['副局长（正处级） is no head', [['林某', '市民政局局长', '市民政局']], [['杨某', '市民政局副局长（正处级）', '市民政局']], []],
  ])('%s', (_, x, y, want) => {
    expect(two(x, y)).toEqual(want);
  });
  it('the duty written apart among the titles (副局长郑某（主持工作）): the deputy stands in; without it, no successor', () => {
    const a = buildRecord({ questions: [{ text: '如何推进?', responders: [['孙某', '市生态环境局局长', '市生态环境局']] }] });
    const b = buildRecord({ questions: [{ text: '如何推进?', responders: [['郑某', '市生态环境局副局长', '市生态环境局']] }] });
    expect(comparePeople(a, b).successors).toEqual([]);
    b.people.find((p) => p.name === '郑某')!.titles.push('主持工作');
    expect(comparePeople(a, b).successors.map((s) => [s.organization, s.post, s.name.a, s.name.b])).toEqual([['市生态环境局', '局长', '孙某', '郑某']]);
  });
  it('mirrors', () => {
    const a = buildRecord({ questions: [{ text: '如何推进?', responders: [['彭某某', '市水利局局长', '市水利局']] }] });
    const b = buildRecord({ questions: [{ text: '如何推进?', responders: [['唐某某', '市水利局局长', '市水利局']] }] });
    expect(compare(b, a)).toEqual(mirror(compare(a, b)));
  });
});
