import { describe, expect, it } from 'vitest';
import { endsInquiry } from '../../src/structure/end-markers.js';

describe('[end-markers] the chair\'s words that end the whole inquiry', () => {
  it.each<[string, string, boolean]>([
    ['询问结束', '张立:询问结束。下面进行满意度测评。', true],
    ['专题询问结束', '彭某:专题询问结束。下面进行满意度测评,请工作人员发放测评表。', true],
    ['询问环节到此结束', '吴某:询问环节到此结束。下面,请与会组成人员进行满意度测评。', true],
    ['询问到此结束, a reason first', '主持人:由于时间关系,询问到此结束。', true],
    ['询问就到这里', '主持人:今天的询问就到这里。', true],
    ['询问活动就此结束', '询问活动就此结束。', true],
    ['询问到此为止', '本次询问到此为止。', true],
    ['询问结束后, a call after the end', '询问结束后,请大家填写测评表。', true],
    // near-misses: the end of a part of the day or of the inquiry, or speaking of the end
    ['上午的询问到此结束', '主持人:上午的询问到此结束,下午两点半继续。', false],
    ['第一场询问结束', '第一场专题询问结束,下面进行第二场。', false],
    ['第二轮询问到此结束', '第二轮询问到此结束。', false],
    ['询问结束前', '询问结束前,请冷局长再补充一句。', false],
    ['询问结束时间', '询问结束时间定在十一点。', false],
    ['no end at all', '下面请委员继续提问。', false],
  ])('%s', (_name, words, ends) => {
    expect(endsInquiry(words)).toBe(ends);
  });
});
