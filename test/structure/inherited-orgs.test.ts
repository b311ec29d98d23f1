import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
// Through findMentions: the organization passes along the mentions it reads, once sorted.
const mentions = (text: string) => findMentions(pairOf(text));

describe('[inherited-orgs] a bare post listed after someone of an organization', () => {
  // "省财政厅厅长冉某、副厅长柴某": the same post in another rank (or one heading that organization) is held there too.
  it.each<[string, Array<[string, string | null]>]>([
    ['区民政局局长石永年、副局长温晓岚先后作了回应。', [['石永年', '区民政局'], ['温晓岚', '区民政局']]],
    ['市卫健委主任骆天明和副主任邬佳先后回答。', [['骆天明', '市卫健委'], ['邬佳', '市卫健委']]],
    ['省检察院检察长付振邦、副检察长龚萍到会应询。', [['付振邦', '省检察院'], ['龚萍', '省检察院']]],
    // another post: no guess
    ['市人大常委会副主任严卫东、秘书长庞洁出席会议。', [['严卫东', '市人大常委会'], ['庞洁', null]]],
    ['县水务局局长蔺海、副县长卓雅到会应询。', [['蔺海', '县水务局'], ['卓雅', null]]],
    // an organization of its own stays
    ['县水务局局长蔺海、县财政局副局长卓雅到会应询。', [['蔺海', '县水务局'], ['卓雅', '县财政局']]],
    // the clause right after an attendance list, opening on the bare post (t50 p06, c06d)
    ['区人大常委会主任陈永红、副主任何建平等出席会议，副主任黄晓东主持。', [['陈永红', '区人大常委会'], ['何建平', '区人大常委会'], ['黄晓东', '区人大常委会']]],
    ['区人大常委会主任陈永红、副主任何建平等出席会议。副主任黄晓东主持会议。', [['陈永红', '区人大常委会'], ['何建平', '区人大常委会'], ['黄晓东', '区人大常委会']]],
    ['市人大常委会主任严卫东列席会议，副主任庞洁主持。', [['严卫东', '市人大常委会'], ['庞洁', '市人大常委会']]],
    // near-misses: another post after the list, or a clause that is no attendance
    ['区人大常委会主任陈永红等出席会议，秘书长何建平主持。', [['陈永红', '区人大常委会'], ['何建平', null]]],
    ['区人大常委会主任陈永红讲话后，副主任黄晓东主持。', [['陈永红', '区人大常委会'], ['黄晓东', null]]],
  ])('%s', (text, expected) => {
    expect(mentions(text).map((m) => [m.name, m.organization])).toEqual(expected);
  });
});

describe('[inherited-orgs] a 、-list of posts shares the first item\'s level (t65 p06)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['自治区工业和信息化厅副厅长张继东、财政厅副厅长王丽萍分别作了回答。', [['张继东', '自治区工业和信息化厅'], ['王丽萍', '自治区财政厅']]],
    ['省教育厅厅长刘建国、人力资源和社会保障厅副厅长韩梅到会应询。', [['刘建国', '省教育厅'], ['韩梅', '省人力资源和社会保障厅']]],
    ['县水务局局长蔺海和财政局局长卓雅到会应询。', [['蔺海', '县水务局'], ['卓雅', '县财政局']]],
    // near-misses: a later item with a level of its own, a name that may hold one (市场), not a list
    ['县水务局局长蔺海、市财政局副局长卓雅到会应询。', [['蔺海', '县水务局'], ['卓雅', '市财政局']]],
    ['县水务局局长蔺海、市场监管局局长卓雅到会应询。', [['蔺海', '县水务局'], ['卓雅', '市场监管局']]],
    // (not a list; a second level in the text, 市, so that text-levels.ts, which gives 王丽萍 the text's one level, adds none)
    ['自治区教育厅副厅长苏日娜回答。财政厅副厅长王丽萍补充。市教育局局长赵某列席。', [['苏日娜', '自治区教育厅'], ['王丽萍', '财政厅'], ['赵某', '市教育局']]],
    ['市公安局交通警察支队支队长陈冬、中国铁路太原局集团有限公司雁门站站长黄伟到会。', [['陈冬', '市公安局交通警察支队'], ['黄伟', '中国铁路太原局集团有限公司雁门站']]],
  ])('%s', (text, expected) => {
    expect(mentions(text).map((m) => [m.name, m.organization])).toEqual(expected);
  });
});
