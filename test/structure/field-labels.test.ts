import { describe, expect, it } from 'vitest';
import { addresseeFields, afterFieldPerson, answerFieldFollows, beforeFieldLine, deferredAnswer, isAddresseeField, organizationList, questionField, withoutFieldLabels } from '../../src/structure/field-labels.js';
import { normalize } from '../../src/source/normalize.js';

describe('[field-labels] addressee fields name the organizations asked', () => {
  it.each<[string, string, string[]]>([
    ['应询单位, two offices', '询问人:市人大常委会委员 甘某某\n应询单位:市交通运输局、市财政局\n询问内容:公交补贴何时到位?', ['市交通运输局', '市财政局']],
    ['询问对象, one office', '询问对象：州生态环境局\n询问内容：治理如何推进？', ['州生态环境局']],
    ['被询问单位 joined by 和', '被询问单位：区教育局和区人社局', ['区教育局', '区人社局']],
    ['及, and a full stop', '应询部门:旗农牧局及旗水利局。', ['旗农牧局', '旗水利局']],
    ['和 inside a name splits nothing', '应询单位：区住房和城乡建设局、区城市管理局', ['区住房和城乡建设局', '区城市管理局']],
    ['a space between the two', '询问对象：县医保局 县卫健局', ['县医保局', '县卫健局']],
    ['a name the organization lexicon does not know is kept as written', '应询单位：城南片区指挥部、某某集团', ['城南片区指挥部', '某某集团']],
    ['up to the next field of its line', '应询单位：县林业局；应询人：县林业局局长 庞某某', ['县林业局']],
    ['up to the next field after a space', '应询单位：县林业局、县财政局　询问人：委员 蒲某', ['县林业局', '县财政局']],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    expect(addresseeFields(view, 0, view.length).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
  it.each([
    ['a person field', '应询人:县水利局局长 某某某'],
    ['not at a line start', '会上，委员们对应询单位:县水利局提出意见'],
    ['a field of the heading block', '地点：县人大常委会会议室'],
  ])('no addressee: %s', (_name, text) => {
    const view = normalize(text);
    expect(addresseeFields(view, 0, view.length)).toEqual([]);
  });
  it.each([['应询单位', true], ['询问对象', true], ['被询问单位', true], ['应询人', false], ['补充应询人', false], ['答复单位', false]])('%s is an addressee field: %s', (name, yes) => {
    expect(isAddresseeField(name as string)).toBe(yes);
  });
  it('a table cell splits the same way', () => {
    const text = '县教育局和县财政局';
    expect(organizationList(text, [0, text.length]).map(([s, e]) => text.slice(s, e))).toEqual(['县教育局', '县财政局']);
  });
});

describe('[field-labels] the question of a field block is its 询问内容', () => {
  it.each<[string, string, string | null]>([
    ['after the addressee field, up to the responder field', '县人大常委会委员 某某\n应询单位：县林业局\n询问内容：护林员补助标准是多少？\n应询人：', '护林员补助标准是多少？'],
    ['提问内容 over two lines', '某某\n提问内容：山洪预警还有盲区。\n下一步怎么补齐？\n答复人：', '山洪预警还有盲区。\n下一步怎么补齐？'],
    ['up to a supplementary field', '某某\n询问内容：怎么办？\n补充应询人：', '怎么办？'],
    ['no content field', '某某：请问县林业局，补助标准是多少？', null],
    ['an empty content field', '某某\n询问内容：\n应询人：', null],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const span = questionField(view, 0, view.length);
    expect(span ? text.slice(span[0], span[1]) : null).toBe(expected);
  });
});

describe('[field-labels] an answer field on the next line', () => {
  it.each([
    ['答复内容', '应询单位：县林业局\n答复内容：每人每月八百元。', true],
    ['回答情况', '应询单位：县林业局\n回答情况：已落实。', true],
    ['询问内容 follows', '应询单位：县林业局\n询问内容：怎么办？', false],
    ['a person field follows', '应询单位：县林业局\n应询人：县林业局局长 某某', false],
  ])('%s', (_name, text, yes) => {
    const view = normalize(text as string);
    expect(answerFieldFollows(view, view.indexOf('\n'))).toBe(yes);
  });
});

describe('[field-labels] a question stops before the field lines after it', () => {
  it.each<[string, string, string]>([
    ['an addressee field', '问题：农村公路养护资金缺口有多大？\n应询单位：县交通运输局\n', '问题：农村公路养护资金缺口有多大？'],
    ['a responder field', '校车安全怎么保障？\n应询人：县教育局局长 某某', '校车安全怎么保障？'],
    ['an answer field', '何时完工？\n答复内容：年底前。', '何时完工？'],
    ['a supplementary responder', '何时完工？\n补充应询人：副县长 某某', '何时完工？'],
    ['a question over two lines stays whole', '山洪预警还有盲区。\n下一步怎么补齐？', '山洪预警还有盲区。\n下一步怎么补齐？'],
    ['a field name inside a line is no field line', '应询人：的答复是否到位？', '应询人：的答复是否到位？'],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const [s, e] = beforeFieldLine(view, [0, text.length]);
    expect(text.slice(s, e)).toBe(expected);
  });
});

describe('[field-labels] an asker\'s words after his field line, with no 询问内容', () => {
  it.each<[string, string, string | null]>([
    ['the next line', '询问人：委员 某某某\n护林员补助标准是多少？\n', '护林员补助标准是多少？'],
    ['addressee fields skipped', '询问人：委员 某某某\n应询单位：县林业局\n询问对象：县财政局\n护林员补助标准是多少？', '护林员补助标准是多少？'],
    ['the person\'s line goes on', '询问人：委员 某某某（追问）\n护林员补助标准是多少？', null],
    ['after the name\'s own colon', '询问人：委员 某某某：护林员补助标准是多少？\n', '护林员补助标准是多少？'],
    ['after the name\'s own colon, over two lines', '询问人：委员 某某某:\n护林员补助标准是多少？', '护林员补助标准是多少？'],
    ['nothing follows', '询问人：委员 某某某\n应询单位：县林业局\n', null],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const span = afterFieldPerson(view, text.indexOf('某某某') + 3, text.length);
    expect(span ? text.slice(span[0], span[1]) : null).toBe(expected);
  });
});

describe('[field-labels] field labels are blanked for keywords, nothing else', () => {
  it.each<[string, string, string]>([
    ['person fields at line starts', '询问人:州人大常委会委员 覃某\n牧区饮水怎么保障?\n应询人:州水利局局长 蒙某\n新建水窖。', '    州人大常委会委员 覃某\n牧区饮水怎么保障?\n    州水利局局长 蒙某\n新建水窖。'],
    ['content and addressee fields, a supplementary responder', '应询单位:县林业局\n询问内容:补助多少?\n补充应询人:副县长 某\n补充答复:年内发放。', '     县林业局\n     补助多少?\n      副县长 某\n     年内发放。'],
    ['fields in a header\'s brackets', '问题一(询问人:委员 柯某;应询人:局长 郜某)', '问题一(    委员 柯某;    局长 郜某)'],
    ['a role word inside the words is no label', '我们请应询人认真回答询问人的问题。', '我们请应询人认真回答询问人的问题。'],
    ['no colon after it', '询问人 委员 某某', '询问人 委员 某某'],
  ])('%s', (_name, text, expected) => {
    const view = normalize(text);
    const out = withoutFieldLabels(view);
    expect(out).toBe(normalize(expected));
    expect(out.length).toBe(view.length);
  });
});

describe('[field-labels] a responder field ahead of the question: the answer opens at 答复内容', () => {
  const at = (text: string) => {
    const view = normalize(text);
    const eol = view.indexOf('\n', view.indexOf('应询人'));
    const a = deferredAnswer(view, eol, view.length);
    return a === null ? null : text.slice(a, a + 4);
  };
  it.each<[string, string]>([
    ['询问人, 应询人, 询问内容, 答复内容', '询问人：委员 吴某\n应询人：省交通运输厅厅长 韦某\n询问内容：如何提高质量？\n答复内容：下一步…'],
    ['two responders split at ；', '询问人：委员 石某\n应询人：省财政厅副厅长 罗某；省交通运输厅厅长 韦某\n询问内容：资金怎么保障？\n答复内容：\n省财政厅副厅长罗某：…'],
    ['提问内容 and 回答内容, indented', '询问人：委员 吴某\n应询人：局长 韦某\n  提问内容：如何提高质量？\n  回答内容：…'],
  ])('must read: %s', (_name, text) => {
    expect(at(text)).toMatch(/^(答复内容|回答内容)/u);
  });
  it.each<[string, string]>([
    ['the question comes first (询问人, 询问内容, 应询人, 答复内容)', '询问人：委员 吴某\n询问内容：如何提高质量？\n应询人：局长 韦某\n答复内容：…'],
    ['no question field between', '询问人：委员 吴某\n应询人：局长 韦某\n答复内容：…'],
    ['another person field before any answer', '应询人：局长 韦某\n询问内容：如何提高质量？\n询问人：委员 石某\n答复内容：…'],
    ['a question field, no answer field', '应询人：局长 韦某\n询问内容：如何提高质量？\n局长 韦某：…'],
  ])('leaves alone: %s', (_name, text) => {
    expect(at(text)).toBeNull();
  });
});
