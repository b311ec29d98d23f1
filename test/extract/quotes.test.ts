import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';

describe('[quotes] quoted terms are masked, quoted speech is not', () => {
  it.each([
    ['inside “…”', '说“一是”好', [2, 3]],
    ['a quote left open at line end is speech, not masked', '说“一是\n二是', []],
    ['quoted speech is transparent, the term inside it masked', '回答:“我们将:一是‘甲’;二是乙。”', [11]],
    ['a quoted slogan with commas stays masked', '提“甲,乙”', [2, 3, 4]],
    ['「」 and 『』 quotes', '「甲」『乙』', [1, 4]],
    ['ASCII quotes', '说"甲"好', [2]],
    ['a stray closing mark is ignored', '甲”乙“丙”', [4]],
    ['a quotation split around its attribution is speech: its first part ends in a comma', '“将采取三项措施,”她说,“一是甲。”', []],
    ['a quoted sentence cut by its attribution ends in 。 or …: speech', '“甲乙…”他说', []],
    ['a quoted term with no closing punctuation stays masked', '“三项措施”她说', [1, 2, 3, 4]],
  ])('%s', (_label, text, inside) => {
    const mask = quoteMask(normalize(text));
    expect([...mask.keys()].filter((i) => mask[i])).toEqual(inside);
  });
});
