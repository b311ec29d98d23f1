import { describe, expect, it } from 'vitest';
import { isReporterLine, reporterLines, tableCells } from '../../src/structure/reporter-voice.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';
import type { SpeechEvent } from '../../src/structure/speech.js';

describe('[reporter-voice] paragraphs in the reporter\'s voice', () => {
  it.each([
    '此外，委员们还就社区养老服务设施运营等提出意见建议。',
    // What the summary is about before the group (t53 #10)
    '围绕资金投入、耕地质量提升、项目验收等问题，常委会组成人员还询问了省发展改革委、省财政厅等部门，相关负责人逐一作了回答。',
    '针对农村供水保障问题，委员们还询问了市水利局，相关负责人作了回答。',
    '委员们还对学校周边交通安全给予关注。',
    '委员们就“一老一小”服务设施建设提出了意见。',
    '会上，与会人员纷纷就河长制落实建言献策。',
    '另外，部分委员围绕农村公路养护提出建议。',
    '常委会组成人员还结合调研情况提出了意见建议。',
    '据了解，今年全区累计投入资金1.6亿元。',
    '据悉，该项目将于年底前完工。',
    '记者从区住建局了解到，全区已改造老旧小区42个。',
    '记者了解到，全县共有留守儿童3100余名。',
    '会上还通报了上一次专题询问整改情况。',
    // Under the note mark of whoever wrote the report up (t71 #10: the mark had made the summary the last answer's words,
    // and the 表态 before it an answer)
    '（附）委员们还就助餐点无障碍改造、送餐上门服务等问题进行了询问。',
    '【补记】会上还通报了上一次专题询问整改情况。',
  ])('%s', (line) => {
    expect(isReporterLine(normalize(line))).toBe(true);
  });
  it.each([
    // An official going on: 此外 with 我们, thanks to the members, an answer's words.
    '此外，我们还将建立黑名单制度。',
    // An official's own words about an issue, then the members as object, not subject summed up
    '围绕资金投入问题，我们将向委员们书面报告。',
    '针对这个问题，委员们提出的意见很中肯，我们将认真研究。',
    '委员们提出的问题很有针对性，我们将认真研究。',
    '感谢委员们的关心。',
    '今年全区累计投入资金1.6亿元。',
    '区住建局局长邝建文表示，将加快进度。',
    '大家都知道，老旧小区改造难度很大。',
    '（附）我们还将建立黑名单制度。', // a mark before an official's own words
    '（一）委员们提出的问题很有针对性。', // a numbered heading, no note mark
  ])('%s is not', (line) => {
    expect(isReporterLine(normalize(line))).toBe(false);
  });
});

describe('[reporter-voice] table cells', () => {
  it.each<[string, number]>([
    ['指标\t2022年\t2023年', 3],
    ['投诉量（件）\t412\t365', 3],
    ['| 指标 | 2022年 | 2023年 |', 3],
    ['市人大常委会委员\t邝某：请问', 2],
    ['今年全区投入1.6亿元。', 0],
    ['\t缩进的段落', 0], // an indented paragraph, no row
  ])('%j → %i', (line, n) => {
    expect(tableCells(normalize(line))).toBe(n);
  });
});

describe('[reporter-voice] reporterLines', () => {
  const event = (text: string, word: string, role: SpeechEvent['role']): SpeechEvent => {
    const at = text.indexOf(word);
    return { mention: null, role, start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false };
  };
  it.each<[string, string[], string[]]>([
    // Reporter-led lines and the rows of a table; not the lines where someone speaks.
    ['冷某回答，将加快建设。\n此外，委员们还就资金绩效提出建议。\n指标\t2022年\t2023年\n投诉量\t412\t365\n据了解，区长某某表示，将统筹推进。', ['冷某', '区长某某'],
      ['此外，委员们还就资金绩效提出建议。', '指标\t2022年\t2023年', '投诉量\t412\t365']],
    // Two-cell rows count next to each other only; a table announced by its speaker is the speaker's.
    ['冷某回答：情况如下：\n指标\t2023年\n投诉量\t365\n委员\t邝某', ['冷某'], []],
    ['冷某回答，已办结。\n指标\t2023年\n投诉量\t365', ['冷某'], ['指标\t2023年', '投诉量\t365']],
    ['冷某回答，已办结。\n委员\t邝某', ['冷某'], []],
    // 据了解 after a label's turn may be the official going on; after reported speech it is the reporter's.
    ['冷某：将加快建设。\n据了解，周边县市都已出台补助办法。', ['冷某'], []],
    ['冷某回答，将加快建设。\n据了解，周边县市都已出台补助办法。', ['冷某'], ['据了解，周边县市都已出台补助办法。']],
    ['冷某回答：“将加快建设。”\n据了解，周边县市都已出台补助办法。', ['冷某'], ['据了解，周边县市都已出台补助办法。']],
    ['冷某：将加快建设。\n记者了解到，周边县市都已出台补助办法。', ['冷某'], ['记者了解到，周边县市都已出台补助办法。']],
    // A Q&A table's rows are the askers' and responders' turns.
    ['序号\t询问人\t询问内容\n1\t委员邝某\t资金缺口多大？', ['1\t委员'], ['序号\t询问人\t询问内容']],
  ])('%j', (text, speaking, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const events = speaking.map((w) => ({ ...event(text, w, 'responder'), kind: /^[^\n]{0,8}：/u.test(text.slice(text.indexOf(w))) ? 'label' as const : 'reported' as const }));
    expect(reporterLines(view, lines, events).map((l) => text.slice(l.content[0], l.content[1]))).toEqual(expected);
  });
});

describe('[reporter-voice] the speaker going on after the reporter\'s lines', () => {
  it.each<[string, string[]]>([
    ['蔺某回答，经费不足。\n据了解，全县有幸福院86个。\n他表示，将推行公建民营。', ['他表示，将推行公建民营。']],
    ['蔺某回答，经费不足。\n据了解，全县有幸福院86个。\n她还介绍说，明年再建10个。', ['她还介绍说，明年再建10个。']],
    // After a table of figures set into the words, the next paragraph no one else opens goes on.
    ['蔺某回答，经费不足。\n指标\t2023年\t2024年\n幸福院(个)\t74\t86\n下一步，将推行公建民营。', ['下一步，将推行公建民营。']],
    ['蔺某回答，经费不足。\n| 指标 | 2024年 |\n| 幸福院 | 86个 |\n（四）推行公建民营。', ['（四）推行公建民营。']],
    // Not after the official's own lines, nor a line that opens otherwise.
    ['蔺某回答，经费不足。\n他表示，将推行公建民营。', []],
    ['蔺某回答，经费不足。\n据了解，全县有幸福院86个。\n他们表示满意。', []],
  ])('%j', (text, expected) => {
    const view = normalize(text);
    const lines = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const at = text.indexOf('蔺某');
    const resumed: ReturnType<typeof splitLines> = [];
    reporterLines(view, lines, [{ mention: null, role: 'responder', start: at, anchor: at, wordsStart: null, kind: 'reported', followUp: false }], resumed);
    expect(resumed.map((l) => text.slice(l.content[0], l.content[1]))).toEqual(expected);
  });
});
