import { describe, expect, it } from 'vitest';
import { endBeforeTiWen } from '../../src/structure/ti-wen.js';
import { readName } from '../../src/structure/names.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

/** The name readName reads at `at` (the offset of `who` in `text`). */
const nameAt = (text: string, who: string) => {
  const view = normalize(text);
  const at = text.indexOf(who);
  const r = readName(lex, view, at, view.length);
  return r ? text.slice(r.start, r.end) : null;
};

/** The names of every person mention in `text`, in reading order. */
const mentioned = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => m.name);

describe('[ti-wen] endBeforeTiWen: whose 提 it is', () => {
  it.each([
    // the longer reading recurs before a word that follows names, a title or punctuation
    ['委员吕买提问：请问？\n吕买提追问：还有？', '吕买', '吕买提'],
    ['委员沈守提问：请问？沈守提委员还说', '沈守', '沈守提'],
    ['委员帕丽达·吾买提问：请问？感谢帕丽达·吾买提。', '帕丽达·吾买', '帕丽达·吾买提'],
    // a dotted name whose last part ends like a Uyghur name part, with no other evidence
    ['委员热娜·艾买提问：请问？', '热娜·艾买', '热娜·艾买提'], ['委员古丽·马木提问：请问？', '古丽·马木', '古丽·马木提'],
    ['委员努尔·托合提问：请问？', '努尔·托合', '努尔·托合提'], ['委员阿依·买提问：请问？', '阿依·买', '阿依·买提'],
    // no evidence: 提问 stays the verb
    ['委员汤守提问：请问？', '汤守', '汤守'], ['委员热娜·吐尔逊提问：请问？', '热娜·吐尔逊', '热娜·吐尔逊'],
    // the shorter reading recurs (and the longer one does not): the verb 提问
    ['委员汤守提问：请问？汤守追问：还有？', '汤守', '汤守'], ['委员热娜·艾买提问：请问？热娜·艾买表示', '热娜·艾买', '热娜·艾买'],
    // another 提问 after the same name is no evidence either way
    ['委员汤守提问：请问？汤守提问：还有？', '汤守', '汤守'],
    // not before 提问: unchanged
    ['委员吕买追问：请问？吕买提表示', '吕买', '吕买'],
  ])('%s (%s) → %s', (text, short, expected) => {
    const view = normalize(text);
    const start = text.indexOf(short);
    const end = endBeforeTiWen(lex, view, start, start + short.length, view.length);
    expect(text.slice(start, end)).toBe(expected);
  });
});

describe('[ti-wen] the name readers take the 提 when it is the name\'s', () => {
  it.each([
    ['县人大常委会委员吕买提问：请问？\n\n吕买提追问：还有？', '吕买', '吕买提'],
    ['区人大代表祁守提问：请问？\n\n祁守提追问：还有？', '祁守', '祁守提'],
    ['州人大常委会委员帕丽达·吾买提问：请问？', '帕丽达', '帕丽达·吾买提'],
    ['委员汤守提问：请问？', '汤守', '汤守'],
  ])('readName in %s → %s', (text, from, expected) => expect(nameAt(text, from)).toBe(expected));

  it.each([
    // a title, the name, 提问 and the label's colon
    ['县人大常委会委员吕买提问：请问？\n\n吕买提追问：还有？', ['吕买提', '吕买提']],
    ['市人大常委会委员帕丽达·吾买提问：请问？\n\n帕丽达·吾买提追问：还有？', ['帕丽达·吾买提', '帕丽达·吾买提']],
    // a bare label on its own line
    ['主持人：请委员提问。\n吕买提问：请问？\n\n祁建华答：好。\n\n吕买提追问：还有？', ['吕买提', '祁建华', '吕买提']],
    ['帕丽达·吾买提问：请问？\n\n祁建华答：好。', ['帕丽达·吾买提', '祁建华']],
    // no evidence: today's reading
    ['县人大常委会委员汤守提问：请问？\n\n汤守表示感谢。', ['汤守', '汤守']],
  ])('%s → %j', (text, expected) => expect(mentioned(text)).toEqual(expected));
});
