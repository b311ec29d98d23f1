import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { findSloganHeads } from '../../src/extract/slogan-heads.js';

/** Each slogan found in `text`: [count, as written]. */
function slogans(text: string): [number, string][] {
  const view = normalize(text);
  return findSloganHeads(view, 0, view.length, quoteMask(view)).map((s) => [s.count, text.slice(s.span[0], s.span[1])]);
}

describe('[slogan-heads] N个 + a head that is no noun names a formulation', () => {
  it.each<[string, string, [number, string]]>([
    // a verb or an adverb of stance: whatever follows it
    ['a verb, a comma after', '县里坚持五个聚焦,推动工作落地', [5, '五个聚焦']],
    ['a verb, a verb phrase after', '我们围绕四个统筹持续用力:', [4, '四个统筹']],
    ['a verb, a noun of requirements after', '全面落实两个维护要求', [2, '两个维护']],
    ['a verb, 的 and a noun of requirements', '按照三个确保的要求推进', [3, '三个确保']],
    ['an adverb of resolve', '省里提出七个坚决', [7, '七个坚决']],
    ['a modal adverb', '牢记三个务必。', [3, '三个务必']],
    ['a verb, the sentence end', '这就是我们说的四个注重。', [4, '四个注重']],
    ['digits', '推进3个对标,', [3, '3个对标']],
    ['a numeral with 十', '落实十二个坚持', [12, '十二个坚持']],
    // a superlative
    ['最 + an adjective, a noun of requirements after', '落实五个最严标准', [5, '五个最严']],
    ['最 + a two-character adjective', '做到三个最严格。', [3, '三个最严格']],
    ['更加', '实现四个更加,', [4, '四个更加']],
    // a negation
    ['不 + a verb', '坚持三个不放过:', [3, '三个不放过']],
    ['不 + one character, a noun of requirements after', '落实四个不摘要求', [4, '四个不摘']],
    ['不 alone before a noun of standards', '执行五个不标准', [5, '五个不']],
    ['毫不 + a verb', '坚定两个毫不动摇', [2, '两个毫不动摇']],
    ['决不 + a verb', '做到三个决不放松,', [3, '三个决不放松']],
    // a numeral phrase with 一
    ['一批', '今年推行四个一批,', [4, '四个一批']],
    ['一 alone before a noun of works', '开展五个一工程', [5, '五个一']],
    ['一律', '坚持两个一律。', [2, '两个一律']],
  ])('%s: %s', (_label, text, expected) => {
    expect(slogans(text)).toEqual([expected]);
  });

  it.each([
    // counts of things: a noun after 个
    ['problems', '发现两个问题,'],
    ['departments', '协调五个部门'],
    ['task forces', '成立三个专班'],
    ['months', '用时三个月'],
    // a verb that a noun suffix makes a name, or that a relative clause ties to a noun
    ['a site named by a verb', '新建三个维护站'],
    ['a relative clause', '推出两个确保安全的措施'],
    ['a verb, 的 and an ordinary noun', '有两个坚持的人'],
    // a superlative, negation or 一 phrase going on into a noun
    ['a superlative modifying a noun', '存在两个最大问题'],
    ['a superlative, 的 and a noun', '解决三个最大的困难'],
    ['a noun opening with 不', '存在三个不足,'],
    ['a negation saying what the counted things are, after 有', '抽查的项目中有两个不达标,'],
    ['a negation after 中', '十个点位中三个不合格。'],
    ['a negation counted in digits', '抽查42个,6个不达标'],
    ['a superlative after 有', '其中有两个最高,'],
    ['an adjective opening with 不', '涉及两个不同部门'],
    ['a rank with 一', '建成三个一级站点'],
    ['a round figure with 一', '实现两个一百年奋斗目标'],
    ['一 phrase going on into a noun', '建成三个一体化平台'],
    // an ordinal, a longer number, a single or "second"
    ['an ordinal after 第', '第二个聚焦是共享'],
    ['an ordinal after 第 in digits', '第3个聚焦'],
    ['a bare 二 ("second")', '二个聚焦'],
    ['one', '一个聚焦'],
    ['inside a longer number', '一百二十个坚持'],
    // a quoted term is the quotation reader's
    ['quoted', '坚持“六个聚焦”'],
  ])('none: %s', (_label, text) => {
    expect(slogans(text)).toEqual([]);
  });
});

// s85 #5: a counted slogan with no 个 — a numeral, 不 and a verb, or 两头 and a verb of handling or going
describe('[slogan-heads] N不 + a verb, 两头 + a verb: a short counted slogan', () => {
  it.each<[string, string, [number, string][]]>([
    ['两头管、两不管 before 的问题', '城乡结合部存在两头管、两不管的问题', [[2, '两头管'], [2, '两不管']]],
    ['三不管 before a noun of the situation', '有的地方成了三不管地带,', [[3, '三不管']]],
    ['两头跑 at the clause end', '群众办事还要两头跑,', [[2, '两头跑']]],
    ['两不误 at the sentence end', '做到防疫发展两不误。', [[2, '两不误']]],
    ['十 and 不', '落实十不准。', [[10, '十不准']]],
  ])('%s: %s', (_label, text, expected) => {
    expect(slogans(text)).toEqual(expected);
  });
  it.each([
    ['an idiom, a numeral after 不', '三不五时就有人投诉'],
    ['两头 + a noun (cattle counted)', '养了两头牛。'],
    ['两头 + an adverb', '两头都不管。'],
    ['the term goes on into a word', '从此两不相欠。'],
    ['a copula after 不', '这两不是一回事。'],
    ['one (一不, 一头)', '一头管到底,一不小心。'],
    ['quoted', '存在“三不管”地带'],
    ['part of a longer slogan', '实现两不愁三保障'],
  ])('none: %s', (_label, text) => {
    expect(slogans(text)).toEqual([]);
  });
});
