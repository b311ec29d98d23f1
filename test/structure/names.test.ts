import { describe, expect, it } from 'vitest';
import { readName } from '../../src/structure/names.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();
const name = (text: string, known: string[] = []) => {
  const view = normalize(text);
  const r = readName(lex, view, 0, view.length, known);
  return r ? text.slice(r.start, r.end) : null;
};

describe('[names] readName: where a name ends', () => {
  it.each([
    ['马伟指出', '马伟'], ['余波回应道', '余波'], ['邓玲说,', '邓玲'], ['谢茂华就此提问', '谢茂华'],
    ['卢燕关注的是', '卢燕'], ['胡建东从三方面回应', '胡建东'], ['高红丽表示', '高红丽'], ['王某某率先发问', '王某某'],
    ['欧阳明远表示', '欧阳明远'], ['司马光说', '司马光'], ['阿依古丽说', '阿依古丽'], ['和丽回应称', '和丽'],
    ['王某并指出', '王某'], ['李向说,', '李向'], ['刘向东表示', '刘向东'], ['韩寅燕十分关注', '韩寅燕'],
    // an adverb of manner before the verb is never the name's: 联合 as 共同
    ['罗春林联合提问', '罗春林'], ['欧阳明远联合提问', '欧阳明远'], ['罗春林共同提问', '罗春林'],
    ['罗春林最后发问', '罗春林'], ['张三,', '张三'], ['李某', '李某'], ['孙建国同志', '孙建国'],
    // 请 is the verb after the name, never its last character: 请问, 请 someone to answer
    ['程佳请问吴副市长,', '程佳'], ['邝立请问县水利局,', '邝立'], ['程佳请市水务局回答,', '程佳'], ['邝立请吴副县长介绍一下,', '邝立'],
    // names transcribed with a dot between their parts need no listed surname
    ['古丽娜尔·买买提说', '古丽娜尔·买买提'], ['阿布都・热合曼表示', '阿布都・热合曼'], ['扎西·多吉次仁委员', '扎西·多吉次仁'],
    ['巴特尔·额尔敦:', '巴特尔·额尔敦'],
    // a surname that is also a word after names (向, 和) before a label's colon
    // a one-character word after names (则, 就) right before a label's colon is the name's last character
    ['阿苏拉则:', '阿苏拉则'], ['吉克阿就:', '吉克阿就'],
    // …and before a bracketed note and the colon (another name, an ethnicity, a post)
    // …and at the end of a label's line, with or without a note
    ['阿苏拉则\n近年来', '阿苏拉则'], ['阿苏拉则(苏志明)\n近年来', '阿苏拉则'], ['乌兰图雅\n近年来', '乌兰图雅'],
    // …and before 、 or a comma, ending a dotted name (no verb follows a list mark)
    ['吉克·拉则、', '吉克·拉则'], ['阿西·木则,', '阿西·木则'], ['古丽娜尔·买买提说,', '古丽娜尔·买买提'],
    ['阿苏拉则(苏志明):', '阿苏拉则'], ['吉克阿就（王红）：', '吉克阿就'], ['乌兰图雅(蒙古族):', '乌兰图雅'], ['向东升(女):', '向东升'],
    ['向东升:', '向东升'], ['和晓梅:', '和晓梅'], ['阿依古丽:', '阿依古丽'], ['乌兰图雅:', '乌兰图雅'], ['王海:', '王海'], ['李建国:', '李建国'],
    // a three-character name ending in 和 before a verb of speaking, 主持 or a label's colon; not before another name
    ['邵清和主持会议', '邵清和'], ['邵清和:', '邵清和'], ['王永和表示', '王永和'], ['王清和李明先后提问', '王清'], ['王某和李某回答', '王某'],
    // …and at the end of a roster's item: 和 joins two items, never ends one
    ['卢志和;', '卢志和'], ['卢志和。', '卢志和'], ['卢志和、', '卢志和'], ['卢志和,', '卢志和'], ['卢志和\n', '卢志和'],
    // …and before the conjunction 和: never written twice, so 和和 ends a name on its first 和 (2, 3 or 4 characters)
    ['巴图孟和和李明分别作了回答', '巴图孟和'], ['苏和和李明先后提问', '苏和'], ['邵清和和李明分别回答', '邵清和'], ['欧阳清和和李明分别回答', '欧阳清和'],
    // (near-misses: one 和 joins two names; a 和 doubled only later in the sentence is no part of this name)
    ['巴图孟和李明分别作了回答', '巴图孟'], ['王清和李明先后提问', '王清'], ['王清说和和睦睦', '王清'], ['王清和和气气地说', '王清'],
    // a surname that is also a word after names (向, 和) opening a label's line before its title and colon
    ['向立群委员:', '向立群'], ['和秀兰委员:', '和秀兰'], ['向立群副局长答:', '向立群'], ['向文委员：', '向文'],
  ])('%s → %s', (text, expected) => {
    expect(name(text)).toBe(expected);
  });

  it.each([
    ['局长表示'], ['李局长'], ['谢谢'], ['高度重视'], ['劳动者代表'], ['向市政府提问'], ['和市法院'], ['人民群众'], ['的王某'],
    ['和人大代表先后提问'], ['向法院提出'], ['和政府部门'], ['向市民:'],
    // a conjunction, then a group before a title: two groups, no name
    ['和群众代表应邀参加'], ['和党员代表列席'],
    // a preposition and a pronoun, even before a colon
    ['向大家:'], ['和大家:'], ['向各位:'], ['和我们:'], ['向大家汇报'],
    // a title after 向/和 in running text: the preposition or conjunction (no label's line, no colon)
    ['向立群委员提问'], ['和秀兰委员一起'], ['向委员:'],
  ])('%s → no name', (text) => {
    expect(name(text)).toBeNull();
  });

  // A two-character name padded to three columns (minutes, name lists): the read covers the pad.
  it.each([
    ['张　伟:', '张　伟'], ['李 明:', '李 明'], ['王  强:', '王  强'], ['赵\u00a0勇:', '赵\u00a0勇'], ['何　静', '何　静'],
    ['孙　丽委员', '孙　丽'], ['周　涛表示', '周　涛'], ['吴　刚(市人大代表)', '吴　刚'], ['郑　洁、', '郑　洁'], ['冯　军　:', '冯　军'], ['刘　洋】', '刘　洋'],
    ['和　平:', '和　平'],
    // before the separator of the next field on its line
    ['蒲　晴；应询人：', '蒲　晴'], ['蒲　晴，应询人：', '蒲　晴'],
  ])('padded %j → %j', (text, expected) => {
    expect(name(text)).toBe(expected);
  });

  it.each([
    // more than two pads, a title or a word after the pad, no evidence of an end, a word after names before no colon
    ['张　　　伟:'], ['王　局长'], ['李　说'], ['张　伟民:'], ['王　强调'], ['和　平安'], ['向　东表示'], ['刘 市:'],
    // field names padded to the same width
    ['时　间:'], ['单　位:'],
  ])('padded %j → no name', (text) => {
    expect(name(text)).toBeNull();
  });

  // A title read right before (afterTitle): a name closing a roster's item, 向/和 opening it.
  it.each([
    ['向东;', '向东'], ['向东\n', '向东'], ['和立平、', '和立平'], ['向东。', '向东'],
    // …four characters with no compound surname when they close the item (Yi, Tibetan names), not a shorter name and a word
    ['沙马伍各;', '沙马伍各'], ['吉克曲布。', '吉克曲布'], ['阿西木呷、', '阿西木呷'], ['沙马伍各\n', '沙马伍各'], ['李在明说。', '李在明'], ['张从军问;', '张从军'],
    ['王立群;', '王立群'], ['李明同志;', '李明'], ['张伟出席。', '张伟'], ['刘明主持。', '刘明'], ['王立群表示,', '王立群'],
    // …and before the 等 that closes the roster ("…副局长向红等到会应询")
    ['向红等到会应询', '向红'], ['向明辉等到会', '向明辉'], ['和平等同志', '和平'], ['王立群等到会', '王立群'],
  ])('after a title %j → %j', (text, expected) => {
    const view = normalize(text);
    const r = readName(lex, view, 0, view.length, [], true);
    expect(r ? text.slice(r.start, r.end) : null).toBe(expected);
  });

  it.each([['向东'], ['向东;'], ['向红等到会应询'], ['和平等同志']])('no title before %j → no name', (text) => {
    expect(name(text)).toBeNull();
  });

  // After a title, 向/和 before a place, a pronoun or a group stays the preposition or conjunction, 等 or not.
  it.each([['向市政府等部门'], ['和大家等'], ['和群众等到会']])('after a title %j → no name', (text) => {
    const view = normalize(text);
    expect(readName(lex, view, 0, view.length, [], true)).toBeNull();
  });

  it('a known name wins', () => {
    expect(name('余波回应道', ['余波回'])).toBe('余波回');
    expect(name('海建才表示', ['海建才'])).toBe('海建才');
  });
});

describe('[names] 向/和 after a title, before a label\'s verb and colon', () => {
  const at = (text: string, from: string) => {
    const view = normalize(text);
    const pos = text.indexOf(from);
    const r = readName(lex, view, pos, view.length);
    return r ? text.slice(r.start, r.end) : null;
  };
  it.each<[string, string, string | null]>([
    ['县人大常委会委员、县人大教科文卫工委主任向光明问县文化和旅游局：如何开发全季旅游产品？', '向光明', '向光明'],
    ['县人大常委会委员向光明问：如何开发？', '向光明', '向光明'],
    ['县人大代表和平安问县水利局：水价怎么定？', '和平安', '和平安'],
    // near-misses: no title before, no colon after, or a place after 向
    ['我们要向光明问路：', '向光明', null],
    ['委员们向大家问好：', '向大家', null],
    ['县人大常委会委员向市政府提问：', '向市政府', null],
    ['县人大常委会委员向光明问好。', '向光明', null],
  ])('%s at %s → %s', (text, from, expected) => {
    expect(at(text, from)).toBe(expected);
  });
});
