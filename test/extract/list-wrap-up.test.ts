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

describe('[list-wrap-up] a sentence framed on the inquiry itself ends the list, on the same line', () => {
  const LIST = '一是疏浚河道。清淤8公里。二是加固堤防。三是抓好试点示范，总结经验做法18条。';
  it.each([
    ['以此次专题询问为契机', '我们将以此次专题询问为契机，认真研究吸纳委员们的意见建议，切实把工作做实做细。'],
    ['通过今天的询问', '通过今天的询问，我们更加清楚了工作中的不足。'],
    ['这次专题询问 as subject', '这次专题询问对我们是一次很好的督促。'],
    ['研究吸纳委员们的意见', '我们将认真研究吸纳委员们的意见建议，抓好整改落实。'],
    ['对委员们提出的意见建议', '对委员们提出的意见建议，我们将逐条梳理。'],
    ['总之', '总之，我们将持续用力。'],
    ['下一步我们将', '下一步我们将加大督查力度。'],
  ])('%s', (_label, tail) => {
    expect(items(LIST + tail)).toEqual([['疏浚河道。清淤8公里', '加固堤防', '抓好试点示范，总结经验做法18条']]);
  });
  // Near-misses: the last item's own sentences, an occasion of the work (not of the inquiry), the members as a subject of the work.
  it.each([
    ['a detail sentence of its own', '新建泵站2座。年底前全部投用。', '抓好试点示范，总结经验做法18条。新建泵站2座。年底前全部投用'],
    ['以世界水日为契机: an occasion of the work', '以世界水日为契机，开展宣传活动20场。', '抓好试点示范，总结经验做法18条。以世界水日为契机，开展宣传活动20场'],
    ['我们将 alone: the item\'s deed', '我们将在全市推广。', '抓好试点示范，总结经验做法18条。我们将在全市推广'],
    ['members invited to the work', '邀请委员们视察试点12次。', '抓好试点示范，总结经验做法18条。邀请委员们视察试点12次'],
  ])('%s', (_label, tail, last) => {
    expect(items(LIST + tail)[0][2]).toBe(last);
  });
});

describe('[list-wrap-up] a pair closed by 另一方面 has no third side: a 同时/此外 clause after it is the answer’s text after the list', () => {
  it.each([
    ['；同时，', '一方面，对12处闲置校舍公开招租；另一方面，将8处划转给街道；同时，其余6处年内拍卖。', ['对12处闲置校舍公开招租', '将8处划转给街道']],
    ['；此外，', '一方面，扩大夜市摊位；另一方面，延长公交班次；此外，增设停车泊位。', ['扩大夜市摊位', '延长公交班次']],
    ['；另外，', '一方面，补助困难家庭；另一方面，奖励先进社区；另外，表彰志愿者。', ['补助困难家庭', '奖励先进社区']],
    ['；与此同时，', '一方面，清理河道垃圾；另一方面，拆除违建码头；与此同时，补种护岸林。', ['清理河道垃圾', '拆除违建码头']],
    ['the same with 。 (separate sentences)', '一方面，对12处闲置校舍公开招租。另一方面，将8处划转给街道。同时，其余6处年内拍卖。', ['对12处闲置校舍公开招租', '将8处划转给街道']],
    ['另一个是 closes its pair the same way', '一个是扩大夜市摊位；另一个是延长公交班次；同时，增设停车泊位。', ['扩大夜市摊位', '延长公交班次']],
    ['同时 inside the side, after a comma, stays in it', '一方面，扩大夜市摊位；另一方面，延长公交班次，同时加密站点。', ['扩大夜市摊位', '延长公交班次，同时加密站点']],
    ['再一方面 is a third side', '一方面，扩大夜市摊位；另一方面，延长公交班次；再一方面，增设停车泊位。', ['扩大夜市摊位', '延长公交班次', '增设停车泊位']],
  ])('%s', (_label, text, want) => {
    expect(items(text)).toEqual([want]);
  });

  it('an open list (一是 二是) keeps a 同时 clause after a ; in its last item', () => {
    expect(items('一是扩大夜市摊位；二是延长公交班次；同时，加密站点。')).toEqual([['扩大夜市摊位', '延长公交班次；同时，加密站点']]);
  });
});

describe('[list-wrap-up] … unless the announcement counts it in: the connective then opens the next side', () => {
  /** The item texts and markers of the lists of one stretch whose lists are announced with `count` items. */
  function counted(text: string, count: number): string[][] {
    const view = normalize(text);
    return readBlocks(view, 0, view.length, (p) => p, quoteMask(view), () => count).map((b) => b.items.map((it) => `${it.marker?.text}:${text.slice(it.start, it.end)}`));
  }
  it.each([
    ['三个方面, ；此外，', '一方面，扩大夜市摊位；另一方面，延长公交班次；此外，增设停车泊位。', 3, ['一方面:扩大夜市摊位', '另一方面:延长公交班次', '此外:增设停车泊位']],
    ['三个方面, 。同时，', '一方面，扩大夜市摊位。另一方面，延长公交班次。同时，增设停车泊位。', 3, ['一方面:扩大夜市摊位', '另一方面:延长公交班次', '同时:增设停车泊位']],
    ['两个方面: the clause stays outside', '一方面，扩大夜市摊位；另一方面，延长公交班次；此外，增设停车泊位。', 2, ['一方面:扩大夜市摊位', '另一方面:延长公交班次']],
  ])('%s', (_label, text, count, want) => {
    expect(counted(text, count)).toEqual([want]);
  });
});

describe('[list-wrap-up] items each opening a paragraph: a paragraph that sums up or gives a source ends the item before it', () => {
  it.each([
    ['据统计 (a source)', '一是拓宽就业渠道。新增岗位3200个。\n\n二是强化创业扶持。带动就业4300人。\n\n据统计，截至10月底，全市城镇新增就业4.85万人。\n\n三是优化就业服务。举办招聘会156场。',
      ['拓宽就业渠道。新增岗位3200个', '强化创业扶持。带动就业4300人', '优化就业服务。举办招聘会156场']],
    ['以上工作 (a sum)', '一是做强医共体。下沉医师320名。\n\n二是提升基层能力。新建卫生室150个。\n\n以上工作，需要投入资金约4.6亿元。\n\n三是完善医保政策。',
      ['做强医共体。下沉医师320名', '提升基层能力。新建卫生室150个', '完善医保政策']],
    ['总的来看 on the next line (no blank line)', '一是治水。清淤8公里。\n二是治气。淘汰锅炉12台。\n总的来看，环境质量持续改善。\n三是治土。',
      ['治水。清淤8公里', '治气。淘汰锅炉12台', '治土']],
    ['截至 (a date of the figures)', '一是治水。清淤8公里。\n二是治气。淘汰锅炉12台。\n截至目前，空气优良率91%。\n三是治土。',
      ['治水。清淤8公里', '治气。淘汰锅炉12台', '治土']],
  ])('%s', (_label, text, expected) => {
    expect(items(text)).toEqual([expected]);
  });

  it.each([
    // Near-misses: the paragraph stays the item's.
    ['a paragraph of detail (no summing phrase) stays the item’s', '一是治水。清淤8公里。\n二是治气。淘汰锅炉12台。\n全市空气优良率91%。\n三是治土。',
      ['治水。清淤8公里', '治气。淘汰锅炉12台。\n全市空气优良率91%', '治土']],
    ['a heading alone on its line owns the 据统计 paragraph under it (its body)', '一是治水。\n清淤8公里。\n二是治气。\n据统计，淘汰锅炉12台。\n三是治土。',
      ['治水。\n清淤8公里', '治气。\n据统计，淘汰锅炉12台', '治土']],
    ['markers inside their lines: no paragraph rule', '我们一是治水，清淤8公里。二是治气，淘汰锅炉12台。\n据统计，空气优良率91%。三是治土。',
      ['治水，清淤8公里', '治气，淘汰锅炉12台。\n据统计，空气优良率91%', '治土']],
  ])('%s', (_label, text, expected) => {
    expect(items(text)).toEqual([expected]);
  });
});
