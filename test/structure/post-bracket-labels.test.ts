import { describe, expect, it } from 'vitest';
import { postBracketMentions } from '../../src/structure/post-bracket-labels.js';
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
