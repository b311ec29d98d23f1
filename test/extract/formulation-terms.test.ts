import { describe, expect, it } from 'vitest';
import { formulationNumber, isFormulation } from '../../src/extract/formulation-terms.js';

describe('[formulation-terms] grammar helpers', () => {
  it.each([
    ['六个聚焦', 6], ['一府两院', 3], ['一府一委两院', 4], ['双提升', 2], ['五公开', 5], ['规范执行三年行动', 3], ['十二项任务', 12], ['三个一律', 3], ['四个一', 4], ['六个百分之百', 6], ['门前三包', 3], ['五净一规范', 6], ['三清一改', 4],
    ['两院一体', 2], ['三位一体', 3], ['两院一体化', 2], ['一岗双责', 2], ['一案三查', 3], ['三零', 3], ['三零一低', 4], ['两减一零', 3],
  ])('number of %s is %d', (term, n) => expect(formulationNumber(term)).toBe(n));

  // A+B(+C) is a formulation, but a letter part stands for "some" and numerals are never added across parts: no number.
  it.each(['3+N', '1+N+X', '1+3+N', '5+2', '1+1'])('%s is a formulation with no number', (term) => {
    expect(isFormulation(term)).toBe(true);
    expect(formulationNumber(term)).toBeNull();
  });

  // A numeral straight before 人 counts the people who staff a unit: “两人所” is an office of two, no set of parts.
  it.each(['一人所', '两人所', '三人小组'])('%s is no formulation (a staffing, not parts)', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
  it.each(['两个人民', '两代表一委员', '三个一'])('%s is still a formulation (人 after a classifier, or not after the numeral)', (term) => {
    expect(isFormulation(term)).toBe(true);
  });

  it.each(['三个一律', '五个一'])('%s is a formulation (a head and classifier count the 一-terms)', (term) => {
    expect(isFormulation(term)).toBe(true);
  });

  // A classifier, then a round-number word naming the standard: a formulation, not a figure.
  it.each<[string, number]>([['八个百分百', 8], ['七个一百', 7], ['两个千万', 2], ['三个万家', 3], ['四个千企', 4], ['五项百分之百', 5]])('%s is a formulation of %d (a round-number word after the classifier)', (term, n) => {
    expect(isFormulation(term)).toBe(true);
    expect(formulationNumber(term)).toBe(n);
  });

  it.each(['三个一百元', '五个百分点', '百个万家', '三百万'])('%s is no round-number formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });

  it.each(['一门办理', '一心一意', '五湖四海', '三方面', '双向', '一对一', 'ABC', '一律', '一站式', '三一律', '双11', '一言一行', '一户一策', '一村一品', '三级联动、两级督办', '一次警告、两次停工', '两次停工'])('%s is not a formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
});

describe('[formulation-terms] a plan named by its duration alone counts no parts', () => {
  // 三年行动计划 unquoted gives neither a formulation nor a duration (measured.ts): the quoted term agrees.
  it.each(['三年行动', '三年行动计划', '五年计划', '两年行动', '百日行动', '六个月行动', '十年规划'])('%s is not a formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });

  it.each<[string, number]>([['规范执行三年行动', 3], ['百日攻坚行动', 100]])('a campaign named besides its duration stays one: %s', (term, n) => {
    expect(formulationNumber(term)).toBe(n);
  });
});

describe('[formulation-terms] a numeral, 个 and a figure inside one quotation count the parts that reach it', () => {
  it.each<[string, number]>([['三个100%', 3], ['两个15分钟', 2], ['四个95%', 4], ['两个30天', 2], ['三个0.5%', 3]])('%s is a formulation of %d', (term, n) => {
    expect(isFormulation(term)).toBe(true);
    expect(formulationNumber(term)).toBe(n);
  });

  it.each(['100%', '三100%', '三个百分之', '一个100%'])('%s is no such formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
});

describe('[formulation-terms] a disease named by its count is a medical term', () => {
  it.each(['两癌', '两病'])('%s is no formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
  it.each(['两不愁', '三保障', '两个确立'])('%s is still a formulation', (term) => {
    expect(isFormulation(term)).toBe(true);
  });
});

// s85 #5: 两头 counts the two ends of one matter: “两头管、两不管” names the same two sides twice, never 2 + 2
describe('[formulation-terms] parts that count the two ends of one thing are never summed', () => {
  it.each(['两头管、两不管', '两头管两不管'])('%s is no one formulation', (term) => {
    expect(isFormulation(term)).toBe(false);
  });
  it.each<[string, number]>([['两头管', 2], ['两不管', 2], ['三不管', 3], ['两头跑', 2], ['双随机、一公开', 3]])('%s alone is a formulation of %d', (term, n) => {
    expect(isFormulation(term)).toBe(true);
    expect(formulationNumber(term)).toBe(n);
  });
});
