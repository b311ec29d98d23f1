/** Line breaks inside a label (two-column PDF copies): cut when the joined words read as title + name. */
import { describe, expect, it } from 'vitest';
import { findLabelWraps } from '../../src/structure/label-wraps.js';

/** The text with its cuts removed. */
function joined(text: string): string {
  let out = '';
  let from = 0;
  for (const [s, e] of findLabelWraps(text)) {
    out += text.slice(from, s);
    from = e;
  }
  return out + text.slice(from);
}

describe('[label-wraps] a label broken by a line break is joined', () => {
  it.each([
    ['inside the name', '前文。\n\n县卫健局局长钱\n立平：谢谢。', '前文。\n\n县卫健局局长钱立平：谢谢。'],
    ['inside an asker\'s name', '县人大常委会委员郑\n宏：我想问县水利局，进度如何？', '县人大常委会委员郑宏：我想问县水利局，进度如何？'],
    ['inside an organization word', '市交通\n运输局局长韩冬梅：感谢。', '市交通运输局局长韩冬梅：感谢。'],
    ['inside the title', '镇人民政府副\n镇长贺明：好的。', '镇人民政府副镇长贺明：好的。'],
    ['a label opening mid-line', '提高到８００元。市人大常委\n会委员罗青：请问何时完成？', '提高到８００元。市人大常委会委员罗青：请问何时完成？'],
    ['a title alone on its line', '答毕。\n市人大常委会委员\n罗青：请问何时完成？', '答毕。\n市人大常委会委员罗青：请问何时完成？'],
    ['a title alone, CRLF', '市水务局局长 \r\n邹建平：感谢。', '市水务局局长邹建平：感谢。'],
    ['name first, broken inside the name', '施海\n林委员：请问。', '施海林委员：请问。'],
    ['a colon look-alike', '县卫健局局长钱\n立平∶谢谢。', '县卫健局局长钱立平∶谢谢。'],
    ['the name broken before the verb 答', '前文。\n市住建局局长张\n三明答：感谢。', '前文。\n市住建局局长张三明答：感谢。'],
    ['a compound surname broken from the given name', '城建环资委副主任委员欧阳\n建国问：改造资金？', '城建环资委副主任委员欧阳建国问：改造资金？'],
    ['a title alone on its line, then name and 答', '市生态环境局局长\n万国平答：截至10月底。', '市生态环境局局长万国平答：截至10月底。'],
    ['the name broken before 追问', '市人大常委会委员马\n文斌追问：怎么落实？', '市人大常委会委员马文斌追问：怎么落实？'],
    ['the name broken before 补充说', '市城市管理局局长傅\n振林补充说：今年以来。', '市城市管理局局长傅振林补充说：今年以来。'],
    ['a title chain filling its line, then name and 问', '市人大常委会委员、市人大环资委主任委员\n司马红英问：督察反馈？', '市人大常委会委员、市人大环资委主任委员司马红英问：督察反馈？'],
    ['minutes: the title on its line, the name alone on the next, the speech below', '市水务和湖泊局局长\n郑卫平\n    目前城区12个湖泊。', '市水务和湖泊局局长郑卫平\n    目前城区12个湖泊。'],
    ['minutes: a title chain on its line, the name on the next', '市人大常委会委员、城建环保工委主任\n龚德海\n    请问市城管委，进展为什么慢？', '市人大常委会委员、城建环保工委主任龚德海\n    请问市城管委，进展为什么慢？'],
  ])('%s', (_name, input, expected) => {
    expect(joined(input)).toBe(expected);
  });
});

describe('[label-wraps] other line breaks stay', () => {
  it.each([
    ['a title over names one a line, no speech under them', '列席人员：\n市财政局局长\n张建华\n市水利局局长\n李明'],
    ['a name line under a title, a heading under it', '市水务局局长\n郑卫平\n第二部分'],
    ['prose over a name line', '我们将持续推进\n郑卫平\n    目前城区12个湖泊。'],
    ['prose before a label', '我们将持续推进\n罗青：请问何时完成？'],
    ['prose ending on a title before a label', '会议由市人大常委会副主任\n罗青：主持。'],
    ['a blank line between', '市人大常委会委员\n\n罗青：请问何时完成？'],
    ['an indented next line', '市人大常委会委员\n  罗青：请问何时完成？'],
    ['a sentence closed before the label', '市水务局局长邹建平说明了情况。\n罗青：请问？'],
    ['a label already whole on the next line', '前文\n市水务局局长邹建平：感谢。'],
    ['a field, not a name', '市人大常委会委员\n时间：上午'],
    ['prose before a name and 答', '我们将持续推进\n张三明答：感谢。'],
    ['a paragraph ending on a post, then a label of its own', '会议由市人大常委会副主任\n罗青问：请问何时完成？'],
    ['a verb with no name left', '市住建局局长张三明\n答：感谢。'],
    ['prose before a title chain on its line', '我们听取了意见、市人大环资委主任委员\n司马红英问：督察反馈？'],
  ])('%s', (_name, input) => {
    expect(findLabelWraps(input)).toEqual([]);
  });

  it('does not cut where another cut already joins', () => {
    const text = '县卫健局局长钱\n立平：谢谢。';
    expect(findLabelWraps(text, [[7, 8]])).toEqual([]);
  });
});

describe('[label-wraps] a line break inside a 问/答 label\'s bracket', () => {
  it.each([
    ['the name broken', '问（市人大常委会委员 司马\n文涛）：我注意到。', '问（市人大常委会委员 司马文涛）：我注意到。'],
    ['答, the name broken after its surname', '答（市卫生健康委副主任 樊\n晓燕）：按照规定。', '答（市卫生健康委副主任 樊晓燕）：按照规定。'],
  ])('%s', (_name, input, expected) => {
    expect(joined(input)).toBe(expected);
  });
  it.each([
    ['words that are no label in the bracket', '问（这个问题\n很难）：什么意思？'],
    ['the bracket closed on its own line', '问（市人大常委会委员 司马文涛）\n：我注意到。'],
    ['not a 问/答 label', '会议（市人大常委会委员 司马\n文涛）：我注意到。'],
  ])('stays: %s', (_name, input) => {
    expect(findLabelWraps(input)).toEqual([]);
  });
});
