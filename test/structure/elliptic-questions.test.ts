import { describe, expect, it } from 'vitest';
import { asksOfFacet, bareQuestion, pointsBack, subjectHead } from '../../src/structure/elliptic-questions.js';
import { normalize } from '../../src/source/normalize.js';

describe('[elliptic-questions] pointsBack', () => {
  it.each<[string, boolean]>([
    ['关于这一点我还想问一下，群众意见最大的是什么？', true],
    ['就这个问题，什么时候能解决？', true],
    ['针对这种情况，有什么办法？', true],
    ['这笔钱怎么管？', true],
    ['好的，这些设备什么时候到位？', true],
    ['那方面的工作怎么推进？', true],
    ['剩下的128处什么时候盘活？', true], // the rest of what was just counted
    ['剩余部分能不能年底前完成？', true],
    ['其余的资金怎么安排？', true],
    ['其他乡镇什么时候通客车？', false], // 其他 names a matter of its own
    ['剩下', false],
    ['这样做能管用吗？', false],
    ['这里的学校什么时候建成？', false],
    ['体育馆什么时候建成？', false],
  ])('%s → %s', (words, expected) => {
    expect(pointsBack(normalize(words))).toBe(expected);
  });
});

describe('[elliptic-questions] asksOfFacet', () => {
  it.each<[string, boolean]>([
    ['钱从哪里来？', true],
    ['资金怎么保障？', true],
    ['人手够不够？', true],
    ['那进度能不能加快？', true],
    ['谢谢，经费有没有保障？', true],
    ['编制由谁来解决？', true],
    ['原因是什么？', true],
    ['体育馆资金从哪里来？', false], // a subject of its own, the facet narrowed to it
    ['钱是够的，但要用好。', false], // no question
    ['人民群众满意吗？', false], // 人 opening another noun
    ['时间太紧了。', false],
  ])('%s → %s', (words, expected) => {
    expect(asksOfFacet(normalize(words))).toBe(expected);
  });
});

describe('[elliptic-questions] bareQuestion and subjectHead', () => {
  it.each<[string, boolean, string | null]>([
    ['水库清淤怎么跟上？', true, '清淤'],
    ['农贸市场的冷链配送能否跟上？', true, '配送'],
    ['污水检测能不能做到全覆盖？', true, '检测'],
    ['渡口改造什么时候完工', true, '改造'],
    ['能修好吗？', true, null],
    ['原因是什么？什么时候能整改完？', true, null],
    ['客运站能建成吗？', true, null], // (a yes/no 吗 only: no interrogative for the head to stand before)
    ['渡口改造进度偏慢，什么时候完工？', false, null], // background first: a pause (and a pause before what it asks)
    ['请问县水利局，水库清淤怎么跟上？', false, '清淤'],
    ['我觉得清淤还要再快一些。', false, null], // asks nothing
    ['全县一百二十座小型水库的除险加固和清淤疏浚工作到底什么时候能全部完成？', false, '工作'], // too long for one bare clause
  ])('%s → bare %s, head %s', (words, bare, head) => {
    const v = normalize(words);
    expect(bareQuestion(v)).toBe(bare);
    expect(subjectHead(v)).toBe(head);
  });
});
