import { describe, expect, it } from 'vitest';
import { delimitedName, slotClosesAt, slotOf } from '../../src/structure/delimited-names.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

/** [name, title, organization] of the first named mention of `text`. */
function person(text: string): [string | null, string | null, string | null] | null {
  const m = findMentions({ text, view: normalize(text) }).find((x) => x.name !== null);
  return m ? [m.name, m.title, m.organization] : null;
}

describe('[delimited-names] the slot a title fills', () => {
  it.each<[string, string, 'field' | 'label' | null]>([
    ['答复人：镇供水站站长 岩罕', '镇供水站', 'field'],
    ['询问人：县人大代表、教师 依香', '教师', 'field'],
    ['提问代表：镇人大代表、勐泉镇中心小学教师 玉罕', '教师', 'field'],
    ['问题二 提问人：县人大代表 刀志明', '县人大代表', 'field'],
    ['主持人：县人大常委会主任　哈斯巴根', '县人大常委会', 'field'],
    ['州水务局局长岩温答复：', '州水务局', 'label'],
    ['**县人大代表、教师 刀建国提问：**', '县人大代表', 'label'],
    // a heading's number before the chain, a sentence before the title: no slot
    ['二、自治区人大常委会委员格桑卓玛：', '自治区', null],
    ['会上，州水务局局长岩温作了答复：', '州水务局', null],
    // a speaker's bracket: after the label's role, a person field, the line's lead or the words it attributes (t72 p06)
    ['主持人（州人大常委会副主任 和丽娟）：', '州人大常委会', 'bracket'],
    ['问（县人大常委会委员 向红）：', '县人大常委会', 'bracket'],
    ['（县卫生局局长 岩应香）', '县卫生局', 'bracket'],
    ['“报销比例到底有多高？”（县人大常委会委员 和晓燕）', '县人大常委会', 'bracket'],
    // a bracket inside a sentence: no slot
    ['会议由州人大常委会（州人大常委会副主任和丽娟）主持', '州人大常委会副', null],
  ])('%s (title at %s) → %s', (text, title, want) => {
    const view = normalize(text);
    expect(slotOf(view, view.indexOf(title), 0)).toBe(want);
  });

  it.each<[string, 'field' | 'label' | 'bracket', boolean]>([
    [')', 'bracket', true], [' ）：', 'bracket', true], ['同志）', 'bracket', false],
    ['\n', 'field', true], ['', 'field', true], ['；应询人：', 'field', true], [' \n', 'field', true],
    ['提问：', 'label', true], ['联合提问：', 'label', true], ['答复：', 'label', true], ['（傣族）：', 'label', true], ['：', 'label', true],
    ['表示：', 'label', true], ['补充发言：', 'label', true],
    ['表示，', 'label', false], ['说', 'field', false],
  ])('after the name %j the %s closes: %s', (after, slot, want) => {
    const view = normalize('岩罕' + after);
    expect(slotClosesAt(view, 2, slot)).toBe(want);
  });
});

describe('[delimited-names] the name of a slot, whatever its first character', () => {
  it.each<[string, string | null]>([
    ['岩罕\n', '岩罕'], ['玉应罕\n', '玉应罕'], ['刀建国；', '刀建国'], ['哈斯巴根\n', '哈斯巴根'], ['哈斯其其格', '哈斯其其格'],
    // a subhead, a word of the sentence, a title: no name
    ['办公室\n', null], ['负责人\n', null], ['我们', null],
  ])('field value %j → %j', (value, want) => {
    const view = normalize(value);
    const n = delimitedName(lex, view, 0, view.length, 'field');
    expect(n && value.slice(n.start, n.end)).toBe(want);
  });

  it.each<[string, string | null]>([
    [' 岩罕提问：', '岩罕'], [' 玉罕联合提问：', '玉罕'], ['刀罕答复：', '刀罕'], [' 依香：', '依香'],
    // glued to the title before a bare colon: a subhead, no name
    ['心声：', null],
  ])('label after the title %j → %j', (rest, want) => {
    const view = normalize('局长' + rest);
    const at = rest.startsWith(' ') ? 3 : 2;
    const n = delimitedName(lex, view, at, view.length, 'label');
    expect(n && view.slice(n.start, n.end)).toBe(want);
  });
});

describe('[delimited-names] people read in a slot', () => {
  it.each<[string, [string, string, string | null] | null]>([
    ['答复人：镇供水站站长 岩罕\n答：', ['岩罕', '镇供水站站长', '镇供水站']],
    ['答复人：镇卫生院院长、主任医师 玉罕\n答：', ['玉罕', '镇卫生院院长、主任医师', '镇卫生院']],
    ['询问人：镇人大代表、教师 刀建国\n问：', ['刀建国', '镇人大代表、教师', '镇人大']],
    ['提问代表：乡人大代表、勐腊县第一中学教师 依香\n问：', ['依香', '乡人大代表、勐腊县第一中学教师', '勐腊县第一中学']],
    ['主持人：旗人大常委会主任　斯琴巴根\n', ['斯琴巴根', '旗人大常委会主任', '旗人大常委会']],
    ['州林业和草原局副局长岩应香答复：我们已经…', ['岩应香', '州林业和草原局副局长', '州林业和草原局']],
    ['州人大代表、教师玉南提问：请问…', ['玉南', '州人大代表、教师', '州人大']],
    // the name before its title in brackets, delimited by the field's colon and the bracket
    ['主持人：斯琴巴根（旗人大常委会主任）\n', ['斯琴巴根', '旗人大常委会主任', '旗人大常委会']],
    ['主持人：岩应（县人大常委会副主任）\n', ['岩应', '县人大常委会副主任', '县人大常委会']],
    ['主持人：额尔敦巴雅尔（旗人大常委会主任）\n', ['额尔敦巴雅尔', '旗人大常委会主任', '旗人大常委会']],
    // the name before its post, the post closing the field's value
    ['提问代表：玉南代表\n问：', ['玉南', '代表', null]],
    ['答复人：岩应站长；', ['岩应', '站长', null]],
    // in a speaker's bracket, the title first: the bracket closes the name, a surname that is also a word (和, 向) too (t72 p06)
    ['主持人（州人大常委会副主任 和丽娟）：根据会议安排', ['和丽娟', '州人大常委会副主任', '州人大常委会']],
    ['主持人（州人大常委会副主任和丽娟）：', ['和丽娟', '州人大常委会副主任', '州人大常委会']],
    ['问（县人大常委会委员 向红）：请问', ['向红', '县人大常委会委员', '县人大常委会']],
    ['“报销比例到底有多高？”\n（县人大常委会委员 和晓燕）', ['和晓燕', '县人大常委会委员', '县人大常委会']],
    ['答（县水务局局长 岩应香）：', ['岩应香', '县水务局局长', '县水务局']],
    ['（县农业农村局局长 心声）', null], // two characters that do not transliterate: no name (speakers.test.ts)
  ])('%s', (text, want) => {
    expect(person(text)).toEqual(want);
  });
});
