import { describe, expect, it } from 'vitest';
import { PeopleRegistry, peopleOf } from '../../src/structure/people.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

function people(text: string) {
  return peopleOf(text, findMentions({ text, view: normalize(text) }, [0, text.length]));
}
const summary = (text: string) => people(text).map((p) => [p.id, p.name, p.titles, p.organization, p.mentions.length]);

describe('[people] registry', () => {
  it.each([
    ['same name, same person',
      '市政府副市长海建才分析,…。海建才表示,…',
      [['p1', '海建才', ['市政府副市长'], '市政府', 2]]],
    ['similar names are different people',
      '市人大常委会委员朱树平询问。市城管局副局长朱树锋回应称,',
      [['p1', '朱树平', ['市人大常委会委员'], '市人大常委会', 1], ['p2', '朱树锋', ['市城管局副局长'], '市城管局', 1]]],
    // A four-character name extending a titled person's three characters is the name the text cut short (a Yi name).
    ['a four-character name extending a titled three-character one is that person, whole',
      '州卫生健康委员会主任阿苏木呷到会应询。\n阿苏木呷主任：缺口约三千人。',
      [['p1', '阿苏木呷', ['州卫生健康委员会主任'], '州卫生健康委员会', 2]]],
    ['…but a three-character name prefixing nobody\'s stays apart',
      '市人大常委会委员王立群询问。市城管局副局长王立新回应称,',
      [['p1', '王立群', ['市人大常委会委员'], '市人大常委会', 1], ['p2', '王立新', ['市城管局副局长'], '市城管局', 1]]],
    ['surname + title joins the person with that office',
      '市公安局局长李明表示,…。委员王某问:请问李局长,…',
      [['p1', '李明', ['市公安局局长'], '市公安局', 2], ['p2', '王某', ['委员'], null, 1]]],
    // A surname outside the lexicon (Dai 刀, 岩, 玉; Yi 阿苏) is still the surname of someone named before.
    ['Dai surname + title joins the known person with that office (刀镇长)',
      '镇党委副书记、镇长刀建国介绍,…。代表问:刀镇长,水费能不能统一?',
      [['p1', '刀建国', ['镇党委副书记、镇长'], '镇', 2]]],
    ['岩局长 joins 岩温香 of the 局',
      '县水务局局长岩温香表示,…。委员王某问:请问岩局长,…',
      [['p1', '岩温香', ['县水务局局长'], '县水务局', 2], ['p2', '王某', ['委员'], null, 1]]],
    ['a Yi compound surname + 代表 joins the deputy (阿苏代表)',
      '镇人大代表阿苏拉则:…。谢谢阿苏代表。',
      [['p1', '阿苏拉则', ['镇人大代表'], '镇人大', 2]]],
    ['no known name opens with the character: no person',
      '县水务局局长王军表示,…。请问刀局长,…',
      [['p1', '王军', ['县水务局局长'], '县水务局', 1]]],
    ['surname + title with no matching office stays apart',
      '市公安局局长李明表示,…。李主任说',
      [['p1', '李明', ['市公安局局长'], '市公安局', 1], ['p2', null, ['主任'], null, 1]]],
    ['surname + title picks the latest holder',
      '市公安局局长李明表示。市司法局局长李强说。李局长补充',
      [['p1', '李明', ['市公安局局长'], '市公安局', 1], ['p2', '李强', ['市司法局局长'], '市司法局', 2]]],
    ['surname + title with an organization picks that organization\'s holder',
      '市公安局局长李明表示。市司法局局长李强说。请问市公安局李局长',
      [['p1', '李明', ['市公安局局长'], '市公安局', 2], ['p2', '李强', ['市司法局局长'], '市司法局', 1]]],
    ['surname + title matches any post of a title chain, not just the last',
      '区人大常委会委员、区人大城建环保工委主任何美玲提问。区住建局局长冯立群回答。何委员追问',
      [['p1', '何美玲', ['区人大常委会委员、区人大城建环保工委主任'], '区人大常委会', 2], ['p2', '冯立群', ['区住建局局长'], '区住建局', 1]]],
    ['posts held concurrently (兼) are two titles; the organization is the principal post\'s',
      '市教育局局长兼市体育局局长邓文彬回答。邓局长补充',
      [['p1', '邓文彬', ['市教育局局长', '市体育局局长'], '市教育局', 2]]],
    ['兼 inside a 、 chain splits only there',
      '县委常委、副县长兼县公安局局长蒲志强介绍',
      [['p1', '蒲志强', ['县委常委、副县长', '县公安局局长'], '县公安局', 1]]], // (as 县委常委、副县长、县公安局局长: 兼 joins as 、 does)
    ['a 、 chain stays one title',
      '县发改局局长、县粮食局局长田建伟介绍',
      [['p1', '田建伟', ['县发改局局长、县粮食局局长'], '县发改局', 1]]], // (the first of two bodies' posts answers, t48 #7)
    ['an office with its organization, first nameless, then named: one person',
      '省审计厅厅长说,…。省审计厅厅长施某某表示,…',
      [['p1', '施某某', ['省审计厅厅长'], '省审计厅', 2]]],
    ['a nameless office and a different office named later stay apart',
      '省审计厅厅长说,…。省财政厅厅长郝某某表示,…',
      [['p1', null, ['省审计厅厅长'], '省审计厅', 1], ['p2', '郝某某', ['省财政厅厅长'], '省财政厅', 1]]],
    ['office only: keyed by title and organization',
      '市公安局相关负责人表示,…。市公安局相关负责人介绍,…。有关负责人说',
      [['p1', null, ['市公安局相关负责人'], '市公安局', 2], ['p2', null, ['有关负责人'], null, 1]]],
    ['one department\'s unnamed official, whatever the determiner (有关, 相关) or 负责同志 for 负责人: one person',
      '县水务局有关负责人表示,…。县水务局相关负责同志介绍,…',
      [['p1', null, ['县水务局有关负责人', '县水务局相关负责同志'], '县水务局', 2]]],
    ['a department\'s 主要负责人 (its head) is not its 有关负责人',
      '县水务局有关负责人表示,…。县水务局主要负责人介绍,…',
      [['p1', null, ['县水务局有关负责人'], '县水务局', 1], ['p2', null, ['县水务局主要负责人'], '县水务局', 1]]],
    ['unnamed officials of two departments are two people',
      '县水务局有关负责人表示,…。县林业局有关负责人介绍,…',
      [['p1', null, ['县水务局有关负责人'], '县水务局', 1], ['p2', null, ['县林业局有关负责人'], '县林业局', 1]]],
    ['a department\'s unnamed official and its head named later stay apart',
      '县水务局有关负责人表示,…。县水务局局长柯某某介绍,…',
      [['p1', null, ['县水务局有关负责人'], '县水务局', 1], ['p2', '柯某某', ['县水务局局长'], '县水务局', 1]]],
    ['a second, different title is kept; a bare post repeating it is not',
      '市人大常委会委员王某某提问。王某某委员追问。市人大常委会副主任王某某总结',
      [['p1', '王某某', ['市人大常委会委员', '市人大常委会副主任'], '市人大常委会', 3]]],
    ['indefinite office-only mentions are different people',
      '一位委员问:…。一位委员追问:…',
      [['p1', null, ['委员'], null, 1], ['p2', null, ['委员'], null, 1]]],
    ['a demonstrative points back to the latest holder of the office',
      '市农业农村局有关负责人介绍,…。这位负责人表示,…',
      [['p1', null, ['市农业农村局有关负责人'], '市农业农村局', 2]]],
    ['该局长 joins the named holder',
      '市公安局局长李明表示,…。该局长还说',
      [['p1', '李明', ['市公安局局长'], '市公安局', 2]]],
    ['a chain replacing a link named before brings its organization',
      '请县人大代表柯某某提问。柯某某（县人大代表、南岭镇茶叶专业合作社理事长）：请问县农业农村局。',
      [['p1', '柯某某', ['县人大代表、南岭镇茶叶专业合作社理事长'], '南岭镇茶叶专业合作社', 2]]],
    ['a shorter title later keeps the chain\'s organization',
      '市人大常委会委员、市人大财经委主任委员闻某某提问。闻某某委员追问',
      [['p1', '闻某某', ['市人大常委会委员、市人大财经委主任委员'], '市人大常委会', 2]]],
    ['ids in order of first appearance',
      '委员张某提问。市政府副市长李某回答。委员张某追问',
      [['p1', '张某', ['委员'], null, 2], ['p2', '李某', ['市政府副市长'], '市政府', 1]]],
  ])('%s', (_label, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('roles accumulate without repeats; find() does not record', () => {
    const text = '委员王某提问。市公安局局长李某回答。王某追问';
    const ms = findMentions({ text, view: normalize(text) }, [0, text.length]);
    const reg = new PeopleRegistry(text);
    expect(reg.find(ms[0])).toBeNull();
    const a = reg.add(ms[0], 'asker');
    const b = reg.add(ms[1], 'responder');
    expect(reg.add(ms[2], 'asker')).toBe(a);
    reg.addRole(b, 'responder');
    expect(reg.find(ms[2])).toBe(a);
    expect(reg.people().map((p) => [p.id, p.roles])).toEqual([['p1', ['asker']], ['p2', ['responder']]]);
  });

  it('addAll resolves a surname + title named before the full mention, ids by first mention', () => {
    const text = '委员王某问:请问孙局长,…。市交通运输局局长孙海涛回答:…';
    const ms = findMentions({ text, view: normalize(text) }, [0, text.length]);
    expect(ms.map((m) => m.form)).toEqual(['title-name', 'surname-title', 'title-name']);
    const reg = new PeopleRegistry(text);
    expect(reg.addAll(ms)).toEqual(['p1', 'p2', 'p2']);
    expect(reg.people().map((p) => [p.id, p.name, p.titles, p.mentions.map((m) => m.text)])).toEqual([
      ['p1', '王某', ['委员'], ['委员王某']],
      ['p2', '孙海涛', ['市交通运输局局长'], ['孙局长', '市交通运输局局长孙海涛']],
    ]);
  });

  it('add() in reading order: a named mention adopts the one earlier surname + post that fits', () => {
    const text = '委员王某问:请问孙局长,…。市交通运输局局长孙海涛回答:…。李主任说';
    const ms = findMentions({ text, view: normalize(text) }, [0, text.length]);
    const reg = new PeopleRegistry(text);
    expect(ms.map((m) => reg.add(m))).toEqual(['p1', 'p2', 'p2', 'p3']);
    expect(reg.people().map((p) => [p.id, p.name, p.titles])).toEqual([
      ['p1', '王某', ['委员']], ['p2', '孙海涛', ['市交通运输局局长']], ['p3', null, ['主任']],
    ]);
  });

  it('no adoption when two earlier surname + post mentions could fit', () => {
    const text = '请问孙局长。孙副局长说。市交通运输局常务副局长孙海涛回答';
    const ms = findMentions({ text, view: normalize(text) }, [0, text.length]);
    const reg = new PeopleRegistry(text);
    ms.forEach((m) => reg.add(m));
    expect(reg.people().map((p) => p.name)).toEqual([null, null, '孙海涛']);
  });

  it('mentions carry the exact text of their span', () => {
    const text = '對此，市人大常委會委員、市人大財經委主任委員朱樹平表示：…朱樹平說';
    const [p] = people(text);
    for (const m of p.mentions) expect(text.slice(...m.span)).toBe(m.text);
    expect(p.mentions.map((m) => m.text)).toEqual(['市人大常委會委員、市人大財經委主任委員朱樹平', '朱樹平']);
  });

  it('people() returns copies', () => {
    const reg = new PeopleRegistry('委员王某');
    reg.add({ span: [0, 4], form: 'title-name', name: '王某', nameSpan: [2, 4], title: '委员', titleSpan: [0, 2], organization: null, congress: true });
    reg.people()[0].titles.push('x');
    expect(reg.people()[0].titles).toEqual(['委员']);
  });
});

describe('[people] one person written with different middle dots', () => {
  it.each([
    ['州人大常委会委员阿依古丽•赛买提：请问？\n州人大常委会委员阿依古丽·赛买提：再问？', '阿依古丽•赛买提'],
    ['州文化和旅游局局长努尔波拉提・吾买尔：谢谢。\n努尔波拉提·吾买尔：我们将建立制度。', '努尔波拉提・吾买尔'],
    ['州交通运输局局长赛力克‧哈孜：今年新建。\n赛力克･哈孜：我们会试运行。', '赛力克‧哈孜'],
  ])('%s', (text, name) => {
    const ps = people(text);
    expect(ps.map((p) => p.name)).toEqual([name]);
    expect(ps[0].mentions.length).toBe(2);
  });
  // near-miss: two names with the same parts in another order, or another last part, stay two people
  it('keeps different names apart', () => {
    expect(people('州交通运输局局长赛力克·哈孜：谢谢。\n州财政局局长赛力克·哈力：谢谢。').map((p) => p.name)).toEqual(['赛力克·哈孜', '赛力克·哈力']);
  });
});

describe('[people] a concurrent post in brackets after 兼 is a title of its own', () => {
  it.each([
    ['市自然资源和规划局局长（兼市城市更新工作领导小组办公室主任）潘若愚到会。', ['市自然资源和规划局局长', '市城市更新工作领导小组办公室主任'], '市自然资源和规划局'],
    ['市自然资源和规划局局长兼市城市更新工作领导小组办公室主任潘若愚到会。', ['市自然资源和规划局局长', '市城市更新工作领导小组办公室主任'], '市自然资源和规划局'],
    // Near-miss: 兼职 is one post, bracketed or not.
    ['市人大常委会委员（兼职）潘若愚到会。', ['市人大常委会委员（兼职）'], '市人大常委会'],
    // …and a bare (兼) is a note on the post before it: kept whole, never cut into "…副主席（" and "）" (t69 p03)
    ['市人大常委会委员、市政协副主席（兼）潘若愚到会。', ['市人大常委会委员、市政协副主席（兼）'], '市政协'],
    ['市人大常委会委员、市政协副主席(兼)潘若愚到会。', ['市人大常委会委员、市政协副主席(兼)'], '市政协'],
    // 兼 before a post whose unit names no place: two titles, the second's organization without 兼
    ['市文化和旅游局副局长兼文物执法队队长潘若愚到会。', ['市文化和旅游局副局长', '文物执法队队长'], '市文化和旅游局文物执法队'],
  ])('%s', (text, titles, organization) => {
    const p = people(text).find((x) => x.name === '潘若愚');
    expect(p?.titles).toEqual(titles);
    expect(p?.organization).toBe(organization);
  });
});
