import { describe, expect, it } from 'vitest';
import { headline, shortText } from '../../src/compare/headline.js';

describe('[compare/headline] the first clause names the promise', () => {
  it.each([
    ['提升科学民主依法决策水平。强化依法决策意识,落实领导干部学法用法述法制度', '提升科学民主依法决策水平'],
    ['持续推进综治中心规范化建设,做实矛盾纠纷一站式受理', '持续推进综治中心规范化建设'],
    ['提升科学民主依法决策水平,严格落实重大行政决策程序', '提升科学民主依法决策水平'],
    ['强化政治引领、提升能力素质,强化党建与纪律教育', '强化政治引领、提升能力素质'],
    ['以“六个聚焦”推动“双提升”:聚焦本质安全,推进综治中心规范化建设', '以“六个聚焦”推动“双提升”'],
    ['树牢善意文明执行理念,开展“规范执行三年行动”,规范执行各环节,提升干警素质,解决执行力度、效率及周期问题', '树牢善意文明执行理念'],
    ['健全协同监管机制', '健全协同监管机制'],
  ])('%s → %s', (text, expected) => {
    expect(headline(text)).toBe(expected);
    expect(text.startsWith(expected)).toBe(true);
  });

  it.each([
    ['提升科学民主依法决策水平。强化依法决策意识', '提升科学民主依法决策水平…'],
    ['健全协同监管机制。', '健全协同监管机制'],
    ['健全协同监管机制', '健全协同监管机制'],
  ])('shortText(%s) = %s', (text, expected) => {
    expect(shortText(text)).toBe(expected);
  });
});
