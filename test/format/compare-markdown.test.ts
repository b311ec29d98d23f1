import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { formatComparisonMarkdown, md } from '../../src/format/compare-markdown.js';
import { buildRecord, fakeSegmenter } from '../compare/build-record.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { sessionA, sessionB } from '../compare/sample-records.js';

const segmenter = fakeSegmenter();

describe('[format/compare-markdown]', () => {
  it.each([
    ['推进A|B两项', '推进A\\|B两项'],
    ['*重点*_任务_', '\\*重点\\*\\_任务\\_'],
    ['[链接](x)<b>', '\\[链接\\](x)\\<b\\>'],
    ['一行\n两行', '一行 两行'],
    ['\u001b[31m红', '\\\\u001b\\[31m红'],
  ])('md(%j) = %j', (text, expected) => {
    expect(md(text)).toBe(expected);
  });

  const out = formatComparisonMarkdown(compare(sessionA, sessionB, { segmenter }));

  it('headings a journalist can paste, and the known differences', () => {
    expect(out.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## 会议概况', '## 被询问的机构', '## 两次都出席的人员', '## 议题对照', '## 承诺:再次出现或相近的措施', '## 数字变化', '## 特色词',
    ]);
    expect(out).toContain('| 矛盾纠纷化解率 | 97.78%(问题1,');
    expect(out).toContain('+0.82 个百分点 |');
    expect(out).toContain('- **只在 A**:市市场监管局(问题2)');
    expect(out).toContain('**市政府常务副市长**(职务有变化)');
  });

  it('flags the same chair with another title, and locates the closing\'s figures as the closing', () => {
    const q = (text: string) => ({ text, value: parseFloat(text), unit: '%', kind: 'percent' as const, indicator: '满意率', approximate: false, qualifier: null, range: null, span: [0, 3] as [number, number] });
    const session = (r: typeof sessionA, title: string, rate: string): typeof sessionA => ({ ...r, session: { ...r.session,
      chair: { name: '谭某', titles: [title], organization: '市人大常委会', span: [0, 0], text: '' }, closing: { text: '', span: [0, 3], quantities: [q(rate)], vote: null } } });
    const text = formatComparisonMarkdown(compare(session(sessionA, '市人大常委会副主任', '92%'), session(sessionB, '市人大常委会主任', '96%'), { segmenter }));
    expect(text).toContain('| 主持 | 谭某（市人大常委会副主任） | **谭某（市人大常委会主任）**(职务有变化) |');
    expect(text).toContain('| 满意率 | 92%(结语,[0, 3)) | 96%(结语,[0, 3)) |');
  });

  it('keeps both spellings of an office questioned in both, as the terminal does; an official moved between offices is marked 调任', () => {
    const one = (org: string, title: string) => buildRecord({ session: { body: '榆溪市第十届人大常委会' }, questions: [{ text: '如何推进?', responders: [['黎某华', `${org}${title}`, org]] }] });
    const text = formatComparisonMarkdown(compare(one('市住房和城乡建设局', '局长'), one('市住建局', '局长'), { segmenter }));
    expect(text).toContain('- **两次都被询问**:市住房和城乡建设局 / 市住建局(A 问题1;B 问题1)');
    const moved = formatComparisonMarkdown(compare(one('市应急管理局', '局长'), one('市水务局', '局长'), { segmenter }));
    expect(moved).toContain('| 黎某华 | 调任 | 市应急管理局局长 | **市水务局局长**(职务有变化) |');
  });

  it('two places\' figures are headed 差值, not 变化', () => {
    const city = (body: string, value: number) => buildRecord({ session: { body }, questions: [{ text: '如何推进?', responders: [['某某', '市民政局局长', '市民政局']],
      quantities: [{ text: `${value}个`, value, unit: '个', kind: 'count', indicator: '老年助餐点' }] }] });
    expect(formatComparisonMarkdown(compare(city('桐川市人大常委会', 300), city('沅平市人大常委会', 280), { segmenter }))).toContain('| 指标 | A | B | 差值 |');
    expect(formatComparisonMarkdown(compare(city('桐川市人大常委会', 300), city('桐川市人大常委会', 280), { segmenter }))).toContain('| 指标 | A | B | 变化 |');
  });

  it('every table row has as many cells as its header', () => {
    const lines = out.split('\n');
    let cells = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|')) { cells = 0; continue; }
      const n = line.replace(/\\\|/g, '').split('|').length - 2;
      if (cells === 0) cells = n;
      expect(n, `line ${i + 1}: ${line}`).toBe(cells);
    }
  });

  it('a measure holding | does not break its table', () => {
    const r = buildRecord({ questions: [{ text: '如何推进?', responders: [['李某', '市公安局局长', '市公安局']], measures: ['推进综治中心|规范化建设'] }] });
    const text = formatComparisonMarkdown(compare(r, r, { segmenter }));
    expect(text).toContain('推进综治中心\\|规范化建设');
  });

  it('compare(A, A) reads as no change', () => {
    const same = formatComparisonMarkdown(compare(sessionA, sessionA, { segmenter }));
    expect(same).toContain('无变化');
    expect(same).toContain('- **只在 A**:无');
    expect(same).toContain('两次会议用词没有显著差异。');
  });
  it('a reversed promise is listed under its own heading with the halt word and its clause; another place is named', () => {
    const jieba = defaultSegmenter();
    const s = (m: string[]) => buildRecord({ questions: [{ text: '如何提升应急供水能力?', responders: [['乔某', '县水务局局长', '县水务局']], measures: m }] });
    const out = formatComparisonMarkdown(compare(s(['新增应急供水车8台，充实抢险队伍', '今年底前完成城南片区雨污分流改造']), s(['优化装备配置，不再新增应急供水车', '明年6月底前完成河东片区雨污分流改造']), { segmenter: jieba }));
    expect(out).toContain('### 撤回、停止或暂缓的措施(1)');
    expect(out).toMatch(/反向分句:“不再新增应急供水车”\[\d+, \d+\) \| “不再”\(B\)/);
    expect(out).toContain('(地点不同:城南 / 河东)');
  });
});
