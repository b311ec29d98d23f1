import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { readBlocks } from '../../src/extract/enumeration.js';
import { resumedLists } from '../../src/extract/resumed-lists.js';

/** The markers and item texts of the lists of one stretch that open past their first item. */
function resumed(text: string): string[][] {
  const view = normalize(text);
  const quoted = quoteMask(view);
  const taken = readBlocks(view, 0, view.length, undefined, quoted);
  return resumedLists(view, quoted, [0, view.length], taken).map((b) => b.items.map((it) => `${text.slice(it.marker!.span[0], it.marker!.span[1])} ${text.slice(it.start, it.end)}`));
}

describe('[resumed-lists] the next markers of a list left open before an interruption', () => {
  it.each<[string, string, string[][]]>([
    ['三是 after an answer to the follow-up', '主要是发放入职补贴，每人一次性补贴2万元。三是完善保障制度，年底前出台办法。', [['三是 完善保障制度，年底前出台办法']]],
    ['三是 and 四是', '好的。三是建设泵闸；四是完善预警。', [['三是 建设泵闸', '四是 完善预警']]],
    ['（三）', '这个问题我补充一点。（三）强化督查，每月通报一次。', [['（三） 强化督查，每月通报一次']]],
    ['第三', '我接着说，第三，建立长效机制。', [['第三 建立长效机制']]],
    ['第三 as the object of 接着说', '每年都要申报。我接着说第三，推行计量收费；第四，引入专业公司运维。', [['第三 推行计量收费', '第四 引入专业公司运维']]],
    ['第三点 after 再说', '这笔钱按年度下达。再说第三点，推行计量收费。', [['第三点 推行计量收费']]],
    ['第三 after 下面讲', '好的，下面讲第三，完善考核办法。', [['第三 完善考核办法']]],
    ['③ after an aside: circled numbers carry theirs', '每座年均运维费用约80万元。接着汇报第三件事。\n③应急能力。组建抢险队伍62支。', [['③ 应急能力。组建抢险队伍62支']]],
    ['⑶ after an aside', '好的。\n⑶加强督查，每月通报。', [['⑶ 加强督查，每月通报']]],
    // A lone item opening its line runs over its paragraph; one inside its line ends at its sentence.
    ['③ alone opening its line: its paragraph', '好的。\n③应急能力。组建队伍62支。配备泵车156台。\n谢谢。', [['③ 应急能力。组建队伍62支。配备泵车156台']]],
    ['三是 alone inside its line: its sentence', '好的。三是应急能力。组建队伍62支。', [['三是 应急能力']]],
  ])('%s', (_label, text, expected) => {
    expect(resumed(text)).toEqual(expected);
  });
  it.each<[string, string]>([
    ['a whole list', '一是疏浚河道；二是加固堤防；三是建设泵闸。'],
    ['一是…三是 with 二是 missing', '一是疏浚河道。今年完成12公里。三是建设泵闸。'],
    ['一是 alone', '我们一是要认真研究。'],
    ['第二天 and 第三方 are no markers', '第二天我们就请了第三方机构评估。'],
    ['a marker inside a clause', '这是其中的二是问题所在。'],
    ['①…③ with ② missing', '①疏浚河道。\n今年完成12公里。\n③建设泵闸。'],
    ['③ inside a clause', '详见附图③所示的位置。'],
  ])('%s: none', (_label, text) => {
    expect(resumed(text)).toEqual([]);
  });
});
