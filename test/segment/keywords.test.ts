import { describe, expect, it } from 'vitest';
import { rankKeywords, type IdfTable } from '../../src/segment/keywords.js';

const IDF = new Map([['工作', 2.5], ['矛盾纠纷', 9], ['调解', 8], ['群众', 4], ['的', 0.5]]);
const table: IdfTable = { idf: (w) => IDF.get(w), average: 10 };
const stop = new Set(['我们', '的']);

describe('[keywords] TF-IDF over tokens', () => {
  it.each([
    ['count × IDF, best first', ['工作', '工作', '工作', '矛盾纠纷', '矛盾纠纷', '调解'], 3, ['矛盾纠纷', '调解', '工作']],
    ['unknown words take the average IDF', ['府检联动', '矛盾纠纷'], 2, ['府检联动', '矛盾纠纷']],
    ['single characters, stop words, numbers skipped', ['的', '我们', '2025', '97.78', '%', '案', '群众'], 5, ['群众']],
    ['ties keep reading order', ['群众', '工作', '工作', '群众'], 2, ['群众', '工作']],
    ['n = 0', ['群众'], 0, []],
    ['an astral-plane word counts its characters, not code units', ['𠀀', '𠀀𠀁'], 5, ['𠀀𠀁']],
    ['Latin and digits with Han count', ['5G网络', 'iPhone'], 5, ['5G网络']],
  ])('%s', (_label, tokens, n, expected) => {
    expect(rankKeywords(tokens, n, table, stop)).toEqual(expected);
  });
});

describe('[keywords] the top list equals a full sort', () => {
  // The reference: weigh every distinct keyword, sort by weight then first occurrence, cut at n.
  const reference = (tokens: string[], n: number, t: IdfTable, stops: Set<string>): string[] => {
    const counts = new Map<string, number>();
    for (const w of tokens) counts.set(w.trim(), (counts.get(w.trim()) ?? 0) + 1);
    const scored = [...counts].filter(([w]) => [...w].length >= 2 && !stops.has(w) && /\p{sc=Han}/u.test(w))
      .map(([word, c], order) => ({ word, order, weight: c * (t.idf(word) ?? t.average) }));
    scored.sort((a, b) => b.weight - a.weight || a.order - b.order);
    return scored.slice(0, Math.max(0, n)).map((s) => s.word);
  };
  it('on random sections with many ties, across calls and tables', () => {
    let seed = 7;
    const rand = (k: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
    const vocabulary = ['工作', '矛盾纠纷', '调解', '群众', '的', '我们', '问题', '措施', '2025', '监管', '执法', '教育', ' 群众 ', '学校', '医疗',
      '人大常委会', '中华人民共和国', '𠀀', '𠀀𠀁', '5G网络', 'iPhone', '工作 ', '\u0000工作', '工作\u0000', '府检联动', '府检联'];
    const tables: IdfTable[] = [table, { idf: (w) => (w.length === 2 ? 3 : undefined), average: 6 }];
    for (let round = 0; round < 300; round++) {
      const tokens = Array.from({ length: rand(40) }, () => vocabulary[rand(vocabulary.length)]);
      const t = tables[rand(2)];
      for (const n of [0, 1, 3, 8, 2.5, Number.NaN, Infinity]) expect(rankKeywords(tokens, n, t, stop)).toEqual(reference(tokens, n, t, stop));
    }
  });
});

describe('[keywords] many distinct words in one call (the cache grows mid-way)', () => {
  it('ranks as a full sort does', () => {
    const han = (i: number) => String.fromCharCode(0x4e00 + (i % 20000)) + String.fromCharCode(0x4e00 + Math.floor(i / 20000) * 7 + (i % 13));
    const tokens = Array.from({ length: 30000 }, (_, i) => (i % 3 === 0 ? han(i) + han(i + 1) : han(i % 9000)));
    const t: IdfTable = { idf: (w) => (w.charCodeAt(0) % 7 === 0 ? undefined : (w.charCodeAt(1) % 11) / 3), average: 2.5 };
    const counts = new Map<string, number>();
    for (const w of tokens) counts.set(w, (counts.get(w) ?? 0) + 1);
    const expected = [...counts].map(([word, c], order) => ({ word, order, weight: c * (t.idf(word) ?? t.average) }))
      .sort((a, b) => b.weight - a.weight || a.order - b.order).slice(0, 20).map((x) => x.word);
    expect(rankKeywords(tokens, 20, t, new Set())).toEqual(expected);
  });
});

describe('[keywords] a caller rules words out', () => {
  const counts = (w: string) => /^[三四五六]项$/u.test(w) || w === '请问';
  it.each([
    ['the excluded words give way to the next', ['请问', '三项', '三项', '调解', '群众'], 2, ['调解', '群众']],
    ['none excluded', ['调解', '群众'], 2, ['调解', '群众']],
  ])('%s', (_label, tokens, n, expected) => {
    expect(rankKeywords(tokens, n, table, stop, counts)).toEqual(expected);
  });
  it('a call without the rule after one with it sees every word again (one cache per rule)', () => {
    expect(rankKeywords(['三项', '调解'], 2, table, stop, counts)).toEqual(['调解']);
    expect(rankKeywords(['三项', '调解'], 2, table, stop)).toEqual(['三项', '调解']);
    expect(rankKeywords(['三项', '调解'], 2, table, stop, counts)).toEqual(['调解']);
  });
});
