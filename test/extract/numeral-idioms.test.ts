// The idiom list (src/extract/numeral-idioms.ts) and the grammar of formulations that asks it first.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isNumeralIdiom } from '../../src/extract/numeral-idioms.js';
import { isFormulation } from '../../src/extract/formulation-terms.js';
import { extractFormulations } from '../../src/extract/formulations.js';
import { normalize } from '../../src/source/normalize.js';
import { extractQuantities } from '../../src/extract/quantities.js';
import { fakeSegmenter } from './fake-segmenter.js';

const raw = readFileSync(new URL('../../dict/numeral-idioms.utf8', import.meta.url), 'utf8');
const lines = raw.split('\n').filter((l) => l && !l.startsWith('#'));
const lexicon = readFileSync(new URL('../../dict/formulations.utf8', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
const found = (text: string) => extractFormulations({ text, view: normalize(text) }, [0, text.length]).map((f) => f.text);

describe('[numeral-idioms] dict/numeral-idioms.utf8', () => {
  it('one idiom a line, Han characters only, LF only, none twice, none a formulation of the lexicon', () => {
    expect(raw).not.toMatch(/\r/);
    expect(lines.filter((l) => !/^[\u4e00-\u9fff]{3,8}$/.test(l))).toEqual([]);
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((l) => lexicon.includes(l))).toEqual([]);
  });
  it.each(lines)('%s is an idiom, no formulation', (idiom) => {
    expect(isNumeralIdiom(idiom)).toBe(true);
    expect(isFormulation(idiom)).toBe(false);
  });
});

describe('[numeral-idioms] a quoted idiom is no numbered formulation', () => {
  it.each([
    ['存在“九龙治水”的问题,职责不清。'],
    ['各部门“五花八门”的考核太多。'],
    ['群众心里“七上八下”。'],
    ['工作不能“三心二意”。'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
  // Near-misses: the same shape as a policy (numeral + noun + verb + noun), a counted set, a lexicon term — still read.
  it.each<[string, string]>([
    ['深入推进“五水共治”。', '五水共治'],
    ['推进“三医联动”改革。', '三医联动'],
    ['坚持“三治融合”。', '三治融合'],
    ['落实“六个聚焦”。', '六个聚焦'],
    ['开展“两学一做”学习教育。', '两学一做'],
    ['规划“两横三纵”路网。', '两横三纵'],
  ])('%s → %s', (text, term) => {
    expect(found(text)).toEqual([term]);
  });
});

describe('[formulation-terms] a part counted by 二 is an idiom\'s, not a summed part', () => {
  // 一穷二白 is in no list: the grammar refuses it (a summed pair is written 两 or 双).
  it.each(['一穷二白', '一清二楚', '三心二意'])('%s is no formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
  it.each(['一府两院', '一岗双责', '两学一做'])('%s is still one', (term) => {
    expect(isFormulation(term)).toBe(true);
  });
});

describe('[numeral-idioms] a numeral inside an idiom is no quantity (quantity-guards.ts reads the list)', () => {
  const figures = (text: string) => extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => q.text);
  it.each([
    ['不能五花八门各搞一套。', []],
    ['存在九龙治水的问题。', []],
    ['千方百计筹措资金。', []],
    // near-miss: a count beside the idiom stays
    ['不能五花八门，全市统一为3类。', ['3类']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
