import { describe, expect, it } from 'vitest';
import { readLabelName, readUnlistedName } from '../../src/structure/unlisted-names.js';
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

describe('[unlisted-names] readUnlistedName after a bare post: transliterated names of three characters, and a roster\'s joint (f23j)', () => {
  it.each<[string, number, string | null]>([
    ['其其格表示，旗政府将…', 4, '其其格'],
    ['乌云其其格表示，', 4, '乌云其其格'],
    ['扎西平措及行署水利局负责人到会应询', 4, '扎西平措'],
    ['乌云其其格、旗林业和草原局局长', 4, '乌云其其格'],
    // 和 joins the roster too, though itself a transliteration character: the run before it (t65: 乌兰图雅和…)
    ['乌兰图雅和旗教育局局长王某分别作了回答', 4, '乌兰图雅'],
    ['乌兰图雅和额尔敦先后提问', 3, '乌兰图雅'],
    // near-misses: a Han word before the verb, a joint after no transliterated name, too short a run before the joint
    ['主要同志表示，', 4, null],
    ['有关部门及行署水利局负责人', 4, null],
    ['巴特及旗林业局', 4, null],
    ['巴特和旗林业局', 4, null],
    ['有关部门和行署水利局负责人', 4, null],
  ])('%s → %s', (text, shortest, expected) => {
    const view = normalize(text);
    const r = readUnlistedName(lex, view, 0, view.length, shortest);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});

describe('[unlisted-names] a transliterated name holding a one-character word (都, 拉) reads when written again (t41 #11)', () => {
  it.each<[string, string | null]>([
    ['那仁满都拉主持，…那仁满都拉最后强调，要持续跟踪监督。', '那仁满都拉'],
    ['那仁满都拉表示，…那仁满都拉最后强调，要持续跟踪监督。', '那仁满都拉'],
    // near-misses: written once (no evidence for the word inside), or a Han phrase repeated (not transliterated throughout)
    ['那仁满都拉表示，要持续跟踪监督。', null],
    ['大家都拉票表示，…大家都拉票表示。', null],
  ])('%s → %s', (text, expected) => {
    const view = normalize(text);
    const r = readUnlistedName(lex, view, 0, view.length, 4);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});

describe('[unlisted-names] four characters with no listed surname are a minority name only when they transliterate (t61 #11)', () => {
  it.each<[string, string | null]>([
    ['萨仁高娃紧接着追问，', '萨仁高娃'],
    ['禚明远问道，', '禚明远'],
    // near-misses: a verb and its object before 反映 ("各位委员和代表紧扣企业反映强烈的突出问题"), a Han phrase before 表示
    ['紧扣企业反映强烈的突出问题，', null],
    ['围绕群众反映的问题，', null],
  ])('%s → %s', (text, expected) => {
    const view = normalize(text);
    const r = readUnlistedName(lex, view, 0, view.length);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});

describe('[unlisted-names] Tibetan names composed of syllables, a numeral or a Han word\'s character among them (t72 #2)', () => {
  it.each<[string, number, string | null]>([
    // after a title with its organization (3) or a bare post (4), before a verb of speaking
    ['四郎扎西回答时表示，全州已建成', 3, '四郎扎西'], ['三郎多吉说，', 3, '三郎多吉'], ['七林旺丹接着问：', 3, '七林旺丹'],
    ['四郎降措表示，', 4, '四郎降措'], ['泽仁邓珠问：', 3, '泽仁邓珠'], ['格绒降措回答说，', 4, '格绒降措'], ['呷绒降初介绍，', 3, '呷绒降初'],
    // …or closing a roster's item: a word after names (到会, 等), 、 or a comma (certainEnd, name-context.ts)
    ['降央多吉到会。', 3, '降央多吉'], ['扎西次仁到会听取意见', 4, '扎西次仁'], ['四郎降措、州水务局局长', 3, '四郎降措'],
    ['次仁多吉等到会应询', 3, '次仁多吉'],
    // near-misses: a numeral and a Han word (no syllable), a verb phrase after a post, a Han phrase before 到会
    ['四个部门表示，', 3, null], ['三年来表示，', 4, null], ['及时到会。', 3, null], ['有关部门负责人到会', 3, null],
  ])('%s (shortest %i) → %s', (text, shortest, expected) => {
    const view = normalize(text);
    const r = readUnlistedName(lex, view, 0, view.length, shortest);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});

describe('[unlisted-names] Mongolian names with 阿拉腾, and a last 和 before the verb (t72 #3)', () => {
  it.each<[string, string | null]>([
    ['阿拉腾苏和:', '阿拉腾苏和'], ['阿拉腾巴根:', '阿拉腾巴根'], ['阿拉腾其木格:', '阿拉腾其木格'], ['阿拉腾敖其尔:', '阿拉腾敖其尔'],
    ['巴拉腾苏和:', '巴拉腾苏和'], ['阿拉腾:', '阿拉腾'], ['腾格尔问:', '腾格尔'],
  ])('label %s → %s', (text, expected) => {
    const view = normalize(text);
    const r = readLabelName(lex, view, 0, view.length);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });

  it.each<[string, string | null]>([
    // 和 before a verb of speaking is the name's last syllable, never the conjunction (which the second name follows)
    ['阿拉腾苏和回答时说，', '阿拉腾苏和'], ['乌力吉孟和表示，', '乌力吉孟和'], ['阿拉腾巴根说，', '阿拉腾巴根'],
    // near-misses: 和 joining two names, the verb after the second (no 阿拉腾和; a three-character name needs the verb)
    ['阿拉腾和其其格先后发言', null], ['额尔敦和其其格表示，', null],
  ])('after a title %s → %s', (text, expected) => {
    const view = normalize(text);
    const r = readUnlistedName(lex, view, 0, view.length);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });
});
