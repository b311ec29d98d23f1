import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { ratioAt } from '../../src/extract/ratios.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

/** The figures read from `text`, as "text=value unit kind ‹indicator›". */
function figures(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] }).map((q) => {
    expect(text.slice(q.span[0], q.span[1])).toBe(q.text);
    return `${q.text}=${q.value} ${q.unit} ${q.kind} ‹${q.indicator}›`;
  });
}

describe('[ratios] a:b is kind other, unit 比, value a ÷ b', () => {
  it.each<[string, string, string[]]>([
    ['a ratio named by its compound in 比, two in a series', '全市生师比达到小学19:1、初中13.5:1。', ['19:1=19 比 other ‹生师比›', '13.5:1=13.5 比 other ‹生师比›']],
    ['full-width colon', '师生比为1：12。', ['1：12=0.0833333333333 比 other ‹师生比›']],
    // No word of ratio: the nouns before are what the ratio divides, no indicator (新老队员 is no measure).
    ['a pairing with no word of ratio', '新老队员按1:1结对。', ['1:1=1 比 other ‹null›']],
    ['a value that is not whole', '市县两级按3:2分担。', ['3:2=1.5 比 other ‹null›']],
    // a split of a cost, 比例 after it without 的 (t70 finding 9g): a ratio as any other, no count or time
    ['a split before 比例', '建设资金由市、县两级财政按4:6比例分担。', ['4:6=0.666666666667 比 other ‹null›']],
    ['the ratio sign ∶', '省市资金1∶1配套。', ['1∶1=1 比 other ‹null›']],
    ['a score is a ratio too', '比分3:1。', ['3:1=3 比 other ‹null›']],
    ['two digits after the colon, a word of ratio before: no time', '医护比由1:10调整为1:12。', ['1:10=0.1 比 other ‹医护比›', '1:12=0.0833333333333 比 other ‹医护比›']],
    ['a scale', '按1:500比例尺测绘。', ['1:500=0.002 比 other ‹null›']],
    // The ratio before its noun, through 的: named by the compound after it, as 师生比为1∶15 (t49 finding 4).
    ['a ratio before the compound naming it', '按照1∶15的师生比补足保教人员。', ['1∶15=0.0666666666667 比 other ‹师生比›']],
    ['the same with an ASCII colon', '按照1:15的师生比配备。', ['1:15=0.0666666666667 比 other ‹师生比›']],
    ['before 的生师比', '达到13:1的生师比。', ['13:1=13 比 other ‹生师比›']],
    ['before 的比例: no compound names it', '按照1∶6的比例配备护理员。', ['1∶6=0.166666666667 比 other ‹null›']],
    ['before 的比例, two digits after the colon', '按1:12的比例配备。', ['1:12=0.0833333333333 比 other ‹null›']],
  ])('%s', (_name, text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each<[string, string]>([
    ['a clock time', '会议于14:30开始。'],
    ['a clock time with seconds', '发布时间 09:05:33'],
    ['a morning time', '上午9:00准时开会。'],
    ['a date', '2025-06-12召开。'],
    ['a label before a list', '问题1:一是资金。'],
    ['a comparison word is no ratio word: a time', '同比10:30前完成。'],
    ['比 opening another word is no ratio word: a time', '决赛比赛于19:30开始。'],
    ['a comparison with last year: a time', '比去年提前到8:30开馆。'],
    ['a time before 的 and a match: no ratio word after', '14:30的比赛准时开始。'],
    ['a time before 的同比: no ratio word after', '截至10:30的同比数据。'],
    ['a time before 的 and a noun', '会议于14:30的时候开始。'],
  ])('no ratio: %s', (_name, text) => {
    expect(figures(text).filter((f) => f.includes(' 比 '))).toEqual([]);
  });

  it('reads from the first digit only, never inside a longer figure', () => {
    const view = normalize('比例12:1');
    expect(ratioAt(view, 2)?.value).toBe(12);
    expect(ratioAt(view, 3)).toBeNull();
  });
});
