import { describe, expect, it } from 'vitest';
import { readCertainName, speakerBracket } from '../../src/structure/certain-names.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { findMentions } from '../../src/structure/speakers.js';

const lex = lexicon();

/** The certain name read right after the title in `text` (the title ends where `after` ends); `spokenEnd`: a verb of speaking may end it. */
const certain = (text: string, after: string, spokenEnd = false) => {
  const view = normalize(text);
  const at = view.indexOf(normalize(after)) + after.length;
  const r = readCertainName(lex, view, at, view.length, spokenEnd);
  return r ? text.slice(r.start, r.end) : null;
};
/** The same where a verb of speaking may end the name (the organization's title before it). */
const spoken = (text: string, after: string) => certain(text, after, true);

describe('[certain-names] readCertainName: a name between a title and a list\'s end', () => {
  // (兀, 夙 and 丌 are surnames no list holds: the grammar alone makes the name.)
  it.each([
    ['县水务局局长兀立群、县民政局局长', '局长', '兀立群'],
    ['副区长夙志成，区交通局局长', '副区长', '夙志成'],
    ['市林业局局长丌海波到会应询', '局长', '丌海波'],
    ['区教育局局长兀海明等到会', '局长', '兀海明'],
    ['局长兀立群同志表示', '局长', '兀立群'],
    ['（市住建局局长兀立群）', '局长', '兀立群'],
    ['委员兀立群先后提问', '委员', '兀立群'],
    // a surname that is also a word (水, 山) opens a two-character name here
    ['区农业农村局局长水强、', '局长', '水强'],
    // a table's cell ends at its tab: "3\t区人大代表 干家豪\t历史街区…" (干, a surname that is also a word)
    ['3\t区人大代表 干家豪\t历史街区改造中如何保护老建筑？', '区人大代表 ', '干家豪'],
    ['区人大常委会委员 兀立群\t老旧小区改造', '委员 ', '兀立群'],
  ])('%s → %s', (text, after, expected) => {
    expect(certain(text, after)).toBe(expected);
  });

  it.each([
    ['人大代表建议、批评和意见', '代表'], // 建 is no surname: a two-character word
    ['市人大代表联络站、', '代表'], // an institution
    ['委员同志、', '委员'], // a word after names
    ['局长负责人、', '局长'], // a title
    ['委员等人、', '委员'],
    ['委员群众、', '委员'], // a group, no name
    ['局长表示、', '局长'],
    ['区教育局局长兀海等到会', '局长'], // two characters opening on no surname
    ['代表工作组、', '代表'],
    // no surname, and a last character that ends nouns: a word
    ['人大代表候选人、', '代表'], ['委员积极性、', '委员'], ['县长办公会、局长办公会', '县长'], ['委员意见稿、', '委员'],
  ])('%s → no name', (text, after) => {
    expect(certain(text, after)).toBeNull();
  });
});

describe('[certain-names] in a title chain (titles-chain.ts)', () => {
  const names = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => [m.name, m.title]);
  it.each([
    ['县水务局局长兀立群、县民政局局长阚红英到会应询。', [['兀立群', '县水务局局长'], ['阚红英', '县民政局局长']]],
    ['常委会委员符晓春、丌建华、郦春明先后提问。', [['符晓春', '常委会委员'], ['丌建华', '常委会委员'], ['郦春明', '常委会委员']]],
    ['副区长夙志成，区交通局局长丌海波到会应询。', [['夙志成', '副区长'], ['丌海波', '区交通局局长']]],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('[certain-names] speakerBracket: a bracket after 问/答 that names a speaker', () => {
  const bracket = (inside: string) => {
    const text = `答：（${inside}）今年改造42公里。`;
    const view = normalize(text);
    return speakerBracket(lex, view, 2, 3 + inside.length + 1);
  };
  it.each([['县水务局局长'], ['水强'], ['丌海波'], ['市水务局局长 丌海波']])('(%s) names a speaker', (inside) => {
    expect(bracket(inside)).toBe(true);
  });
  it.each([['停顿片刻'], ['掌声'], ['有删节'], ['照片略'], ['见附件'], ['笑着说'], ['同一委员'], ['市长示意由局长回答'], ['笑'], ['附：2023年数据']])('(%s) names none', (inside) => {
    expect(bracket(inside)).toBe(false);
  });
});

describe('[certain-names] a surname that is also a word (阴, 那) where the grammar makes the name certain', () => {
  it.each([
    ['科技部部长阴和俊回答：我们将', '部长', '阴和俊'],
    ['科技部副部长那中元：', '副部长', '那中元'],
    ['科技部副部长那中元说，', '副部长', '那中元'],
    ['科技部部长阴和俊、商务部副部长', '部长', '阴和俊'],
  ])('%s → %s', (text, after, expected) => {
    expect(spoken(text, after)).toBe(expected);
  });

  it.each([
    ['科技部部长表示：', '部长'], // a verb of speaking, no name
    ['科技部部长回答说，', '部长'],
    ['科技部部长那时说，', '部长'], // 那时 is a word, no name
    ['科技部部长指出，', '部长'],
  ])('%s → none', (text, after) => {
    expect(spoken(text, after)).toBeNull();
  });

  it('without the organization\'s title, a speech verb is no certain end', () => {
    const view = normalize('部长阴和俊回答：');
    expect(readCertainName(lex, view, 2, view.length)).toBeNull();
  });

  it('the name is read after a title with its organization', () => {
    const text = '科技部部长阴和俊回答：我们将实施新一轮国家重大科技项目。';
    expect(findMentions({ text, view: normalize(text) }).map((m) => [m.name, m.organization])).toEqual([['阴和俊', '科技部']]);
  });
});

describe('[certain-names] two syllables of a transliterated name after a full title, before a verb of speaking', () => {
  it.each([
    ['州人大常委会主任扎西在讲话中要求，', '主任', '扎西'], // 在, then the verb
    ['州人大常委会主任洛桑在讲话中要求，', '主任', '洛桑'], // 洛 a surname that is also a word: 在 is no name's
    ['州水利局局长次仁表示，', '局长', '次仁'],
    ['州水利局局长旦增表示，', '局长', '旦增'], // a two-syllable name of the lexicon
    ['县人大常委会主任尼玛就此强调，', '主任', '尼玛'],
    ['科技部部长阴和俊回答：', '部长', '阴和俊'], // a last 和 stays the name's
  ])('%s → %s', (text, after, expected) => {
    expect(spoken(text, after)).toBe(expected);
  });

  it.each([
    ['州人大常委会主任在讲话中要求，', '主任'], // a title, then a verb: no name
    ['县人大常委会主任扎实推进，', '主任'], // 实 transliterates no name
    ['县水利局局长心声表示，', '局长'], // two Han characters of no transliteration
    ['县水利局局长强调，', '局长'],
    ['部分市人大代表参加询问，', '代表'], // 参加 follows a title as it follows a name
  ])('%s → none', (text, after) => {
    expect(spoken(text, after)).toBeNull();
  });

  it.each([
    ['州人大常委会主任王强在讲话中要求，', '王强'], // a Han name keeps its surname reading
    ['州人大常委会主任王小强在讲话中要求，', '王小强'],
    ['州人大常委会主任扎西在讲话中要求，', '扎西'],
  ])('the closing speaker of %s is %s', (text, name) => {
    expect(findMentions({ text, view: normalize(text) }).map((m) => m.name)).toEqual([name]);
  });
});
