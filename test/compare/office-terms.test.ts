import { describe, expect, it } from 'vitest';
import { foldOffices, officeSpellings } from '../../src/compare/office-terms.js';
import { compare } from '../../src/compare/compare.js';
import type { OrganizationRow } from '../../src/compare/types.js';
import { buildRecord, fakeSegmenter, TEST_WORDS } from './build-record.js';

const row = (key: string, a: string | null, b: string | null): OrganizationRow => ({ key, name: { a, b }, questions: { a: [1], b: [1] } });

describe('[compare/office-terms]', () => {
  it.each([
    ['both spellings of an office questioned in both count as its key', ['区卫生健康局', '区卫健局', '卫生健康局', '医疗'], [row('区卫生健康局', '区卫生健康局', '区卫健局')], ['区卫生健康局', '区卫生健康局', '区卫生健康局', '医疗']],
    ['an office written alike in both is left as it is', ['区公安局', '公安局'], [row('区公安局', '区公安局', '区公安局')], ['区公安局', '公安局']],
    ['no office in both: nothing folds', ['县文旅局'], [], ['县文旅局']],
    ['another office of the same kind stays itself', ['区教育局', '区卫健委'], [row('区卫生健康局', '区卫生健康局', '区卫健局')], ['区教育局', '区卫健委']],
  ])('%s', (_, terms, both, expected) => {
    expect(foldOffices(terms, both)).toEqual(expected);
  });

  it('the spellings to cut whole: those of offices in both under two spellings, folded, once each', () => {
    expect(officeSpellings([row('区卫生健康局', '区衛生健康局', '区卫健局'), row('区公安局', '区公安局', '区公安局'), row('区卫健委', null, '区卫健委')]))
      .toEqual(['区卫健局', '区卫生健康局']);
  });

  it('the two spellings of one office are not listed as distinctive terms of either session', () => {
    // The segmenter does not know the offices: compare has them cut whole (else 区卫健局 falls apart in pieces).
    const words = [...TEST_WORDS, '医疗', '卫生', '健康'];
    const session = (office: string, topic: string) => buildRecord({ questions: [
      { text: `${office}如何加强${topic}?`, addressees: [office], responders: [['甄某', `${office}局长`, office]] },
      { text: `${office}如何提升医疗服务?`, addressees: [office], responders: [['甄某', `${office}局长`, office]] },
    ] });
    const c = compare(session('区卫生健康局', '食品安全'), session('区卫健局', '违建整治'), { segmenter: fakeSegmenter(words) });
    expect(c.organizations.both.map((r) => r.key)).toEqual(['区卫生健康局']);
    const listed = [...c.terms.a, ...c.terms.b];
    expect(listed.map((t) => t.term)).not.toContain('区卫健局');
    // One term, as often in each session: it leans to neither more than any shared word does.
    const office = listed.find((t) => t.term === '区卫生健康局');
    expect(office?.count).toEqual({ a: 4, b: 4 });
    expect(office?.z ?? 0).toBeLessThan(0.2);
    expect(listed.map((t) => t.term)).toEqual(expect.arrayContaining(['食品安全', '违建', '整治']));
  });
});
