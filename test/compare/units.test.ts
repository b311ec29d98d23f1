import { describe, expect, it } from 'vitest';
import { writtenUnits } from '../../src/compare/units.js';
import { buildRecord, type QuantitySpec } from './build-record.js';

const session = (...quantities: QuantitySpec[]) => buildRecord({ questions: [{ text: '如何推进?', responders: [['鄂某', '区财政局局长', '区财政局']], quantities }] });

describe('[compare/units]', () => {
  it.each([
    ['money with its multiplier', { text: '300万元', value: 3e6, unit: '元', kind: 'money', indicator: '养护资金' }, ['万元', '元']],
    ['a length', { text: '42公里', value: 42, unit: '公里', kind: 'quantity', indicator: '绿道' }, ['公里']],
    ['a change in points', { text: '6个百分点', value: 6, unit: '百分点', kind: 'percentage_point', indicator: '入住率' }, ['个百分点', '百分点']],
    ['a rate, and each part of it', { text: '约850人次/日', value: 850, unit: '人次/日', indicator: '客流' }, ['人次/日', '人次', '日']],
    ['full-width digits', { text: '１.２万户', value: 12000, unit: '户', indicator: '老旧管网' }, ['万户', '户']],
    ['a percent', { text: '96.5%', value: 96.5, unit: '%', kind: 'percent', indicator: '合格率' }, ['%']],
  ] as [string, QuantitySpec, string[]][])('%s', (_, q, expected) => {
    expect([...writtenUnits(session(q))].sort()).toEqual([...expected].sort());
  });

  it('gathers the units of both sessions, of the introduction and of the closing', () => {
    const a = session({ text: '300万元', value: 3e6, unit: '元', kind: 'money', indicator: '资金' });
    const b = session();
    const at = (text: string, unit: string) => ({ text, value: 1, unit, kind: 'count' as const, indicator: '某', approximate: false, qualifier: null, range: null, span: [0, 0] as [number, number] });
    b.session.quantities = [at('8名', '名')];
    b.session.closing = { text: '', span: [0, 0], quantities: [at('30票', '票')], vote: null };
    expect([...writtenUnits(a, b)].sort()).toEqual(['万元', '元', '名', '票'].sort());
  });
});
