import { describe, expect, it } from 'vitest';
import { readVote } from '../../src/extract/vote.js';
import { normalize } from '../../src/source/normalize.js';

function vote(text: string) {
  return readVote({ text, view: normalize(text) }, [0, text.length]);
}

type Want = { expected: number | null; present: number | null; satisfied: number | null; basicallySatisfied: number | null; unsatisfied: number | null; rate: number | null; text: string };

describe('[vote] a satisfaction vote read from a closing', () => {
  it.each<[string, Want]>([
    ['会议最后，对县人民政府整改情况进行了满意度测评。应到会组成人员27人，实到24人。测评结果为：满意15票，基本满意8票，不满意1票，满意和基本满意票数合计占实到人数的95.8%。',
      { expected: 27, present: 24, satisfied: 15, basicallySatisfied: 8, unsatisfied: 1, rate: 95.8,
        text: '满意度测评。应到会组成人员27人，实到24人。测评结果为：满意15票，基本满意8票，不满意1票，满意和基本满意票数合计占实到人数的95.8%' }],
    ['测评结果：满意票20票，基本满意票6票，不满意票0票。',
      { expected: null, present: null, satisfied: 20, basicallySatisfied: 6, unsatisfied: 0, rate: null, text: '测评结果：满意票20票，基本满意票6票，不满意票0票' }],
    ['应到委员三十名，实到二十八名，满意二十票，基本满意七票，不满意一票。',
      { expected: 30, present: 28, satisfied: 20, basicallySatisfied: 7, unsatisfied: 1, rate: null, text: '应到委员三十名，实到二十八名，满意二十票，基本满意七票，不满意一票' }],
    ['专题询问结束后，与会人员对应询部门进行了满意度测评，满意率为９６．４％。',
      { expected: null, present: null, satisfied: null, basicallySatisfied: null, unsatisfied: null, rate: 96.4, text: '满意度测评，满意率为９６．４％' }],
    ['应询部门满意度测评结果为92%。',
      { expected: null, present: null, satisfied: null, basicallySatisfied: null, unsatisfied: null, rate: 92, text: '满意度测评结果为92%' }],
    ['出席会议的组成人员22人，其中基本满意3票、满意19票。',
      { expected: null, present: 22, satisfied: 19, basicallySatisfied: 3, unsatisfied: null, rate: null, text: '出席会议的组成人员22人，其中基本满意3票、满意19票' }],
    ['测评结果：比较满意9票，满意16票，不满意2票。',
      { expected: null, present: null, satisfied: 16, basicallySatisfied: null, unsatisfied: 2, rate: null, text: '测评结果：比较满意9票，满意16票，不满意2票' }],
  ])('%s', (input, want) => {
    const v = vote(input);
    expect(v).toMatchObject(want);
    expect(input.slice(v!.span[0], v!.span[1])).toBe(v!.text);
  });

  it.each([
    '会议最后，常委会副主任周文彬作了讲话。',
    '专题询问结束后进行了满意度测评。',
    '应到会组成人员35人，实到31人。',
    '群众满意度持续提升，满意的群众越来越多。',
  ])('no vote: %s', (input) => {
    expect(vote(input)).toBeNull();
  });
});
