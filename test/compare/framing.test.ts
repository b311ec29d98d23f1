/**
 * What two sessions are to each other: one body's follow-up, two bodies' sessions on one topic, or one body on two
 * topics — and what compare makes of the promises and closings of each.
 */
import { describe, expect, it } from 'vitest';
import { bodyOf, topicTerms, twoTopics } from '../../src/compare/framing.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { compare } from '../../src/compare/compare.js';
import { mirror } from '../../src/compare/mirror.js';
import { parse } from '../../src/pipeline.js';
import { formatComparisonTerminal } from '../../src/format/compare-terminal.js';
import { formatComparisonMarkdown } from '../../src/format/compare-markdown.js';
import type { InquiryRecord } from '../../src/model/record.js';

/** One exchange and a vice-mayor's 表态 of a city's standing committee. */
function session(city: string, term: string, year: number, subject: string, fund: string, vice: string): InquiryRecord {
  return parse(`${city}人大常委会开展${subject}专题询问\n${year}年9月24日，${city}${term}人大常委会第二十一次会议举行联组会议，就全市${subject}工作开展专题询问。市人大常委会主任郗慕远主持会议。\n`
    + `委员宓佳音问：请问市生态环境局，下一步怎么办？\n市生态环境局局长仉怀瑾回答：下一步，我们将做好三方面工作。一是落实运维资金，市财政安排${fund}。二是推行第三方专业化运维，实现运维覆盖率达到90%以上。\n`
    + `郗慕远：下面请副市长${vice}同志作表态发言。\n副市长 ${vice}：我代表市政府表个态。市政府将把${subject}作为重要任务，年底前向市人大常委会报告整改情况。\n郗慕远：今天的专题询问到此结束。`);
}

const liuzhou24 = session('柳州市', '第十五届', 2024, '农村生活污水治理', '农村污水设施运维资金2500万元', '莫志坚');
const guilin25 = session('桂林市', '第六届', 2025, '农村生活污水治理', '农村污水设施运维资金1800万元', '唐志明');
const liuzhou25 = session('柳州市', '第十五届', 2025, '农村生活污水治理', '农村污水设施运维资金1800万元', '唐志明');
const fitness25 = session('柳州市', '第十五届', 2025, '全民健身', '全民健身场馆运维资金1800万元', '唐志明');

describe('[compare/framing] the body without its term', () => {
  it('reads 柳州市第十五届人大常委会 as 柳州市人大常委会', () => {
    expect(bodyOf(liuzhou24)).toBe('柳州市人大常委会');
    expect(bodyOf(guilin25)).toBe('桂林市人大常委会');
  });
});

describe('[compare/framing] two topics share no subject term', () => {
  it.each<[string, string[], string[], boolean]>([
    ['居家社区养老 / 全民健身', ['居家', '社区', '养老服务'], ['全民', '健身', '公共服务'], true],
    // Near-misses: one term shared, one inside the other, a side with no subject read.
    ['居家养老 on both', ['居家', '社区', '养老服务', '居家养老'], ['居家养老'], false],
    ['养老 inside 养老服务', ['养老服务'], ['养老'], false],
    ['湿地保护条例 / 湿地保护', ['湿地', '保护', '条例'], ['湿地', '保护'], false],
    ['no topic read on one side', ['湿地'], [], false],
  ])('%s → %s', (_, a, b, want) => {
    expect(twoTopics(a, b)).toBe(want);
  });
});

describe('[compare/framing] what compare makes of it', () => {
  it('one body a year later on its topic is a follow-up: restated, the closing by office', () => {
    const c = compare(liuzhou24, liuzhou25);
    expect(c.framing.kind).toBe('follow-up');
    expect(c.promises.pairs.some((p) => p.restated?.value)).toBe(true);
    expect(c.closing.pairs.map((p) => p.match)).toContain('same-office');
    expect(formatComparisonTerminal(c)).not.toContain('非跟踪比较');
  });

  it('two cities on one topic: a notice, every pair 异地 with no 重申, no 同一职务 closing', () => {
    const c = compare(liuzhou24, guilin25);
    expect(c.framing).toMatchObject({ kind: 'two-bodies', bodies: { a: '柳州市人大常委会', b: '桂林市人大常委会' } });
    expect(c.promises.pairs.length).toBeGreaterThan(0);
    for (const p of c.promises.pairs) {
      expect(p.restated).toBeUndefined();
      expect(p.places).toEqual({ a: ['柳州市'], b: ['桂林市'] });
    }
    expect(c.promises.done).toEqual([]);
    expect(c.closing.pairs.map((p) => p.match)).not.toContain('same-office');
    const out = formatComparisonTerminal(c, { columns: 200 });
    expect(out).toContain('不同机关: 柳州市人大常委会 / 桂林市人大常委会 — 非跟踪比较');
    // (The notice names 重申 among what is not judged; no pair is marked so.)
    expect(out).not.toMatch(/重申(?!、)/u);
    expect(out).not.toContain('同一职务');
    expect(out).not.toContain('未再出现的措施');
    expect(formatComparisonMarkdown(c)).toContain('不同机关');
  });

  it('one body on two topics: a notice, no 重申, no promises dropped', () => {
    const c = compare(liuzhou24, fitness25);
    expect(c.framing.kind).toBe('two-topics');
    expect(c.promises.pairs.every((p) => !p.restated)).toBe(true);
    const out = formatComparisonTerminal(c, { columns: 200 });
    expect(out).toContain('同一机关, 主题不同');
    expect(out).not.toContain('未再出现的措施');
    expect(out).toContain('仅 A 的措施');
  });

  it('mirrors: compare(b, a) is mirror(compare(a, b))', () => {
    expect(compare(guilin25, liuzhou24)).toEqual(mirror(compare(liuzhou24, guilin25)));
    expect(compare(fitness25, liuzhou24)).toEqual(mirror(compare(liuzhou24, fitness25)));
  });
});

describe('[compare/framing] a topic\'s head noun keeps its modifier', () => {
  /** A county's session on `subject` (its topic and title). */
  const county = (subject: string, date: string) => parse(`岳西县人大常委会就全县${subject}发展情况开展专题询问\n${date}，岳西县第十七届人大常委会第二十六次会议举行联组会议，就全县${subject}发展情况开展专题询问。\n`
    + `委员宓佳音问：请问县农业农村局，下一步怎么办？\n县农业农村局局长仉怀瑾回答：下一步，我们将做好两方面工作。一是建设标准化基地。二是培育龙头企业。\n`);
  it.each<[string, string[]]>([
    ['茶产业', ['茶产业']], // a one-character modifier is kept with its head, not dropped
    ['桑蚕产业', ['桑蚕', '桑蚕产业']],
    ['乡村旅游', ['乡村', '旅游']], // near-miss: a head that is no noun (旅游/vn) is read as before
  ])('全县%s发展情况 → %j', (subject, want) => {
    expect(topicTerms(county(subject, '2020年9月16日'), defaultSegmenter())).toEqual(want);
  });
  it('one county\'s 茶产业 and 桑蚕产业 sessions are two topics', () => {
    expect(compare(county('茶产业', '2020年9月16日'), county('桑蚕产业', '2021年9月15日')).framing.kind).toBe('two-topics');
  });
  it('near-miss: the same head and modifier a year on is a follow-up', () => {
    expect(compare(county('茶产业', '2020年9月16日'), county('茶产业', '2021年9月15日')).framing.kind).toBe('follow-up');
  });
  it('near-miss: a scope before the head is no modifier (全县|产业)', () => {
    expect(topicTerms(county('产业', '2020年9月16日'), defaultSegmenter())).toEqual(['产业']);
  });
});

describe('[compare/framing] one body under two names (t73 f1)', () => {
  /** A session of `body` (its title `title`) on rural sewage, the vice-mayor's or deputy head's 表态 closing it. */
  const held = (title: string, lede: string, fund: string) => parse(`${title}\n${lede}举行联组会议，就农村生活污水治理工作开展专题询问。\n`
    + `委员宓佳音问：请问生态环境局，下一步怎么办？\n生态环境局局长仉怀瑾回答：下一步，我们将做好两方面工作。一是落实运维资金，安排${fund}。二是推行第三方专业化运维，实现运维覆盖率达到90%以上。\n`);
  const hanzhou = held('汉州市人大常委会开展农村生活污水治理专题询问', '2022年6月29日，汉州市第十六届人大常委会第四次会议', '农村污水设施运维资金2500万元');
  it.each<[string, InquiryRecord]>([
    // a city paper writes its own congress without the city
    ['市人大常委会 of a city paper', held('——市人大常委会农村生活污水治理跟踪询问问答摘登', '2024年6月20日，市第十六届人大常委会第二十一次会议', '农村污水设施运维资金1800万元')],
  ])('汉州市人大常委会 / %s: one body\'s follow-up', (_name, other) => {
    const c = compare(hanzhou, other);
    expect(c.framing.kind).toBe('follow-up');
    const out = formatComparisonTerminal(c, { columns: 200 });
    expect(out).not.toContain('非跟踪比较');
    expect(out).not.toMatch(/异地: \S+ \(A\)/u);
  });

  it('a township\'s presidium and its congress in session, a year on: a follow-up (the meeting\'s words no topic)', () => {
    const presidium = held('龙潭镇人大主席团开展农村生活污水治理专题询问', '2025年5月16日，龙潭镇人大主席团', '运维资金120万元');
    const congress = held('龙潭镇第十八届人民代表大会第七次会议开展专题询问', '2026年1月9日，龙潭镇第十八届人民代表大会第七次会议', '运维资金150万元');
    expect(topicTerms(congress, defaultSegmenter())).toEqual(['农村', '生活', '污水', '治理']);
    expect(compare(presidium, congress).framing.kind).toBe('follow-up');
    // (No topic stated: the title's body, term and meeting are no subject.)
    const untitled = parse('龙潭镇第十八届人民代表大会第七次会议开展专题询问\n2026年1月9日，龙潭镇第十八届人民代表大会第七次会议开展专题询问。\n代表冉秀英问：垃圾收集点建了多少？\n镇村镇建设服务中心主任熊立新回答：去年新增垃圾收集点42个。\n');
    expect(untitled.session.topic).toBeNull();
    expect(topicTerms(untitled, defaultSegmenter())).toEqual([]);
  });

  it('near-miss: a county\'s committee and a city\'s are two bodies, and a body\'s name is never shown as a place', () => {
    const county = held('——县人大常委会农村生活污水治理专题询问问答摘登', '2024年6月20日，县第十八届人大常委会第九次会议', '农村污水设施运维资金1800万元');
    const c = compare(hanzhou, county);
    expect(c.framing.kind).toBe('two-bodies');
    expect(c.promises.pairs.length).toBeGreaterThan(0);
    expect(c.promises.pairs.every((p) => p.places === null)).toBe(true);
    expect(formatComparisonTerminal(c, { columns: 200 })).not.toContain('异地: 汉州市 (A)');
  });
});
