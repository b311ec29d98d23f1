import { describe, expect, it } from 'vitest';
import { productiveTitleEnd } from '../../src/structure/productive-titles.js';
import { findTitles } from '../../src/structure/titles.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

/** The productive post read at the first offset of `text`, or null. */
const at = (text: string): string | null => {
  const view = normalize(text);
  const stop = productiveTitleEnd(lex, view, 0, view.length);
  return stop < 0 ? null : view.slice(0, stop);
};

describe('[productive-titles] 首席 + agent noun, 总 + X师 / 督学 / 顾问, with 副', () => {
  it.each([
    ['首席预报员 贺兰芝:', '首席预报员'],
    ['首席专家柏青云介绍', '首席专家'],
    ['首席信息官', '首席信息官'],
    ['首席执行官、总经理', '首席执行官'],
    ['首席科学家孟繁星', '首席科学家'],
    ['首席法律顾问 钟离', '首席法律顾问'],
    ['首席代表 邝伟', '首席代表'],
    ['总农艺师宁晓', '总农艺师'],
    ['总审计师 奚文', '总审计师'],
    ['总畜牧师', '总畜牧师'],
    ['总建筑师兼院长', '总建筑师'],
    ['总督学 包振华:', '总督学'],
    ['副总督学方圆', '副总督学'],
    ['副总农艺师 季', '副总农艺师'],
    ['总法律顾问 汤', '总法律顾问'],
    // grammatical words with 总, running text after the post
    ['总共有教师三百人', null],
    ['总体上看律师', null],
    ['总计两名技师', null],
    ['总量控制', null],
    ['首席专家团队正在', null],
    ['首席预报员补充', null],
    ['总经理', null],
    ['总培训教师1200人次', null],
    ['首席服务官(兼)', '首席服务官'],
  ])('%s → %s', (text, post) => {
    expect(at(text)).toBe(post);
  });
});

describe('[productive-titles] read by findTitles after an organization, longest first', () => {
  it.each([
    ['市气象局首席预报员 贺兰芝', ['首席预报员']],
    ['县农业农村局总农艺师宁晓', ['总农艺师']],
    ['市教育局副总督学 方圆', ['副总督学']],
    ['某集团党委委员、总法律顾问邝伟', ['党委委员', '总法律顾问']],
    ['市城投集团副总经理', ['副总经理']],
    ['市设计院总工程师', ['总工程师']],
    ['全市总共有技师三百人', []],
  ])('%s → %j', (text, terms) => {
    const view = normalize(text);
    expect(findTitles(lex, view, 0, view.length).map((h) => h.term)).toEqual(terms);
  });
});
