import { describe, expect, it } from 'vitest';
import { clauses } from '../../src/compare/clauses.js';

describe('[compare/clauses]', () => {
  it.each([
    ['聚焦本质安全,推进综治中心规范化建设,推行主动警务、预防警务', [['聚焦本质安全', 0], ['推进综治中心规范化建设', 7], ['推行主动警务、预防警务', 19]]],
    ['提升水平。强化意识;落实制度', [['提升水平', 0], ['强化意识', 5], ['落实制度', 10]]],
    ['以“六个聚焦”推动“双提升”: 聚焦本质安全', [['以“六个聚焦”推动“双提升”', 0], ['聚焦本质安全', 16]]],
    // full-width marks, as transcripts write them
    ['聚焦源头治理，推进网格化服务管理，推行“街乡吹哨、部门报到”', [['聚焦源头治理', 0], ['推进网格化服务管理', 7], ['推行“街乡吹哨、部门报到”', 17]]],
    ['压减审批时限；推行容缺受理：全程网办', [['压减审批时限', 0], ['推行容缺受理', 7], ['全程网办', 14]]],
    ['是否按期完成？ 已完成！', [['是否按期完成', 0], ['已完成', 8]]],
    ['', []],
  ] as const)('%s', (text, expected) => {
    const got = clauses(text);
    expect(got.map((c) => [c.text, c.offset])).toEqual(expected);
    for (const c of got) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });
});
