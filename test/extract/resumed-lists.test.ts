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
  ])('%s', (_label, text, expected) => {
    expect(resumed(text)).toEqual(expected);
  });
  it.each<[string, string]>([
    ['a whole list', '一是疏浚河道；二是加固堤防；三是建设泵闸。'],
    ['一是…三是 with 二是 missing', '一是疏浚河道。今年完成12公里。三是建设泵闸。'],
    ['一是 alone', '我们一是要认真研究。'],
    ['第二天 and 第三方 are no markers', '第二天我们就请了第三方机构评估。'],
    ['a marker inside a clause', '这是其中的二是问题所在。'],
  ])('%s: none', (_label, text) => {
    expect(resumed(text)).toEqual([]);
  });
});
