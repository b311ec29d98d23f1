import { describe, expect, it } from 'vitest';
import { splitComparison } from '../../src/extract/glued-tokens.js';
import type { Token } from '../../src/segment/segmenter.js';

/** Tokens from "text/tag" words, glued one after another. */
function tokens(...words: string[]): Token[] {
  let at = 0;
  return words.map((w) => { const [text, tag] = w.split('/'); const t = { text, tag, span: [at, at + text.length] as [number, number] }; at += text.length; return t; });
}
const show = (ts: Token[]) => ts.map((t) => `${t.text}/${t.tag}@${t.span[0]}`);

describe('[glued-tokens] a noun head cut off the word the tagger glued after it', () => {
  it.each<[string[], string[]]>([
    [['整改/v', '率为/x'], ['整改率/n@0', '为/v@3']],
    [['收缴/v', '率是/x'], ['收缴率/n@0', '是/v@3']],
    [['整改/v', '率较/x', '去年/t'], ['整改/v@0', '率/n@2', '较/p@3', '去年/t@4']],
    [['入/v', '职满/x'], ['入/v@0', '职/n@1', '满/v@2']],
    [['城区/n', '比例控制/n', '在/p'], ['城区/n@0', '比例/n@2', '控制/v@4', '在/p@6']],
    [['产业/n', '比重保持/n'], ['产业/n@0', '比重/n@2', '保持/v@4']],
  ])('%j → %j', (input, want) => {
    expect(show(splitComparison(tokens(...input)))).toEqual(want);
  });

  it.each<[string[]]>([
    [['整改率/n', '为/v']], // already whole
    [['质量控制/n', '体系/n']], // 质量 is no noun of measure: 质量控制 is one word
    [['率为/n']], // only an unknown word (x) is cut
  ])('left alone: %j', (input) => {
    expect(show(splitComparison(tokens(...input)))).toEqual(show(tokens(...input)));
  });
});

describe('[glued-tokens] a head of rate glued after a word of state closes it (清零/z|率)', () => {
  it.each<[string, Array<[string, string]>, string[]]>([
    ['清零|率|达到', [['清零', 'z'], ['率', 'v'], ['达到', 'v']], ['清零率', '达到']],
    ['清零|率为', [['清零', 'z'], ['率为', 'x']], ['清零率', '为']],
    // near-miss: 率 after a noun is left to the other rules
    ['效率 alone', [['效', 'n'], ['率', 'v']], ['效', '率']],
  ])('%s', (_label, words, want) => {
    let at = 0;
    const tokens = words.map(([text, tag]) => { const t = { text, tag, span: [at, at + text.length] as [number, number] }; at += text.length; return t; });
    expect(splitComparison(tokens).map((t) => t.text)).toEqual(want);
  });
});
