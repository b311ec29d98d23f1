import { describe, expect, it } from 'vitest';
import { markedFollowUp, quotedEarlier, takenUpQuestion } from '../../src/structure/taken-up-exchanges.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** The asker event of `name` in `text`: its kind, where its turn and its words start. */
function asker(text: string, name: string, kind: SpeechEvent['kind'], start: number, wordsStart: number | null): SpeechEvent {
  const at = text.indexOf(name);
  const mention: SpeakerMention = { span: [at, at + name.length], form: 'title-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress: true };
  return { mention, role: 'asker', start, anchor: start, wordsStart, kind, followUp: true };
}

describe('[taken-up-exchanges] a turn marked 追问 outside its words', () => {
  it.each<[string, string, SpeechEvent['kind'], boolean]>([
    ['a label\'s verb', '常委会副主任单立民追问:数据共享,难点在哪里?', 'label', true],
    ['the reporter\'s verb after a quotation', '“数据共享,难点在哪里?”常委会副主任单立民追问。', 'quote-first', true],
    ['a note in the label', '常委会副主任单立民(追问):数据共享,难点在哪里?', 'label', true],
    // near-misses: 追问 inside the words or the quotation; another verb
    ['追问 said in the words', '常委会副主任单立民:我想追问一下数据共享。', 'label', false],
    ['追问 inside the quotation', '“我再追问一句,难点在哪里?”常委会副主任单立民说。', 'quote-first', false],
    ['接着问', '常委会副主任单立民接着问:难点在哪里?', 'label', false],
  ])('%s', (_name, text, kind, marked) => {
    const view = normalize(text);
    const colon = view.indexOf(':');
    const e = kind === 'quote-first' ? asker(text, '常委会副主任单立民', kind, 0, 1) : asker(text, '常委会副主任单立民', kind, 0, colon + 1);
    expect(markedFollowUp(view, e)).toBe(marked);
  });
});

describe('[taken-up-exchanges] the exchange whose terms a 追问 takes up', () => {
  const EXCHANGES = ['委员甲:企业开办怎么提速?\n局长:刻章纳入平台。', '委员乙:部门数据各自为政怎么办?\n局长:已汇聚共享的政务数据23亿条。', '委员丙:农村老人不会用手机怎么办?\n局长:为老人设立帮办代办点。'];
  it.each<[string, string, number | null]>([
    ['two terms said in an earlier answer (数据, 共享)', '数据共享,难点在哪里?', 2],
    ['terms of the exchange just answered', '帮办代办点够不够?', 3],
    ['the most terms win over an earlier single one', '数据平台的代办点呢?', 3],
    // near-miss: terms of a question, not of its answer (手机 was the member's word)
    ['terms of a question only', '老人手机怎么办?', null],
    // near-misses: one term only is chance; none at all
    ['one shared term only', '数据安全怎么保障?', null],
    ['nothing taken up', '检察机关如何发挥作用?', null],
  ])('%s', (_name, words, expected) => {
    const text = `${EXCHANGES.join('\n')}\n委员丁追问:${words}`;
    const view = normalize(text);
    const spans: Array<[number, number]> = [];
    let from = 0;
    // (the answers: from each 局长's label)
    for (const x of EXCHANGES) { spans.push([from + x.indexOf('\n') + 1, from + x.length]); from += x.length + 1; }
    const e = asker(text, '委员丁', 'label', from, from + '委员丁追问:'.length);
    expect(takenUpQuestion(view, e, spans)).toBe(expected);
  });
});

describe('[taken-up-exchanges] a 追问 quoting what an earlier exchange first said', () => {
  const EXCHANGES = ['委员甲:床位建设完成了几批?\n局长:下一步抓好“三个重点”:一是运营,二是上门服务,三是护理员队伍,做到三个聚焦。', '委员乙:购买服务资金是否到位?\n局长:已拨付1240万元。'];
  it.each<[string, string, number | null]>([
    ['a quoted formulation of the first answer', '刚才提到的“三个重点”里,护理员有多少人?', 1],
    ['a formulation read unquoted (formulations.ts)', '刚才提到的三个聚焦,具体指什么?', 1],
    ['a quoted term of the first question', '“床位建设”为什么慢?', 1],
    // near-misses: a term the exchange just answered says too; one first said before any question; nothing quoted
    ['said in the exchange just answered too', '“购买服务”的标准是什么?', null],
    ['said first in the introduction', '“养老服务”怎么评价?', null],
    ['nothing quoted', '护理员有多少人?', null],
  ])('%s', (_name, words, expected) => {
    const intro = '区人大常委会就养老服务开展专题询问。';
    const text = `${intro}\n${EXCHANGES.join('\n')}\n委员丁追问:${words}`;
    const view = normalize(text);
    const spans: Array<[number, number]> = [];
    let from = intro.length + 1;
    for (const x of EXCHANGES) { spans.push([from, from + x.length]); from += x.length + 1; }
    const e = asker(text, '委员丁', 'label', from, from + '委员丁追问:'.length);
    expect(quotedEarlier(view, e, spans)).toBe(expected);
  });
});
