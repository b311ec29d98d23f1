import { describe, expect, it } from 'vitest';
import { itemNumberEnd, labelNameBefore, opensLabel, spacesBefore } from '../../src/structure/chain-labels.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

describe('[chain-labels] the name a speaker label frames', () => {
  // Each row: the line, the title that starts the chain, the name it frames, whether it opens the line's label.
  it.each<[string, string, string, string, boolean]>([
    ['a title and name opening the line', '市人大常委会委员张伟：请问…', '市人大常委会委员', '张伟', true],
    ['after a live feed\'s stamp', '【09:12】市人大常委会委员张伟：请问…', '市人大常委会委员', '张伟', true],
    ['in Markdown bold', '**市人大常委会委员张伟**：请问…', '市人大常委会委员', '张伟', true],
    ['with a verb before the colon', '东乡区种粮大户聂红英问：烘干设备有没有补贴？', '种粮大户', '聂红英', true],
    ['a bracketed note before the colon', '州人大常委会委员其其格（蒙古族）：请问…', '州人大常委会委员', '其其格', true],
    ['inside a sentence', '会议由市人大常委会委员张伟主持。', '市人大常委会委员', '张伟', false],
    ['no colon after the name', '市人大常委会委员张伟表示，…', '市人大常委会委员', '张伟', false],
    // a digest's item number before the label: the label still frames the name, when its words follow on the line
    ['after an item number', '一、州人大常委会委员拉巴卓玛：中央生态环保督察反馈的问题中…', '州人大常委会委员', '拉巴卓玛', true],
    ['after a bracketed item number', '（二）州人大代表次仁央宗：“三线一单”实施情况如何？', '州人大代表', '次仁央宗', true],
    ['after an Arabic item number', '3、州人大常委会委员阿依古丽：请问…', '州人大常委会委员', '阿依古丽', true],
    ['a numbered heading alone on its line', '二、自治区人大常委会委员格桑卓玛：', '自治区人大常委会委员', '格桑卓玛', false],
    ['a numbered topic, no label', '一、关于生态环境保护：', '关于', '生态', false],
  ])('%s', (_name, line, title, name, opens) => {
    const view = normalize(line);
    const t = line.indexOf(title);
    const n = line.indexOf(name, t) + name.length;
    expect(opensLabel(view, 0, t, n)).toBe(opens);
  });

  // Each row: the line, the label's name, what follows the item number (null: no label's lead after a number).
  it.each<[string, string, string | null]>([
    ['二、州人大代表王红：“三线一单”实施情况如何？', '王红', '州人大代表王红'],
    ['（三）州人大代表次仁央宗：实施情况如何？', '次仁央宗', '州人大代表次仁央宗'],
    ['3、州人大常委会委员周敏：责任落实得怎样？', '周敏', '州人大常委会委员周敏'],
    // near-misses: a numbered heading alone on its line; a label with no item number
    ['二、自治区人大常委会委员格桑卓玛：', '格桑卓玛', null],
    ['州人大代表王红：实施情况如何？', '王红', null],
  ])('item number before the label of %s', (line, name, after) => {
    const view = normalize(line);
    const at = itemNumberEnd(view, 0, line.indexOf(name) + name.length);
    expect(at === null ? null : line.slice(at, line.indexOf(name) + name.length)).toBe(after);
  });

  // Each row: the text, a position, where the spaces right before it start.
  it.each<[string, number, number]>([
    ['局长  张伟', 4, 2],
    ['局长张伟', 2, 2],
    ['  张伟', 2, 0],
  ])('spaces before %j at %i start at %i', (text, pos, start) => {
    expect(spacesBefore(normalize(text), pos, 0)).toBe(start);
  });
});

describe('[chain-labels] labelNameBefore: the name before a label\'s post, listed surname or not', () => {
  // Each row: the text, the post, the name read before it (null: none).
  it.each<[string, string, string | null]>([
    ['a line\'s label', '格桑卓玛委员：请问…', '委员', '格桑卓玛'],
    // A bracket holding the name and the post only frames the name as the colon does: four characters, no compound surname.
    ['a Yi name in brackets after the words', '补贴能不能提高？（阿西木呷代表）', '代表', '阿西木呷'],
    ['…with the post set apart', '补贴能不能提高？（吉克曲布　委员）', '委员', '吉克曲布'],
    ['…in corner brackets', '补贴能不能提高？【扎西平措局长】', '局长', '扎西平措'],
    ['a bracket holding more than the name', '补贴能不能提高？（会上阿西木呷代表）', '代表', null],
    ['a group, no name', '补贴能不能提高？（其他代表）', '代表', null],
    ['no colon, no bracket', '阿西木呷代表认为，补贴要提高。', '代表', null],
  ])('%s', (_name, text, post, name) => {
    const view = normalize(text);
    const at = text.indexOf(post, text.indexOf(name ?? post) + (name?.length ?? 0));
    const r = labelNameBefore(lexicon(), view, at, at + post.length, 0);
    expect(r ? text.slice(r.name, r.nameEnd) : null).toBe(name);
  });
});
