/**
 * An invented county follow-up session (松溪县, 城乡排水) of one question and one answer, parsed: what compare's
 * readers of answers (reports, done lists) are tested on.
 */
import { parse } from '../../src/pipeline.js';

export function oneAnswerSession(answer: string, question = '去年承诺的管网改造完成了吗?') {
  return parse([
    '松溪县人大常委会开展城乡排水工作跟踪专题询问',
    `问题一:${question}`,
    `县人大常委会委员吕思源:${question}`,
    `县住建局局长甘雨桐:${answer}`,
    '',
  ].join('\n'), { name: 'x' });
}
