import { describe, expect, it } from 'vitest';
import { foldSpacedFields } from '../../src/source/spaced-fields.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

describe('[spaced-fields] a person field parted from its label by white space reads with its colon', () => {
  // Each row: a field line (the other side a colon field, so a layout of fields) and its line in the view.
  it.each<[string, string, string]>([
    ['two spaces, a label after', '询问人  区人大代表 黄立新：背街小巷怎么管？', '询问人: 区人大代表 黄立新:背街小巷怎么管?'],
    ['one space', '询问人 区人大代表 黄立新：背街小巷怎么管？', '询问人:区人大代表 黄立新:背街小巷怎么管?'],
    ['a tab', '询问人\t区人大代表 黄立新：背街小巷怎么管？', '询问人:区人大代表 黄立新:背街小巷怎么管?'],
    ['an ideographic space', '询问人　区人大代表　黄立新：背街小巷怎么管？', '询问人:区人大代表 黄立新:背街小巷怎么管?'],
    ['a no-break space', '询问人\u00a0区人大代表 黄立新：背街小巷怎么管？', '询问人:区人大代表 黄立新:背街小巷怎么管?'],
    ['a responder field', '应询人  区城管局局长 韦振国：建立街巷长制。', '应询人: 区城管局局长 韦振国:建立街巷长制。'],
    ['a supplementary responder', '补充应询人  副区长 陆志刚：再补充一点。', '补充应询人: 副区长 陆志刚:再补充一点。'],
    ['the name, then the title in brackets', '应询人  韦振国（区城管局局长）：建立街巷长制。', '应询人: 韦振国(区城管局局长):建立街巷长制。'],
    ['a follow-up label', '询问人  区人大代表 黄立新追问：有考核办法吗？', '询问人: 区人大代表 黄立新追问:有考核办法吗?'],
    ['a person alone, in a layout of fields', '询问人  区人大代表 黄立新', '询问人: 区人大代表 黄立新'],
  ])('%s', (_name, line, want) => {
    const text = `${line}\n应询人：区城管局局长 韦振国`;
    const view = normalize(text);
    expect(view.length).toBe(text.length);
    expect(view.split('\n')[0]).toBe(want);
  });

  // Not fields: another word (询问人员, 被询问人), a field's word in running text, a colon already there, a person alone
  // without a layout of fields, a line going on past the label's shape.
  it.each<[string, string]>([
    ['询问人员, another word', '询问人员 区人大代表 黄立新：背街小巷怎么管？'],
    ['被询问人, the field not opening the line', '被询问人 区城管局局长 韦振国：建立街巷长制。'],
    ['a field\'s word inside a sentence', '会上，询问人 区人大代表 黄立新：背街小巷怎么管？'],
    ['running text after the word', '询问人 对答复表示满意，会后还将跟踪。'],
    ['a colon already, after a space', '询问人 ：区人大代表 黄立新'],
    ['a title line that begins with a word', '询问人大代表黄立新：背街小巷怎么管？'],
    ['three words, no label', '询问人 张某 李某 王某'],
  ])('%s: unchanged', (_name, line) => {
    const view = normalize(line);
    expect(foldSpacedFields(view)).toBe(view);
  });

  it('a person alone folds only where both sides of a layout stand', () => {
    const alone = normalize('询问人  区人大代表 黄立新\n背街小巷怎么管？\n区城管局局长 韦振国\n建立街巷长制。');
    expect(foldSpacedFields(alone)).toBe(alone);
  });
});

describe('[spaced-fields] through the parse: the field is the label, the title and the name the speaker\'s', () => {
  const exchange = (gap: string) => [
    '区人大常委会专题询问背街小巷整治工作', '',
    `询问人${gap}区人大代表 黄立新：背街小巷改造后反弹现象时有发生，请问区城管局如何巩固？`, '',
    `应询人${gap}区城管局局长 韦振国：我们主要抓两件事。一是建立街巷长制；二是推行市场化保洁。`, '',
    `询问人${gap}区人大常委会委员 陆小琴：资金缺口有多大？区财政局怎么保障？`, '',
    `应询人${gap}区财政局局长 蒙志强：资金缺口约7400万元，将发行专项债。`, '',
    `询问人${gap}区人大代表 黄立新追问：街巷长制有没有考核办法？`, '',
    `应询人${gap}区城管局局长 韦振国：考核办法正在起草。`, '',
  ].join('\n');
  it.each([['two spaces', '  '], ['one space', ' '], ['a tab', '\t'], ['an ideographic space', '　'], ['a colon (control)', '：']])('%s', (_name, gap) => {
    const r = parse(exchange(gap));
    const name = (id: string) => r.people.find((p) => p.id === id)?.name;
    expect(r.questions.map((q) => [q.askers.map(name), q.responders.map(name), q.followUpOf])).toEqual([
      [['黄立新'], ['韦振国'], null], [['陆小琴'], ['蒙志强'], null], [['黄立新'], ['韦振国'], 1],
    ]);
    const huang = r.people.find((p) => p.name === '黄立新')!;
    expect([huang.titles, huang.organization]).toEqual([['区人大代表'], '区人大']);
    expect(r.questions[0].answers[0].measures.length).toBe(2);
  });
});
