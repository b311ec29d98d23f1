import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { formatComparisonTerminal } from '../../src/format/compare-terminal.js';
import { buildRecord, fakeSegmenter } from '../compare/build-record.js';
import { sessionA, sessionB } from '../compare/sample-records.js';

const segmenter = fakeSegmenter();
// Tiny sessions: the topic bar is raised as in test/compare/compare.test.ts.
const c = compare(sessionA, sessionB, { segmenter, topicThreshold: 0.2 });

describe('[format/compare-terminal]', () => {
  it.each([60, 80, 100, 140])('no line is wider than %i columns, Chinese counted two wide', (columns) => {
    const out = formatComparisonTerminal(c, { columns });
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
  });

  it('prints every section with the known differences', () => {
    const out = formatComparisonTerminal(c);
    for (const s of ['1. 会议概况', '2. 被询问的机构', '3. 人员', '4. 议题', '5. 承诺', '6. 数字', '7. 特色词']) expect(out).toContain(s);
    expect(out).toContain('+0.82 个百分点');
    expect(out).toContain('市政府常务副市长 (职务有变化)');
    expect(out).toMatch(/仅在 B: 问题三 如何做好违建整治/);
  });

  it('without colour: no escape codes and no bar chart; with colour: both', () => {
    const plain = formatComparisonTerminal(c, { color: 0 });
    expect(plain).not.toMatch(/\u001b/);
    expect(plain).not.toContain('█');
    const coloured = formatComparisonTerminal(c, { color: 1 });
    expect(coloured).toMatch(/\u001b\[/);
    expect(coloured).toContain('█');
  });

  it('one-side lists stop at the limit and count the rest', () => {
    const out = formatComparisonTerminal(c, { limit: 1 });
    expect(out).toContain(`… 另有 ${c.promises.onlyA.length - 1} 项`);
    expect(formatComparisonTerminal(c, { limit: Infinity })).not.toContain('另有');
  });

  it('a wrapped Chinese cell keeps every character, in order', () => {
    const long = '健全校园食品安全监管机制落实校长陪餐制度和食材溯源管理开展校园食品安全专项整治行动检查学校食堂';
    const r = buildRecord({ questions: [{ text: long, responders: [['钱某', '市市场监管局局长', '市市场监管局']] }] });
    // Threshold 0: the question pairs with one of B, so it stands in the first column of the topics table.
    const out = formatComparisonTerminal(compare(r, sessionB, { segmenter, topicThreshold: 0 }), { columns: 60 });
    const topics = out.slice(out.indexOf('4. 议题'), out.indexOf('5. 承诺')).split('\n').filter((l) => l.startsWith('│'));
    const firstColumn = topics.map((l) => l.split('│')[1]).join('').replace(/\s/g, '');
    expect(firstColumn).toContain(`问题一${long}`);
  });

  it('control characters and bidi overrides from a transcript are shown escaped', () => {
    const r = buildRecord({ questions: [{ text: '如何\u001b[2J整治\u202e违建?', responders: [['冯某', '市城管局局长', '市城管局']] }] });
    const out = formatComparisonTerminal(compare(r, sessionA, { segmenter }), { color: 0 });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(out).toContain('如何\\u001b[2J整治\\u202e违建');
  });
});
