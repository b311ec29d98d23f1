import { describe, expect, it } from 'vitest';
import { nameAfter } from '../../src/structure/titles-chain.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const lex = lexicon();

describe('[titles-chain] the name after a title', () => {
  it.each([
    ['委员 王某', 2, '王某'],
    ['委员\t李某某表示', 2, '李某某'],
    ['委员\u3000李某某表示', 2, '李某某'],
    ['委员\u00a0李某某表示', 2, '李某某'],
    ['委员王某某率先发问', 2, '王某某'],
    ['委员人民群众', 2, null],
    ['委员调研', 2, null],
  ])('name after the title in %s', (text, pos, expected) => {
    const view = normalize(text);
    const n = nameAfter(lex, view, pos, view.length, []);
    expect(n ? text.slice(n.start, n.end) : null).toBe(expected);
  });
});

describe('[titles-chain] a bare post and a name nothing after supports', () => {
  const names = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => m.name);
  it.each([
    // A quotation opening the sentence closes right before the post: the post names its speaker.
    ['“河道清淤为何一拖再拖？”委员韦晓岚直截了当。局长骆平回应称,将加快进度。', ['韦晓岚', '骆平']],
    ['“部分乡镇污水管网尚未闭合。”代表柯明远点出症结。', ['柯明远']],
    ['会上,“校车安全怎么保障？”委员符天佑抛砖引玉。', ['符天佑']],
    // The sentence goes on, after a clause of interest, to a verb of asking.
    ['委员韦晓岚牵挂山区学校供暖问题,询问市教育局有何安排。', ['韦晓岚']],
    ['代表柯明远心系独居老人,追问社区养老服务如何覆盖？', ['柯明远']],
    // Neither: no speaker is read from an unsupported cut after a bare post.
    ['委员韦晓岚牵挂山区学校供暖问题。', []],
    ['他说了一句“好”委员韦晓岚点头。', []],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('[titles-chain] an annotation in brackets between the title and the name', () => {
  const read = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => `${m.name}|${m.title}`);
  it.each([
    ['主持人：请市人大代表、嘉禾市清源环保科技有限公司董事长（列席）邵文杰提问。', '邵文杰|市人大代表、嘉禾市清源环保科技有限公司董事长'],
    ['主持人：请州人大代表（凤凰镇选区）吴金花提问。', '吴金花|州人大代表'],
    ['主持人：请全国人大代表（湖南代表团）钟秀兰发言。', '钟秀兰|全国人大代表'],
    ['主持人：请省人大代表(特邀)龙海平提问。', '龙海平|省人大代表'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });
  // Near-misses: a bracket holding the name, or a remark, is no annotation of the title.
  it('a bracket holding the name still gives the name', () => {
    expect(read('县教育局局长（覃某某）：我们将加快推进。')).toEqual(['覃某某|县教育局局长']);
  });
  it('a remark in brackets is no annotation: the title is not carried past it', () => {
    expect(read('市人大代表（共12人）吴金花提问。')).not.toContain('吴金花|市人大代表');
  });
});

describe('[titles-chain] an organization named by its own words before the name and post (新华社/人民日报 order)', () => {
  const read = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => [m.name, m.title, m.organization]);
  it.each([
    ['应急管理部王祥喜部长回答说，今年', ['王祥喜', '部长', '应急管理部']],
    ['财政部王某部长说，', ['王某', '部长', '财政部']],
    ['对此，国家统计局康某局长表示，', ['康某', '局长', '国家统计局']],
    ['国家发展改革委郑某主任：', ['郑某', '主任', '国家发展改革委']],
    ['住房和城乡建设部姜万荣副部长说，', ['姜万荣', '副部长', '住房和城乡建设部']],
  ])('%s → %j', (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each([
    // a one-character body (该部, 全部) names no institution
    ['该部王某部长说，', []],
    ['全部王某部长说，', []],
    // a listed name never takes the next official's organization as a second name
    ['科技部部长王和俊、商务部副部长郭婷婷等到会', [['王和俊', '科技部部长', '科技部'], ['郭婷婷', '商务部副部长', '商务部']]],
  ])('%s → %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('[titles-chain] an acting head\'s 代 between the name and the post is the title\'s', () => {
  const brief = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => [m.form, m.name, m.title, m.surname ?? null]);
  it.each([
    ['钟文杰代局长回答说，今年计划改造180个小区。', [['name-title', '钟文杰', '代局长', '钟']]],
    ['卢振国代主任表示，新增泊位3800个。', [['name-title', '卢振国', '代主任', '卢']]],
    ['欧阳晓东代县长回答，今年完成。', [['name-title', '欧阳晓东', '代县长', '欧阳']]],
    // Near-misses: 代 a surname with no name before it, and 代 after an organization (titles.ts) as before.
    ['代局长：今年计划改造180个小区。', [['surname-title', null, '局长', '代']]],
    ['市住房和城乡建设局代局长钟文杰回答说，', [['title-name', '钟文杰', '市住房和城乡建设局代局长', '钟']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('[titles-chain] a second name joined by 和 after a title\'s name is named bare: the title is the first\'s', () => {
  const brief = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => [m.form, m.name, m.title]);
  it.each([
    ['市交通局局长王强和李明分别作了回答。', [['title-name', '王强', '市交通局局长'], ['bare-name', '李明', null]]],
    ['副县长韦立新与何晓燕先后作了回答。', [['title-name', '韦立新', '副县长'], ['bare-name', '何晓燕', null]]],
    ['市人大常委会委员张建国和李明先后提问。', [['title-name', '张建国', '市人大常委会委员'], ['bare-name', '李明', null]]],
    // A list under one title runs on 、: every name of it holds the title, the last one joined by 和 too.
    ['副局长张涛、李卫东到会应询。', [['title-name', '张涛', '副局长'], ['title-name', '李卫东', '副局长']]],
    ['委员姬晓梅、铁建华和郦春生先后提问。', [['title-name', '姬晓梅', '委员'], ['title-name', '铁建华', '委员'], ['title-name', '郦春生', '委员']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('a title written for the second name elsewhere is the person\'s', () => {
    const r = parse('某市人大常委会开展城市供水专题询问\n\n委员张建国问：农村饮水安全如何保障？\n市水务局局长王强和李明分别作了回答。王强表示，普及率达到96.5%。李明表示，将新建水厂3座。\n委员赵丽华问：水价怎么定？\n市水务局副局长李明：水价听证明年开展。');
    expect(r.people.find((p) => p.name === '李明')!.titles).toEqual(['市水务局副局长']);
    expect(r.people.find((p) => p.name === '王强')!.titles).toEqual(['市水务局局长']);
  });
});
