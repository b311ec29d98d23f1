import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { buildRecord, fakeSegmenter } from './build-record.js';
import { sessionA, sessionB } from './sample-records.js';

// These sessions have a handful of words per question, so chance overlaps score higher than in
// real transcripts (for which the default 0.15 is set): the topic bar is raised to 0.2 here.
const options = { segmenter: fakeSegmenter(), topicThreshold: 0.2 };
const ab = compare(sessionA, sessionB, options);

describe('[compare] two known sessions', () => {
  it('counts each session', () => {
    expect(ab.sessions.counts).toEqual({
      questions: { a: 3, b: 3 }, askers: { a: 3, b: 3 }, responders: { a: 3, b: 3 }, measures: { a: 6, b: 5 }, quantities: { a: 2, b: 2 },
    });
    expect(ab.sessions.fields.meeting).toEqual({ a: '第十次会议', b: '第十八次会议' });
  });

  it('shows each chair as a name with its first title, null without one', () => {
    expect(ab.sessions.fields.chair).toEqual({ a: null, b: null });
    const withChair = { ...sessionA, session: { ...sessionA.session, chair: { name: '孟庆林', titles: ['市人大常委会副主任'], organization: '市人大常委会', span: [0, 0] as [number, number], text: '' } } };
    expect(compare(withChair, sessionB, options).sessions.fields.chair).toEqual({ a: '孟庆林（市人大常委会副主任）', b: null });
  });

  it('sorts organizations into both / only A / only B with their questions', () => {
    expect(ab.organizations.both.map((o) => [o.key, o.questions.a, o.questions.b])).toEqual([['市公安局', [1], [2]], ['市政府', [3], [1]]]);
    expect(ab.organizations.onlyA.map((o) => o.key)).toEqual(['市市场监管局']);
    expect(ab.organizations.onlyB.map((o) => o.key)).toEqual(['市城管局']);
  });

  it('finds the people of both sessions and the title that changed', () => {
    expect(ab.people.both.map((p) => [p.name, p.organization, p.titleChanged])).toEqual([['周某某', '市政府', true], ['孙某', null, false], ['李某', '市公安局', false]]);
  });

  it('aligns the questions on the same topic', () => {
    expect(ab.topics.pairs.map((p) => [p.a.index, p.b.index])).toEqual([[1, 2], [3, 1]]);
    expect(ab.topics.onlyA.map((q) => q.index)).toEqual([2]);
    expect(ab.topics.onlyB.map((q) => q.index)).toEqual([3]);
    for (const p of ab.topics.pairs) expect(p.terms.length).toBeGreaterThan(0);
  });

  it('pairs repeated and reworded promises, with the shared terms that explain them', () => {
    const pairs = ab.promises.pairs.map((p) => [p.a.text, p.b.text, p.kind]);
    expect(pairs).toEqual([
      ['推进综治中心规范化建设', '持续推进综治中心规范化建设', 'similar'],
      ['开展食品安全专项整治行动', '开展违建整治专项行动', 'similar'],
      ['提升科学民主依法决策水平', '提升科学民主依法决策水平', 'repeated'],
    ]);
    // The second pair resembles by wording only (专项, 整治, 行动): shown with its terms so a reader can judge.
    const reworded = ab.promises.pairs.find((p) => p.b.text === '持续推进综治中心规范化建设')!;
    expect(reworded.terms.map((t) => t.term).sort()).toEqual(['建设', '综治中心', '规范化']);
    expect(reworded.a.span).toEqual(sessionA.questions[0].answers[0].measures[0].span);
    expect(ab.promises.onlyA.map((m) => m.text)).toEqual(['打击电信诈骗犯罪', '加强执法队伍培训', '健全校园食品安全监管机制']);
    expect(ab.promises.onlyB.map((m) => m.text)).toEqual(['完善行政执法监督平台', '深化数字赋能源头治理']);
  });

  it('reports how the matched figures moved', () => {
    expect(ab.figures.pairs.map((p) => [p.indicator, p.a.text, p.b.text, p.change?.text])).toEqual([
      ['矛盾纠纷化解率', '97.78%', '98.60%', '+0.82 个百分点'],
      ['信访积案', '120件', '90件', '−30 件 (−25%)'],
    ]);
  });

  it('every reference slices its own session to its text', () => {
    const slice = (r: typeof sessionA, span: [number, number]) => {
      const q = r.questions.flatMap((x) => x.turns).find((t) => t.span[0] <= span[0] && span[1] <= t.span[1]) ?? r.questions.find((x) => x.span[0] <= span[0] && span[1] <= x.span[1])!;
      return q.text.slice(span[0] - q.span[0], span[1] - q.span[0]);
    };
    for (const p of ab.promises.pairs) {
      expect(slice(sessionA, p.a.span)).toBe(p.a.text);
      expect(slice(sessionB, p.b.span)).toBe(p.b.text);
    }
    for (const p of ab.figures.pairs) expect(slice(sessionB, p.b.span)).toBe(p.b.text);
  });
});

describe('[compare] properties', () => {
  it.each([['A', sessionA], ['B', sessionB]])('compare(%s, itself) shares everything and changes nothing', (_, r) => {
    const c = compare(r, r, options);
    expect(c.organizations.onlyA).toEqual([]);
    expect(c.organizations.onlyB).toEqual([]);
    expect(c.people.onlyA).toEqual([]);
    expect(c.people.both.every((p) => !p.titleChanged)).toBe(true);
    expect(c.topics.pairs.map((p) => [p.a.index, p.b.index])).toEqual(r.questions.map((q) => [q.index, q.index]));
    expect(c.topics.onlyA).toEqual([]);
    expect(c.promises.pairs.every((p) => p.kind === 'repeated' && p.score === 1 && p.a.path === p.b.path && p.a.question === p.b.question)).toBe(true);
    expect(c.promises.onlyA).toEqual([]);
    expect(c.promises.onlyB).toEqual([]);
    expect(c.figures.pairs.every((p) => p.change?.difference === 0 && p.change.text === '无变化')).toBe(true);
    expect(c.figures.onlyA).toEqual([]);
    expect(c.terms.a).toEqual([]);
    expect(c.terms.b).toEqual([]);
  });

  it('compare(B, A) is the mirror of compare(A, B)', () => {
    expect(compare(sessionB, sessionA, options)).toEqual(mirror(ab));
    expect(mirror(mirror(ab))).toEqual(ab);
  });

  it('names written in Traditional or with full-width spaces meet their Simplified spelling', () => {
    const trad = buildRecord({ questions: [{ text: '市公安局如何推進矛盾糾紛化解?', addressees: ['市公安局'], responders: [['李某', '市公安局局長', '市　公安局']] }] });
    const c = compare(sessionA, trad, options);
    expect(c.organizations.both.map((o) => [o.key, o.name.a, o.name.b])).toEqual([['市公安局', '市公安局', '市公安局']]);
    expect(c.people.both.map((p) => [p.name, p.titleChanged])).toEqual([['李某', false]]);
  });

  it('a promise with the same headline and a new elaboration pairs as same-headline', () => {
    const rec = (m: string) => buildRecord({ questions: [{ text: '如何依法决策?', responders: [['周某某', '市政府副市长', '市政府']], measures: [m, '开展违建整治专项行动'] }] });
    const c = compare(rec('提升科学民主依法决策水平。强化依法决策意识,落实学法用法制度'), rec('提升科学民主依法决策水平,严格落实重大行政决策程序'), options);
    expect(c.promises.pairs.map((p) => [p.a.path, p.b.path, p.kind])).toEqual([['1.1', '1.1', 'same-headline'], ['1.2', '1.2', 'repeated']]);
  });

  it('a promise found again as one clause of a longer measure pairs as shared-clause, with both clauses', () => {
    const a = buildRecord({ questions: [{ text: '如何化解矛盾纠纷?', responders: [['李某', '市公安局局长', '市公安局']], measures: ['聚焦本质安全,推进综治中心规范化建设,推行主动警务、预防警务,深化扫黑除恶'] }] });
    const b = buildRecord({ questions: [{ text: '如何化解矛盾纠纷?', responders: [['李某', '市公安局局长', '市公安局']], measures: ['持续推进综治中心规范化建设,做实矛盾纠纷一站式受理,打击电信诈骗犯罪'] }] });
    const c = compare(a, b, options);
    expect(c.promises.pairs.map((p) => [p.kind, p.clause?.a.text, p.clause?.b.text])).toEqual([['shared-clause', '推进综治中心规范化建设', '持续推进综治中心规范化建设']]);
    const p = c.promises.pairs[0];
    expect(p.terms.map((t) => t.term).sort()).toEqual(['建设', '综治中心', '规范化']);
    const offset = (r: typeof a, span: [number, number]) => r.questions[0].answers[0].measures[0].text.slice(span[0] - r.questions[0].answers[0].measures[0].span[0], span[1] - r.questions[0].answers[0].measures[0].span[0]);
    expect(offset(a, p.clause!.a.span)).toBe('推进综治中心规范化建设');
    expect(offset(b, p.clause!.b.span)).toBe('持续推进综治中心规范化建设');
    expect(compare(b, a, options)).toEqual(mirror(c));
  });

  it('empty records compare without error', () => {
    const empty = buildRecord({ questions: [] });
    const c = compare(empty, sessionA, options);
    expect(c.topics.onlyB).toHaveLength(3);
    expect(c.promises.onlyB).toHaveLength(6);
    expect(compare(empty, empty, options).terms).toEqual({ a: [], b: [], totals: { a: 0, b: 0 } });
  });
});
