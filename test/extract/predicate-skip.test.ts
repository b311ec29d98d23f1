// src/extract/predicate-skip.ts: the predicate between a phrase and its figure is skipped before the walk.
import { describe, expect, it } from 'vitest';
import { predicateStart } from '../../src/extract/predicate-skip.js';
import type { Token } from '../../src/segment/segmenter.js';
import { phraseBefore } from './walk-before.js';

/** Tokens glued one after the other from `word/tag` pairs. */
function tokens(...words: string[]): Token[] {
  let at = 0;
  return words.map((w) => {
    const [text, tag] = w.split('/');
    const t: Token = { text, span: [at, at + text.length], tag };
    at += text.length;
    return t;
  });
}

describe('[predicate-skip] where the walk back from a figure starts', () => {
  it.each<[string[], number]>([
    [['托位数/n', '仅为/x'], 0], // a linking adverb
    [['事故/n', '总量/n', '再降/v'], 1], // a change after an adverb of repetition
    [['维修/v', '资金/n', '需要/v'], 1], // a verb of need
    [['整改/v', '资金/n', '约/d', '需/v'], 1], // and a hedge before it
    [['调蓄/n', '能力/n', '达到/v', '每/zg', '小时/n'], 1], // the base of a rate after a linking verb
    [['医养/n', '机构/n', '已/d', '发展/vn', '到/v'], 1], // a verb of growth reaching the figure through 到
    [['用时/x', '已/d', '压缩/v', '至/p'], 0],
    [['基层/n', '干部/n', '等/u'], 1], // 等 closing the examples of what is counted
    [['家庭/n', '等/v', '了/ul'], 2], // the verb 等 "wait" with its aspect particle: no closer of examples (only 了 skipped)
    [['资金/n', '缺口/n', '还/d', '差/a'], 1], // a shortfall after an adverb
    [['资金/n', '尚差/x'], 0], // the tagger's one word of shortfall
    // near-misses: nothing between the phrase and its figure, or the base of a rate with no link before it
    [['老年/n', '人口/n'], 1],
    [['开展/v', '每期/r'], 1],
    [['报销/v', '周期/t', '缩短/v', '至/p'], 1], // a period noun is the phrase's head, no time word to skip
  ])('%j → %i', (words, want) => {
    expect(predicateStart(tokens(...words))).toBe(want);
  });

  it('reads the verb before 完成 as the work done (管网|改造|完成)', () => {
    const t = tokens('老旧/x', '管网/n', '改造/v', '完成/v');
    expect(predicateStart(t)).toBe(2);
    expect(t[2].tag).toBe('vn');
    const plain = tokens('任务/n', '完成/v');
    expect(predicateStart(plain)).toBe(1); // no verb glued before 完成: nothing retagged
  });

  it.each<[string, string, string | null]>([
    ['托位数仅为2.8个', '2.8', '托位数'],
    ['事故总量再降10%', '10', '事故总量'],
    ['老旧管网改造完成1520公里', '1520', '老旧管网改造'],
    ['维修资金需要1200万元', '1200', '维修资金'],
    ['整改资金约需2100万元', '2100', '整改资金'], // a hedge before the verb of need is the predicate's
    ['维修资金还需要300万元', '300', '维修资金'],
    ['调蓄能力达到每小时95万立方米', '95', '调蓄能力'],
    ['用时已压缩至68个工作日', '68', '用时'],
    ['培训基层干部等2000名', '2000', '基层干部'],
    ['排查道路、桥梁等隐患点120处', '120', '隐患点'], // 等 inside the phrase, before its head: no end of it
    ['资金缺口还差600万元', '600', '资金缺口'],
    ['配套资金仍差600万元', '600', '配套资金'],
    ['峰谷电价差拉大到0.7元', '0.7', '峰谷电价差'], // 差 not before the figure: a noun's head
    ['还差600万元', '600', null],
    ['开展每期5天培训', '5', null], // no link before 每期: the verb's object is the noun after the figure
    ['有的家庭等了三四年', '三四', null], // 等 "wait" with 了: how long, not a count of families
    ['企业等了三个月', '三', null],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
