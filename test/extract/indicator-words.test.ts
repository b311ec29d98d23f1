import { describe, expect, it } from 'vitest';
import { between, endsPredicate, GLUED, isNominal, isNumeric, taggedNumeral, AREA, NEVER, SHARE, LINKING, REPORTING, COMMITTING, PLACE_END, clauseStart } from '../../src/extract/indicator-words.js';
import type { Token } from '../../src/segment/segmenter.js';

const tok = (text: string, tag?: string): Token => (tag ? { text, span: [0, text.length], tag } : { text, span: [0, text.length] });

describe('[indicator-words] words between a phrase and its figure', () => {
  it.each<[string, string | undefined, boolean]>([
    ['仅为', 'x', true], ['达到', 'v', true], ['已压缩至', 'v', true], ['压缩至', 'v', true], ['再压缩', 'l', true], ['已达', 'v', true],
    ['同比', 'j', true], ['由', 'p', true], ['的', 'uj', true], ['2021', 'm', true], ['年', 'm', true], ['目前', 't', true],
    ['入住率', 'n', false], ['资金', 'n', false], ['托位数', 'n', false],
    ['也', 'd', true], ['都', 'd', true], ['仍为', 'v', true], ['也达到', 'v', true],
  ])('%s/%s between: %s', (text, tag, want) => {
    expect(between(tok(text, tag))).toBe(want);
  });

  it.each([['同比'], ['力争'], ['距离'], ['今年']])('%s is never an indicator', (w) => {
    expect(NEVER.has(w)).toBe(true);
  });

  it.each<[string, boolean]>([['全市', true], ['我县', true], ['本区', true], ['全旗', true], ['市区', false], ['全面', false]])('%s is a whole area: %s', (w, want) => {
    expect(AREA.test(w)).toBe(want);
  });
});

describe('[indicator-words] what ends a noun phrase', () => {
  it.each<[string, string | undefined, boolean]>([
    ['共有', 'v', true], ['建成', 'v', true], ['平均', 'a', true], ['仍', 'd', true], ['投诉', 'v', false], ['支出', 'v', false], ['培训', 'vn', false],
  ])('%s/%s ends a predicate: %s', (text, tag, want) => {
    expect(endsPredicate(tok(text, tag))).toBe(want);
  });

  it.each<[string, string]>([['公共交通出行分担率为', '为'], ['在建工地有', '有'], ['臭氧超标天数仍', '仍'], ['餐饮商家共有', '共有']])('%s ends with the glued %s', (s, glued) => {
    expect(GLUED.exec(s)?.[0]).toBe(glued);
  });

  it.each([['违法行为'], ['国有'], ['所有']])('%s has nothing glued', (s) => {
    expect(GLUED.test(s)).toBe(false);
  });
});

describe('[indicator-words] tagged tokens', () => {
  it.each<[string, string | undefined, boolean, boolean]>([
    // text, tag, numeric, nominal
    ['47', 'm', true, false], ['点', 'm', false, true], ['元', 'm', true, false], ['一是', 'm', true, false],
    ['积水', 'n', false, true], ['入住率', undefined, false, true], ['下降', 'v', false, false],
    ['GDP', 'eng', false, true], ['PM10', 'eng', false, true], ['PM2', 'eng', false, true],
  ])('%s/%s numeric %s, nominal %s', (text, tag, numeric, nominal) => {
    const t = tok(text, tag);
    expect([isNumeric(t), isNominal(t)]).toEqual([numeric, nominal]);
  });

  it('a word the tagger calls a numeral without holding one is a noun (点), a unit is not (元)', () => {
    expect([taggedNumeral(tok('点', 'm')), taggedNumeral(tok('元', 'm')), taggedNumeral(tok('三', 'm'))]).toEqual([true, false, false]);
  });
});

describe('[indicator-words] a share before its figure', () => {
  it.each<[string, string]>([['薄弱村占比降至', '占比降至'], ['非税收入占比为', '占比为'], ['占比提高到', '占比提高到'], ['占比', '占比'], ['占比仍超过', '占比仍超过']])('%s ends with %s', (s, want) => {
    expect(SHARE.exec(s)?.[0]).toBe(want);
  });
});

describe('[indicator-words] comparative bounds stand between a phrase and its figure, like 超过', () => {
  it.each(['低于', '高于', '少于', '多于', '大于', '小于', '超过'])('%s is no part of an indicator', (word) => {
    expect(LINKING.has(word)).toBe(true);
    expect(between(tok(word, 'v'))).toBe(true);
  });
});

describe('[indicator-words] a verb and 了 the dictionary lacks (交了) is no noun', () => {
  it.each<[string, string, boolean]>([
    ['交了', 'x', false], // 剩下的15处|交了没有: the predicate
    ['建了', 'x', false],
    ['处交了', 'x', false],
    ['幸福院', 'x', true], // an unknown noun stays one
    ['了解', 'x', true], // 了 first: no aspect
    ['为了', 'p', false], // tagged words keep their tag's reading
  ])('%s/%s nominal: %s', (text, tag, nominal) => {
    expect(isNominal(tok(text, tag))).toBe(nominal);
  });
});

describe('[indicator-words] the lexicons of speech, commitment and places, one home each', () => {
  it.each<[string, boolean, boolean]>([
    ['表示', true, false], ['说', true, false], ['表态', true, true], ['承诺', false, true], ['保证', false, true], ['许诺', false, true],
    ['补充', false, false], ['答复', false, false], // speech verbs that also name things (补充医疗保险, 答复率) report nothing alone
  ])('%s reports %s, commits %s', (word, reports, commits) => {
    expect(REPORTING.has(word)).toBe(reports);
    expect(COMMITTING.has(word)).toBe(commits);
  });

  it.each<[string, boolean]>([['两县', true], ['各区', true], ['霍山', true], ['淠河', true], ['企业', false], ['两县发展', false]])('%s ends on a place: %s', (word, want) => {
    expect(PLACE_END.test(word)).toBe(want);
  });
});

describe('[indicator-words] a comma inside a figure separates thousands, it ends no clause', () => {
  it.each<[string, number]>([
    ['共办理法律援助案件1,235', 0], ['其中,受理案件1,906', 3], ['共3,100个', 0],
    ['分别为3,10', 5], ['分别为3,1000', 5], ['为3,', 3], // near-misses: not exactly three digits after the comma
  ])('%s: the clause starts at %i', (view, want) => {
    expect(clauseStart(view, view.length)).toBe(want);
  });
});
