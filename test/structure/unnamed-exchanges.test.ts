import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { findPeople } from '../../src/structure/cast.js';
import { numberExchanges } from '../../src/structure/unnamed-exchanges.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });

describe('[unnamed-exchanges] the exchange each post-only label speaks in', () => {
  // Each row: the labelled lines, and for each post-only label [post, exchange].
  it.each<[string, string[], Array<[string, number]>]>([
    ['a 追问 keeps the exchange', ['委员：请问县水务局，水费怎么定？', '局长：按成本定价。', '委员：我追问一下，困难户怎么办？', '局长：由财政兜底。'],
      [['委员', 0], ['局长', 0], ['委员', 0], ['局长', 0]]],
    ['a new question after an answer opens another', ['委员：请问县水务局，水费怎么定？', '局长：按成本定价。', '委员：请问县卫健局，村医待遇怎么保障？', '局长：今年提高补助。'],
      [['委员', 0], ['局长', 0], ['委员', 1], ['局长', 1]]],
    ['two officials answering one question share it', ['代表：请问县交通运输局，村道什么时候修？', '局长：年底前完成。', '副局长：我补充一点，资金已到位。'],
      [['代表', 0], ['局长', 0], ['副局长', 0]]],
    ['a named member\'s exchange between two unnamed ones', ['委员：请问县水务局，水费怎么定？', '局长：按成本定价。', '王海委员：请问县林业局，防火怎么做？', '县林业局局长赵明：增加护林员。', '委员：请问县水务局，管网怎么改？', '局长：分三年改造。'],
      [['委员', 0], ['局长', 0], ['委员', 2], ['局长', 2]]],
  ])('%s', (_name, lines, expected) => {
    const text = lines.join('\n');
    const mentions = findMentions(pairOf(text));
    numberExchanges(normalize(text), mentions);
    expect(mentions.filter((m) => m.exchange !== undefined).map((m) => [m.title, m.exchange])).toEqual(expected);
  });

  it('the chair presiding between the answer and a 追问 opens nothing', () => {
    const text = ['委员：请问县水务局，水费怎么定？', '局长：按成本定价。', '县人大常委会主任李文：还有追问吗？', '委员：我追问一下，困难户怎么办？', '局长：由财政兜底。'].join('\n');
    const mentions = findMentions(pairOf(text));
    numberExchanges(normalize(text), mentions);
    expect(mentions.filter((m) => m.exchange !== undefined).map((m) => m.exchange)).toEqual([0, 0, 0, 0]);
  });
});

describe('[unnamed-exchanges] people', () => {
  it('one person per post within an exchange, another in the next, never a named one', () => {
    const text = ['委员：请问县水务局，水费怎么定？', '局长：按成本定价。', '委员：我追问一下，困难户怎么办？', '局长：由财政兜底。',
      '委员：请问县卫健局，村医待遇怎么保障？', '局长：今年提高补助。', '县卫健局局长：我再补充一句，编制也会增加。',
      '王海委员：请问县林业局，防火怎么做？', '县林业局局长赵明：增加护林员。'].join('\n');
    const cast = findPeople(pairOf(text), []);
    const labels = cast.mentions.filter((m) => /^(?:委员|局长|县卫健局局长|王海委员|县林业局局长赵明)$/u.test(text.slice(m.span[0], m.span[1])));
    expect(labels.map((m) => [text.slice(m.span[0], m.span[1]), cast.idOf(m)])).toEqual([
      ['委员', 'p1'], ['局长', 'p2'], ['委员', 'p1'], ['局长', 'p2'],
      ['委员', 'p3'], ['局长', 'p4'], ['县卫健局局长', 'p5'],
      ['王海委员', 'p6'], ['县林业局局长赵明', 'p7'],
    ]);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([
      [null, ['委员']], [null, ['局长']], [null, ['委员']], [null, ['局长']], [null, ['县卫健局局长']], ['王海', ['委员']], ['赵明', ['县林业局局长']],
    ]);
  });
});
