/** Several fields on one line: each value ends where the next field's name begins. */
import { describe, expect, it } from 'vitest';
import { beforeFields, lineFields } from '../../src/structure/field-runs.js';
import { normalize } from '../../src/source/normalize.js';

function fields(text: string): Array<[string, string]> {
  const view = normalize(text);
  return lineFields(view, 0, view.length).map((f) => [f.name, text.slice(f.value[0], f.value[1])]);
}

describe('[field-runs] the fields of one line', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['two fields in a header\'s brackets', '问题二（询问人：州人大常委会委员覃立新；应询人：州水利局局长蒙国栋）',
      [['询问人', '州人大常委会委员覃立新'], ['应询人', '州水利局局长蒙国栋']]],
    ['a comma between them', '询问人：县人大代表柯岚，应询人：县卫生健康局局长郜晓东', [['询问人', '县人大代表柯岚'], ['应询人', '县卫生健康局局长郜晓东']]],
    ['an ideographic space between them', '提问人：区人大常委会委员 蒲晴　答复人：区民政局局长 庞志诚', [['提问人', '区人大常委会委员 蒲晴'], ['答复人', '区民政局局长 庞志诚']]],
    ['the responder first', '（应询人：市交通运输局局长甘立；询问人：市人大代表邬雪）', [['应询人', '市交通运输局局长甘立'], ['询问人', '市人大代表邬雪']]],
    ['after a header and a space', '问题三 询问人：委员 缪青；补充应询人：副县长 石岩', [['询问人', '委员 缪青'], ['补充应询人', '副县长 石岩']]],
    ['an addressee field among them', '询问人：委员 缪青；应询单位：县水利局、县财政局', [['询问人', '委员 缪青'], ['应询单位', '县水利局、县财政局']]],
    ['a bracket inside a value stays in it', '（询问人：市人大代表邬雪（列席）；应询人：市教育局局长甘立）', [['询问人', '市人大代表邬雪（列席）'], ['应询人', '市教育局局长甘立']]],
    ['one field alone', '询问人：县人大常委会委员 覃立新', [['询问人', '县人大常委会委员 覃立新']]],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each([
    ['a field name inside words', '本次会议的提问人数为12人:其中委员8人'],
    ['no colon', '询问人和应询人均已到会'],
  ])('no field: %s', (_name, text) => {
    expect(fields(text)).toEqual([]);
  });
});

describe('[field-runs] a header\'s words before its fields', () => {
  it.each<[string, string, string]>([
    ['a topic, then the fields in brackets', '水源保障（询问人：委员 蒲晴；应询人：局长 庞志诚）', '水源保障'],
    ['the fields alone', '询问人：委员 蒲晴；应询人：局长 庞志诚', ''],
    ['a question, then one field after a space', '水费缺口怎么解决？ 询问人：委员 蒲晴', '水费缺口怎么解决？'],
    ['no field', '农村饮水安全如何保障？', '农村饮水安全如何保障？'],
    ['an addressee field is words of the header', '应询单位：县水利局', '应询单位：县水利局'],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const [s, e] = beforeFields(view, [0, view.length]);
    expect(text.slice(s, e)).toBe(expected);
  });
});
