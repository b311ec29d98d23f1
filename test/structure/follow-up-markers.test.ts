import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

describe('[follow-up-markers] a line holding only a 追问 mark over a label', () => {
  /** Two exchanges of one member, the mark `marker` alone on its line over the second label. */
  const transcript = (marker: string, gap = '') => [
    '青禾县人大常委会专题询问实录', '',
    '县人大常委会委员鲁思远：请问县交通局，农村公路养护资金缺口多大？', '',
    '县交通局局长韦承志：缺口约2600万元。', '',
    marker, gap,
    '县人大常委会委员鲁思远：这个缺口准备怎么补上？', '',
    '县交通局局长韦承志：争取省级补助，县财政兜底。',
  ].filter((l, i, a) => !(l === '' && a[i - 1] === marker && gap === '')).join('\n');

  it.each<[string, string]>([
    ['追问 with its colon', '追问：'],
    ['追问 bare', '追问'],
    ['in corner brackets', '【追问】'],
    ['in parentheses', '（追问）'],
    ['in square brackets', '［追问］'],
    ['in bold', '**追问：**'],
  ])('%s', (_, marker) => {
    const text = transcript(marker);
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions).toHaveLength(2);
    const [first, second] = s.questions;
    expect(second.followUpOf).toBe(1);
    // The mark is no part of the question, nor of the answer before it; the label below is read as a label.
    expect(second.text).toBe('这个缺口准备怎么补上？');
    expect(first.turns.at(-1)!.text).not.toContain('追问');
    expect(second.sectionSpan[0]).toBe(text.indexOf(marker.replace(/\*/gu, '')) - (marker.startsWith('**') ? 2 : 0));
    const askers = s.questions.map((q) => q.askers.map((id) => s.people.find((p) => p.id === id)?.name));
    expect(askers).toEqual([['鲁思远'], ['鲁思远']]);
  });

  it('a blank line between the mark and the label', () => {
    const text = transcript('追问：', '\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions.map((q) => [q.followUpOf, q.text])).toEqual([[null, '请问县交通局，农村公路养护资金缺口多大？'], [1, '这个缺口准备怎么补上？']]);
  });

  it.each(['追问：', '【追问】'])('another member under the mark %s follows up the exchange just answered', (marker) => {
    const text = transcript(marker).replace(/(\n)县人大常委会委员鲁思远：这个缺口/u, '$1县人大常委会委员蒲晓燕：这个缺口');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions.map((q) => [q.followUpOf, q.text])).toEqual([[null, '请问县交通局，农村公路养护资金缺口多大？'], [1, '这个缺口准备怎么补上？']]);
    expect(s.people.find((p) => p.id === s.questions[1].askers[0])?.name).toBe('蒲晓燕');
  });

  it('a mark with words on its line is a 问 label of its own, not a marker line', () => {
    const text = [
      '询问人：县人大常委会委员 鲁思远', '问：农村公路养护资金缺口多大？', '答：缺口约2600万元。',
      '追问：这个缺口准备怎么补上？', '答：争取省级补助。',
    ].join('\n');
    const s = buildStructure({ text, view: normalize(text) });
    expect(s.questions.map((q) => [q.followUpOf, q.text])).toEqual([[null, '农村公路养护资金缺口多大？'], [1, '这个缺口准备怎么补上？']]);
  });
});
