import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { buildStructure } from '../../src/structure/build.js';
import { echoedQuestion, takesUpAnswer } from '../../src/structure/answer-follow-ups.js';
import { expectStructureInvariants } from '../helpers/structure.js';

/** takesUpAnswer on `before` + `answer` + the member's `words`: the answer's span is its own. */
function takesUp(before: string, answer: string, words: string): boolean {
  const view = normalize(before + answer + words);
  return takesUpAnswer(view, normalize(words), [before.length, before.length + answer.length]);
}

const Q = '委员甲：农村黑臭水体治理进展怎么样？\n';
const A = '局长乙：全市共有87条，已完成治理61条。发现返黑返臭的9条，已列入整改计划，对坡耕地实施退耕还林。\n';

describe('[answer-follow-ups] takesUpAnswer: the first clause opens on what the answer first said', () => {
  it.each<[string, string]>([
    ['a figure the answer first said', '9条里面资金缺口有多大？'],
    ['after a demonstrative', '这9条水体整改，资金缺口有多大？'],
    ['a term the answer first said', '退耕以后，茶农的收入怎么保障？'],
  ])('reads: %s', (_label, words) => {
    expect(takesUp(Q, A, words)).toBe(true);
  });
  it('reads a figure said before only as the end of a longer one (29条 is not 9条)', () => {
    expect(takesUp('委员甲：全省有29条河流。\n', A, '9条里面资金缺口有多大？')).toBe(true);
  });
  it.each<[string, string, string]>([
    ['a new matter', Q, '农村污水管网什么时候建完？'],
    ['the inquiry\'s subject, said before the answer', Q, '黑臭水体的资金够不够？'],
    ['the answer\'s term only in a later clause', Q, '资金缺口有多大，退耕以后怎么办？'],
    ['the figure said before the answer', '委员甲：全省有9条河流返黑。\n', '9条里面资金缺口有多大？'],
    ['the answer\'s word further on in the clause (完成)', Q, '城区雨污分流改造什么时候完成？'],
    ['put to an office by name', Q, '退耕以后的补助从哪里来？请问市财政局。'],
  ])('leaves alone: %s', (_label, before, words) => {
    expect(takesUp(before, A, words)).toBe(false);
  });
});

describe('[answer-follow-ups] in a NAME： label layout (t69 p02)', () => {
  const HEAD = '六安市人大常委会专题询问河长制工作\n\n2023年6月20日，六安市第六届人大常委会第十二次会议举行联组会议，开展专题询问。市人大常委会副主任汪立新主持。\n\n';
  const followUps = (text: string) => {
    const s = buildStructure({ text, view: normalize(text) });
    expectStructureInvariants(text, s);
    return s.questions.map((q) => q.followUpOf);
  };
  it('the member asking again on the answer\'s 9条, answered by the same official, follows up', () => {
    const text = `${HEAD}葛兆平（市人大常委会委员）：农村黑臭水体治理进展怎么样？\n\n陈思远（市住房城乡建设局副局长）：已完成治理61条。发现返黑返臭的9条，已全部列入今年整改计划。\n\n葛兆平：9条里面资金缺口有多大？\n\n陈思远：据测算，整改资金约需2100万元。\n\n王晓燕（市人大代表）：我想问市林业局，库区周边开垦问题怎么解决？\n\n李建华（市林业局局长）：下一步对25度以上坡耕地实施退耕还林。\n\n王晓燕：退耕以后，茶农的收入怎么保障？\n\n李建华：按每亩每年补助300元。`;
    expect(followUps(text)).toEqual([null, 1, null, 3]);
  });
  it('near-miss: each member asking a second, unrelated question on purpose stays a question of its own', () => {
    const text = `${HEAD}葛兆平（市人大常委会委员）：农村黑臭水体治理进展怎么样？\n\n陈思远（市住房城乡建设局副局长）：已完成治理61条。发现返黑返臭的9条，已全部列入今年整改计划。\n\n葛兆平：河道非法采砂怎么管住？\n\n李振东（市水利局局长）：我们将建立河道采砂联合执法机制。\n\n王晓燕（市人大代表）：库区周边开垦问题怎么解决？\n\n李建华（市林业局局长）：下一步对25度以上坡耕地实施退耕还林。\n\n王晓燕：水源涵养林建设资金从哪里来？请问市财政局。\n\n周海涛（市财政局局长）：市财政已安排1500万元。`;
    expect(followUps(text)).toEqual([null, null, null, null]);
  });
  it('near-miss: taking up the answer but answered by another official stays a question of its own', () => {
    const text = `${HEAD}葛兆平（市人大常委会委员）：农村黑臭水体治理进展怎么样？\n\n陈思远（市住房城乡建设局副局长）：已完成治理61条。发现返黑返臭的9条，已全部列入今年整改计划。\n\n葛兆平：9条里面资金缺口有多大？\n\n周海涛（市财政局局长）：市财政已安排1500万元。`;
    expect(followUps(text)).toEqual([null, null]);
  });
});

describe('[answer-follow-ups] a member asking on what was said follows up the question whose answer holds the repeated words (t70 #6)', () => {
  const HEAD = '某县人大常委会专题询问社会救助工作\n\n2021年9月28日，某县第十八届人大常委会第三十九次会议举行联组会议，开展专题询问。县人大常委会主任蒲德华主持。\n\n';
  const Q1 = '县人大常委会委员杨国强问：低保审核把关不严怎么办？\n\n县民政局局长陈晓东答：我们将开展低保专项治理，对沿街门店逐户建档，年底前实现全覆盖。\n\n';
  const Q2 = '县人大代表张丽华问：请问县教育局，困难家庭学生资助落实得怎么样？\n\n县教育局局长王建军答：今年共资助学生1.2万人次，发放资助资金2300万元。\n\n';
  const Q3 = '县人大常委会委员舒红梅问：请问县民政局，特困人员照料怎么解决？\n\n县民政局局长陈晓东答：对分散供养的特困人员，按照每人每月不低于200元的标准落实照料护理补贴。\n\n';
  const followUps = (text: string) => {
    const s = buildStructure({ text, view: normalize(text) });
    expectStructureInvariants(text, s);
    return s.questions.map((q) => q.followUpOf);
  };
  it.each<[string, string, Array<number | null>]>([
    ['刚才讲到 + the words of the answer just before', `${HEAD}${Q1}${Q2}${Q3}县人大代表李明问：刚才讲到分散供养照料补贴每人每月200元，这个钱发给谁？\n\n县民政局局长陈晓东答：直接发给照料人。`, [null, null, null, 3]],
    ['刚才陈局长讲到: the answer holding the words, not the official\'s first answer', `${HEAD}${Q1}${Q2}${Q3}县人大代表李明问：刚才陈局长讲到分散供养照料补贴，这个钱发给谁？\n\n县民政局局长陈晓东答：直接发给照料人。`, [null, null, null, 3]],
    ['接着问 in the reporter\'s words, two questions between', `${HEAD}${Q1}${Q2}${Q3}县人大常委会委员杨国强接着问：沿街门店逐户建档，全县有多少户？\n\n县民政局局长陈晓东答：约5800户。`, [null, null, null, 1]],
    ['又问', `${HEAD}${Q1}${Q2}${Q3}县人大常委会委员杨国强又问：沿街门店逐户建档，全县有多少户？\n\n县民政局局长陈晓东答：约5800户。`, [null, null, null, 1]],
    ['我接着这个话题问一下', `${HEAD}${Q1}${Q2}县人大代表李明问：我接着这个话题问一下，资助资金2300万元够不够？\n\n县教育局局长王建军答：基本够用。`, [null, null, 2]],
  ])('reads: %s', (_label, text, expected) => {
    expect(followUps(text)).toEqual(expected);
  });
  it.each<[string, string, Array<number | null>]>([
    ['刚才 with no words of any answer', `${HEAD}${Q1}${Q2}${Q3}县人大代表李明问：刚才几位局长讲得很好，我想问农村危房改造进度怎么样？\n\n县住建局局长刘强答：今年改造危房300户。`, [null, null, null, null]],
    ['刚才…讲到 a word, put to another office by name', `${HEAD}${Q1}${Q2}${Q3}县人大代表李明问：刚才几个部门都讲到了资助资金，我想请县财政局说一说，明年预算有没有保障？\n\n县财政局局长周海涛答：有保障。`, [null, null, null, null]],
    ['接着 inside an answer is no cue', `${HEAD}${Q1}县人大代表李明问：农村危房改造进度怎么样？\n\n县住建局局长刘强答：我们接着问了各乡镇，沿街门店逐户建档已经完成。`, [null, null]],
  ])('leaves alone: %s', (_label, text, expected) => {
    expect(followUps(text)).toEqual(expected);
  });
});

describe('[answer-follow-ups] echoedQuestion: the longest run of the words an answer first said', () => {
  const view = '专题询问社会救助。问一：低保怎么办？答：社会救助要兜底，分散供养补贴每月200元。问二：医保基金够不够？答：医保基金结余2300万元，分散供养另算。';
  const spans: Array<[number, number]> = [[view.indexOf('答：社会救助要'), view.indexOf('问二')], [view.indexOf('答：医保基金'), view.length]];
  it.each<[string, number | null]>([
    ['分散供养补贴发给谁？', 1],
    ['200元够不够？', 1],
    ['2300万元够不够？', 2],
    // said again in the second answer: the first said it
    ['分散供养怎么算？', 1],
    // near-misses: the subject said before any answer, words the member's own question said first, nothing shared
    ['社会救助怎么办？', null],
    ['医保基金怎么调整？', null],
    ['危房改造怎么样？', null],
  ])('%s → %s', (words, expected) => {
    expect(echoedQuestion(view, words, spans)).toBe(expected);
  });
  it('only among the eligible questions', () => {
    expect(echoedQuestion(view, '分散供养补贴发给谁？', spans, (n) => n !== 1)).toBe(null);
  });
});
