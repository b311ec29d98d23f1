/** The pairing score of two promises (promise-score.ts), through comparePromises' vectors: kinds and near-misses. */
import { describe, expect, it } from 'vitest';
import { comparePromises } from '../../src/compare/promises.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { buildRecord } from './build-record.js';

const jieba = defaultSegmenter();
const rec = (measures: string[]) => buildRecord({ questions: [{ text: '如何推进工作?', responders: [['李某', '市政府副市长', '市政府']], measures }] });

describe('[compare/promise-score] scorePair', () => {
  it.each<[string, string, string, string | null]>([
    ['identical words', '推进综治中心规范化建设', '推进综治中心规范化建设', 'repeated'],
    ['one more word', '推进综治中心规范化建设', '持续推进综治中心规范化建设', 'similar'],
    ['found in a clause of a longer measure', '推进综治中心规范化建设', '聚焦本质安全，推进综治中心规范化建设，推行主动警务，深化平安创建', 'shared-clause'],
    // near-miss: a generic verb and nothing else shared
    ['a generic verb only', '推进综治中心规范化建设', '推进老旧小区加装电梯', null],
  ])('%s', (_name, x, y, kind) => {
    const s = comparePromises(rec([x]), rec([y]), jieba, 0.6);
    expect(s.pairs[0]?.kind ?? null).toBe(kind);
  });
});
