import { describe, expect, it } from 'vitest';
import { answererLink, pressedAnswerer } from '../../src/structure/answerer-follow-ups.js';
import { answererOf, type Answerer } from '../../src/structure/back-references.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

/** A titled mention of an official: name, surname (欧阳 of 欧阳锋, 司徒 of 司徒敏), office and organization. */
function official(name: string, organization: string, office: string): SpeakerMention {
  const surname = /^(?:欧阳|司徒)/u.test(name) ? name.slice(0, 2) : name[0];
  return { span: [0, 0], form: 'title-name', name, nameSpan: null, title: organization + office, titleSpan: null, organization, congress: false, office, surname };
}

// Question 1 (asked by 苗青) answered by 县农业农村局局长 欧阳锋; question 2 (柏松) by 县水利局局长 岑立;
// question 3 (龚雪) by 县住建局副局长 司徒敏.
const ANSWERERS: Answerer[] = [
  answererOf(1, official('欧阳锋', '县农业农村局', '局长'))!,
  answererOf(2, official('岑立', '县水利局', '局长'))!,
  answererOf(3, official('司徒敏', '县住建局', '副局长'))!,
];
const ASKERS = ['苗青', '柏松', '龚雪'];
const askerOf = (n: number): string | null => ASKERS[n - 1] ?? null;

describe('[answerer-follow-ups] the question a 追问 presses, by who answered it', () => {
  // Each row: the 追问's words, who answers it, the questions it would follow otherwise, who asks, whether answering
  // alone is evidence, and the question it follows (null: the one it would follow otherwise).
  it.each<[string, string, string[], number[], string, boolean, number | null]>([
    ['a vocative naming who answered question 1', '欧阳局长，高标准农田建了多少？', ['欧阳锋'], [3], '柏松', false, 1],
    ['a vocative after 请问', '请问欧阳锋局长，种粮补贴什么时候发？', [], [3], '柏松', false, 1],
    ['a vocative after 追问一下', '追问一下，岑局长，水库除险加固完成了吗？', ['岑立'], [3], '龚雪', false, 2],
    ['a vocative greeting: 岑局长您好', '岑局长您好，山塘清淤进度如何？', ['岑立'], [3], '苗青', false, 2],
    ['a deputy addressed without 副', '司徒局长，老旧小区改造还差多少户？', [], [1], '苗青', false, 3],
    ['the vocative names who answered the exchange it follows: no link', '岑局长，还有多少没完成？', ['岑立'], [2], '柏松', false, null],
    ['a back-reference naming who answered', '刚才岑局长提到山塘清淤，资金从哪里来？', ['岑立'], [3], '龚雪', false, 2],
    ['answered by who answered question 2 only, answering enough', '山塘清淤资金从哪里来？', ['岑立'], [3], '苗青', true, 2],
    ['answered by who answered question 2, answering not enough (the member\'s own exchange)', '山塘清淤资金从哪里来？', ['岑立'], [3], '龚雪', false, null],
    ['answered also by who answered the exchange it follows: no link', '资金从哪里来？', ['岑立', '司徒敏'], [3], '苗青', true, null],
    ['answered by someone new: no link', '资金从哪里来？', ['韦华'], [3], '苗青', true, null],
    ['a name thanked is no vocative', '谢谢岑局长的回答，资金从哪里来？', [], [3], '苗青', false, null],
    ['a name inside the words is no vocative', '我们都知道岑局长很忙，资金从哪里来？', [], [3], '苗青', false, null],
  ])('%s', (_name, words, responders, keep, who, byAnswerOnly, expected) => {
    const link = answererLink(normalize(words), responders, ANSWERERS, new Set(keep), askerOf, who, byAnswerOnly);
    expect(link?.question ?? null).toBe(expected);
  });

  it('a vocative fitting two different people (two 欧阳局长) names nobody', () => {
    const two = [...ANSWERERS, answererOf(4, official('欧阳明', '县林业局', '局长'))!];
    expect(answererLink('欧阳局长，撂荒地复耕了多少？', [], two, new Set([5]), askerOf, '柏松', false)).toBeNull();
  });

  it('among questions the same official answered, the member\'s own breaks the tie', () => {
    const twice = [answererOf(1, official('欧阳锋', '县农业农村局', '局长'))!, answererOf(2, official('欧阳锋', '县农业农村局', '局长'))!];
    expect(answererLink('种粮补贴什么时候发？', ['欧阳锋'], twice, new Set([3]), askerOf, '苗青', true)?.question).toBe(1);
    expect(answererLink('种粮补贴什么时候发？', ['欧阳锋'], twice, new Set([3]), askerOf, '龚雪', true)?.question).toBe(2);
  });
});

const build = (text: string) => buildStructure({ text, view: normalize(text) });
const followUps = (text: string) => build(text).questions.map((q) => q.followUpOf);

const INTRO = '某县人大常委会专题询问实录\n\n';
const Q1 = '县人大常委会委员 苗青：我问县农业农村局。高标准农田建了多少？\n\n县农业农村局局长 欧阳锋：今年建成8万亩。\n\n';
const Q2 = '县人大常委会委员 柏松：我问县水利局。水库除险加固完成了吗？\n\n县水利局局长 岑立：完成了12座。\n\n';
const Q3 = '县人大常委会委员 龚雪：我问县住建局。农房改造进度如何？\n\n县住建局局长 司马南：完成了九成。\n\n';
const ANSWER = '\n\n县农业农村局局长 欧阳锋：明年再建5万亩。';
/** Question 2 whose answer ends on a point of its own (灌区配套资金缺口), said nowhere before. */
const Q2_POINT = '县人大常委会委员 柏松：我问县水利局。水库除险加固完成了吗？\n\n县水利局局长 岑立：完成了12座，但灌区配套资金缺口较大。\n\n';

describe('[answerer-follow-ups] in a transcript: a 追问 follows the question whose official it addresses or who answers it', () => {
  it.each<[string, string, (number | null)[]]>([
    ['the asker of question 2 addresses who answered question 1, right after question 2', `${Q1}${Q2}县人大常委会委员 柏松（追问）：欧阳局长，撂荒地复耕了多少？${ANSWER}`, [null, null, 1]],
    ['the asker of question 2, after question 3, with a vocative', `${Q1}${Q2}${Q3}县人大常委会委员 柏松（追问）：欧阳局长，撂荒地复耕了多少？${ANSWER}`, [null, null, null, 1]],
    ['the asker of question 2, after question 3, answered by who answered question 1', `${Q1}${Q2}${Q3}县人大常委会委员 柏松（追问）：撂荒地复耕了多少？${ANSWER}`, [null, null, null, 1]],
    ['a member who has asked nothing yet addresses who answered question 1', `${Q1}${Q2}县人大常委会委员 龚雪（追问）：欧阳局长，撂荒地复耕了多少？${ANSWER}`, [null, null, 1]],
    ['a member who has asked nothing yet, answered by who answered question 1', `${Q1}${Q2}县人大常委会委员 龚雪（追问）：撂荒地复耕了多少？${ANSWER}`, [null, null, 1]],
    // As before: the question just answered when the one answering answered it, or nobody named answered before.
    ['answered by who answered the question just before', `${Q1}${Q2}县人大常委会委员 龚雪（追问）：病险水库还有几座？\n\n县水利局局长 岑立：还有3座。`, [null, null, 2]],
    // Answering alone is no evidence when the words take up what was first said in the exchange just answered; naming is.
    ['a newcomer taking up the last point of question 2, answered by who answered question 1', `${Q1}${Q2_POINT}县人大常委会委员 龚雪追问：灌区配套资金缺口怎么解决？${ANSWER}`, [null, null, 2]],
    ['the same words addressed to who answered question 1 by name', `${Q1}${Q2_POINT}县人大常委会委员 龚雪追问：欧阳局长，灌区配套资金缺口怎么解决？${ANSWER}`, [null, null, 1]],
    ['a newcomer on a matter of question 1, answered by who answered it', `${Q1}${Q2_POINT}县人大常委会委员 龚雪追问：撂荒地复耕了多少？${ANSWER}`, [null, null, 1]],
    ['answered by someone new, the asker pressing their own question', `${Q1}${Q2}县人大常委会委员 柏松（追问）：资金从哪里来？\n\n县财政局局长 韦华：已安排1200万元。`, [null, null, 2]],
  ])('%s', (_name, body, expected) => {
    expect(followUps(`${INTRO}${body}`)).toEqual(expected);
  });
});

describe('[answerer-follow-ups] a newcomer\'s reported 追问 that an earlier answerer answers again ("再次作答") follows that question (t41 #13)', () => {
  const R1 = '州人大常委会委员吴国强首先发问：州政府采取了哪些措施稳住乡村教师队伍？\n\n州教育局局长龙文彬回答，全州近三年共招聘乡村教师1860名。\n\n';
  const R2 = '州人大常委会委员欧阳丽娟就校园安全问题发问：法院在保护未成年人方面做了哪些工作？\n\n州中级人民法院副院长上官志远回应说，共审结涉未成年人案件317件。\n\n';
  const ASK = '“双语教学质量怎么评价？”州人大常委会委员王·达瓦扎西接着追问。\n\n';
  it.each<[string, string, (number | null)[]]>([
    ['再次作答 by who answered question 1', `${R1}${R2}${ASK}龙文彬再次作答。他说，评价办法已制定。`, [null, null, 1]],
    ['又回答 by who answered question 1', `${R1}${R2}${ASK}龙文彬又回答说，评价办法已制定。`, [null, null, 1]],
    // near-misses: who answered the question just before answers again (it stays there); an answer not said to be given again
    ['再次作答 by who answered the question just before', `${R1}${R2}${ASK}上官志远再次作答。他说，法院将配合评价。`, [null, null, 2]],
    ['回答 alone, the 追问 said to follow on', `${R1}${R2}${ASK}龙文彬回答，评价办法已制定。`, [null, null, 2]],
  ])('%s', (_name, body, expected) => {
    expect(followUps(`州人大常委会专题询问\n\n${body}`)).toEqual(expected);
  });
});

describe('[answerer-follow-ups] a reported 追问 naming whom it presses', () => {
  it.each<[string, string, number | null]>([
    ['追问 + the name of who answered question 2', '代表追问岑立:', 2],
    ['追问 + surname and post', '委员接着追问欧阳局长,', 1],
    ['再次追问 + name', '代表再次追问司徒敏:', 3],
    // Near-misses: nobody who answered, no 追问, a name not right after the verb.
    ['追问 + someone who answered nothing', '代表追问韦华:', null],
    ['问 without 追', '代表问岑立:', null],
    ['追问 + an office', '代表追问县水利局:', null],
    ['the name later in the clause', '代表追问道,岑立:', null],
  ])('%s', (_name, clause, expected) => {
    expect(pressedAnswerer(clause, ANSWERERS)).toBe(expected);
  });
  it('in a news report: a 追问 naming who answered question 1 follows it, under a new topic heading too', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const body = (verb: string) => '某市人大常委会对水污染防治工作开展专题询问\n2021年6月29日，某市人大常委会举行联组会议开展专题询问。\n'
      + '聚焦黑臭水体治理\n市人大常委会委员刘某江首先发问：黑臭水体返黑返臭，原因是什么？\n市生态环境局局长张某庆回应说，主要是雨污管网混接错接。\n'
      + '市住房和城乡建设局局长李某斌补充说，将实施雨污分流改造。\n'
      + `聚焦工业园区污水处理\n刘某代表${verb}：工业园区污水处理厂由谁监管？\n李某斌回答，由园区管委会负责。\n`;
    expect(parse(body('追问李某斌')).questions.map((q) => q.followUpOf)).toEqual([null, 1]);
    // (Without a name, a 追问 under a new heading opens a new matter.)
    expect(parse(body('追问')).questions.map((q) => q.followUpOf)).toEqual([null, null]);
  });
});
