import { describe, expect, it } from 'vitest';
import { successorLine, wrap } from '../../src/format/compare-cells.js';
import type { SuccessorRow } from '../../src/compare/types.js';

describe('[format/compare-cells] wrap', () => {
  it.each([
    // Without the rule each of these would end a line with the number and open the next with its unit.
    ['建设社区嵌入式养老综合体12个', 26, ['建设社区嵌入式养老综合体', '12个']],
    ['新增老年助餐点60个，覆盖全部街道', 16, ['新增老年助餐点', '60个，覆盖全部街', '道']],
    ['改造管网120公里', 11, ['改造管网', '120公里']],
    ['今年建成2024年计划的项目', 12, ['今年建成', '2024年计划的', '项目']],
    // A number wider than a line is broken as before; a line holding only the number keeps it.
    ['共计12345678901个', 8, ['共计', '12345678', '901个']],
    ['12个', 2, ['12', '个']],
  ])('%j in %d columns → %j', (text, columns, lines) => {
    const got = wrap(text, columns);
    expect(got).toEqual(lines);
    expect(got.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('[format/compare-cells] a successor line', () => {
  const row = (offices?: { a: string; b: string }): SuccessorRow => ({
    organization: '市水利局', post: '局长', ...(offices ? { offices } : {}), name: { a: '王立新', b: '胡振东' },
    person: { a: { id: 'p2', titles: [], roles: ['responder'] }, b: { id: 'p2', titles: [], roles: ['responder'] } },
  });
  it.each<[string, SuccessorRow, string, string]>([
    // Must: an office renamed between the sessions names each holder's post as held.
    ['renamed: each side its own office', row({ a: '市水务局', b: '市水利局' }), '市水务局局长 王立新 (A) → 市水利局局长 胡振东 (B)', '市水务局局长 王立新(A)→市水利局局长 胡振东(B)'],
    // Near-miss: one office under one name, said once.
    ['one office: said once', row(), '市水利局局长 王立新 (A) → 胡振东 (B)', '市水利局局长 王立新(A)→胡振东(B)'],
  ])('%s', (_, s, terminal, markdown) => {
    expect(successorLine(s, (t) => t)).toBe(terminal);
    expect(successorLine(s, (t) => t, '', '→')).toBe(markdown);
  });
});
