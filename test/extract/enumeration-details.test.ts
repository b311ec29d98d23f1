// Details of one item given after its list (src/extract/enumeration-details.ts), read through readBlocks as the measures read them.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { readBlocks } from '../../src/extract/enumeration.js';

/** The item texts of the lists of one stretch, inner lists as [text, inner texts]. */
function lists(text: string): (string | [string, string[]])[][] {
  const view = normalize(text);
  return readBlocks(view, 0, view.length).map((b) =>
    b.items.map((it) => (it.items.length ? [text.slice(it.start, it.end), it.items.map((x) => text.slice(x.start, x.end))] : text.slice(it.start, it.end))),
  );
}

describe('[enumeration-details] a list after 其中 + the item it details is that item\'s inner list', () => {
  it.each([
    ['named by words of its text, 方面', '下一步,一是扩面积,二是提品质,三是降成本。其中提品质方面:首先选育良种,然后推广绿色防控,最后加强检测。',
      [['扩面积', ['提品质', ['选育良种', '推广绿色防控', '加强检测']], '降成本']]],
    ['named by its place, 第一项', '我们将做好三件事:一是疏浚河道;二是加固堤防;三是建设泵闸。其中第一项,一方面争取省级资金,另一方面发行专项债券。',
      [[['疏浚河道', ['争取省级资金', '发行专项债券']], '加固堤防', '建设泵闸']]],
    ['named by its place, 第二条 (full-width punctuation)', '第一，建立台账；第二，落实专班。其中第二条：一是明确牵头领导；二是每周调度。',
      [['建立台账', ['落实专班', ['明确牵头领导', '每周调度']]]]],
    ['named by words of its text, 上', '一是强监管,二是优服务。其中优服务上,首先推行一网通办,其次压缩办理时限。',
      [['强监管', ['优服务', ['推行一网通办', '压缩办理时限']]]]],
    // A count phrase after the reference (又包括两点, 具体有两条, 分两块) announces the inner list, no new top-level one.
    ['第二方面 + 又包括两点', '我们将抓好三方面工作：一是清理欠薪；二是规范用工；三是强化执法。其中，第二方面又包括两点：其一，推行电子合同；其二，建立用工台账。',
      [['清理欠薪', ['规范用工', ['推行电子合同', '建立用工台账']], '强化执法']]],
    ['第二项 + 又包括两点', '我们将抓好三项工作：一是清理欠薪；二是规范用工；三是强化执法。其中，第二项又包括两点：其一，推行电子合同；其二，建立用工台账。',
      [['清理欠薪', ['规范用工', ['推行电子合同', '建立用工台账']], '强化执法']]],
    ['the item\'s own words + 又包括两点', '一是清理欠薪；二是规范用工；三是强化执法。其中，规范用工又包括两点：其一，推行电子合同；其二，建立用工台账。',
      [['清理欠薪', ['规范用工', ['推行电子合同', '建立用工台账']], '强化执法']]],
    ['关于第二点, 具体有两条', '一是清理欠薪；二是规范用工；三是强化执法。关于第二点，具体有两条：其一，推行电子合同；其二，建立用工台账。',
      [['清理欠薪', ['规范用工', ['推行电子合同', '建立用工台账']], '强化执法']]],
    ['第三个方面 + 分两块', '第一，疏浚河道；第二，加固堤防；第三，建设泵闸。其中第三个方面分两块：一是城区泵站，二是乡镇闸门。',
      [['疏浚河道', '加固堤防', ['建设泵闸', ['城区泵站', '乡镇闸门']]]]],
    ['the inner list of the same family (一是 … 一是)', '一是清理欠薪；二是规范用工。其中，第一项又包括两点：一是建立工资专户，二是推行实名制。',
      [[['清理欠薪', ['建立工资专户', '推行实名制']], '规范用工']]],
    ['关于 + the item\'s words', '一是扩面积，二是提品质。关于提品质，一方面选育良种，另一方面推广绿色防控。',
      [['扩面积', ['提品质', ['选育良种', '推广绿色防控']]]]],
  ])('%s', (_label, text, expected) => expect(lists(text)).toEqual(expected));

  it.each([
    ['no 其中: two lists', '一是扩面积,二是提品质。首先选育良种,然后推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['the words name two items', '一是提品质,二是提品质效益。其中提品质方面:首先选育良种,然后推广绿色防控。', [['提品质', '提品质效益'], ['选育良种', '推广绿色防控']]],
    ['the words name no item', '一是扩面积,二是提品质。其中降成本方面:首先选育良种,然后推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['a place past the last item', '一是扩面积;二是提品质。其中第三项,一方面选育良种,另一方面推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['another paragraph', '一是扩面积;二是提品质。\n其中第一项,一方面选育良种,另一方面推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['a count phrase with more words after it', '一是扩面积;二是提品质。其中第二项又包括两点,今年已完成八成:首先选育良种,然后推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['关于 + words of no item', '一是扩面积;二是提品质。关于资金保障,具体有两条:首先争取省级补助,然后发行专项债券。', [['扩面积', '提品质'], ['争取省级补助', '发行专项债券']]],
    ['more words between the reference and the list', '一是扩面积;二是提品质。其中第一项,今年已完成八成,下一步,一方面选育良种,另一方面推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
  ])('no details: %s', (_label, text, expected) => expect(lists(text)).toEqual(expected));
});

describe('[enumeration-details] a sub-list right after the LAST item (其中…: in its paragraph) nests under it', () => {
  it.each([
    ['其中 + the item\'s words + 方面, the sub-list on the next lines', '我们着力抓好三个全覆盖。一是明厨亮灶全覆盖；二是校长陪餐全覆盖；三是食材溯源全覆盖。其中食材溯源方面：\n（1）建立统一配送平台；\n（2）抽检食材样品1860批次；\n（3）实行黑名单管理。',
      [['明厨亮灶全覆盖', '校长陪餐全覆盖', ['食材溯源全覆盖', ['建立统一配送平台', '抽检食材样品1860批次', '实行黑名单管理']]]]],
    ['a bare 其中: on the same line', '一是明厨亮灶全覆盖；二是校长陪餐全覆盖；三是食材溯源全覆盖。其中：（1）建立统一配送平台；（2）抽检食材样品；（3）实行黑名单管理。',
      [['明厨亮灶全覆盖', '校长陪餐全覆盖', ['食材溯源全覆盖', ['建立统一配送平台', '抽检食材样品', '实行黑名单管理']]]]],
    ['a bare 其中, before a pair', '一是扩面积；二是提品质。其中，一方面选育良种，另一方面推广绿色防控。',
      [['扩面积', ['提品质', ['选育良种', '推广绿色防控']]]]],
    ['其中第二项: + a line break (a place, the last item)', '一是扩面积；二是提品质。其中第二项：\n1.选育良种；\n2.推广绿色防控。',
      [['扩面积', ['提品质', ['选育良种', '推广绿色防控']]]]],
  ])('%s', (_label, text, expected) => expect(lists(text)).toEqual(expected));

  it.each([
    ['其中 opening another paragraph', '一是扩面积；二是提品质。\n其中：（1）选育良种；（2）推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['a blank line after the colon (another paragraph)', '一是扩面积；二是提品质。其中提品质方面：\n\n（1）选育良种；（2）推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['a bare 关于: (about nothing named)', '一是扩面积；二是提品质。关于：（1）选育良种；（2）推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
    ['a line break after a comma', '一是扩面积；二是提品质。其中提品质方面，\n（1）选育良种；（2）推广绿色防控。', [['扩面积', '提品质'], ['选育良种', '推广绿色防控']]],
  ])('no details: %s', (_label, text, expected) => expect(lists(text)).toEqual(expected));
});
