import { describe, expect, it } from 'vitest';
import { continued, objectAfter, subjectNamed, workCounted } from '../../src/compare/figure-clauses.js';
import type { Quantity } from '../../src/model/record.js';

describe('[compare/figure-clauses] a short indicator continued from the clause before', () => {
  it.each([
    ['配套率', '配套率达到', '一是推进规模养殖场粪污处理设施装备配套', '一是推进规模养殖场粪污处理设施装备配套率'],
    ['处理率', '处理率为', '加快乡镇污水处理', '加快乡镇污水处理率'],
    // Near-misses: the head not at the clause's end, a long indicator, the indicator not opening its clause, no clause before.
    ['覆盖率', '覆盖率达到', '建设污水管网', '覆盖率'],
    ['污水处理率', '污水处理率为', '加快乡镇污水处理', '污水处理率'],
    ['配套率', '全县配套率达到', '推进设施装备配套', '配套率'],
    ['配套率', '配套率达到', '', '配套率'],
    ['配套率', '配套率达到', '推进设施配', '配套率'],
  ])('%s | %s after %s → %s', (indicator, lead, previous, expected) => {
    expect(continued(indicator, lead, previous)).toBe(expected);
  });
});

describe('[compare/figure-clauses] subjectNamed: an indicator read as the bare verb names the subject before 已', () => {
  it.each<[string, string, string]>([
    ['设置', '即停即走泊位已设置', '即停即走泊位'],
    ['建成', '全市充电桩已经建成', '充电桩'],
    // near-misses: a noun indicator stays; a verb with no subject before 已 stays; a verb not ending the clause stays.
    ['即停即走泊位', '即停即走泊位已设置', '即停即走泊位'],
    ['设置', '已设置', '设置'],
    ['设置', '设置', '设置'],
    // near-miss: a noun after 已有 is the thing itself, no verb (nothing stands between 已 and it but 有).
    ['养老机构', '全市已有养老机构', '养老机构'],
  ])('%s in %s → %s', (indicator, lead, name) => {
    expect(subjectNamed(indicator, lead)).toBe(name);
  });
});

describe('[compare/figure-clauses] objectAfter: the thing counted named after its count, where no indicator was read', () => {
  const count = { kind: 'count' } as Quantity;
  it.each<[Quantity, string, string | null]>([
    [count, '千吨万人水源地保护区划定。', '千吨万人水源地保护区划定'],
    [count, '农村公路危桥改造，确保安全', '农村公路危桥改造'],
    // near-misses: too short to name one thing; nothing after; a cause, a negation, a question, a target, a bound; no count
    [count, '小区全部开工', null],
    [count, '；二是同步推进加装电梯', null],
    [count, '因征地拆迁滞后，预计年底建成', null],
    [count, '没有完成，正在加紧推进', null],
    [count, '完成了吗？', null],
    [count, '的目标已调整为今年底前完成', null],
    [count, '以上', null],
    [{ kind: 'percent' } as Quantity, '千吨万人水源地保护区划定', null],
  ])('%#: %s', (q, following, want) => {
    expect(objectAfter(q, following)).toBe(want);
  });
});

describe('[compare/figure-clauses] workCounted: the work a count ends, where no indicator was read', () => {
  const count = { kind: 'count' } as Quantity;
  it.each<[Quantity, string, string | null]>([
    [count, '确保10月底前全部开工、年底前完成改造', '改造'],
    [count, '今年新建', '新建'],
    [count, '已开工', '开工'],
    // near-misses: a verb of reaching alone; an object after the verb; a figure not a count
    [count, '年底前完成', null],
    [count, '年底前改造老旧小区', null],
    [{ kind: 'percent' } as Quantity, '年底前完成改造', null],
  ])('%#: %s', (q, lead, want) => {
    expect(workCounted(q, lead)).toBe(want);
  });
});
