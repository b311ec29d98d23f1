// src/extract/indicator-before.ts: the walk back from a figure; its rule families are tested beside their modules
// (predicate-skip, comparison-base, glued-words, glued-modifiers, cut-compounds, phrase-*, leading-verbs, …).
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[indicator-before] what the walk itself decides', () => {
  it.each<[string, string, string | null]>([
    ['罚没款1460万元', '1460', '罚没款'], // a word closing on a noun of money (罚没款/v) before a sum is that money
    ['支付赔偿金300万元', '300', '赔偿金'],
    ['涉老诈骗案件仍占发案总数的21%', '21', '涉老诈骗案件'], // X占Y的: X's share (share-holder.ts)
    ['生态系统生产总值(GEP)为5024.5亿元', '5024.5', '生态系统生产总值'], // an abbreviation in brackets passed over
    // near-misses: a money word before no sum is left to the other rules; no subject before a speech clause
    ['罚没款占比12%', '12', '罚没款占比'],
    ['副市长柳德明表示80%', '80', null],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
