import { describe, expect, it } from 'vitest';
import { parseOrganization } from '../../src/structure/org-units.js';
import { lexicon } from '../../src/structure/lexicon.js';

const lex = lexicon();

describe('[org-units] parseOrganization', () => {
  it.each([
    ['市人大常委会', [['市', 'place'], ['人大常委会', 'head']]],
    ['市法院执行局', [['市', 'place'], ['法院', 'head'], ['执行局', 'inner']]],
    ['西双版纳州人民政府', [['西双版纳州', 'place'], ['人民政府', 'head']]],
    ['县生态环境分局', [['县', 'place'], ['生态环境分局', 'named']]],
    ['临港新区管委会', [['临港新区', 'place'], ['管委会', 'head']]],
    ['南沙海关办公室', [['南沙海关', 'named'], ['办公室', 'inner']]],
    // a listed suffix is one word: 办事处, not 办 + a unit 事处; 有限公司 whole
    ['衡阳办事处', [['衡阳办事处', 'named']]],
    ['某建工有限公司', [['某建工有限公司', 'named']]],
    // the corps stands like a province before its offices
    ['新疆生产建设兵团农业农村局', [['新疆生产建设兵团', 'place'], ['农业农村局', 'head']]],
    // a unit whose head is named by its suffix + 长 (台长, 矿长, 馆长, 校长): a broadcaster, an observatory, a mine, a school
    ['市广播电视台', [['市', 'place'], ['广播电视台', 'named']]],
    ['县人民广播电台', [['县', 'place'], ['人民广播电台', 'named']]],
    ['县气象台', [['县', 'place'], ['气象台', 'head']]],
    ['气象台', [['气象台', 'head']]],
    ['县煤矿', [['县', 'place'], ['煤矿', 'named']]],
    ['区图书馆', [['区', 'place'], ['图书馆', 'named']]],
    ['市第一中学', [['市', 'place'], ['第一中学', 'named']]],
  ])('parse %s', (s, units) => {
    expect(parseOrganization(lex, s)?.map((u) => [s.slice(u.start, u.end), u.kind])).toEqual(units);
  });

  // a 台 is a unit only as a broadcaster's or an observatory's: a platform, a stage, the verb 出台 are none
  it.each([['坚持党的'], ['的'], [''], ['的市'], ['会议的县'], ['平台'], ['市数字平台'], ['舞台'], ['市里出台']])('no organization in %j', (s) => {
    expect(parseOrganization(lex, s)).toBeNull();
  });
});

describe('[org-units] a long named unit after a place or an institution', () => {
  it.each<[string, Array<[string, string]> | null]>([
    ['州农产品质量安全检验检测中心', [['州', 'place'], ['农产品质量安全检验检测中心', 'named']]],
    ['县农业农村局农产品质量安全检验检测中心', [['县', 'place'], ['农业农村局', 'head'], ['农产品质量安全检验检测中心', 'named']]],
    // with nothing before it to anchor its start, a named unit stays at most ten characters before its suffix
    ['农产品质量安全检验检测中心', null],
    ['产品质量安全检验检测中心', [['产品质量安全检验检测中心', 'named']]],
  ])('%s', (s, units) => {
    const got = parseOrganization(lex, s);
    expect(got ? got.map((u) => [s.slice(u.start, u.end), u.kind]) : null).toEqual(units);
  });
});

// s85 #4: a business by a compound that names one (商城, 酒店, 饭店, 产业园, 果园), a name before it; 城, 店, 园 alone end
// words that name no workplace (县城, 长城, 公园, 校园)
describe('[org-units] a business by its compound head noun, a name before it', () => {
  it.each([
    ['惠民商城', [['惠民商城', 'named']]],
    ['九江某大型商贸城', [['九江某大型商贸城', 'named']]],
    ['晋江市某大酒店', [['晋江市', 'place'], ['某大酒店', 'named']]],
    ['长城饭店', [['长城饭店', 'named']]],
    ['某药店', [['某药店', 'named']]],
    ['某产业园', [['某产业园', 'named']]],
    ['某工业园', [['某工业园', 'named']]],
    ['某果园', [['某果园', 'named']]],
  ])('parse %s', (s, units) => {
    expect(parseOrganization(lex, s)?.map((u) => [s.slice(u.start, u.end), u.kind])).toEqual(units);
  });
  it.each([['县城'], ['青山县城'], ['长城'], ['老城'], ['公园'], ['校园'], ['某校园'], ['家园'], ['果园'], ['商城']])('no organization in %j', (s) => {
    expect(parseOrganization(lex, s)).toBeNull();
  });
});
