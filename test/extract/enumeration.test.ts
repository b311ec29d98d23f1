import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { readBlocks, trimmed } from '../../src/extract/enumeration.js';

/** The item texts of the lists of one stretch, inner lists as [text, inner texts]. */
function lists(text: string): (string | [string, string[]])[][] {
  const view = normalize(text);
  return readBlocks(view, 0, view.length).map((b) =>
    b.items.map((it) => (it.items.length ? [text.slice(it.start, it.end), it.items.map((x) => text.slice(x.start, x.end))] : text.slice(it.start, it.end))),
  );
}

describe('[enumeration] items of a list', () => {
  it.each([
    ['semicolon items, the last one ends at its sentence', '一是健全机制;二是强化执法。感谢委员。', [['健全机制', '强化执法']]],
    ['multi-sentence items run to the end of the paragraph', '一是健全机制。每季度调度。二是强化执法。按月通报。\n下段。', [['健全机制。每季度调度', '强化执法。按月通报']]],
    ['a split quotation: the attribution is in no item', '“一是推动转型,”吴晓燕说,“二是开展照护。”', [['推动转型', '开展照护']]],
    ['the speech’s closing quote mark is in no item', '他说:“一是推动转型;二是开展照护”', [['推动转型', '开展照护']]],
    ['a list leaving its quotation: the reporter’s words after the closing mark are in no item', '局长表示:“一是疏浚河道;二是加固堤防。”他说,三是建设泵闸,年内完工。', [['疏浚河道', '加固堤防', '建设泵闸,年内完工']]],
    ['the same with a name after the closing mark', '她表示:“第一,摸清底数;第二,集中整治。”郑晓岚介绍,第三,建立长效机制。', [['摸清底数', '集中整治', '建立长效机制']]],
    ['a quoted term inside an item keeps its marks', '一是落实“河长制”,全年巡河;二是推进“清四乱”。', [['落实“河长制”,全年巡河', '推进“清四乱”']]],
    ['a quoted term at the end of an item keeps its marks', '一是落实“三项制度”;二是推进“放管服”', [['落实“三项制度”', '推进“放管服”']]],
    ['第一步 … 第三步', '分三步走:第一步,摸清底数;第二步,集中整治;第三步,巩固提升。', [['摸清底数', '集中整治', '巩固提升']]],
    ['an inner clause list announced by a colon', '一是以“两个聚焦”推动整治:聚焦源头,严控增量;聚焦存量,限期清零;二是强化考核。',
      [[['以“两个聚焦”推动整治:聚焦源头,严控增量;聚焦存量,限期清零', ['聚焦源头,严控增量', '聚焦存量,限期清零']], '强化考核']]],
    ['English punctuation: a full stop and a space end the last item', '一是新建蓄水池42座; 二是实施管网延伸; 三是建立送水机制. 今年还将投入850万元.', [['新建蓄水池42座', '实施管网延伸', '建立送水机制']]],
    ['a decimal point is no full stop', '一是投入3.5亿元; 二是完成12.6公里. 此外还有其他.', [['投入3.5亿元', '完成12.6公里']]],
    ['第一 continued by 其次 and 最后', '分三年整治:第一,今年整治1000亩;其次,引导合作社流转经营;最后,发展林果。', [['今年整治1000亩', '引导合作社流转经营', '发展林果']]],
    ['一是 二是 closed by 最后 in the same paragraph', '一是摸清底数。二是集中整治。最后,建立长效机制。\n下段。', [['摸清底数', '集中整治', '建立长效机制']]],
    ['其一 其二 then 再次 and 最后', '其一,摸底;其二,整治;再次,巩固;最后,考核。', [['摸底', '整治', '巩固', '考核']]],
    ['首先 其次 then the count goes on: 第三', '首先,推进疏干水利用。其次,严格用水定额。第三,实施水权转让。', [['推进疏干水利用', '严格用水定额', '实施水权转让']]],
    ['首先 其次 then 三是 四是', '首先,摸底;其次,整治;三是巩固;四是考核。', [['摸底', '整治', '巩固', '考核']]],
    ['首先 其次 第三 then 最后', '首先,摸底;其次,整治;第三,巩固;最后,考核。', [['摸底', '整治', '巩固', '考核']]],
    ['首先 其次 第三 第四 then 再次', '首先,摸底;其次,整治;第三,巩固;第四,考核;再次,通报。', [['摸底', '整治', '巩固', '考核', '通报']]],
    ['首先 其次 then a 第五 that skips a place is no item', '首先,摸底;其次,整治;第五,巩固。', [['摸底', '整治;第五,巩固']]],
    ['a lone 首先 is continued by no 第三', '首先,摸底;第三,整治;第四,巩固。', []],
    ['a paragraph opening with 在…方面 ends the item before it; the list goes on', '一是抓退出。清退黑杨。\n\n二是抓修复。修复湿地。\n\n在监管方面,我们也做了大量工作。\n\n三是抓机制。建立林长制。', [['抓退出。清退黑杨', '抓修复。修复湿地', '抓机制。建立林长制']]],
    ['a paragraph opening with 此外, ends the item before it', '一是抓退出。清退黑杨。\n此外,我们还开展了巡护。\n二是抓机制。建立林长制。', [['抓退出。清退黑杨', '抓机制。建立林长制']]],
    ['a paragraph opening with 同时 and no comma is the item’s', '一是抓退出。清退黑杨。\n同时开展巡护。\n二是抓机制。', [['抓退出。清退黑杨。\n同时开展巡护', '抓机制']]],
    ['在…方面 inside the item’s paragraph is the item’s', '一是抓退出,在执法方面,查处案件31起。\n二是抓机制。', [['抓退出,在执法方面,查处案件31起', '抓机制']]],
    ['一方面是 … 另一方面是: the items start after 是', '一方面是进展情况,已完成39台;另一方面是下一步打算,年内完成。', [['进展情况,已完成39台', '下一步打算,年内完成']]],
    ['其次 after a second item is no item of it', '第一,摸底;第二,整治;其次,还有别的事。', [['摸底', '整治;其次,还有别的事']]],
    ['one item per line, the last line opened by 最后', '第一,摸清底数\n第二,集中整治\n最后,建立长效机制', [['摸清底数', '集中整治', '建立长效机制']]],
    // A 最后 that addresses the listeners closes the speech, not the list.
    ['一是 二是 三是, then 最后 asking the members to rest assured', '一是疏浚河道;二是加固堤防;三是建设泵闸。最后,请各位委员放心,我们一定按期完成。', [['疏浚河道', '加固堤防', '建设泵闸']]],
    ['第一 第二, then 最后 thanking', '第一,建立台账;第二,落实专班。最后,再次感谢各位代表的关心。', [['建立台账', '落实专班']]],
    ['其一 其二, then 最后 我表个态', '其一,摸底;其二,整治。最后,我表个态,一定抓好落实。', [['摸底', '整治']]],
    ['一是 二是, then 最后 asking for supervision', '一是摸底;二是整治。最后,请常委会和各位委员继续监督。', [['摸底', '整治']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });

  it.each([
    ['a lone 一是', '问题很多,一是要认真对待。'],
    ['a lone 第一 with a 最后 paragraphs later', '第一,我们摸清了底数。\n今年还做了很多工作。\n最后,我表个态。'],
    ['markers out of order', '二是强化执法;一是健全机制。'],
    ['a quoted slogan', '提出“一是抓落实,二是促整改”的口号。'],
  ])('no list: %s', (_label, text) => {
    expect(lists(text)).toEqual([]);
  });
});

describe('[enumeration] inner lists written inline inside an item', () => {
  it.each([
    ['1. 2. 3. after 包括', '一是推行一网通办,包括1.压缩环节;2.压缩时间;3.减少材料。二是扩大简易注销。',
      [[['推行一网通办,包括1.压缩环节;2.压缩时间;3.减少材料', ['压缩环节', '压缩时间', '减少材料']], '扩大简易注销']]],
    ['(一) (二) after 重点是', '一是深化审批改革,重点是（一）合并环节;（二）限时办结。二是推行告知承诺。',
      [[['深化审批改革,重点是（一）合并环节;（二）限时办结', ['合并环节', '限时办结']], '推行告知承诺']]],
    ['(1) (2) after 主要是', '一是整治河道,主要是(1)清淤疏浚;(2)修复岸线。二是管护水源。',
      [[['整治河道,主要是(1)清淤疏浚;(2)修复岸线', ['清淤疏浚', '修复岸线']], '管护水源']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });
});

describe('[enumeration] trimmed: joiners, closing punctuation, attributions and stray quote marks', () => {
  it.each([
    ['joiners and closing punctuation', ',健全机制;', '健全机制'],
    ['an attribution between two quoted items', '推动转型,”吴晓燕说,“', '推动转型'],
    ['a closing mark opened before the item', '开展照护。”', '开展照护'],
    ['a closing mark opened in the item stays', '落实“三项制度”', '落实“三项制度”'],
    ['「」 quotes', '開展照護。」', '開展照護'],
    ['a footnote mark closing the item (t44)', '年内培训3000人³；', '年内培训3000人'],
    ['a circled footnote mark closing the item', '划定保护区19个②；', '划定保护区19个'],
    ['a circled list marker after a stop stays out of nothing', '健全机制；②', '健全机制；②'],
  ])('%s', (_label, text, expected) => {
    const view = normalize(text);
    const it = trimmed(view, null, 0, view.length);
    expect(text.slice(it.start, it.end)).toBe(expected);
  });
});

describe('[enumeration] the last item keeps the field lines its siblings carry', () => {
  it.each([
    ['责任单位 and 完成时限 lines', '梳理出3项任务:\n1.改造老旧管网。\n责任单位:市水务局\n完成时限:年底前\n2.新建泵站。\n责任单位:市城投公司\n完成时限:6月底前\n3.清淤河道。\n责任单位:各镇街\n完成时限:汛期前',
      [['改造老旧管网。\n责任单位:市水务局\n完成时限:年底前', '新建泵站。\n责任单位:市城投公司\n完成时限:6月底前', '清淤河道。\n责任单位:各镇街\n完成时限:汛期前']]],
    ['牵头单位 lines only', '任务:\n1.建档立卡\n牵头单位:区民政局\n2.上门走访\n牵头单位:各街道',
      [['建档立卡\n牵头单位:区民政局', '上门走访\n牵头单位:各街道']]],
    ['a line of another key ends the list', '任务:\n1.建档立卡。\n牵头单位:区民政局\n2.上门走访。\n牵头单位:各街道\n备注:以上任务按月调度',
      [['建档立卡。\n牵头单位:区民政局', '上门走访。\n牵头单位:各街道']]],
    ['no field lines in the earlier items: the last item ends at its line', '任务:\n1.建档立卡。\n2.上门走访。\n牵头单位:各街道',
      [['建档立卡', '上门走访']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });
});

describe('[enumeration] the last of a list of headings owns the paragraphs under it, as the earlier ones do', () => {
  it.each([
    ['a heading then a plain paragraph', '(一)规范检查。\n1.推行扫码入企;\n2.实行综合查一次。\n(二)推进包容审慎监管。\n全市发布免罚清单11批次。\n今年减免罚款约1200万元。',
      [[['规范检查。\n1.推行扫码入企;\n2.实行综合查一次', ['推行扫码入企', '实行综合查一次']], '推进包容审慎监管。\n全市发布免罚清单11批次。\n今年减免罚款约1200万元']]],
    ['headings over paragraphs, no inner list', '一、健全机制。\n每季度调度一次。\n二、强化执法。\n全年立案56件。',
      [['健全机制。\n每季度调度一次', '强化执法。\n全年立案56件']]],
    ['a wrap-up paragraph after the last body is no part of it', '(一)规范检查。\n推行扫码入企。\n(二)推进包容审慎监管。\n发布免罚清单11批次。\n以上是我的汇报。',
      [['规范检查。\n推行扫码入企', '推进包容审慎监管。\n发布免罚清单11批次']]],
    // Near-misses: headings without bodies, and a last item that is a whole sentence of its line, keep their line.
    ['headings without bodies: the last one ends at its line', '(一)规范检查。\n(二)强化执法。\n(三)推进包容审慎监管。\n下一段说别的事。',
      [['规范检查', '强化执法', '推进包容审慎监管']]],
    ['a last item of two sentences on its line is no heading', '(一)规范检查。\n推行扫码入企。\n(二)推进包容审慎监管。发布清单11批次。\n另一段。',
      [['规范检查。\n推行扫码入企', '推进包容审慎监管。发布清单11批次']]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });
});

// t61 p06 / vJ1, vJ2: the inner list a colon announces under the last item.
describe('[enumeration] the last item keeps the whole inner list its colon announces', () => {
  it.each([
    ['包括：(1)(2) under the last of 第一/第二', '第一，在工程上下功夫。具体包括：\n（1）清淤42公里；\n（2）建设拦沙坝。\n\n第二，在管理上下功夫。包括：\n（1）推行河长制；\n（2）开展考核。',
      [[['在工程上下功夫。具体包括：\n（1）清淤42公里；\n（2）建设拦沙坝', ['清淤42公里', '建设拦沙坝']], ['在管理上下功夫。包括：\n（1）推行河长制；\n（2）开展考核', ['推行河长制', '开展考核']]]]],
    ['①② under the last of 一是/二是', '一是加快进度；\n二是完善机制，主要有：\n①建立台账；\n②按月调度。',
      [['加快进度', ['完善机制，主要有：\n①建立台账；\n②按月调度', ['建立台账', '按月调度']]]]],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });
  it.each([
    ['near-miss: no colon, the numbered lines after the last item are no part of it', '第一，清淤；\n第二，建坝。\n1.今年完成投资2亿元。\n2.明年完成验收。',
      ['清淤', '建坝']],
  ])('%s', (_label, text, expected) => {
    expect(lists(text)[0]).toEqual(expected);
  });
});
