/**
 * Letter-spaced lines of a PDF copy read without their spaces: "询 问 三 ：" → "询问三：", the full-width
 * space between a spaced title and a spaced name kept; no space cut in text that is not letter-spaced.
 * All examples invented (other names, cities, departments).
 */
import { describe, expect, it } from 'vitest';
import { findLetterSpacing } from '../../src/source/letter-spacing.js';
import { joinWraps } from '../../src/source/joined.js';

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
