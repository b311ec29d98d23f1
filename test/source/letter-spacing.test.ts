/**
 * Letter-spaced lines of a PDF copy read without their spaces: "询 问 三 ：" → "询问三：", the full-width
 * space between a spaced title and a spaced name kept; no space cut in text that is not letter-spaced.
 * All examples invented (other names, cities, departments).
 */
import { describe, expect, it } from 'vitest';
import { findLetterSpacing } from '../../src/source/letter-spacing.js';
import { cutsThrough, joinWraps } from '../../src/source/joined.js';
import { parse } from '../../src/pipeline.js';
import type { Span } from '../../src/model/span.js';

/** The text with its letter-spacing cut. */
function joined(text: string): string {
  return joinWraps(text, findLetterSpacing(text)).joined;
}

/** A letter-spaced line elsewhere in the document: enough strong chains for two-unit chains to count. */
const SPACED_HEAD = '青 川 市 人 大 常 委 会 专 题 询 问\n';

describe('findLetterSpacing: cut', () => {
  it.each([
    ['a spaced header before a plain label', '问 题 三 ：常委会委员葛明远：请问？', '问题三：常委会委员葛明远：请问？'],
    ['a spaced header on its own line', '询 问 四\n委员葛明远：请问？', '询问四\n委员葛明远：请问？'],
    ['a spaced label, the full-width space between title and name kept', '区 教 育 局 局 长 　 林 晓 峰 ：好的。', '区教育局局长　林晓峰：好的。'],
    ['a spaced label with a space after its colon', '委 员 　 邝 秋 月 ： 请问区教育局。', '委员　邝秋月：请问区教育局。'],
    ['a spaced title before a plain name', '常 委 会 委 员　郑家豪：请问？', '常委会委员　郑家豪：请问？'],
    ['spaced figures and words in a line', '已建 成 泵 站 2 7 座，改造 管 网 1 5 . 5 公 里。', '已建成泵站27座，改造管网15.5公里。'],
    ['a spaced date', '2 0 2 3 年 5 月 8 日，会议举行。', '2023年5月8日，会议举行。'],
    ['a spaced percentage', '覆 盖 率 达 到 9 6 . 4 %，', '覆盖率达到96.4%，'],
    ['no-break spaces', '询\u00a0问\u00a0五\u00a0：', '询问五：'],
    ['thin spaces', '询\u2009问\u2009六', '询问六'],
    ['a Traditional spaced header', '問 題 二 ：委員葛明遠：', '問題二：委員葛明遠：'],
    // Two single characters apart count only in a document letter-spaced elsewhere.
    ['two digits apart in a letter-spaced document', `${SPACED_HEAD}完成改造 3 1 处。`, `${joined(SPACED_HEAD)}完成改造31处。`],
    ['a date with spaces in a letter-spaced document', `${SPACED_HEAD}2024 年 3 月举行。`, `${joined(SPACED_HEAD)}2024年3月举行。`],
  ])('%s', (_name, text, want) => {
    expect(joined(text)).toBe(want);
  });
});

describe('findLetterSpacing: kept', () => {
  it.each([
    ['a name padded with a full-width space', '主任　王　伟：请问？'],
    ['a name padded with a space after the title', '主任 王 伟：请问？'],
    ['a roster of padded names and posts', '应询人员：副市长 王 伟 市财政局局长 李 强'],
    ['a year and its word apart', '2024 年，县人大常委会举行会议。'],
    ['a date with spaces', '2024 年 3 月举行会议。'],
    ['a rank', '全省排名第 1 名。'],
    ['Latin words', '推行 Open Data 平台，使用 A B C 三类标准。'],
    ['a markdown table of one-character cells', '| 是 | 否 | 是 |'],
    ['table columns', '泵站  1  5  座'],
    ['a plain line', '县人大常委会委员彭德明：请问县水利局，泵站建了多少？'],
    ['a title and a name apart', '委员 彭德明：请问？'],
  ])('%s', (_name, text) => {
    expect(findLetterSpacing(text)).toEqual([]);
  });

  it('keeps a space that touches a Latin word in a spaced line', () => {
    expect(joined('下 载 安 装 APP 使 用 指 南')).toBe('下载安装 APP 使用指南');
  });

  it('cuts one ASCII space per gap, ascending', () => {
    const text = '问 题 一 ：';
    const cuts = findLetterSpacing(text);
    expect(cuts).toEqual([[1, 2], [3, 4], [5, 6]]);
    for (const [s, e] of cuts) expect(text.slice(s, e)).toBe(' ');
  });
});

describe('cutsThrough', () => {
  it.each<[string, string, Span[], Span[], Span[]]>([
    ['a wrap after letter-spacing', '问 题\n一', [[1, 2]], [[2, 3]], [[1, 2], [3, 4]]],
    ['a second cut over a first one', 'a b\ncd', [[1, 2]], [[1, 3]], [[1, 4]]],
    ['touching cuts merged', 'a b\nc', [[1, 2]], [[2, 3]], [[1, 2], [3, 4]]],
  ])('%s', (_name, text, first, second, want) => {
    const { map } = joinWraps(text, first);
    expect(cutsThrough(first, map, second)).toEqual(want);
  });

  it('gives the text both steps give', () => {
    const text = '问 题 一\n二三 四 五\n六';
    const first = findLetterSpacing(text);
    const once = joinWraps(text, first);
    const second: Span[] = [];
    for (let i = once.joined.indexOf('\n'); i >= 0; i = once.joined.indexOf('\n', i + 1)) second.push([i, i + 1]);
    const both = joinWraps(text, cutsThrough(first, once.map, second)).joined;
    expect(both).toBe(joinWraps(once.joined, second).joined);
  });
});

describe('a letter-spaced transcript', () => {
  const TEXT = [
    '青 川 市 人 大 常 委 会 专 题 询 问 实 录',
    '2023年10月12日，青川市人大常委会举行会议，对全市城乡供水工作开展专题询问。',
    '问 题 一 ：',
    '市 人 大 常 委 会 委 员 　 祁 远 航 ： 城区管网漏损率是多少？请问市水务局。',
    '市 水 务 局 局 长 　 卜 思 琪 ： 漏损率已降到 9 . 6 %，今年改造 管 网 4 6 公 里。',
    '问 题 二 ：',
    '常 委 会 委 员　龙嘉欣：农村水厂运行怎么样？请问市财政局。',
    '市 财 政 局 副 局 长　欧阳明：今年安排 1 2 0 0 万元补助资金。',
  ].join('\n');
  const record = parse(TEXT);
  const person = (id: string) => record.people.find((p) => p.id === id)!;

  it('finds each spaced header', () => {
    expect(record.questions.map((q) => q.label)).toEqual(['问题一', '问题二']);
  });

  it.each([
    [0, '祁远航', '市人大常委会委员', '卜思琪', '市水务局局长'],
    [1, '龙嘉欣', '常委会委员', '欧阳明', '市财政局副局长'],
  ])('question %i: asker and responder named and titled without spaces', (i, asker, askerTitle, responder, responderTitle) => {
    const q = record.questions[i];
    expect(q.askers.map((id) => person(id).name)).toEqual([asker]);
    expect(person(q.askers[0]).titles).toContain(askerTitle);
    expect(q.responders.map((id) => person(id).name)).toEqual([responder]);
    expect(person(q.responders[0]).titles).toContain(responderTitle);
  });

  it('reads spaced figures, their text as written', () => {
    const figures = record.questions.flatMap((q) => q.quantities).map((f) => [f.text, f.value, f.unit]);
    expect(figures).toEqual([['9 . 6 %', 9.6, '%'], ['4 6 公 里', 46, '公里'], ['1 2 0 0 万元', 12000000, '元']]);
  });

  it('keeps every span on the text as written', () => {
    for (const q of record.questions) {
      expect(TEXT.slice(q.span[0], q.span[1])).toBe(q.text);
      for (const t of q.turns) expect(TEXT.slice(t.span[0], t.span[1])).toBe(t.text);
      for (const f of q.quantities) expect(TEXT.slice(f.span[0], f.span[1])).toBe(f.text);
    }
    expect(record.warnings.map((w) => w.code)).not.toContain('unrecognized-layout');
  });
});
