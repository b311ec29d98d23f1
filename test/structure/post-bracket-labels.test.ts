import { describe, expect, it } from 'vitest';
import { postBracketMentions, verbBeforeBracket } from '../../src/structure/post-bracket-labels.js';
import { findMentions } from '../../src/structure/speakers.js';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();
const pairOf = (text: string) => ({ text, view: normalize(text) });
/** Each label mention of `text`: [span text, name, title, organization, congress]. */
const labels = (text: string) => postBracketMentions(pairOf(text), lex, [0, text.length], [])
  .map((m) => [text.slice(m.span[0], m.span[1]), m.name, m.title, m.organization, m.congress]);

describe('[post-bracket-labels] a post as a line\'s label, the name in brackets after it', () => {
  it.each<[string, Array<[string, string, string, string | null, boolean]>]>([
    ['县水利局局长（庞立军）：今年新建泵站12座。', [['县水利局局长（庞立军）', '庞立军', '县水利局局长', '县水利局', false]]],
    ['县水利局局长(庞立军):今年新建泵站12座。', [['县水利局局长(庞立军)', '庞立军', '县水利局局长', '县水利局', false]]],
    ['县水利局局长（庞立军):今年新建泵站12座。', [['县水利局局长（庞立军)', '庞立军', '县水利局局长', '县水利局', false]]],
    ['副县长（晏青）：已建立联席会议制度。', [['副县长（晏青）', '晏青', '副县长', null, false]]],
    ['县人大常委会委员（柯佳音）：请问县水利局，泵站建了多少？', [['县人大常委会委员（柯佳音）', '柯佳音', '县人大常委会委员', '县人大常委会', true]]],
    // A chain of posts joined by 、: the last link's organization.
    ['常委会委员、县人大农业农村委主任委员（邝立）：资金呢？', [['常委会委员、县人大农业农村委主任委员（邝立）', '邝立', '常委会委员、县人大农业农村委主任委员', '县人大农业农村委', true]]],
    // After a question header, with a verb of answering, padded name.
    ['问题二　县人大常委会委员（邝立）：资金呢？', [['县人大常委会委员（邝立）', '邝立', '县人大常委会委员', '县人大常委会', true]]],
    ['县财政局局长（ 黎秋实 ）答：已拨付。', [['县财政局局长（ 黎秋实 ）', '黎秋实', '县财政局局长', '县财政局', false]]],
  ])('%s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    ['a status qualifier, no name', '县财政局副局长（主持工作）：已拨付。'],
    ['an aside, no name', '县水利局局长（女）：已建成。'],
    ['a post in the brackets', '县水利局（局长）：已建成。'],
    ['an office, no post (org-labels.ts reads it)', '县水利局（庞立军）：已建成。'],
    ['words that are no post', '今年新建（庞立军）：已建成。'],
    ['not at the line start', '会上，县水利局局长（庞立军）：已建成。'],
  ])('none: %s', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('[post-bracket-labels] in the mentions and the speech events', () => {
  it('the label is one mention, and opens the responder\'s turn', () => {
    const text = '县人大常委会委员柯佳音：泵站建了多少？\n县水利局局长（庞立军）：今年新建泵站12座。';
    const pair = pairOf(text);
    const mentions = findMentions(pair);
    expect(mentions.map((m) => [m.name, m.title])).toEqual([['柯佳音', '县人大常委会委员'], ['庞立军', '县水利局局长']]);
    const events = findSpeechEvents(pair.view, 0, text.length, mentions, text);
    expect(events.map((e) => [e.role, e.mention?.name])).toEqual([['asker', '柯佳音'], ['responder', '庞立军']]);
  });

  it('the name already known elsewhere stays one mention in the label', () => {
    const text = '庞立军表示，今年建成。\n县水利局局长（庞立军）：今年新建泵站12座。';
    const mentions = findMentions(pairOf(text), [0, text.length], ['庞立军']);
    expect(mentions.filter((m) => m.span[0] >= text.indexOf('\n')).map((m) => [text.slice(m.span[0], m.span[1]), m.name])).toEqual([['县水利局局长（庞立军）', '庞立军']]);
  });
});

describe('[post-bracket-labels] a verb of speaking between the post and the bracket', () => {
  // Each row: the label's line; [span text, name, title, organization, congress], and the verb read before the bracket.
  it.each<[string, [string, string, string, string | null, boolean], string]>([
    ['县人大常委会委员问（柯佳音）：请问县水利局，泵站建了多少？', ['县人大常委会委员问（柯佳音）', '柯佳音', '县人大常委会委员', '县人大常委会', true], '问'],
    ['委员问（柯佳音）：泵站建了多少？', ['委员问（柯佳音）', '柯佳音', '委员', null, true], '问'],
    ['代表问（祁雪梅）：学校什么时候开工？', ['代表问（祁雪梅）', '祁雪梅', '代表', null, true], '问'],
    ['局长答（庞立军）：今年新建泵站12座。', ['局长答（庞立军）', '庞立军', '局长', null, false], '答'],
    ['委员提问（柯佳音）：泵站建了多少？', ['委员提问（柯佳音）', '柯佳音', '委员', null, true], '提问'],
    ['局长回答(庞立军):今年新建泵站12座。', ['局长回答(庞立军)', '庞立军', '局长', null, false], '回答'],
    ['副县长答（晏青）：已建立联席会议制度。', ['副县长答（晏青）', '晏青', '副县长', null, false], '答'],
    ['局长应询（庞立军）：今年新建泵站12座。', ['局长应询（庞立军）', '庞立军', '局长', null, false], '应询'],
    ['委员追问（柯佳音）：那资金呢？', ['委员追问（柯佳音）', '柯佳音', '委员', null, true], '追问'],
    ['副局长补充（单于宏）：还有两座在建。', ['副局长补充（单于宏）', '单于宏', '副局长', null, false], '补充'],
    ['代表问（努尔兰·哈力克）：牧区饮水工程什么时候完工？', ['代表问（努尔兰·哈力克）', '努尔兰·哈力克', '代表', null, true], '问'], // a dotted name
    // The label alone on its line, the words below it.
    ['委员问（柯佳音）\n泵站建了多少？', ['委员问（柯佳音）', '柯佳音', '委员', null, true], '问'],
  ])('%s', (text, expected, verb) => {
    expect(labels(text)).toEqual([expected]);
    const m = postBracketMentions(pairOf(text), lex, [0, text.length], [])[0];
    expect(verbBeforeBracket(normalize(text), m)).toBe(verb);
  });

  it.each([
    ['no verb: the label alone on its line needs its colon', '县水利局局长（庞立军）\n今年新建泵站12座。'],
    ['a post in the brackets', '局长答（副局长）：已建成。'],
    ['words that are no post before the verb', '今天要问（庞立军）：已建成。'],
  ])('none: %s', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });

  it('no verb before the bracket: null', () => {
    const text = '局长（庞立军）答：今年新建泵站12座。';
    const m = postBracketMentions(pairOf(text), lex, [0, text.length], [])[0];
    expect(verbBeforeBracket(normalize(text), m)).toBeNull();
  });
});

describe('[post-bracket-labels] the speaker\'s unit before the name in the bracket', () => {
  // Each row: the label's line; [span text, name, title, organization, congress], and the affiliation (more titles).
  it.each<[string, [string, string, string, string | null, boolean], string | null]>([
    ['代表（石桥村 祁雪梅）：学校什么时候开工？', ['代表（石桥村 祁雪梅）', '祁雪梅', '代表', '石桥村', true], null],
    ['代表（石桥村祁雪梅）：学校什么时候开工？', ['代表（石桥村祁雪梅）', '祁雪梅', '代表', '石桥村', true], null],
    ['代表问（柳塘镇 上官秀兰）：学校什么时候开工？', ['代表问（柳塘镇 上官秀兰）', '上官秀兰', '代表', '柳塘镇', true], null],
    ['代表问（柳塘镇上官秀兰）：学校什么时候开工？', ['代表问（柳塘镇上官秀兰）', '上官秀兰', '代表', '柳塘镇', true], null],
    ['委员（县人大常委会 柯佳音）：泵站建了多少？', ['委员（县人大常委会 柯佳音）', '柯佳音', '委员', '县人大常委会', true], null],
    ['局长（县水利局 庞立军）：今年新建泵站12座。', ['局长（县水利局 庞立军）', '庞立军', '局长', '县水利局', false], null],
    ['局长答（县水利局庞立军）：今年新建泵站12座。', ['局长答（县水利局庞立军）', '庞立军', '局长', '县水利局', false], null],
    ['代表（城南街道 祁雪梅）：学校什么时候开工？', ['代表（城南街道 祁雪梅）', '祁雪梅', '代表', '城南街道', true], null],
    // A post of the speaker's own before the name: more titles.
    ['代表（石桥村党支部书记 祁雪梅）：学校什么时候开工？', ['代表（石桥村党支部书记 祁雪梅）', '祁雪梅', '代表', '石桥村党支部', true], '石桥村党支部书记'],
    ['代表（石桥村主任 祁雪梅）：学校什么时候开工？', ['代表（石桥村主任 祁雪梅）', '祁雪梅', '代表', '石桥村', true], '石桥村主任'],
  ])('%s', (text, expected, affiliation) => {
    expect(labels(text)).toEqual([expected]);
    const m = postBracketMentions(pairOf(text), lex, [0, text.length], [])[0];
    expect(m.affiliation ? text.slice(m.affiliation[0], m.affiliation[1]) : null).toBe(affiliation);
  });

  it.each([
    ['a unit and no name', '代表（石桥村）：学校什么时候开工？'],
    ['words that are no unit before the name', '代表（今天上午 祁雪梅）：学校什么时候开工？'],
    ['a stage direction', '局长（停顿片刻 笑）：今年新建泵站12座。'],
  ])('none: %s', (_name, text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe('[post-bracket-labels] the verb gives the turn its role', () => {
  // Each row: a record; the speech events as [role, name, followUp].
  it.each<[string, string, Array<[string, string | null, boolean]>]>([
    ['asking and answering', '委员问（柯佳音）：泵站建了多少？\n局长答（庞立军）：今年新建12座。',
      [['asker', '柯佳音', false], ['responder', '庞立军', false]]],
    ['提问 / 回答, a unit in the bracket', '代表提问（柳塘镇 上官秀兰）：学校什么时候开工？\n副县长回答（晏青）：年底开工。',
      [['asker', '上官秀兰', false], ['responder', '晏青', false]]],
    ['应询 answers, 追问 follows up', '委员问（柯佳音）：泵站建了多少？\n局长应询（庞立军）：今年新建12座。\n委员追问（柯佳音）：资金呢？',
      [['asker', '柯佳音', false], ['responder', '庞立军', false], ['asker', '柯佳音', true]]],
    // A post of the congress answering is no asker when its verb answers; a government post asking asks.
    ['the verb over the post', '主任答（祁雪梅）：已经列入计划。\n局长问（庞立军）：那资金谁出？',
      [['responder', '祁雪梅', false], ['asker', '庞立军', false]]],
    ['labels alone on their lines, the words below', '委员问（柯佳音）\n泵站建了多少？\n\n局长答（庞立军）\n今年新建12座。',
      [['asker', '柯佳音', false], ['responder', '庞立军', false]]],
  ])('%s', (_name, text, expected) => {
    const pair = pairOf(text);
    const events = findSpeechEvents(pair.view, 0, text.length, findMentions(pair), text);
    expect(events.map((e) => [e.role, e.mention?.name ?? null, e.followUp])).toEqual(expected);
  });
});
