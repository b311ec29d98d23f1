import { describe, expect, it } from 'vitest';
import { readLabelName } from '../../src/structure/unlisted-names.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[unlisted-names] readLabelName: the name before a label\'s colon, listed surname or not', () => {
  it.each([
    ['格桑卓玛:', '格桑卓玛'], ['次仁:', '次仁'], ['那顺问:', '那顺'], ['斯琴图雅答:', '斯琴图雅'], ['热合曼 :', '热合曼'],
    ['阿不都热合曼:', '阿不都热合曼'], ['禚明远:', '禚明远'], ['格桑**:', '格桑'], ['次仁问__:', '次仁'],
    ['心声:', null], ['会议纪要:', null], ['提问:', null], ['习近平习近平:', null], ['格桑卓玛表示,', null], ['委员们:', null],
  ])('%s → %s', (text, expected) => {
    const view = normalize(text);
    const r = readLabelName(lex, view, 0, view.length);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});
