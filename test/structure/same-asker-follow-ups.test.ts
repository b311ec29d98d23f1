import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });
const followUps = (text: string) => build(text).questions.map((q) => q.followUpOf);

const INTRO = '某县人大常委会开展专题询问。\n';
const FIRST = '委员 柯文静：请问县交通运输局，通村公路破损严重，怎么修？\n县交通运输局局长 龙海平：今年安排养护资金3000万元，先修危桥，再修主干道。\n';

describe('[same-asker-follow-ups] the member just answered asks on, with no 追问', () => {
  // Each row: the member's second turn (answered by the same official), and followUpOf of each question.
  it.each<[string, string, (number | null)[]]>([
    // No subject of its own: the matter just answered is the subject.
    ['an interrogative opens it', '什么时间能修好？', [null, 1]],
    ['a modal asking opens it', '能不能提前到国庆前？', [null, 1]],
    ['adverbs, then an interrogative', '具体怎么安排？', [null, 1]],
    ['after assent and 那', '好的，那什么时候完工？', [null, 1]],
    ['no final punctuation (quick notes)', '什么时间能解决', [null, 1]],
    // A numbered part of what was answered, or terms first said in the exchange.
    ['a numbered part', '二期什么时候开工？', [null, 1]],
    ['the next step', '下一步怎么办？', [null, 1]],
    ['terms first said in the answer', '养护资金够不够？', [null, 1]],
    ['the office asked, named again', '请问县交通运输局，什么时候修好？', [null, 1]],
    // What was promised before, held against the answer just given (t72 p04).
    ['said before, asked whether it holds now', '去年也说过要修，今年能不能保证？', [null, 1]],
    ['promised before', '上次就答应过，为什么还没修？', [null, 1]],
    // A question of its own.
    ['a subject of its own, said nowhere before', '客运站什么时候建成？', [null, null]],
    ['another office named', '请问县财政局，配套资金何时到位？', [null, null]],
    ['another office called on to answer', '什么时候能修好？请县财政局回答。', [null, null]],
    ['a new matter', '另外，养护资金怎么监管？', [null, null]],
    ['a second question announced', '第二个问题，养护资金怎么监管？', [null, null]],
  ])('%s', (_name, words, expected) => {
    expect(followUps(`${INTRO}${FIRST}柯文静：${words}\n龙海平：年底前。`)).toEqual(expected);
  });

  it.each<[string, string, (number | null)[]]>([
    ['another member asked in between', `${FIRST}委员 杜明：请问县交通运输局，客运班线怎么保障？\n龙海平：开通镇村公交。\n柯文静：什么时间能修好？\n龙海平：年底前。`, [null, null, null]],
    ['the chair spoke between the answer and it', `${FIRST}主持人：下面请委员继续提问。\n柯文静：什么时间能修好？\n龙海平：年底前。`, [null, null]],
    ['a new part of the inquiry opens on it', `${FIRST}\n第二场：农村客运\n\n柯文静：什么时间能开通班车？\n龙海平：年底前。`, [null, null]],
    ['with 追问 it still follows up, as before', `${FIRST}柯文静：追问一下，什么时间能修好？\n龙海平：年底前。`, [null, 1]],
    ['a chain of them follows up the first', `${FIRST}柯文静：什么时间能修好？\n龙海平：年底前。\n柯文静：能不能再快一点？\n龙海平：争取十月。`, [null, 1, 1]],
  ])('%s', (_name, body, expected) => {
    expect(followUps(`${INTRO}${body}`)).toEqual(expected);
  });

  it('a 问/答 record writes 追问 when it means one: its 问 is a question of its own', () => {
    const text = `${INTRO}问（委员柯文静）：请问县交通运输局，通村公路怎么修？\n答（县交通运输局局长龙海平）：先修危桥。\n问（委员柯文静）：什么时间能修好？\n答（县交通运输局局长龙海平）：年底前。`;
    expect(followUps(text)).toEqual([null, null]);
  });
});

describe('[same-asker-follow-ups] the member addresses who answers, asks whether they can, or cuts into the answer', () => {
  // Each row: the member's second turn (answered by the same official), and followUpOf of each question.
  it.each<[string, string, (number | null)[]]>([
    ['a vocative naming who just answered, then no subject', '龙局长，什么时间能修好？', [null, 1]],
    ['the vocative with a greeting', '龙局长您好，能不能提前？', [null, 1]],
    ['the full name and post as vocative', '龙海平局长，具体怎么安排？', [null, 1]],
    ['a modal yes/no question with no subject', '能在国庆前修好吗？', [null, 1]],
    ['a vocative, then a modal yes/no question', '龙局长，能修好吗？', [null, 1]],
    ['a time word, then a modal yes/no question', '今年能修好吗？', [null, 1]],
    ['the circumstance first, then a modal yes/no question', '汛期还有两个月，能修好吗？', [null, 1]],
    ['我打断一下', '我打断一下，危桥有几座？', [null, 1]],
    ['对不起，打断您一下', '对不起，打断您一下，危桥有几座？', [null, 1]],
    ['我插一句', '我插一句，危桥有几座？', [null, 1]],
    ['a vocative, then the rest of what was answered', '龙局长，剩下的主干道什么时候修？', [null, 1]],
    // Still a question of its own.
    ['a vocative, then a subject of its own said nowhere before', '龙局长，客运站什么时候建成？', [null, null]],
    ['a yes/no question with a subject of its own', '客运站能建成吗？', [null, null]],
    ['a noun in 能, not the modal', '能源保障到位吗？', [null, null]],
    ['a vocative naming nobody who answered', '杜局长，什么时间能修好？', [null, null]],
    ['a new matter, then a modal yes/no question', '另外，客运站能建成吗？', [null, null]],
    ['a vocative, then other places of its own', '龙局长，其他乡镇什么时候通客车？', [null, null]],
  ])('%s', (_name, words, expected) => {
    expect(followUps(`${INTRO}${FIRST}柯文静：${words}\n龙海平：年底前。`)).toEqual(expected);
  });

  it.each<[string, string, (number | null)[]]>([
    ['（插话） in the label', `${FIRST}委员 柯文静（插话）：客运站什么时候建成？\n龙海平：年底前。`, [null, 1]],
    ['the member by surname and post, cutting in', `${FIRST}柯委员：我打断一下，客运站什么时候建成？\n龙海平：年底前。`, [null, 1]],
    // Answered under a bare name (introduced before): the member may call them by surname and post all the same.
    ['a bare-name answerer called by surname and post', `县交通运输局局长龙海平到会。\n委员 柯文静：请问县交通运输局，通村公路破损严重，怎么修？\n龙海平：先修危桥。\n柯文静：龙局长，什么时间能修好？\n龙海平：年底前。`, [null, 1]],
    ['…not by another surname', `县交通运输局局长龙海平到会。\n委员 柯文静：请问县交通运输局，通村公路破损严重，怎么修？\n龙海平：先修危桥。\n柯文静：杜局长，什么时间能修好？\n龙海平：年底前。`, [null, null]],
    // Two answered; the member calls back the first of them.
    ['the first of two who answered, called back for the rest', `${FIRST}县财政局局长 韦东：已安排配套资金。\n柯文静：龙局长，剩下的主干道什么时候修？\n龙海平：年底前。`, [null, 1]],
    ['another member cutting in is no follow-up of this rule', `${FIRST}委员 杜明：我插一句，客运站什么时候建成？\n龙海平：年底前。`, [null, null]],
  ])('%s', (_name, body, expected) => {
    expect(followUps(`${INTRO}${body}`)).toEqual(expected);
  });
});

describe('[same-asker-follow-ups] a question that leaves out what it asks about leans on the exchange just answered', () => {
  // Each row: the member's second turn, who answers it, and followUpOf of each question.
  const SAME = '龙海平：年底前。';
  const OTHER = '县财政局局长 韦东：已安排配套资金。';
  it.each<[string, string, string, (number | null)[]]>([
    // A bare facet of the plan just answered as the subject: its possessor is that plan, whoever answers.
    ['money, bare', '钱从哪里来？', SAME, [null, 1]],
    ['money, bare, put to another office', '钱从哪里来？', OTHER, [null, 1]],
    ['hands, bare', '人手够不够？', SAME, [null, 1]],
    ['after 那', '那进度能不能加快？', SAME, [null, 1]],
    // A demonstrative pointing at what was just said.
    ['关于这一点', '关于这一点我还想补充一下，群众反映最多的是绕行，怎么解决？', SAME, [null, 1]],
    ['这笔钱', '这笔钱怎么管？', OTHER, [null, 1]],
    // No subject: a time word, then a verb asking how much.
    ['a time word, then V了多少', '去年实际完成了多少？', SAME, [null, 1]],
    // One bare clause: its subject's head first said in the exchange, whoever answers…
    ['the head picked up, another office answering', '桥梁养护怎么跟上？', OTHER, [null, 1]],
    // …or any term first said there, put to the one who just answered.
    ['a term picked up, the same official answering', '危桥加固能不能赶在汛期前完成？', SAME, [null, 1]],
    // Still questions of their own.
    ['a term picked up only, another office answering', '货运补贴能不能向危桥倾斜？', OTHER, [null, null]],
    ['a subject of its own, another office answering', '客运站什么时候建成？', OTHER, [null, null]],
    ['another office named, asking for money', '请问县财政局，钱从哪里来？', OTHER, [null, null]],
    ['a new matter, then a bare facet', '另外，钱从哪里来？', OTHER, [null, null]],
    ['one term picked up, the same official answering, but no bare clause', '全县客运站候车亭和危桥标志牌的建设到底什么时候能全部完成？', SAME, [null, null]],
  ])('%s', (_name, words, answer, expected) => {
    expect(followUps(`${INTRO}${FIRST}柯文静：${words}\n${answer}`)).toEqual(expected);
  });

  it.each<[string, string, (number | null)[]]>([
    ['the label alone on its line, the words below it', `${FIRST}委员 柯文静：\n钱从哪里来？\n\n龙海平：\n年底前。`, [null, 1]],
    // A second question of the member's own: the chair calls them again, on a new subject, for another office.
    ['the chair calls the member again', `${FIRST}主持人：请柯文静委员提第二个问题。\n柯文静：钱从哪里来？\n${'县财政局局长 韦东：已安排配套资金。'}`, [null, null]],
    ['another member asked in between', `${FIRST}委员 杜明：请问县交通运输局，客运班线怎么保障？\n龙海平：开通镇村公交。\n柯文静：钱从哪里来？\n龙海平：年底前。`, [null, null, null]],
  ])('%s', (_name, body, expected) => {
    expect(followUps(`${INTRO}${body}`)).toEqual(expected);
  });
});

describe('[same-asker-follow-ups] the member\'s verb says they go on (接着问, 紧接着问)', () => {
  // A news report: the member's first question quoted first, then the same member "接着问" with a subject of its own
  // said nowhere before (no other cue ties it).
  const NEWS = '某县人大常委会开展专题询问。\n“村卫生室为什么留不住医生？”委员甘某问。\n县卫健局局长巫某表示：主要是待遇偏低。\n';
  it.each<[string, string, (number | null)[]]>([
    ['接着问 by the same member', '甘某接着问：乡镇卫生院的编制从哪里来？', [null, 1]],
    ['紧接着问 by the same member', '甘某紧接着问：全县民营医院有几家？', [null, 1]],
    ['接着问, a subject of its own', '甘某接着问：全县民营医院有几家？', [null, 1]],
    ['问 alone, a subject of its own: a question of its own', '甘某问：全县民营医院有几家？', [null, null]],
    ['接着问, but a new matter announced', '甘某接着问：另外，乡镇卫生院的编制从哪里来？', [null, null]],
    ['接着问, but another office named', '甘某接着问：请问县财政局，乡镇卫生院的编制从哪里来？', [null, null]],
  ])('%s', (_name, line, expected) => {
    expect(followUps(`${NEWS}${line}\n巫某说，正在争取。`)).toEqual(expected);
  });

  it('接着问 answered by another office: the next question of the member, of its own', () => {
    expect(followUps(`${NEWS}甘某接着问：全县民营医院有几家？\n县市场监管局局长庞某表示，共有12家。`)).toEqual([null, null]);
  });
});

describe('[same-asker-follow-ups] words pointing back at the answer (那, 刚才, 按您说的) or re-quoting its figure, in every layout', () => {
  const ANSWER = '2025年安排养护资金3000万元，完好率由62%提高到78%。';
  it.each<[string, string, (number | null)[]]>([
    ['那 and a figure of the answer', '那78%离省里要求的85%还差7个百分点，差距怎么补？', [null, 1]],
    ['那 and a subject of its own', '那危桥改造怎么安排？', [null, 1]],
    ['那么', '那么危桥改造怎么安排？', [null, 1]],
    ['那就是说', '那就是说主干道明年才能修？', [null, 1]],
    ['您刚才说', '您刚才说先修危桥，主干道怎么办？', [null, 1]],
    ['按您说的', '按您说的，危桥改造今年能完成吗？', [null, 1]],
    ['a figure of the answer re-quoted', '3000万元里有多少用在乡道上？', [null, 1]],
    ['那, but a new matter', '那另外，客运站什么时候建成？', [null, null]],
    ['那, but another office named', '那请问县财政局，配套资金何时到位？', [null, null]],
    ['a figure the answer never said', '客运站2026年能建成吗？', [null, null]],
    ['a year the answer also said is no re-quoted figure', '客运站2025年能建成吗？', [null, null]],
  ])('%s', (_name, words, expected) => {
    expect(followUps(`${INTRO}委员 柯文静：请问县交通运输局，通村公路破损严重，怎么修？\n县交通运输局局长 龙海平：${ANSWER}\n柯文静：${words}\n龙海平：年底前。`)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['问:NAME lines', '问：柯文静委员\n请问县交通运输局，通村公路怎么修？\n\n答：县交通运输局局长　龙海平\nANSWER\n\n问：柯文静委员\nWORDS\n\n答：县交通运输局局长　龙海平\n年底前。'],
    ['问(NAME): labels', '问（委员柯文静）：请问县交通运输局，通村公路怎么修？\n答（县交通运输局局长龙海平）：ANSWER\n问（委员柯文静）：WORDS\n答（县交通运输局局长龙海平）：年底前。'],
    ['tail tags', '问：请问县交通运输局，通村公路怎么修？（询问人：委员柯文静）\n答：ANSWER（应询人：县交通运输局局长龙海平）\n问：WORDS（询问人：委员柯文静）\n答：年底前。（应询人：县交通运输局局长龙海平）'],
    ['bare name lines', '柯文静委员\n请问县交通运输局，通村公路怎么修？\n\n县交通运输局局长　龙海平\nANSWER\n\n柯文静委员\nWORDS\n\n县交通运输局局长　龙海平\n年底前。'],
  ])('%s: 那 + a figure of the answer follows up; a question of its own does not', (_name, body) => {
    const at = (words: string) => followUps(`${INTRO}${body.replace('ANSWER', ANSWER).replace('WORDS', words)}`);
    expect(at('那78%离省里要求的85%还差7个百分点，差距怎么补？')).toEqual([null, 1]);
    expect(at('客运站什么时候建成？')).toEqual([null, null]);
  });
});

describe('[same-asker-follow-ups] after a joint question, any of its askers asks on', () => {
  const JOINT = '某县人大常委会开展专题询问。县人大常委会主任张斌主持。\n';
  const ANSWER = '县交通运输局局长 龙海平：今年安排养护资金3000万元，先修危桥，再修主干道。\n';
  it.each<[string, string, string, (number | null)[]]>([
    ['a joint label, the second asker', '柯文静、苗若冰委员：请问县交通运输局，通村公路破损严重，怎么修？\n', '苗若冰委员：龙局长，什么时间能修好？\n', [null, 1]],
    ['a joint label, the first asker', '柯文静、苗若冰委员：请问县交通运输局，通村公路破损严重，怎么修？\n', '柯文静委员：龙局长，什么时间能修好？\n', [null, 1]],
    ['a joint call, the silent co-asker', '张斌：首先请柯文静、苗若冰委员联合提问。\n柯文静委员：请问县交通运输局，通村公路破损严重，怎么修？\n', '苗若冰委员：龙局长，什么时间能修好？\n', [null, 1]],
    // Near-miss: a member who did not ask it asks anew.
    ['another member', '柯文静、苗若冰委员：请问县交通运输局，通村公路破损严重，怎么修？\n', '杜国梁委员：龙局长，什么时间能修好？\n', [null, null]],
  ])('%s', (_name, asked, next, expected) => {
    expect(followUps(JOINT + asked + ANSWER + next + '龙海平：十月底前。\n')).toEqual(expected);
  });
});
