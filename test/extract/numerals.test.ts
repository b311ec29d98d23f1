import { describe, expect, it } from 'vitest';
import { parseArabicNumeral, parseChineseNumeral, parseNumeral, parseShare, readNumeral } from '../../src/extract/numerals.js';
import { normalize } from '../../src/source/normalize.js';

describe('[numerals] Chinese', () => {
  it.each([
    ['一', 1], ['两', 2], ['十', 10], ['十五', 15], ['二十九', 29], ['九十九', 99], ['一百零五', 105],
    ['三千五百万', 35000000], ['两万', 20000], ['一亿', 1e8], ['〇', 0], ['零', 0], ['二〇二五', 2025],
    ['九十七点七八', 97.78], ['一千二', 1200], ['三万五', 35000], ['两百五', 250], ['一千零二', 1002], ['三万零五', 30005], ['三亿五', 3.5e8], ['三点五', 3.5], ['十万', 100000], ['一千二百', 1200],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it.each(['', '三四', '十四五', '万一', '亿万', '三令', '点五', '三点', '十二点A'])('%s is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe('[numerals] Arabic and mixed', () => {
  it.each([
    ['12', 12], ['97.78', 97.78], ['1.5万', 15000], ['2.74万', 27400], ['12,345', 12345], ['3亿', 3e8], ['0.5', 0.5],
  ])('%s → %d', (s, n) => expect(parseArabicNumeral(s)).toBe(n));

  it.each(['1.5万x', 'abc', '1,23', ''])('%s is not a numeral', (s) => expect(parseArabicNumeral(s)).toBeNull());

  it('parseNumeral reads either script', () => {
    expect(parseNumeral('二十')).toBe(20);
    expect(parseNumeral('20')).toBe(20);
  });
});

describe('[numerals] readNumeral on the view', () => {
  it.each<[string, number, number, [number, number] | null, string]>([
    ['1.5万平方米', 0, 15000, null, '1.5万'],
    ['3千万元', 0, 3e7, null, '3千万'],
    ['5千米', 0, 5, null, '5'],
    // A closing 千 before 伏/瓦/米/克 opens the unit (千伏, 千瓦), in digits and in words; thousands inside stay.
    ['110千伏', 0, 110, null, '110'],
    ['三十五千伏', 0, 35, null, '三十五'],
    ['三千瓦', 0, 3, null, '三'],
    ['十二万千瓦', 0, 120000, null, '十二万'],
    ['1.2万千瓦', 0, 12000, null, '1.2万'],
    ['一万两千米', 0, 12000, null, '一万两千'],
    ['三千元', 0, 3000, null, '三千'],
    ['两千多人', 0, 2000, null, '两千'],
    ['两到三年', 0, 2, [2, 3], '两到三'],
    ['3至5个', 0, 3, [3, 5], '3至5'],
    ['3-5年', 0, 3, [3, 5], '3-5'],
    ['三四个', 0, 3, [3, 4], '三四'],
    ['２０２５年', 0, 2025, null, '２０２５'],
    ['共12,345人', 1, 12345, null, '12,345'],
    ['12,34,5', 0, 12, null, '12'],
    // Compounds of Arabic parts with falling multipliers are one figure, the parts summed.
    ['投入1亿2000万元', 2, 120000000, null, '1亿2000万'],
    ['投入1億2,000萬元', 2, 120000000, null, '1億2,000萬'],
    ['1亿2千万元', 0, 120000000, null, '1亿2千万'],
    ['1亿零500万元', 0, 105000000, null, '1亿零500万'],
    ['服務3萬5千人次', 2, 35000, null, '3萬5千'],
    ['投入2万5千元', 2, 25000, null, '2万5千'],
    ['完成3千5百户', 2, 3500, null, '3千5百'],
    // a digit before 百 alone multiplies as before 千 (4百余处), never before 分 (2.5百分点 is points)
    ['整治4百余处', 2, 400, null, '4百'],
    ['新增2百多家', 2, 200, null, '2百'],
    ['提高2.5百分点', 2, 2.5, null, '2.5'],
    ['5百万元', 0, 5e6, null, '5百万'],
    ['5亿3万元', 0, 500030000, null, '5亿3万'],
    // four digits after 万 are its thousands, as 一万二千 is (not after 亿, nor fewer digits: 3万5 is colloquial)
    ['补贴1万2000元', 2, 12000, null, '1万2000'],
    ['补贴1万2,000元', 2, 12000, null, '1万2,000'],
    ['2亿3万4500元', 0, 200034500, null, '2亿3万4500'],
    ['1亿2000元', 0, 100000000, null, '1亿'],
    ['3万5户', 0, 30000, null, '3万'],
    ['1万2000.5元', 0, 10000, null, '1万'],
    // no compound: a part not smaller than the multiplier before it, a unit opening with 千, a digit after the parts
    ['1万2万元', 0, 10000, null, '1万'],
    ['1万2千米', 0, 10000, null, '1万'],
    ['1亿2千3百万元', 0, 123000000, null, '1亿2千3百万'],
    ['3千5百万元', 0, 35000000, null, '3千5百万'],
    ['1亿2千3百万5千元', 0, 123005000, null, '1亿2千3百万5千'],
    ['12千5百元', 0, 12000, null, '12千'],
    ['3万5千6元', 0, 30000, null, '3万'],
    ['1.5亿2000万元', 0, 1.5e8, null, '1.5亿'],
    ['3万5人', 0, 30000, null, '3万'],
  ])('%s at %d → %d', (text, at, value, range, written) => {
    const m = readNumeral(normalize(text), at)!;
    expect(m.value).toBe(value);
    expect(m.range).toEqual(range);
    expect(text.slice(m.start, m.end)).toBe(written);
  });

  it.each([['五到三年', 0], ['3到三年', 0], ['abc', 0]])('%s: no range when the bounds do not rise or mix scripts', (text, at) => {
    expect(readNumeral(text, at)?.range ?? null).toBeNull();
  });

  // The power of ten written after the upper bound only multiplies the lower bound too (Chinese writes it once).
  it.each<[string, number, [number, number], string]>([
    ['新建4～7千座', 2, [4000, 7000], '4～7千'],
    ['种植5-9千亩', 2, [5000, 9000], '5-9千'],
    ['惠及2至4万户', 2, [20000, 40000], '2至4万'],
    ['筹资1.5到2亿元', 2, [1.5e8, 2e8], '1.5到2亿'],
    ['补助3~6十万元', 2, [3e5, 6e5], '3~6十万'],
    ['吸纳四至六万人', 2, [40000, 60000], '四至六万'],
    ['需要两到三千元', 2, [2000, 3000], '两到三千'],
    ['投入四十至六十万元', 2, [400000, 600000], '四十至六十万'],
    ['投入一至十万元', 2, [10000, 100000], '一至十万'],
    ['投入三至五十万元', 2, [300000, 500000], '三至五十万'],
    ['共60至120万元', 1, [600000, 1200000], '60至120万'],
    // the lower bound has its own power, or multiplying it would not keep the bounds rising: as written
    ['共7千至9千亩', 1, [7000, 9000], '7千至9千'],
    ['投入4000至1万元', 2, [4000, 10000], '4000至1万'],
    ['共四千至一万元', 1, [4000, 10000], '四千至一万'],
    ['用5到20万元', 1, [50000, 200000], '5到20万'],
    ['用五到二十个', 1, [5, 20], '五到二十'],
    ['铺设4～7千米管线', 2, [4, 7], '4～7'], // 千 opens the unit 千米
  ])('%s at %d → %o', (text, at, range, written) => {
    const m = readNumeral(normalize(text), at)!;
    expect(m.range).toEqual(range);
    expect(m.value).toBe(range[0]);
    expect(text.slice(m.start, m.end)).toBe(written);
  });

  it.each<[string, [number, number], string]>([
    ['一两年', [1, 2], '一两'], ['三五天', [3, 5], '三五'], ['两三个', [2, 3], '两三'], ['一两千元', [1000, 2000], '一两千'],
  ])('two digits written together are a range: %s → %o', (text, range, written) => {
    const m = readNumeral(text, 0)!;
    expect([m.range, text.slice(m.start, m.end)]).toEqual([range, written]);
  });

  it.each([['统一两个标准', 1], ['这一两年', 1], ['唯一两家', 1]])('%s: 一 ends a word (统一, 这一), no pair 一两', (text, at) => {
    expect(readNumeral(text, at)?.range ?? null).toBeNull();
  });

  it.each([['三十至百分之四十', '三十'], ['一到二分之一', '一'], ['20至百分之25', '20']])('%s: a numeral opening 分之 is no upper bound → %s', (text, written) => {
    const m = readNumeral(text, 0)!;
    expect([m.range, text.slice(m.start, m.end)]).toEqual([null, written]);
  });
});

describe('[numerals] shares as percent', () => {
  it.each([
    ['百分之六十', 60], ['百分之九十七点七八', 97.78], ['百分之5', 5], ['五分之一', 20], ['三分之二', 66.6666666667],
    ['三成', 30], ['两成', 20], ['九成', 90],
  ])('%s → %d', (s, n) => expect(parseShare(s)).toBeCloseTo(n, 6));

  it.each(['十成', '百分之', '零分之一', '成'])('%s is not a share', (s) => expect(parseShare(s)).toBeNull());
});

describe('[numerals] a digit pair in the place below a round numeral is a range', () => {
  it.each<[string, [number, number], string]>([
    ['一百五六十元', [150, 160], '一百五六十'],
    ['一千二三百人', [1200, 1300], '一千二三百'],
    ['三万五六千元', [35000, 36000], '三万五六千'],
    ['一千二三百万元', [12000000, 13000000], '一千二三百万'],
    ['一百五六人', [150, 160], '一百五六'], // the place left unsaid, as in 一百五
  ])('%s → %o', (text, range, written) => {
    const n = readNumeral(normalize(text), 0)!;
    expect([n.range, text.slice(n.start, n.end), n.value]).toEqual([range, written, range[0]]);
  });

  it.each<[string, number, string]>([
    ['一百五十元', 150, '一百五十'], // one figure
    ['一千二百人', 1200, '一千二百'],
  ])('no range: %s → %d', (text, value, written) => {
    const n = readNumeral(normalize(text), 0)!;
    expect([n.range, n.value, text.slice(n.start, n.end)]).toEqual([null, value, written]);
  });

  it.each(['一百五七十元', '一百六五十元'])('no pair: %s (not rising by one)', (text) => {
    const n = readNumeral(normalize(text), 0);
    expect(n?.range ?? null).toBeNull();
  });
});
