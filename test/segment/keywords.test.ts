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
