import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { hanging, table } from '../../src/format/compare-table.js';

const plain = new Chalk({ level: 0 });

describe('[format/compare-table]', () => {
  it.each([40, 60, 100])('a table fits %i columns and keeps every character of its cells', (columns) => {
    const cell = '推进综治中心规范化建设,整合公安、司法、信访等力量,实现矛盾纠纷一站式受理';
    const out = table(plain, columns, ['A 措施', '相似度', '共同词'], ['flex', 8, 22], [[cell, '0.86', '综治中心 规范化 建设']]);
    const lines = out.split('\n');
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
    const first = lines.filter((l) => l.startsWith('│')).slice(1).map((l) => l.split('│')[1]).join('').replace(/\s/g, '');
    expect(first).toBe(cell);
  });

  it('rows of one line each have no rule between them; a wrapped row does', () => {
    const rule = (s: string) => s.split('\n').filter((l) => l.startsWith('├')).length;
    expect(rule(table(plain, 80, ['指标', 'A'], ['flex', 12], [['化解率', '97.78%'], ['积案', '120件']]))).toBe(1); // under the header only
    expect(rule(table(plain, 80, ['指标', 'A'], ['flex', 12], [['化解率', '97.78%\n(问题1)'], ['积案', '120件']]))).toBe(2);
  });

  it.each([
    ['持续推进综治中心规范化建设', 20, ['  + 持续推进综治中心', '    规范化建设']],
    ['短', 20, ['  + 短']],
  ])('hanging(%s, %i)', (text, columns, expected) => {
    expect(hanging('+', text, columns)).toEqual(expected);
  });
});
