import { describe, expect, it } from 'vitest';
import { jointNameMentions } from '../../src/structure/joint-names.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const lex = lexicon();
const names = (text: string, claimed: [number, number][] = []) =>
  jointNameMentions({ text, view: normalize(text) }, lex, [0, text.length], claimed).map((m) => [m.name, m.congress]);

describe('[joint-names] untitled names reported together as answering or asking are people', () => {
  // Each row: a sentence and the names read, each with whether it asks (on the congress's side).
  it.each<[string, string, Array<[string, boolean]>]>([
    ['a transliterated four-character name and a listed one', '对此，乌兰图雅和李明分别作了回答。', [['乌兰图雅', false], ['李明', false]]],
    ['a compound surname', '随后，欧阳明华和李明先后作答。', [['欧阳明华', false], ['李明', false]]],
    ['three names, 、 and 和', '会上，王建华、阿依古丽和李明分别作了回应。', [['王建华', false], ['阿依古丽', false], ['李明', false]]],
    ['与 joining, 同志 after', '对此，王建华与李明同志分别作了解答。', [['王建华', false], ['李明', false]]],
    ['asking in turn', '会上，王建华和李明先后提问。', [['王建华', true], ['李明', true]]],
    ['after 对此 with no comma', '对此王建华和李明分别作了回答。', [['王建华', false], ['李明', false]]],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want);
  });

  // No names: offices, pronouns, groups, one name alone, the verb without 分别/先后.
  it.each<[string, string]>([
    ['two offices', '对此，市水务局和市财政局分别作了回答。'],
    ['a pronoun', '对此，他和李明分别作了回答。'],
    ['groups', '对此，委员们和代表们分别作了回答。'],
    ['one name alone', '对此，李明分别作了回答。'],
    ['no 分别/先后', '对此，王建华和李明作了回答。'],
    ['common words', '对此，城区和农村分别作了回答。'],
  ])('%s: none', (_name, text) => {
    expect(names(text)).toEqual([]);
  });

  it('a name already read is not read again, and ends the list', () => {
    const text = '市交通局局长王强和李明分别作了回答。';
    expect(names(text, [[0, 8]])).toEqual([]);
  });

  it('the whole record: each answers, named again bare, no title', () => {
    const r = parse('某市人大常委会开展城市供水专题询问\n\n委员张建国问：老旧管网改造资金从哪里来？\n对此，乌兰图雅和李明分别作了回答。乌兰图雅表示，今年将改造管网35公里。李明表示，市财政安排资金8000万元。');
    const who = (id: string) => r.people.find((p) => p.id === id)!;
    expect(r.questions[0].responders.map((id) => [who(id).name, who(id).titles])).toEqual([['乌兰图雅', []], ['李明', []]]);
    expect(r.questions[0].turns.filter((t) => t.role === 'responder').map((t) => t.text)).toEqual(['乌兰图雅表示，今年将改造管网35公里。', '李明表示，市财政安排资金8000万元。']);
  });
});
