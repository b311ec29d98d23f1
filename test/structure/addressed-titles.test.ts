import { describe, expect, it } from 'vitest';
import { addressedTitle, fitsTitle } from '../../src/structure/addressed-titles.js';
import { peopleOf } from '../../src/structure/people.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

const mentionsOf = (text: string) => findMentions({ text, view: normalize(text) }, [0, text.length]);
/** Whether the mention of `name` in `text` is a form of address. */
const addressed = (text: string, name: string) => {
  const m = mentionsOf(text).find((x) => x.name === name);
  return m ? addressedTitle(text, m) : null;
};
const titlesOf = (text: string, name: string) => peopleOf(text, mentionsOf(text)).find((p) => p.name === name)?.titles;

describe('[addressed-titles] a bare post after a name in running words is a form of address', () => {
  it.each<[string, string, string, boolean]>([
    ['in the chair\'s words', '潘国良：杨春花委员还有追问吗？', '杨春花', true],
    ['in a reporter\'s sentence', '会上，杨春花委员接着追问。', '杨春花', true],
    ['a deputy director called 局长', '马卫东：请问刘志强局长，资金从哪里来？', '刘志强', true],
    // near-misses: what the transcript states of its speaker
    ['the label of the speaker', '杨春花委员：请问市卫健委，医养结合怎么推进？', '杨春花', false],
    ['the label with its verb', '杨春花委员追问：资金从哪里来？', '杨春花', false],
    ['a label after a bullet', '● 杨春花委员：资金从哪里来？', '杨春花', false],
    ['a label with another verb', '温少华副县长表态：县政府将逐项整改。', '温少华', false],
    ['the subject of a narrated turn opening its line', '温少华副县长表示，县政府将逐项整改。', '温少华', false],
    ['a full title before the name', '潘国良：请市人大代表杨春花提问。', '杨春花', false],
  ])('%s', (_name, text, name, want) => {
    expect(addressed(text, name)).toBe(want);
  });

  it.each<[string, string, boolean]>([
    ['市人大常委会委员', '委员', true], ['市民政局党组书记、局长', '局长', true], ['委员', '委员', true],
    ['市人大代表', '委员', false], ['市民政局副局长', '书记', false],
  ])('fitsTitle(%s, %s) → %s', (stated, post, want) => expect(fitsTitle(stated, post)).toBe(want));
});

describe('[addressed-titles] people: a post of address joins no differing stated title', () => {
  it.each<[string, string, string, string[]]>([
    ['stated first, addressed later', '市人大代表 杨春花：请问市卫健委，医养结合怎么推进？\n潘国良：杨春花委员还有追问吗？', '杨春花', ['市人大代表']],
    ['addressed first, stated later', '潘国良：下面请杨春花委员提问。\n市人大代表 杨春花：请问市卫健委，医养结合怎么推进？', '杨春花', ['市人大代表']],
    // the person has no stated title: the post of address is all the text says, and is kept
    ['addressed only', '潘国良：杨春花委员还有追问吗？\n杨春花：没有了，谢谢。', '杨春花', ['委员']],
    // the post fits the stated title: nothing to add, nothing lost
    ['a post that fits', '市人大常委会委员 杨春花：请问市卫健委，医养结合怎么推进？\n潘国良：杨春花委员还有追问吗？', '杨春花', ['市人大常委会委员']],
    ['addressed first, then a fitting stated title', '潘国良：下面请杨春花委员提问。\n市人大常委会委员 杨春花：请问市卫健委，医养结合怎么推进？', '杨春花', ['市人大常委会委员']],
    // two stated titles stay two (a label is stated, not an address)
    ['a label with a bare post is stated', '市人大代表 杨春花：请问市卫健委？\n杨春花委员：我再追问一下。', '杨春花', ['市人大代表', '委员']],
  ])('%s', (_name, text, name, want) => {
    expect(titlesOf(text, name)).toEqual(want);
  });
});
