import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { formatComparisonTerminal } from '../../src/format/compare-terminal.js';
import { buildRecord, fakeSegmenter } from '../compare/build-record.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
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

  it('the same chair with another title is flagged in the sessions table and counted among the title changes', () => {
    const chaired = (r: typeof sessionA, title: string): typeof sessionA => ({ ...r, session: { ...r.session, chair: { name: '谭某', titles: [title], organization: '市人大常委会', span: [0, 0], text: '' } } });
    const out = formatComparisonTerminal(compare(chaired(sessionA, '市人大常委会副主任'), chaired(sessionB, '市人大常委会主任'), { segmenter, topicThreshold: 0.2 }), { columns: 140 });
    expect(out).toMatch(/│ 主持 +│ 谭某（市人大常委会副主任） +│ 谭某（市人大常委会主任） \(职务有变化\)/);
    expect(out).toContain('职务有变化 2 人 (含主持人 谭某)');
    expect(formatComparisonTerminal(compare(chaired(sessionA, '市人大常委会主任'), chaired(sessionB, '市人大常委会主任'), { segmenter }))).toContain('职务有变化 1 人\n');
  });

  it('figures of the closing are located as the closing (结语), those of the introduction as 导语', () => {
    const withFigures = (r: typeof sessionA, closing: string, intro: string): typeof sessionA => {
      const q = (text: string, indicator: string) => ({ text, value: parseFloat(text), unit: '%', kind: 'percent' as const, indicator, approximate: false, qualifier: null, range: null, span: [0, 3] as [number, number] });
      return { ...r, session: { ...r.session, quantities: [q(intro, '出席率')], closing: { text: '', span: [0, 3], quantities: [q(closing, '满意率')], vote: null } } };
    };
    const out = formatComparisonTerminal(compare(withFigures(sessionA, '92%', '90%'), withFigures(sessionB, '96%', '95%'), { segmenter }), { columns: 140 });
    expect(out).toMatch(/│ 满意率 +│ 92% +│ 96% +│ \+4 个百分点/);
    expect(out).toContain('(结语 [0, 3))');
    expect(out).toMatch(/│ 出席率 +│ 90% +│ 95%/);
    expect(out).toContain('(导语 [0, 3))');
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
  it('a reversed promise has its own table with the halt word and the clause it heads; a promise for another place is marked 异地', () => {
    const jieba = defaultSegmenter();
    const s = (m: string[]) => buildRecord({ questions: [{ text: '如何提升应急供水能力?', responders: [['乔某', '县水务局局长', '县水务局']], measures: m }] });
    const c2 = compare(s(['新增应急供水车8台，充实抢险队伍', '今年底前完成城南片区雨污分流改造']), s(['优化装备配置，不再新增应急供水车', '明年6月底前完成河东片区雨污分流改造']), { segmenter: jieba });
    for (const columns of [60, 100]) {
      const out = formatComparisonTerminal(c2, { columns });
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(columns);
      expect(out).toContain('撤回、停止或暂缓的措施 (1)');
      expect(out).toContain('» 不再');
      expect(out).toContain('异地: 城南 (A) / 河东 (B)');
    }
  });
});
