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
