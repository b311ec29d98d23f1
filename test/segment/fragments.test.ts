import { describe, expect, it } from 'vitest';
import { isFragment, type TagOf } from '../../src/segment/fragments.js';

// A small dictionary in jieba's tags: what fragments.ts reads of the real one.
const DICT: Record<string, string> = {
  就: 'd', 对: 'p', 在: 'p', 我: 'r', 但: 'c', 得: 'ud', 了: 'ul', 的: 'uj', 地: 'uv', 何: 'r', 有: 'v', 用: 'p',
  惠: 'v', 企: 'ng', 托: 'v', 育: 'vn', 运: 'v', 维: 'v', 文: 'n', 旅: 'n', 供: 'v', 墨: 'nr', 点: 'm', 送: 'v', 网: 'n',
  联合报: 'nt', 报送: 'v', 机制: 'n', 联合: 'v', 市场监管局: 'nt', 民政局: 'nt', 已: 'd', 石门: 'ns', 门桥: 'n', 桥: 'n',
  电视台: 'n', 台长: 'n',
};
const tagOf: TagOf = (w) => DICT[w];
const surnames = new Set(['韩', '易', '蒋']);
const opensName = (w: string) => w.length === 2 && surnames.has(w[0]);

describe('[fragments] a token that is a piece of a longer word is a fragment', () => {
  it.each([
    // A guessed word (in no dictionary) opening with a function word: the function word glued to what follows.
    ['就 glued before 惠企', ['孔繁荣', '就惠企', '政策'], 1, true],
    ['对 glued before 到', ['。', '对到', '县外'], 1, true],
    ['我 glued before 来', ['问题', '我来', '回答'], 1, true],
    ['但 glued before 离', ['，', '但离', '国家'], 1, true],
    // …or closing with a particle or a preposition.
    ['遗在: 在 closes it', ['非', '遗在', '文旅'], 1, true],
    ['游得: 得 closes it', ['游客', '游得', '舒心'], 1, true],
    // A dictionary name whose last character makes a word with the one character after it.
    ['联合报 | 送 (报送)', ['建立', '联合报', '送', '机制'], 1, true],
    ['石门 | 桥 (门桥)', ['的', '石门', '桥'], 1, true],
    // Two characters opening a name, a name's character after them.
    ['韩子 | 墨', ['台长', '韩子', '墨', ':'], 1, true],
  ])('%s', (_label, tokens, i, expected) => {
    expect(isFragment(tokens, i, tagOf, new Set(), opensName)).toBe(expected);
  });
});

describe('[fragments] words are no fragments', () => {
  it.each([
    // Guessed words of content characters.
    ['托育', ['普惠', '托育', '服务'], 1],
    ['运维', ['管网', '运维', '经费'], 1],
    ['文旅 after 遗在', ['遗在', '文旅', '融合'], 1],
    // A function word inside, not at an edge; 地 closes a noun as often as it is a particle.
    ['供地', ['完成', '供地', '。'], 1],
    // An adverb or pronoun at the end is the word's own as often: 有何 is asked whole.
    ['有何', ['管理局', '有何', '破解'], 1],
    // A dictionary word, not a name: 联合 | 报送 read right; a name before a character that makes no word with it.
    ['联合 before 报送', ['建立', '联合', '报送'], 1],
    ['民政局 | 已', ['市', '民政局', '已'], 1],
    ['市场监管局 | 有', ['区', '市场监管局', '有'], 1],
    // Two characters opening with a surname, but the character after them is no name's (易涝 | 点), or a function word.
    ['易涝 | 点', ['现有', '易涝', '点'], 1],
    ['韩子 at the end', ['台长', '韩子'], 1],
    // A dictionary word, and one-character tokens.
    ['电视台', ['广播', '电视台', '台长'], 1],
    ['one character', ['就', '惠企'], 0],
  ])('%s', (_label, tokens, i) => {
    expect(isFragment(tokens, i, tagOf, new Set(), opensName)).toBe(false);
  });

  it('a term the caller keeps whole (a name of the document, a quoted term) is never a fragment', () => {
    expect(isFragment(['台长', '韩子', '墨'], 1, tagOf, new Set(['韩子']), opensName)).toBe(false);
    expect(isFragment(['非', '遗在', '文旅'], 1, tagOf, new Set(['遗在']))).toBe(false);
  });

  it('without the caller\'s surnames no name is cut short', () => {
    expect(isFragment(['台长', '韩子', '墨'], 1, tagOf, new Set())).toBe(false);
  });
});
