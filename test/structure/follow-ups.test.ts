import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { continuesExchange, followsOwn, picksUp, type Asked } from '../../src/structure/follow-ups.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';

describe('[follow-ups] a 追问 by an earlier asker after someone else\'s exchange', () => {
  // Each row: the asker's earlier exchange, the exchange just before, the 追问's words, who answers it, and whether it follows the asker's own question.
  it.each<[string, string, string, string, string, boolean]>([
    ['on the answer just given (停产整治), answered by someone new', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '我追问一句,停产整治会不会影响就业?', '单副市长', false],
    ['the words name the asker\'s own question', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '我追问一下我刚才问的反弹原因,扬尘算不算?', '单副市长', true],
    ['the words name the asker\'s own question, on the line after the label alone on its own', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '\n我追问一下我刚才问的反弹原因,扬尘算不算?', '单副市长', true],
    ['answered by who answered the asker\'s question, and not the one before', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '静稳天气以外还有什么原因?', '罗局长', true],
    ['answered by who answered both', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:扬尘怎么管?\n罗局长:加强工地监管。', '还有什么原因?', '罗局长', false],
    ['sharing clearly more terms with the asker\'s question', '黎委员:城市更新融资渠道单一怎么办?\n罗局长:完善政策性金融支持。', '甘委员:老旧小区改造有什么支持政策?\n石局长:加大中央财政补助。', '金融支持政策如何惠及中小城市?', '单行长', true],
    ['sharing as much with the one just before', '黎委员:城市更新资金不足怎么办?\n罗局长:发行专项债券。', '甘委员:老旧小区改造资金不足怎么办?\n石局长:加大补助。', '资金不足的问题还有什么办法?', '单副市长', false],
  ])('%s', (_name, ownText, beforeText, words, by, expected) => {
    const text = `${ownText}\n${beforeText}\n黎委员:${words}\n${by}:…`;
    const view = normalize(text);
    const own: Asked = { span: [0, ownText.length], answeredBy: new Set([ownText.split('\n')[1].split(':')[0]]) };
    const beforeAt = ownText.length + 1;
    const before: Asked = { span: [beforeAt, beforeAt + beforeText.length], answeredBy: new Set([beforeText.split('\n')[1].split(':')[0]]) };
    const at = text.lastIndexOf('黎委员:');
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: at + 4, kind: 'label', followUp: true };
    expect(followsOwn(view, e, [by], own, [before, before])).toBe(expected);
  });
});

describe('[follow-ups] a marked 追问 by an earlier asker presses their own question first (askerFirst)', () => {
  // Each row: the asker's earlier exchange, the exchange just before (another member's), the 追问's words, who answers it,
  // and whether it follows the asker's own question. The asker decides; words only when they tie it to the exchange just before.
  it.each<[string, string, string, string, string, boolean]>([
    ['no shared words: the asker\'s own', '黎委员:农村公路养护资金够不够?\n罗局长:每公里补助标准将提高。', '甘委员:医保定点怎么扩?\n石局长:我们将纳入定点。', '县级财政能不能配套到位?', '单厅长', true],
    ['one shared word with each, more with the own', '黎委员:农村公路养护资金够不够?\n罗局长:养护补助标准将提高。', '甘委员:医保比例怎么定?\n石局长:我们计划把比例提高一些。', '补助提高以后,县级能不能配套?', '单厅长', true],
    ['as many shared words with each: the one just before', '黎委员:城市更新资金不足怎么办?\n罗局长:发行专项债券。', '甘委员:老旧小区改造资金不足怎么办?\n石局长:加大补助。', '资金不足的问题还有什么办法?', '单副市长', false],
    ['words on the answer just given only', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '停产整治会不会影响就业?', '单副市长', false],
    ['pointing at the answer just given', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律整改。', '您刚才提到的整改,有没有时间表?', '单副市长', false],
  ])('%s', (_name, ownText, beforeText, words, by, expected) => {
    const text = `${ownText}\n${beforeText}\n黎委员追问:${words}\n${by}:…`;
    const view = normalize(text);
    const own: Asked = { span: [0, ownText.length], answeredBy: new Set([ownText.split('\n')[1].split(':')[0]]) };
    const beforeAt = ownText.length + 1;
    const before: Asked = { span: [beforeAt, beforeAt + beforeText.length], answeredBy: new Set([beforeText.split('\n')[1].split(':')[0]]) };
    const at = text.lastIndexOf('黎委员追问:');
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: at + 6, kind: 'label', followUp: true };
    expect(followsOwn(view, e, [by], own, [before, before], true)).toBe(expected);
  });

  it('追问 said in the words only (黎委员:我追问一下,…): the label marks nothing, evidence decides', () => {
    const text = '黎委员:农村公路养护资金够不够?\n罗局长:补助将提高。\n甘委员:医保定点怎么扩?\n石局长:纳入定点。\n黎委员:我追问一下,县级财政能不能配套到位?\n单厅长:…';
    const view = normalize(text);
    const own: Asked = { span: [0, 27], answeredBy: new Set(['罗局长']) };
    const before: Asked = { span: [28, 49], answeredBy: new Set(['石局长']) };
    const at = text.lastIndexOf('黎委员:');
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: at + 4, kind: 'label', followUp: true };
    expect(followsOwn(view, e, ['单厅长'], own, [before, before], true)).toBe(false);
  });
});

const lineEndOf = (text: string, at: number) => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));

describe('[follow-ups] a 追问 by a member who has asked nothing yet', () => {
  // The inquiry so far: one exchange on the inquiry's subject, then the exchange just answered (by 石局长 of 市住建局).
  const first = '黎委员:城市更新资金怎么筹措?\n罗局长:发行专项债券。';
  const last = '甘委员:城市更新中加装电梯进度如何?\n石局长:今年完成四百台,市住建局将加大补助。';
  // Each row: the 追问's line (its words after the colon), who answers it, and whether it continues the exchange just answered.
  it.each<[string, string, string, boolean]>([
    ['another department on a new matter (检察公益诉讼): a question of its own', '单委员追问:对拒不整改的企业,检察机关如何发挥公益诉讼作用?', '骆检察长', false],
    ['a new matter, however loosely written (追问道, quote first)', '“违法建设的拆除如何提速?”单委员追问道。', '骆主任', false],
    ['only the inquiry\'s own subject in common (城市更新, 资金): a question of its own', '单委员追问:城市更新的资金怎么监管?', '骆局长', false],
    ['answered by who answered the exchange', '单委员追问:违法建设的拆除如何提速?', '石局长', true],
    ['answered by the office that answered the exchange (市住建局), whoever speaks for it', '单委员追问:违法建设的拆除如何提速?', '市住建局', true],
    ['the sentence says so: 接着追问', '单委员接着追问:违法建设的拆除如何提速?', '骆主任', true],
    ['the sentence says so: 繁體 接著追問 (著 for 着)', '單委員接著追問:違法建設的拆除如何提速?', '骆主任', true],
    ['the sentence says so: 繁體 順著…追問', '單委員順著這個話題追問:違法建設的拆除如何提速?', '骆主任', true],
    ['the sentence says so: 就此追问', '单委员就此追问:违法建设的拆除如何提速?', '骆主任', true],
    ['the sentence says so: 针对…的回答追问', '针对石局长的回答,单委员追问:违法建设的拆除如何提速?', '骆主任', true],
    ['the words point at the answer: 刚才…', '单委员追问:刚才讲到的补助,违建小区能不能享受?', '骆主任', true],
    ['the words point at the answer on the line after the label alone on its own', '单委员:\n追问一下,刚才讲到的补助,违建小区能不能享受?', '骆主任', true],
    ['the words point at the answer after the clause announcing the 追问 (我追问一下市财政局,刚才…)', '单委员:我追问一下市财政局,刚才讲到的补助,违建小区能不能享受?', '骆主任', true],
    ['the words point at the question just answered: 接着刚才的问题', '单委员:接着刚才的问题,我再问一下,违建小区能不能享受?', '骆主任', true],
    ['我想再问一下 on a new matter, answered by another department: a question of its own', '单委员:我想再问一下,检察机关如何发挥公益诉讼作用?', '骆检察长', false],
    ['我想再问一下 picking up the exchange\'s terms (加装电梯)', '单委员:我想再问一下,老旧小区加装电梯的维保谁来管?', '骆主任', true],
    ['the words address who answered (石局长)', '单委员追问:请问石局长,违建小区能不能享受?', '骆主任', true],
    ['the words address who answered by the organization (市住建局)', '单委员追问:市住建局对违建小区怎么办?', '骆主任', true],
    ['the words pick up terms of the exchange (加装电梯)', '单委员追问:老旧小区加装电梯的维保谁来管?', '骆主任', true],
    ['answered by nobody named: nothing shows a new addressee', '单委员追问:违法建设的拆除如何提速?', '', true],
    // a newcomer naming a subject of their own (就…追问): a new question, even answered by who answered, even 接着 (t43 p5a)
    ['接着就 a new subject, answered by who answered', '单委员接着就技能培训追问:培训和企业用工对不上,如何解决?', '石局长', false],
    ['围绕 a new subject, answered by the same office', '单委员围绕违法建设问题追问:拆除如何提速?', '市住建局', false],
    ['针对 a new subject', '单委员针对农村养老进行追问:护理员招不到怎么办?', '骆主任', false],
    // near-misses: a subject that takes up the exchange, or points back, stays a follow-up
    ['就 a subject the exchange said (加装电梯)', '单委员接着就加装电梯追问:补助标准是多少?', '石局长', true],
    ['就 the words take up the exchange (加装电梯)', '单委员就资金追问:老旧小区加装电梯的补助够不够?', '石局长', true],
    ['就这个问题 points back', '单委员就这个问题追问:违法建设的拆除如何提速?', '骆主任', true],
    ['就…的回答 points back', '单委员就石局长的回答追问:违法建设的拆除如何提速?', '骆主任', true],
    ['就业 is no 就 of a subject', '单委员结合就业情况接着追问:违法建设的拆除如何提速?', '石局长', true],
    // reported, its words are its own sentence: not the answer reported after it on the line
    ['reported, the answer after it in the paragraph', '单委员追问违建拆除的进度。骆主任回应说,城市更新中加装电梯的违建先拆。', '骆主任', false],
  ])('%s', (_name, line, by, expected) => {
    const text = `${first}\n${last}\n${line}\n${by || '答'}:…`;
    const view = normalize(text);
    const lastAt = first.length + 1;
    const at = lastAt + last.length + 1;
    // (The exchange just answered opened its thread: it is both the question just answered and the thread's first.)
    const before: Asked = { span: [lastAt, at - 1], answeredBy: new Set(['石局长']), handles: new Set(['市住建局', '石局长']) };
    const colon = text.indexOf(':', at);
    const quoted = line.startsWith('“');
    const reported = colon < 0 || colon > lineEndOf(text, at);
    const kind = quoted ? 'quote-first' : reported ? 'reported' : 'label';
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: quoted ? at + 1 : reported ? null : colon + 1, kind, followUp: true };
    expect(continuesExchange(view, e, by ? [by] : [], [before, before], [lastAt, at])).toBe(expected);
  });
});

describe('[follow-ups] a record\'s own 追问 label, whoever asks it', () => {
  // The exchange just answered (by 石局长); the 追问 of another member, answered by someone else, with no words tying it back.
  const last = '问:加装电梯进度如何?\n答:今年完成四百台。';
  it.each<[string, string, boolean]>([
    ['追问: as the label', '追问:具体什么时候?', true],
    ['问(追问): as the label', '问(追问):具体什么时候?', true],
    ['【追问】 as the tag', '【追问】具体什么时候?', true],
    ['问: announcing nothing is a question of its own', '问:具体什么时候?', false],
  ])('%s', (_name, label, expected) => {
    const text = `${last}\n${label}\n答:年底前。`;
    const view = normalize(text);
    const before: Asked = { span: [0, last.length], answeredBy: new Set(['石局长']) };
    const at = last.length + 1;
    const wordsStart = at + label.search(/[具]/u);
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart, kind: 'qa-label', followUp: true };
    expect(continuesExchange(view, e, ['郜副市长'], [before, before], [0, at])).toBe(expected);
  });
});

describe('[follow-ups] picksUp: the words take up terms first said in an exchange', () => {
  const view = '询问财政资金绩效管理。问:资金为何趴在账上?答:原因有三:(3)绩效评价结果运用不够。追问:';
  const exchange: [number, number] = [view.indexOf('问:'), view.length];
  it.each<[string, boolean]>([
    ['绩效评价结果到底怎么用?', true], // 评价, 结果 first said in the exchange
    ['绩效管理怎么加强?', false], // 绩效, 管理: the inquiry's own subject, said before it
    ['评价怎么做?', false], // one term only: chance
  ])('%s → %s', (words, want) => expect(picksUp(view, words, exchange)).toBe(want));
});

describe('[follow-ups] through the pipeline: another member\'s 追问 on a subject of their own (t43 p5a)', () => {
  const head = '云州市人大常委会专题询问稳就业工作\n\n8月29日，云州市人大常委会召开联组会议，对全市就业工作开展专题询问。\n\n市人大常委会委员柳芳菲就高校毕业生就业进行提问：今年来云州的高校毕业生留不住，市里有什么硬招？\n\n市人力资源和社会保障局局长龚德胜回应称，下一步将实施高校毕业生“留云计划”，建设青年就业见习基地50个。\n\n';
  const tail = '\n\n龚德胜表示，下一步将推行“订单式”培训。\n';
  it.each<[string, string, number | null]>([
    ['a new subject (技能培训): a new question', '市人大代表、云州职业技术学院院长蒋一鸣接着就技能培训追问：培训和企业用工对不上，如何解决？', null],
    ['a subject the exchange said (见习基地): a follow-up', '市人大代表、云州职业技术学院院长蒋一鸣接着就见习基地追问：见习基地建在哪里？', 1],
  ])('%s', (_name, line, followUpOf) => {
    const r = parse(head + line + tail);
    expect(r.questions).toHaveLength(2);
    expect(r.questions[1].followUpOf).toBe(followUpOf);
  });
});

describe('[follow-ups] through the pipeline: 委员A, 委员B, then 委员A追问 — A\'s own question or the one just answered', () => {
  const head = ['某市人大常委会城市供水专题询问', '', '委员张建国：请问市水务局，老旧管网漏损率是多少？改造资金从哪里来？', '市水务局局长王强：全市管网漏损率为12.5%，今年安排改造资金8000万元。',
    '委员赵丽华：请问市教育局，学校饮水安全如何保障？', '市教育局局长孙海：我们对全市学校直饮水设备进行全面检测。'].join('\n');
  // Each row: A's 追问 and its answer, and the question it follows up (1: A's own; 2: B's, just answered).
  it.each<[string, string, string, number]>([
    ['repeating words of A\'s answer', '委员张建国追问：刚才说管网漏损率12.5%，改造资金8000万元够不够？', '市水务局局长王强：资金缺口我们将积极争取专项债。', 1],
    ['repeating words of A\'s question, answered by B\'s official', '委员张建国追问：老旧管网改造什么时候能全部完成？', '市教育局局长孙海：这个需要水务局回答。', 1],
    ['answered by the official who answered A, and nobody who answered B', '委员张建国追问：专项债的额度有多少？', '市水务局局长王强：今年争取专项债3亿元。', 1],
    ['repeating words of B\'s exchange', '委员张建国追问：直饮水设备检测多久一次？', '市教育局局长孙海：每学期一次。', 2],
    ['sharing terms with B\'s exchange only, a third office answering', '委员张建国追问：财政方面怎么保障？', '市财政局局长钱七：市财政将统筹安排。', 2],
  ])('%s', (_name, ask, answer, want) => {
    const r = parse(`${head}\n${ask}\n${answer}`);
    expect(r.questions).toHaveLength(3);
    expect(r.questions[2].followUpOf).toBe(want);
  });
});
