import { describe, expect, it } from 'vitest';
import { opensWithQuestionTurn } from '../../src/structure/opening-turn.js';
import { findMentions } from '../../src/structure/speakers.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const ANSWER = '市应急管理局局长 李明：今年排查城区积水点46处，已整治38处，其余8处年底前完成。';
const EXCHANGE = '委员 王建国：今年汛期城区积水点还有多少处没有整治？\n' + ANSWER + '\n委员 赵丽：排水管网改造资金从哪里来？\n市财政局局长 孙伟：今年安排资金1.2亿元。\n';

/** Whether the first line of `first + EXCHANGE` opens on a question turn. */
function opens(first: string): boolean {
  const text = first + '\n' + EXCHANGE;
  const view = normalize(text);
  return opensWithQuestionTurn(view, splitLines(view)[0], findMentions({ text, view }), text);
}

describe('opensWithQuestionTurn', () => {
  it.each([
    '委员 陈兴旺：全市高标准农田建成后，有的地块灌溉设施损坏没人修，建后管护怎么落实？',
    '陈兴旺委员：全市高标准农田建成后，建后管护怎么落实？',
    '【委员 陈兴旺】全市高标准农田建成后，建后管护怎么落实？',
    '市人大代表 周海燕：老旧小区加装电梯的补贴什么时候到位？',
  ])('reads a member’s labelled question: %s', (line) => expect(opens(line)).toBe(true));

  it.each([
    '城市内涝怎么治？市人大常委会开展专题询问', // a headline asking, no label
    '刘国强：让高标准农田真正高标准', // a headline quoting a speaker's view, asking nothing
    '委员问：农田建后谁来管？', // a headline with a bare role's words, naming nobody
    '市人大常委会开展城市内涝治理专题询问',
  ])('leaves a headline alone: %s', (line) => expect(opens(line)).toBe(false));
});

describe('an excerpt opening on its first speaker', () => {
  it('has no title, and its first exchange is a question', () => {
    const r = parse('委员 陈兴旺：全市高标准农田建成后，建后管护怎么落实？\n市农业农村局局长 张文斌：我们主要采取三项措施：一是落实管护主体；二是筹措管护资金；三是推行“田长制”。\n' + EXCHANGE);
    expect(r.session.title).toBeNull();
    expect(r.questions).toHaveLength(3);
    expect(r.questions[0].answers[0].measures).toHaveLength(3);
    expect(r.warnings.map((w) => w.code)).not.toContain('labels-in-introduction');
  });

  it('reads a two-turn excerpt as one question', () => {
    const r = parse('委员 王建国：今年汛期城区积水点有多少处，怎么整治？\n' + ANSWER + '\n');
    expect(r.session.title).toBeNull();
    expect(r.questions).toHaveLength(1);
  });

  it('keeps a headline ending in a question mark as the title', () => {
    const r = parse('城市内涝怎么治？市人大常委会开展专题询问\n\n' + EXCHANGE);
    expect(r.session.title).toBe('城市内涝怎么治？市人大常委会开展专题询问');
    expect(r.questions).toHaveLength(2);
  });
});
