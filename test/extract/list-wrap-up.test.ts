import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { wrapUpStart } from '../../src/extract/list-wrap-up.js';
import { readBlocks } from '../../src/extract/enumeration.js';

/** The text of [start, wrapUpStart) of the whole text. */
function kept(text: string): string {
  const view = normalize(text);
  return text.slice(0, wrapUpStart(view, quoteMask(view), 0, view.length));
}

/** The item texts of the lists of one stretch. */
function items(text: string): string[][] {
  const view = normalize(text);
  return readBlocks(view, 0, view.length).map((b) => b.items.map((it) => text.slice(it.start, it.end)));
}

describe('[list-wrap-up] the sentence that wraps the speech up is not the last item’s', () => {
  it.each([
    ['thanks', '健全河长制度。谢谢！', '健全河长制度。'],
    ['thanks again', '健全河长制度。再次感谢各位委员。', '健全河长制度。'],
    ['以上…', '健全河长制度。以上是我的汇报。', '健全河长制度。'],
    ['通过这些措施', '健全河长制度。通过这些措施，力争年底完成。', '健全河长制度。'],
    ['通过以上措施', '健全河长制度。通过以上措施，水质稳步提升。', '健全河长制度。'],
    ['总的来看', '健全河长制度。总的来看，任务依然艰巨。', '健全河长制度。'],
    ['同时', '健全河长制度。同时，我们也看到了差距。', '健全河长制度。'],
    ['此外', '健全河长制度。此外，还将开展专项督查。', '健全河长制度。'],
    ['下一步', '健全河长制度。下一步，我们将加大督查力度。', '健全河长制度。'],
    ['这N项措施', '健全河长制度。这四项措施已列入年度计划。', '健全河长制度。'],
    ['我们相信', '健全河长制度。我们相信，目标一定能够实现。', '健全河长制度。'],
    ['a detail sentence is kept, the wrap-up after it is not', '健全河长制度。全年巡河3200次。谢谢。', '健全河长制度。全年巡河3200次。'],
    ['a detail sentence only: all kept', '健全河长制度。全年巡河3200次。', '健全河长制度。全年巡河3200次。'],
    ['the item’s own first sentence is never cut', '同时推进河道清淤。全年清淤12公里。', '同时推进河道清淤。全年清淤12公里。'],
  ])('%s', (_label, text, expected) => {
    expect(kept(text)).toBe(expected);
  });
});

describe('[list-wrap-up] items of several sentences: the last one ends before the wrap-up', () => {
  it.each([
    ['thanks', '一是疏浚河道。清淤8公里。二是加固堤防。完成3段。三是建设泵闸。谢谢！', ['疏浚河道。清淤8公里', '加固堤防。完成3段', '建设泵闸']],
    ['通过这些措施', '一是疏浚河道。清淤8公里。二是加固堤防。三是建设泵闸。通过这些措施，汛期安全有保障。', ['疏浚河道。清淤8公里', '加固堤防', '建设泵闸']],
    ['这三项措施', '第一，疏浚河道。清淤8公里。第二，加固堤防。第三，建设泵闸。新建泵站2座。这三项措施已写入计划。', ['疏浚河道。清淤8公里', '加固堤防', '建设泵闸。新建泵站2座']],
  ])('%s', (_label, text, expected) => {
    expect(items(text)).toEqual([expected]);
  });
});
