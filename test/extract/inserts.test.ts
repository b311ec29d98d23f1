import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { insertLines, isInsertLine } from '../../src/extract/inserts.js';

describe('[inserts] lines set into the words, not said', () => {
  it.each([
    ['a Markdown row', '| 指标 | 2023年 | 增幅 |'],
    ['a Markdown rule', '|---|:---:|---|'],
    ['a TAB-separated row', '集中供水工程(处)\t142\t157'],
    ['a caption with a full-width space', '表1　2023年全县饮水安全主要指标'],
    ['a caption with a colon', '附表2：各乡镇幸福院建设进度'],
    ['a figure’s caption', '图3 近五年河道水质变化'],
    ['a cross-reference paragraph', '（见表1）'],
    ['a cross-reference with 详见 and a stop', '（详见附表2）。'],
    ['a photo caption after an arrow', '▲图为县水务局局长钮春生回答询问'],
    ['a photo caption in brackets', '（图为专题询问现场）'],
  ])('%s', (_label, line) => {
    expect(isInsertLine(normalize(line))).toBe(true);
  });
  it.each([
    ['a sentence citing a table', '表1显示，全县饮水安全水平稳步提升。'],
    ['a caption-like start closing a sentence', '表1 列出了主要指标。'],
    ['a label and its words set apart by a TAB', '县水利局局长\t蒲海川：下一步，我们将新建蓄水池42座，实施管网延伸工程，确保群众喝上放心水。'],
    ['TAB-separated clauses of a sentence', '一是新建蓄水池;\t二是实施管网延伸'],
    ['a list item', '（四）加强执法监管，全年查处案件3417件。'],
    ['a sentence on a map', '图上标出的12个点位都已整改。'],
    ['a reference inside a sentence', '主要指标有所改善（见表1），但仍有差距。'],
  ])('%s: no insert', (_label, line) => {
    expect(isInsertLine(normalize(line))).toBe(false);
  });
});

describe('[inserts] the rows under a caption, cells apart by spaces, up to a blank line', () => {
  it.each<[string, string, string[]]>([
    ['caption and spaced rows', '（三）强化联防联控。\n\n表1　主要指标\n指标　2023年　同比\n优良天数　312天　增加9天\n\n（四）加强执法。',
      ['表1　主要指标', '指标　2023年　同比', '优良天数　312天　增加9天']],
    ['a list item right under a caption is no row', '表1　主要指标\n（四）加强执法监管，查处案件3417件。', ['表1　主要指标']],
    ['spaced words with no caption above are no rows', '（三）强化联防联控。\n指标　2023年　同比', []],
  ])('%s', (_label, text, expected) => {
    const view = normalize(text);
    expect(insertLines(view, 0, view.length).map(([a, b]) => text.slice(a, b))).toEqual(expected);
  });
});

describe('[inserts] a range opening inside a line', () => {
  it('the words of a Q&A table’s 答复 cell are no insert', () => {
    const text = '王某\t如何治理\t市某局\t一是加强监管\t二是严格执法';
    const view = normalize(text);
    expect(insertLines(view, text.indexOf('一是'), view.length)).toEqual([]);
  });
  it('the lines after it are read', () => {
    const text = '局长答：一是加强监管。\n表1 主要指标\n指标\t2024年';
    const view = normalize(text);
    expect(insertLines(view, 4, view.length).map(([a, b]) => text.slice(a, b))).toEqual(['表1 主要指标', '指标\t2024年']);
  });
});

// t61 p05, vE1–vE3: a live transcript's stage note inside an answer is set into it, not said (structure/stage-notes.ts).
describe('[inserts] stage notes', () => {
  it.each([
    ['applause', '（掌声）'],
    ['a clip on the screen again', '[视频画面再次出现]'],
    ['the clock', '【时间到】'],
  ])('%s', (_label, line) => {
    expect(isInsertLine(normalize(line))).toBe(true);
  });
  it.each([
    ['a sentence naming applause', '会场响起热烈的掌声。'],
    ['a subhead of a news report', '【暗访视频揭示的问题如何解决？】'],
  ])('not: %s', (_label, line) => {
    expect(isInsertLine(normalize(line))).toBe(false);
  });
});
