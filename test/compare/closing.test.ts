/**
 * The closings' speakers side by side (the same person, or the same office held by another a year later), and the
 * pledges of a government head's 表态 compared as an answer's promises are.
 */
import { describe, expect, it } from 'vitest';
import { closingPromises, compareClosings } from '../../src/compare/closing.js';
import { comparePromises } from '../../src/compare/promises.js';
import { mirror } from '../../src/compare/mirror.js';
import { compare } from '../../src/compare/compare.js';
import { parse } from '../../src/pipeline.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { formatComparisonMarkdown } from '../../src/format/compare-markdown.js';
import { formatComparisonTerminal } from '../../src/format/compare-terminal.js';

/** A session of one exchange, closed by `closing` (its lines). */
function session(year: string, closing: string) {
  return parse(`沅溪市人大常委会开展优化营商环境专题询问\n${year}年9月24日，市人大常委会举行联组会议，开展专题询问。市人大常委会主任郗慕远主持会议。\n`
    + '委员宓佳音问：企业开办现在要多长时间？\n市市场监管局局长仉怀瑾回答：企业开办平均用时已压缩到1个工作日。\n'
    + closing);
}

const A = session('2024', '郗慕远：下面请副市长晏伯钧同志作表态发言。\n副市长 晏伯钧：我代表市政府表个态。市政府将全面推行企业开办“零成本”，年底前向市人大常委会报告整改情况。\n郗慕远：今天的专题询问到此结束。');
const B = session('2025', '郗慕远：下面请副市长卫秋澄同志作表态发言。\n副市长 卫秋澄：我代表市政府表个态。市政府将全面推行企业开办“零成本”，同时建设企业服务中心。\n郗慕远：今天的专题询问到此结束。');

describe('[compare/closing] the closings\' speakers', () => {
  it('reads both closings\' speakers (a check of the records the cases rest on)', () => {
    expect(A.session.closing!.statements!.map((s) => [s.speaker.name, s.role])).toEqual([['郗慕远', 'chair'], ['晏伯钧', 'government'], ['郗慕远', 'chair']]);
    expect(B.session.closing!.statements!.map((s) => [s.speaker.name, s.role])).toEqual([['郗慕远', 'chair'], ['卫秋澄', 'government'], ['郗慕远', 'chair']]);
  });

  it('pairs the chair by name (both stretches together) and the vice-mayor by office', () => {
    const c = compareClosings(A, B);
    expect(c.pairs.map((p) => [p.a.name, p.b.name, p.match])).toEqual([['郗慕远', '郗慕远', 'same-person'], ['晏伯钧', '卫秋澄', 'same-office']]);
    expect(c.pairs[0].a.statements.length).toBe(2);
    expect([c.onlyA, c.onlyB]).toEqual([[], []]);
  });

  it('no office pair across roles or posts: a chair against a vice-mayor, a 副市长 against a 市长', () => {
    const mayor = session('2025', '郗慕远：下面请市长戴远舟同志作表态发言。\n市长 戴远舟：我代表市政府表个态。市政府将全面推行企业开办“零成本”。\n郗慕远：今天的专题询问到此结束。');
    const c = compareClosings(A, mayor);
    expect(c.pairs.map((p) => p.match)).toEqual(['same-person']);
    expect(c.onlyA.map((x) => x.name)).toEqual(['晏伯钧']);
    expect(c.onlyB.map((x) => x.name)).toEqual(['戴远舟']);
  });

  it('a record saved before the closing\'s speakers were read (statements null) has none', () => {
    const old = structuredClone(A);
    old.session.closing!.statements = null;
    const c = compareClosings(old, B);
    expect([c.pairs, c.onlyA]).toEqual([[], []]);
    expect(c.onlyB.map((x) => x.name)).toEqual(['郗慕远', '卫秋澄']);
    expect(closingPromises(old)).toEqual([]);
  });

  it('mirrors: compare(b, a) is mirror(compare(a, b))', () => {
    expect(mirror(compare(A, B)).closing).toEqual(compare(B, A).closing);
  });
});

describe('[compare/closing] the pledges of a 表态', () => {
  it('are promises of the closing (question null, path pN), spans into the text; the chair\'s words are none', () => {
    const refs = closingPromises(A);
    expect(refs.map((m) => [m.question, m.path, m.responder])).toEqual(refs.map((_, k) => [null, `p${k + 1}`, '晏伯钧']));
    expect(refs.map((m) => m.text)).toContain('全面推行企业开办“零成本”，年底前向市人大常委会报告整改情况');
    const text = `沅溪市人大常委会开展优化营商环境专题询问\n2024年9月24日，市人大常委会举行联组会议，开展专题询问。\n`;
    expect(refs.every((m) => m.span[0] > text.length)).toBe(true);
  });

  it('start at the clause that commits: the courtesies framing the 表态 are no pledge, nor a headline two 表态 share', () => {
    const framed = session('2025', '郗慕远：下面请副市长卫秋澄同志作表态发言。\n副市长 卫秋澄：我代表市政府表个态，各位委员提出的问题都很中肯，市政府将逐条研究整改，按时向常委会报告。\n郗慕远：今天的专题询问到此结束。');
    expect(closingPromises(framed).map((m) => m.text)).toEqual(['逐条研究整改，按时向常委会报告']);
    const other = session('2024', '郗慕远：下面请副市长晏伯钧同志作表态发言。\n副市长 晏伯钧：我代表市政府表个态，各位委员提出的问题都很中肯，市政府将新建企业服务中心。\n郗慕远：今天的专题询问到此结束。');
    expect(comparePromises(other, framed, defaultSegmenter(), 0.6).pairs.filter((x) => x.a.question === null)).toEqual([]);
  });

  it('repeated, new and dropped like an answer\'s promises', () => {
    const p = comparePromises(A, B, defaultSegmenter(), 0.6);
    const closingPairs = p.pairs.filter((x) => x.a.question === null && x.b.question === null);
    expect(closingPairs.length).toBe(1);
    expect(closingPairs[0].a.text.startsWith('全面推行企业开办“零成本”')).toBe(true);
    expect(closingPairs[0].b.text.startsWith('全面推行企业开办“零成本”')).toBe(true);
  });

  it('formatters name the closing\'s pledges 结语 and show the speakers', () => {
    const md = formatComparisonMarkdown(compare(A, B));
    expect(md).toContain('结语·p1');
    expect(md).toContain('### 结语发言');
    expect(md).toContain('晏伯钧（副市长，政府表态）');
    expect(md).not.toContain('问题null');
    const term = formatComparisonTerminal(compare(A, B), { color: false, columns: 100 } as never);
    expect(term).toContain('结语发言');
    expect(term).not.toContain('问题null');
  });

  it('no closing speakers on either side: the formatters print no such section', () => {
    const plain = session('2024', '询问结束后，与会人员进行了满意度测评。');
    expect(formatComparisonMarkdown(compare(plain, plain))).not.toContain('结语发言');
  });
});
