/** Speaker labels set in columns, a space between the organization and its post (spaced-labels.ts). */
import { describe, expect, it } from 'vitest';
import { spacedLabelOrganization } from '../../src/structure/spaced-labels.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

/** The organization read across the spaces before `post` in `text`, as written, or null. */
function orgBefore(text: string, post: string): string | null {
  const view = normalize(text);
  const org = spacedLabelOrganization(lex, view, text.indexOf(post), 0);
  return org?.organization ? text.slice(org.organization[0], org.organization[1]) : null;
}

describe('[spaced-labels] the organization of a label set in columns', () => {
  it.each([
    ['县医疗保障局 局长 何勇：从今年起实行按月预拨。', '局长', '县医疗保障局'],
    ['县卫生健康局 党组书记、局长 唐晓军：县委编办已同意。', '党组书记', '县卫生健康局'],
    ['县人民检察院 党组书记、检察长 钟华：我院将建立机制。', '党组书记', '县人民检察院'],
    ['县卫生健康局　二级巡视员　朱国平：全县14个卫生院。', '二级巡视员', '县卫生健康局'], // ideographic spaces
    ['问题一\n市住建局 副局长 孙强：今年改造42个小区。', '副局长', '市住建局'],
  ])('%s', (text, post, org) => {
    expect(orgBefore(text, post)).toBe(org);
  });

  it.each([
    ['会上 局长 何勇：好。', '局长'], // 会上 is no organization
    ['他询问了县医疗保障局 局长何勇，对方说：好。', '局长'], // running text: the organization does not open the line
    ['县医疗保障局 局长何勇表示，将按月预拨。', '局长'], // no label's colon
    ['县医疗保障局局长 何勇：好。', '局长'], // no space before the post: the plain reading's
    ['县交通局  局长滕远舟：我们将加快。', '局长'], // the name against its post: no columns (speakers.test.ts)
  ])('%s → none', (text, post) => {
    expect(orgBefore(text, post)).toBeNull();
  });

  it('gives the mention its organization and title as written', () => {
    const text = '县医疗保障局 局长 何勇：从今年起实行按月预拨。';
    const [m] = findMentions({ text, view: normalize(text) });
    expect([m.name, m.title, m.organization]).toEqual(['何勇', '县医疗保障局 局长', '县医疗保障局']);
  });
});
