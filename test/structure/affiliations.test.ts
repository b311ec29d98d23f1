import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { findPeople } from '../../src/structure/cast.js';
import { parse } from '../../src/pipeline.js';
import { normalize } from '../../src/source/normalize.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });
/** The first named mention: its text as written and its bracketed titles. */
const first = (text: string) => {
  const m = findMentions(pairOf(text)).find((x) => x.name);
  return m ? [text.slice(m.span[0], m.span[1]), m.affiliation ? text.slice(m.affiliation[0], m.affiliation[1]) : null] : null;
};

describe('[affiliations] titles in brackets after a label\'s name', () => {
  it.each<[string, [string, string | null]]>([
    ['县人大代表 田某某（城关镇幸福村党支部书记）：我们村的路什么时候修?', ['县人大代表 田某某（城关镇幸福村党支部书记）', '城关镇幸福村党支部书记']],
    ['乡人大代表韦某某（石桥村）：请问乡政府,饮水工程何时完工?', ['乡人大代表韦某某（石桥村）', '石桥村']],
    ['市人大代表 邝某（来自教育界代表组）问：课后服务怎么收费?', ['市人大代表 邝某（来自教育界代表组）', '来自教育界代表组']],
    // how the member attends (列席: sits in) stays in the label, and is no title
    ['县人大代表 蒙某某 （ 列席 ） ：资金从哪里来?', ['县人大代表 蒙某某 （ 列席 ）', null]],
    ['市人大代表 邝某（应邀列席）：课后服务怎么收费?', ['市人大代表 邝某（应邀列席）', null]],
    ['镇人大代表 甘某某（列席会议）：路什么时候修?', ['镇人大代表 甘某某（列席会议）', null]],
    ['县人大代表 蒙某某（女，列席）：资金从哪里来?', ['县人大代表 蒙某某（女，列席）', null]],
    ['县人大代表 田某某（城关镇幸福村党支部书记）\n我们村的路什么时候修?', ['县人大代表 田某某（城关镇幸福村党支部书记）', '城关镇幸福村党支部书记']],
    ['**县人大代表 田某某（幸福村）：**路什么时候修?', ['县人大代表 田某某（幸福村）', '幸福村']],
    ['【10:15】县人大代表 田某某（幸福村）：路什么时候修?', ['县人大代表 田某某（幸福村）', '幸福村']], // after a live feed's stamp
    ['县人大代表 田某某（女）：那资金呢?', ['县人大代表 田某某（女）', null]], // the label goes on, the sex is no title
    // another name of the person, an ethnicity: part of the label, no title
    ['县人大常委会副主任阿苏拉则（苏志明）：近年来任务很重。请问县民政局,…?', ['县人大常委会副主任阿苏拉则（苏志明）', null]],
    ['县水务局局长吉克·阿呷（王丽）：普及率达到90%。', ['县水务局局长吉克·阿呷（王丽）', null]],
    ['市人大常委会委员乌兰图雅（蒙古族）：牧区饮水问题突出。请问…?', ['市人大常委会委员乌兰图雅（蒙古族）', null]],
    ['市人大代表 马某（女，回族）：请问…?', ['市人大代表 马某（女，回族）', null]],
    ['市人大代表 扎西（汉名张平）：请问…?', ['市人大代表 扎西（汉名张平）', null]],
    // …but a village or an institution is where the member comes from
    ['市人大代表 张某（李家湾）：请问…?', ['市人大代表 张某（李家湾）', '李家湾']],
    ['市人大代表 张某（县一中）：请问…?', ['市人大代表 张某（县一中）', '县一中']],
    // near-misses of the follow-up note: a post that starts like one is a title
    ['市人大代表 何某（再就业服务中心主任）：请问…?', ['市人大代表 何某（再就业服务中心主任）', '再就业服务中心主任']],
    ['市人大代表 何某（追问组组长）：请问…?', ['市人大代表 何某（追问组组长）', '追问组组长']],
  ])('%s → %j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a note of the turn', '县人大代表 田某某（追问）：那资金呢?'],
    // later rounds of a follow-up are notes of the turn as 追问 is (speech-patterns.ts FOLLOW_UP_NOTE)
    ['a second follow-up', '市人大代表 何建平（再追问）：专项资金有多少?'],
    ['a follow-up once more', '市人大代表 何建平（再次追问）：专项资金有多少?'],
    ['a third follow-up', '市人大代表 何建平（三追问）：专项资金有多少?'],
    ['a counted follow-up', '市人大代表 何建平（第二次追问）：专项资金有多少?'],
    ['a follow-up again', '市人大代表 何建平（又追问）：专项资金有多少?'],
    ['a cut-in', '委员田某某（插话）：我打断一下,资金呢?'],
    ['a cut-in, the name first', '田某某委员（插话）：资金呢?'],
    ['a stage direction', '县交通运输局局长 严某（笑）：这个问题问得好。'],
    ['the speaker going on', '县交通运输局局长 严某（继续）：第二,加快进度。'],
    ['brackets mid-sentence', '会上,县人大代表田某某（城关镇幸福村党支部书记）提出,道路要尽快修。'],
    ['brackets with a sentence in them', '县人大代表 田某某（我们村的路坏了。）：请问何时修?'],
    ['brackets and more words before the colon', '县人大代表 田某某（幸福村）代表全村：请问何时修?'],
  ])('%s: no bracketed titles', (_name, text) => {
    expect(first(text)?.[1] ?? null).toBeNull();
  });

  it('another name in the brackets is no title of the person', () => {
    const text = '县人大常委会副主任阿苏拉则（苏志明）：近年来任务很重。请问县民政局，怎么办？\n县民政局局长吉克·阿呷（王丽）：我们将加快推进。';
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([['阿苏拉则', ['县人大常委会副主任']], ['吉克·阿呷', ['县民政局局长']]]);
  });

  it('a cut-in note is no title of the person', () => {
    const text = '委员田某某：请问县交通运输局,路什么时候修?\n县交通运输局局长 严某：年底前。\n委员田某某（插话）：年底是几月?';
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([['田某某', ['委员']], ['严某', ['县交通运输局局长']]]);
  });

  it.each<[string, Array<[string, string[], string | null]>]>([
    ['局长 严某（县交通运输局）：年底前修好。', [['严某', ['局长'], '县交通运输局']]],
    ['代表 田某某（幸福村）：我们村的路什么时候修?\n局长 严某（县交通运输局）：年底前修好。', [['田某某', ['代表'], '幸福村'], ['严某', ['局长'], '县交通运输局']]],
    // a post in the brackets is more titles; a title naming its organization keeps it
    ['局长 严某（县交通运输局局长）：年底前修好。', [['严某', ['县交通运输局局长'], null]]],
    ['县人大代表 田某某（幸福村）：我们村的路什么时候修?', [['田某某', ['县人大代表', '幸福村'], '县人大']]],
  ])('an institution or a place alone in the brackets after a post and a name is the organization: %s', (text, expected) => {
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles, p.organization])).toEqual(expected);
  });

  it('the bracketed titles join the person\'s titles', () => {
    const text = '县人大代表 田某某（城关镇幸福村党支部书记）：我们村的路什么时候修?\n县交通运输局局长 严某：年底前修好。';
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([['田某某', ['县人大代表', '城关镇幸福村党支部书记']], ['严某', ['县交通运输局局长']]]);
  });
});

describe('[affiliations] how the person attends is no title', () => {
  // Each row: the label, and the first named mention as [as written, bracketed titles].
  it.each<[string, [string, string | null]]>([
    ['孙丽华委员（视频连线）：请问市教育局,学位够不够?', ['孙丽华委员（视频连线）', null]],
    ['孙丽华委员（线上）：请问市教育局,学位够不够?', ['孙丽华委员（线上）', null]],
    ['孙丽华委员（视频）：请问市教育局,学位够不够?', ['孙丽华委员（视频）', null]],
    ['孙丽华委员（书面）：请问市教育局,学位够不够?', ['孙丽华委员（书面）', null]],
    ['市人大代表 覃某（通过视频连线）：请问县交通运输局,路什么时候修?', ['市人大代表 覃某（通过视频连线）', null]],
    ['市人大代表 覃某（网络连线参会）：请问县交通运输局,路什么时候修?', ['市人大代表 覃某（网络连线参会）', null]],
    ['市人大代表 覃某（书面发言）：建议加快修路。', ['市人大代表 覃某（书面发言）', null]],
    ['县人大代表 蒙某某（女，视频连线）：资金从哪里来?', ['县人大代表 蒙某某（女，视频连线）', null]],
    ['孙丽华委员（视频连线）\n请问市教育局,学位够不够?', ['孙丽华委员（视频连线）', null]],
  ])('%s → %j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('a member attending by video keeps her post only', () => {
    const text = '孙丽华委员（视频连线）：请问市教育局,学位够不够?\n市教育局局长 严某：今年新增学位3000个。\n孙丽华委员（视频连线）：我追问一下,什么时候建成?';
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([['孙丽华', ['委员']], ['严某', ['市教育局局长']]]);
  });
});

describe('[affiliations] when the person took up the post is no title (t66 p05)', () => {
  it.each<[string, [string, string | null]]>([
    ['市数据局局长卢晓帆（去年12月任职）回答：全程网办率达到68.5%。', ['市数据局局长卢晓帆（去年12月任职）', null]],
    ['市住建局局长 马某（今年1月到任）：时限已压缩。', ['市住建局局长 马某（今年1月到任）', null]],
    ['县水利局局长 严某（2024年3月起任职）：已完工。', ['县水利局局长 严某（2024年3月起任职）', null]],
    ['县水利局局长 严某（新任）：已完工。', ['县水利局局长 严某（新任）', null]],
    // near-misses: a post in the bracket stays a title
    ['市人大代表 邝某（城关镇党委书记）：请问市教育局,学位够不够?', ['市人大代表 邝某（城关镇党委书记）', '城关镇党委书记']],
  ])('%s → %j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });
});

describe('[affiliations] the capacity a person speaks in is no title', () => {
  // Each row: the label, and the first named mention as [as written, bracketed titles].
  it.each<[string, [string, string | null]]>([
    ['县交通局党组书记、局长李振华（代表县人民政府）答复：今年全部完工。', ['县交通局党组书记、局长李振华（代表县人民政府）', null]],
    ['市教育局局长 严某（代表市政府）：学位今年够用。', ['市教育局局长 严某（代表市政府）', null]],
    ['区卫健委主任周敏（受区政府委托）答复：年底前建成。', ['区卫健委主任周敏（受区政府委托）', null]],
    ['县民政局局长 韦某（代县政府答复）：资金已经落实。', ['县民政局局长 韦某（代县政府答复）', null]],
    // …but the member's own body is a post or a constituency
    ['市人大代表 邝某（代表团团长）：请问市教育局,学位够不够?', ['市人大代表 邝某（代表团团长）', '代表团团长']],
  ])('%s → %j', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('the capacity joins no title of the person', () => {
    const text = '县人大常委会委员 覃某：请问县交通局,路什么时候修?\n县交通局党组书记、局长李振华（代表县人民政府）答复：年底前修好。';
    const cast = findPeople(pairOf(text), []);
    expect(cast.persons.map((p) => [p.name, p.titles])).toEqual([['覃某', ['县人大常委会委员']], ['李振华', ['县交通局党组书记、局长']]]);
  });
});

describe('[affiliations] a note of a supplementary answer after the name is no title', () => {
  it.each([
    ['市财政局局长 阎立新（补充回答）：为保障新建学校，市财政今年安排资金4.6亿元。', ['市财政局局长']],
    ['市财政局局长 阎立新（补充发言）：为保障新建学校，市财政今年安排资金4.6亿元。', ['市财政局局长']],
    ['市财政局局长 阎立新（补充）：为保障新建学校，市财政今年安排资金4.6亿元。', ['市财政局局长']],
    // Near-miss: a post in the bracket is more of the person's titles.
    ['市财政局局长 阎立新（市国资委主任）：为保障新建学校，市财政今年安排资金4.6亿元。', ['市财政局局长', '市国资委主任']],
  ])('%s', (label, titles) => {
    const r = parse(`潞河市人大常委会专题询问实录\n\n主持人：现在开始询问。\n\n宫小波委员：请问市财政局，新建学校的钱从哪里来？\n\n${label}\n`);
    expect(r.people.find((p) => p.name === '阎立新')?.titles).toEqual(titles);
  });
});
