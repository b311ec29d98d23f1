/** A note on the person (ethnicity, sex) in brackets inside a title chain is an aside: the label stays a label. */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';
import { asideEnd, withoutAsides } from '../../src/structure/label-asides.js';

/** The named mentions of `text`: [name, title]. */
function named(text: string): Array<[string | null, string | null]> {
  const view = normalize(text);
  return findMentions({ text, view }).filter((m) => m.name).map((m) => [m.name, m.title]);
}

describe('[label-asides] a note inside a TITLE…NAME： label', () => {
  it.each<[string, string, string, string]>([
    ['ethnicity before the name', '州人大代表、来凤县旧司镇大岩板村党支部书记（土家族）彭家旺：\n我们村有几个孩子', '彭家旺', '州人大代表、来凤县旧司镇大岩板村党支部书记'],
    ['ethnicity between two links', '州人大代表（土家族）、来凤县旧司镇大岩板村党支部书记彭家旺：\n我们村有几个孩子', '彭家旺', '州人大代表、来凤县旧司镇大岩板村党支部书记'],
    ['sex between two links', '县人大代表（女）、县第一中学校长覃丽：请问县教育局，', '覃丽', '县人大代表、县第一中学校长'],
    ['sex and ethnicity in one bracket', '州人大常委会委员（女，回族）、州妇联主席马玉兰：请问州民政局，', '马玉兰', '州人大常委会委员、州妇联主席'],
    ['half-width brackets', '州人大代表、县人民医院院长(苗族)龙建华：请问州卫生健康委，', '龙建华', '州人大代表、县人民医院院长'],
    ['ethnicity after the name (as before)', '州人大代表、县人民医院院长龙建华（苗族）：请问州卫生健康委，', '龙建华', '州人大代表、县人民医院院长'],
  ])('%s', (_name, text, name, title) => {
    expect(named(text)).toContainEqual([name, title]);
  });
});

describe('[label-asides] brackets that are no aside', () => {
  it.each<[string, number]>([
    ['(土家族)彭家旺', 5],
    ['(女)覃丽', 3],
    ['(女,回族)马', 6],
    ['(筹)会长', 0],
    ['(主持工作)夏侯军', 0],
    ['(王某)', 0],
    ['(家族企业)', 0],
    ['土家族', 0],
  ])('%s → %i', (view, end) => {
    expect(asideEnd(view, 0)).toBe(end);
  });
  it('an institution in preparation keeps its bracket: the note is the organization\'s', () => {
    expect(withoutAsides('某某协会（筹）会长')).toBe('某某协会（筹）会长');
    expect(withoutAsides('市妇女联合会主席')).toBe('市妇女联合会主席');
    expect(named('市人大代表、某某协会（筹）会长蒲青：请问市民政局，').map(([n]) => n)).toContain('蒲青');
  });
});
