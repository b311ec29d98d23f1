import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { findLeadLists } from '../../src/extract/lead-lists.js';

/** The lead lists of `text` read as one responder's stretch: [count, announcement as written, item texts]. */
function leads(text: string): [number | null, string, string[]][] {
  const view = normalize(text);
  return findLeadLists(view, 0, view.length, quoteMask(view), () => 0)
    .map(({ block, announcement }) => [announcement.count, text.slice(...announcement.span), block.items.map((it) => text.slice(it.start, it.end))]);
}

describe('[lead-lists] headed lines after an announcement are the items of a list', () => {
  it.each([
    ['以下措施 and plain headings closed by 。', '对此，我们将采取以下措施。\n\n加快水源工程建设。今年开工水库6座。\n\n实施供水管网延伸。依托县城水厂延伸管网。\n\n完善应急供水机制。配备送水车辆35台。',
      [[null, '以下措施', ['加快水源工程建设。今年开工水库6座', '实施供水管网延伸。依托县城水厂延伸管网', '完善应急供水机制。配备送水车辆35台']]]],
    ['bold headings', '下一步，我们将重点做好以下工作。\n\n**推行“综合查一次”。**推行联合检查。\n\n**全面推广“无感监管”。**无事不扰。',
      [[null, '以下工作', ['推行“综合查一次”。**推行联合检查', '全面推广“无感监管”。**无事不扰']]]],
    ['a stated count, headings closed by a comma', '我们将采取以下三项措施。\n加强巡查，每月一次；\n完善台账，年底前建成；\n落实责任，纳入考核。',
      [[3, '三项措施', ['加强巡查，每月一次', '完善台账，年底前建成', '落实责任，纳入考核']]]],
    ['a count and a colon', '重点抓好两项工作：\n推进管网改造。年内完成80公里。\n强化水质检测。每季度公布。',
      [[2, '两项工作', ['推进管网改造。年内完成80公里', '强化水质检测。每季度公布']]]],
    ['a quoted count of a verb: segments opening with it', '我们重点抓好“三个强化”：\n强化智能监控，年底前全覆盖；\n强化专项整治，查处线索；\n强化队伍建设，争取编制。',
      [[3, '三个强化', ['强化智能监控，年底前全覆盖', '强化专项整治，查处线索', '强化队伍建设，争取编制']]]],
    ['the same segments on one line', '我们重点抓好“两个强化”：强化智能监控，年底前全覆盖；强化队伍建设，争取编制。',
      [[2, '两个强化', ['强化智能监控，年底前全覆盖', '强化队伍建设，争取编制']]]],
    ['the list ends at the first line without a heading', '采取以下措施。\n加快水源建设。开工水库6座。\n实施管网延伸。延伸管网。\n目前全州供水保障水平已有提升。',
      [[null, '以下措施', ['加快水源建设。开工水库6座', '实施管网延伸。延伸管网']]]],
  ])('%s', (_label, text, want) => {
    expect(leads(text)).toEqual(want);
  });

  it.each([
    ['no announcement before the headings', '谢谢委员。\n\n加快水源工程建设。今年开工水库6座。\n\n实施供水管网延伸。依托县城水厂。'],
    ['a single heading after the announcement', '我们将采取以下措施。\n\n加快水源工程建设。今年开工水库6座。\n\n目前各县正在推进。'],
    ['facts announced by 以下情况', '有关以下情况向委员报告。\n\n完善了台账。全市共排查隐患1200处。\n\n加强了巡查。每月一次。'],
    ['problems announced', '目前主要存在以下问题：\n\n建设资金不足。缺口约3亿元。\n\n管护机制不全。'],
    ['deeds done, 了 after the verb', '我们做了以下工作。\n\n加强了巡查。每月一次。\n\n完善了台账。年底建成。'],
    ['paragraphs that open with no measure verb', '我们将采取以下措施。\n\n今年开工水库6座。计划汛期前蓄水。\n\n县城水厂将向周边延伸管网。'],
    ['a quoted count whose segments open otherwise', '坚持“三个强化”：\n智能监控年底前全覆盖；\n专项整治查处线索；\n队伍建设争取编制。'],
    ['a long sentence, no heading', '我们将采取以下措施。\n\n加快推进全州范围内小型水库和引提水工程建设并同步完善配套管网。\n\n实施供水管网延伸。'],
  ])('not read: %s', (_label, text) => {
    expect(leads(text)).toEqual([]);
  });
});
