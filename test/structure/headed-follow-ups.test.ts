import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });
const labelsAndFollowUps = (text: string) => build(text).questions.map((q) => [q.label, q.followUpOf]);

const INTRO = '某州人大常委会专题询问实录\n\n';
/** Three numbered questions, `head(n)` heading each: 乔木 → 州林草局 (车晓), 宁远 → 州文旅局 (濮阳), then `third`. */
const record = (head: (n: number) => string, third: string, answer = '州林草局局长 车晓：今年造林3万亩。') => `${INTRO}${head(1)}
州人大常委会委员 乔木：我问州林草局。森林覆盖率多少？

州林草局局长 车晓：森林覆盖率62%。

${head(2)}
州人大常委会委员 宁远：我问州文旅局。游客人数多少？

州文旅局局长 濮阳：游客人数增长12%。

${head(3)}
${third}

${answer}`;

describe('[headed-follow-ups] a numbered question whose first speaker says 追问', () => {
  it.each<[string, (n: number) => string, string, string | undefined, Array<[string | null, number | null]>]>([
    ['（追问） in the label, the asker of question 1 answered by who answered it', (n) => `问题${n}`, '州人大常委会委员 乔木（追问）：车局长，造林资金从哪里来？', undefined, [['问题1', null], ['问题2', null], ['问题3', 1]]],
    ['the same under 第N个问题', (n) => `第${n}个问题`, '州人大常委会委员 乔木（追问）：造林资金从哪里来？', undefined, [['第1个问题', null], ['第2个问题', null], ['第3个问题', 1]]],
    ['追问一下 opening the words', (n) => `问题${n}`, '州人大常委会委员 乔木：追问一下，造林资金从哪里来？', undefined, [['问题1', null], ['问题2', null], ['问题3', 1]]],
    ['another member addressing who answered question 1', (n) => `问题${n}`, '州人大常委会委员 黎明（追问）：车局长，林下经济怎么发展？', undefined, [['问题1', null], ['问题2', null], ['问题3', 1]]],
    ['a 追问 answered by who answered the question just before follows it', (n) => `问题${n}`, '州人大常委会委员 黎明（追问）：旅游收入多少？', '州文旅局局长 濮阳：收入增长9%。', [['问题1', null], ['问题2', null], ['问题3', 2]]],
    // No 追问 said: a numbered question of its own.
    ['no 追问: a question of its own', (n) => `问题${n}`, '州人大常委会委员 乔木：我问州林草局。林下经济怎么发展？', undefined, [['问题1', null], ['问题2', null], ['问题3', null]]],
    ['再问 alone: a question of its own', (n) => `问题${n}`, '州人大常委会委员 乔木：我想再问一下州林草局，林下经济怎么发展？', undefined, [['问题1', null], ['问题2', null], ['问题3', null]]],
  ])('%s', (_name, head, third, answer, expected) => {
    expect(labelsAndFollowUps(record(head, third, answer))).toEqual(expected);
  });
});
