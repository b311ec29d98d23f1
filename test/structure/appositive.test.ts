import { describe, expect, it } from 'vitest';
import { appositiveMentions } from '../../src/structure/appositive.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

function appositives(text: string) {
  const pair = { text, view: normalize(text) };
  return appositiveMentions(pair, lexicon(), [0, text.length], []).map((m) => [m.name, m.title, m.organization, m.congress]);
}

describe('[appositive] a name with its title between commas', () => {
  it.each<[string, string, Array<[string, string, string | null, boolean]>]>([
    ['one title, then the verb', '廖某某, 县人大常委会委员, 接着提问: 水质如何?', [['廖某某', '县人大常委会委员', '县人大常委会', true]]],
    ['two titles as written; the organization is the last link\'s', '程某某, 县人大常委会委员, 县人大农业农村委主任委员, 首先提问: 如何解决?', [['程某某', '县人大常委会委员, 县人大农业农村委主任委员', '县人大农业农村委', true]]],
    ['a chain joined by 、 in one clause', '欧阳某某,县人大常委会委员、县人大农业农村委员会主任,接着提问:如何遏制?', [['欧阳某某', '县人大常委会委员、县人大农业农村委员会主任', '县人大农业农村委员会', true]]],
    ['full-width commas', '于某某，县人大常委会委员，问道：资金如何保障？', [['于某某', '县人大常委会委员', '县人大常委会', true]]],
    ['after an English full stop and a space', '将加强建设. 贺某某, 县人大常委会委员, 最后提问: 如何考核?', [['贺某某', '县人大常委会委员', '县人大常委会', true]]],
    ['an official', '钟某某, 县财政局副局长, 回答说: 将保障。', [['钟某某', '县财政局副局长', '县财政局', false]]],
  ])('%s', (_name, text, expected) => {
    expect(appositives(text)).toEqual(expected);
  });
  it.each([
    ['mid-sentence: no sentence opens at the name', '会议听取了程某某, 县人大常委会委员, 的发言。'],
    ['the clause after the comma says more than a title', '程某某, 县里高度重视, 接着提问: 如何?'],
    ['a title with nothing after it', '程某某, 县人大常委会委员'],
    ['a word, not a name', '同时, 县人大常委会委员, 提出建议。'],
  ])('%s', (_name, text) => {
    expect(appositives(text)).toEqual([]);
  });
});
