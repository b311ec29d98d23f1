// src/extract/phrase-prefixes.ts: prefixes and conditions right before the phrase are part of it.
import { describe, expect, it } from 'vitest';
import { IN_STATE } from '../../src/extract/phrase-prefixes.js';
import { phraseBefore } from './walk-before.js';

describe('[phrase-prefixes] what opens the phrase though taggers cut it off', () => {
  it.each<[string, string, string | null]>([
    ['60周岁以上老年人口达86.5万人', '86.5', '60周岁以上老年人口'], // an age condition
    ['每千人口执业(助理)医师数3.2人', '3.2', '每千人口执业(助理)医师数'], // an insert in brackets (indicator-before.ts)
    ['食品抽检不合格率为1.2%', '1.2', '食品抽检不合格率'], // a negation reverses what is measured
    // near-miss: a negation before a verb of comparison opens the predicate
    ['学费不超过每生每学期300元', '300', '学费'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });

  it.each<[string, boolean]>([['在建项目', true], ['在岗职工', true], ['在校学生', true], ['在建设', false], ['在办理', false], ['在职工中', false]])('%s: 在 names a state %s', (view, want) => {
    expect(IN_STATE.test(view)).toBe(want);
  });
});
