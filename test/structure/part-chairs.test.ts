import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

function build(text: string) {
  return buildStructure({ text, view: normalize(text) });
}

const parts = (first: string, second: string, secondChair: string) => [
  '市人大常委会专题询问会纪实', '',
  '市人大常委会分两场开展专题询问。', '',
  `${first}城市内涝治理`,
  '主持人：市人大常委会副主任卢静秋',
  '应询人：市水务局局长龙国栋', '',
  '委员柏晓燕：排水管网改造为什么慢？请问市水务局。', '',
  '龙国栋：今年改造管网42公里，完成年度任务的60%。', '',
  `${second}老旧小区改造`,
  `主持人：${secondChair}`,
  '应询人：市住建局局长祁永年', '',
  '委员郁文涛：加装电梯进度如何？请问市住建局。', '',
  '祁永年：今年已加装电梯60部。', '',
  '贝立群：今天的专题询问到此结束。',
].join('\n');

describe('[part-chairs] each part names its own chair', () => {
  it.each([
    ['第一场：', '第二场：'],
    ['上午第一场：', '下午第二场：'],
    ['（一）上午：', '（二）下午：'],
  ])('%s … %s: the first presider is the session chair, the second a person of the record', (first, second) => {
    const s = build(parts(first, second, '市人大常委会主任贝立群'));
    expect(s.chair?.name).toBe('卢静秋');
    const p = s.people.find((x) => x.name === '贝立群');
    expect(p).toBeDefined();
    expect(p!.roles).toEqual([]);
    expect(p!.titles).toContain('市人大常委会主任');
    expect(s.people.map((x) => x.name)).not.toContain('卢静秋');
  });

  it('the same chair for both parts adds no one', () => {
    const s = build(parts('第一场：', '第二场：', '市人大常委会副主任卢静秋'));
    expect(s.chair?.name).toBe('卢静秋');
    expect(s.people.map((x) => x.name).sort()).toEqual(['柏晓燕', '祁永年', '郁文涛', '龙国栋'].sort());
  });
});

describe('[part-chairs] a bulletin\'s second sitting names its presider in narration', () => {
  const bulletin = (second: string[]) => [
    '常委会会议简报',
    '11月25日下午，常委会举行联组会议，就全省法院执行工作开展专题询问，常委会副主任阮秀芬主持。',
    '常委会委员滕一鸣问：终本案件怎么管？',
    '省高级人民法院执行局局长卜少华答：我们一要清理，二要抽查。', '',
    ...second,
    '常委会委员戈晓岚问：诉前程序质量怎么保证？',
    '省人民检察院副检察长龚月明答：诉前程序结案6105件。',
  ].join('\n');
  it.each<[string, string[]]>([
    ['a heading led by its day, then who presides', ['11月26日上午　联组会议专题询问检察公益诉讼工作', '常委会副主任蒲志诚主持。']],
    ['a narrated paragraph', ['11月26日上午，常委会举行联组会议，就检察公益诉讼工作开展专题询问，常委会副主任蒲志诚主持。']],
  ])('%s: the first presider chairs the session, the second is a person of the record', (_name, second) => {
    const s = build(bulletin(second));
    expect(s.chair?.name).toBe('阮秀芬');
    const p = s.people.find((x) => x.name === '蒲志诚');
    expect(p).toBeDefined();
    expect(p!.roles).toEqual([]);
    expect(p!.titles).toContain('常委会副主任');
  });
});
