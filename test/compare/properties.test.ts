/**
 * Properties over generated sessions: compare(b, a) is mirror(compare(a, b)); compare(a, a)
 * shares everything; every measure lands in exactly one place. Sessions are drawn from a pool
 * of questions, measures and figures in the genre, so that chance overlaps and exact ties
 * (the same measure twice) occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { buildRecord, fakeSegmenter, type QuestionSpec, type QuantitySpec } from './build-record.js';

const QUESTIONS = ['市公安局如何推进矛盾纠纷化解?', '如何保障校园食品安全?', '市政府如何提升依法决策水平?', '如何做好违建整治?', '市法院如何破解执行难?'];
const ORGS: [string, string, string][] = [['李某', '市公安局局长', '市公安局'], ['钱某', '市市场监管局局长', '市市场監管局'], ['周某某', '市政府副市长', '市政府'], ['冯某', '市城管局局长', '市城管局'], ['范某', '市法院院长', '市法院']];
const MEASURES = [
  '推进综治中心规范化建设', '持续推进综治中心规范化建设,做实一站式受理', '打击电信诈骗犯罪', '加强执法队伍培训', '健全校园食品安全监管机制',
  '开展食品安全专项整治行动', '提升科学民主依法决策水平', '提升科学民主依法决策水平。严格落实决策程序', '开展违建整治专项行动', '完善执行查控机制',
  // a reversal of the measure before last
  '暂停开展违建整治专项行动',
];
const FIGURES: QuantitySpec[] = [
  { text: '97.78%', value: 97.78, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' },
  { text: '98.60%', value: 98.6, unit: '%', kind: 'percent', indicator: '矛盾纠纷化解率' },
  { text: '120件', value: 120, unit: '件', indicator: '信访积案' },
  { text: '90件', value: 90, unit: '件', indicator: '信访积案' },
  { text: '5.6亿元', value: 5.6e8, unit: '元', kind: 'money', indicator: '执行到位金额' },
  { text: '12345', value: 12345, indicator: null, kind: 'other' },
];

const question: fc.Arbitrary<QuestionSpec> = fc.record({
  q: fc.nat(QUESTIONS.length - 1),
  o: fc.nat(ORGS.length - 1),
  m: fc.array(fc.nat(MEASURES.length - 1), { maxLength: 4 }),
  f: fc.array(fc.nat(FIGURES.length - 1), { maxLength: 3 }),
}).map(({ q, o, m, f }) => ({
  text: QUESTIONS[q], addressees: [ORGS[o][2]], asker: ['王某某', '市人大常委会委员'] as [string, string],
  responders: [ORGS[o]], measures: m.map((k) => MEASURES[k]), quantities: f.map((k) => FIGURES[k]),
}));
const session = fc.array(question, { maxLength: 5 }).map((questions) => buildRecord({ questions }));
const options = { segmenter: fakeSegmenter() };

describe('[compare] properties over generated sessions', () => {
  it('compare(b, a) is the mirror of compare(a, b)', () => {
    fc.assert(fc.property(session, session, (a, b) => {
      expect(compare(b, a, options)).toEqual(mirror(compare(a, b, options)));
    }), { numRuns: 60 });
  });

  it('compare(a, a) shares everything and changes nothing', () => {
    fc.assert(fc.property(session, (a) => {
      const c = compare(a, a, options);
      expect([c.organizations.onlyA, c.people.onlyA, c.topics.onlyA, c.promises.onlyA, c.promises.onlyB, c.promises.reversed, c.promises.done, c.figures.onlyA]).toEqual([[], [], [], [], [], [], [], []]);
      expect(c.promises.pairs.every((p) => p.kind === 'repeated')).toBe(true);
      expect(c.figures.pairs.every((p) => p.change?.text === '无变化')).toBe(true);
      expect([c.terms.a, c.terms.b]).toEqual([[], []]);
    }), { numRuns: 60 });
  });

  it('every measure and every labelled figure is in exactly one place', () => {
    fc.assert(fc.property(session, session, (a, b) => {
      const c = compare(a, b, options);
      // Paired (a measure may pair with several of the other side: one clause each), reversed, reported done or left:
      // each measure in exactly one of these places.
      for (const side of ['a', 'b'] as const) {
        const key = (m: { span: [number, number] }) => `${m.span[0]}:${m.span[1]}`;
        const paired = new Set([...c.promises.pairs, ...c.promises.reversed].map((p) => key(p[side])));
        const done = c.promises.done.filter((d) => d.side === side).map((d) => key(d.promise));
        const left = (side === 'a' ? c.promises.onlyA : c.promises.onlyB).map(key);
        const places = [...paired, ...done, ...left];
        expect(new Set(places).size).toBe(places.length);
        expect(places.length).toBe(c.sessions.counts.measures[side]);
      }
      expect(c.figures.pairs.length + c.figures.onlyA.length + c.figures.unlabeled.a).toBe(c.sessions.counts.quantities.a);
      expect(c.topics.pairs.length + c.topics.onlyB.length).toBe(c.sessions.counts.questions.b);
    }), { numRuns: 60 });
  });
});

/** Offices each written short and in full (model/org-names.ts joins them), and offices written one way only. */
const OFFICES: [string, string][] = [
  ['县文旅局', '县文化和旅游局'], ['县人社局', '县人力资源和社会保障局'], ['县住建局', '县住房和城乡建设局'], ['县发改委', '县发展和改革委员会'],
  ['县水务局', '县水务局'], ['县政府', '县人民政府'],
];
const NAMES = ['苗某', '车某某', '闻某', '苗某'];
const POSTS = ['局长', '副局长', '主任'];
const CHAIRS: [string, string][] = [['晏某', '县人大常委会副主任'], ['晏某', '县人大常委会主任'], ['褚某', '县人大常委会主任']];

const spelled: fc.Arbitrary<QuestionSpec> = fc.record({
  o: fc.nat(OFFICES.length - 1), full: fc.boolean(), name: fc.nat(NAMES.length - 1), post: fc.nat(POSTS.length - 1),
  bare: fc.boolean(), addressed: fc.boolean(),
}).map(({ o, full, name, post, bare, addressed }) => {
  const office = OFFICES[o][full ? 1 : 0];
  // A responder named by post alone ("副局长苗某") has no office in the record.
  const responder: [string, string, string] = bare ? [NAMES[name], POSTS[post], null as unknown as string] : [NAMES[name], office + POSTS[post], office];
  return { text: `${office}如何推进?`, addressees: addressed ? [office] : [], asker: ['王某某', '县人大常委会委员'] as [string, string], responders: [responder] };
});
const spelledSession = fc.record({
  questions: fc.array(spelled, { maxLength: 5 }),
  chair: fc.option(fc.nat(CHAIRS.length - 1), { nil: null }),
}).map(({ questions, chair }) => {
  const r = buildRecord({ questions });
  if (chair !== null) r.session.chair = { name: CHAIRS[chair][0], titles: [CHAIRS[chair][1]], organization: '县人大常委会', span: [0, 0], text: '' };
  return r;
});

describe('[compare] properties over offices spelled two ways', () => {
  it('compare never throws, and compare(b, a) is the mirror of compare(a, b)', () => {
    fc.assert(fc.property(spelledSession, spelledSession, (a, b) => {
      expect(compare(b, a, options)).toEqual(mirror(compare(a, b, options)));
    }), { numRuns: 200 });
  });

  it('every office and every named person is in exactly one place', () => {
    fc.assert(fc.property(spelledSession, spelledSession, (a, b) => {
      const c = compare(a, b, options);
      const o = c.organizations;
      expect(new Set([...o.both, ...o.onlyA, ...o.onlyB].map((r) => r.key)).size).toBe(o.both.length + o.onlyA.length + o.onlyB.length);
      const people = (side: 'a' | 'b') => [...c.people.both, ...(side === 'a' ? c.people.onlyA : c.people.onlyB)].map((p) => p.person[side]!.id).sort();
      const distinct = (r: typeof a) => [...new Set(r.people.filter((p) => p.name).map((p) => p.id))].sort();
      expect(people('a')).toEqual(distinct(a));
      expect(people('b')).toEqual(distinct(b));
    }), { numRuns: 200 });
  });
});
