import { describe, expect, it } from 'vitest';
import { answererOf, citedFirstIn, referredQuestion, type Answerer } from '../../src/structure/back-references.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** A titled mention of an official: name, surname, office and organization. */
function official(name: string, organization: string, office: string): SpeakerMention {
  return { span: [0, 0], form: 'title-name', name, nameSpan: null, title: organization + office, titleSpan: null, organization, congress: false, office, surname: name[0] };
}

// Question 1 answered by 市住建局局长 车某某 and 市住建局副局长 闻某; question 2 by 市卫健委主任 蒲某某;
// question 3 by 市住建局局长 车某某 again; question 4 by 市医保局副局长 车某 (another 车).
const ANSWERERS: Answerer[] = [
  answererOf(1, official('车某某', '市住建局', '局长'))!,
  answererOf(1, official('闻某', '市住建局', '副局长'))!,
  answererOf(2, official('蒲某某', '市卫健委', '主任'))!,
  answererOf(3, official('车某某', '市住建局', '局长'))!,
];

describe('[back-references] which earlier answer a member points back to', () => {
  it.each<[string, string, readonly Answerer[], string[], number | null]>([
    ['surname + post after 刚才', '刚才蒲主任提到家庭医生签约率,但农村…', ANSWERERS, [], 2],
    ['surname + post, the latest of the same person', '刚才车局长讲了旧改计划,进度能否加快?', ANSWERERS, [], 3],
    ['a deputy addressed without 副', '前面闻局长介绍的试点,何时推开?', ANSWERERS, [], 1],
    ['the full name, 同志, 在回答中', '前面车某某同志在回答中提到加装电梯…', ANSWERERS, [], 3],
    ['the office before 刚才', '我注意到卫健委刚才提到的数字…', ANSWERERS, [], 2],
    ['the office after 刚才, with its level', '刚才市卫健委介绍了基层医疗的情况…', ANSWERERS, [], 2],
    ['heard: 刚才听了…的介绍', '刚才听了蒲主任的介绍,我还是有疑问。', ANSWERERS, [], 2],
    ['您刚才说: the one answering now', '您刚才说还要三年,能不能提前?', ANSWERERS, ['蒲某某'], 2],
    ['刚才您提到: the one answering now', '刚才您提到旧改资金,缺口多大?', ANSWERERS, ['车某某'], 3],
    ['我想问您刚才说的: the one answering now', '我想问您刚才说的旧改资金,缺口多大?', ANSWERERS, ['车某某'], 3],
    // nothing to link
    ['a referent nobody answered as', '刚才李主任提到的问题…', ANSWERERS, [], null],
    ['no time word: no back-reference', '蒲主任,家庭医生签约率是多少?', ANSWERERS, [], null],
    ['刚才 with no speech verb', '刚才的回答我不太满意。', ANSWERERS, [], null],
    ['您刚才说, but the one answering now answered nothing before', '您刚才说还要三年?', ANSWERERS, ['邹某'], null],
    ['two different 车局长 answered: ambiguous', '刚才车局长讲了,资金从哪里来?', [...ANSWERERS, answererOf(4, official('车某', '市医保局', '局长'))!], [], null],
  ])('%s', (_name, words, answerers, addressed, expected) => {
    expect(referredQuestion(normalize(words), answerers, addressed)).toBe(expected);
  });

  // 车某某 answered question 1 on 加装电梯 and question 3 on 旧改资金; 蒲某某 question 2 on 家庭医生.
  const SAID: Answerer[] = [
    answererOf(1, official('车某某', '市住建局', '局长'), '今年完成老旧小区加装电梯120部，每季度通报一次进度。')!,
    answererOf(2, official('蒲某某', '市卫健委', '主任'), '家庭医生签约率达到65%，每季度通报一次。')!,
    answererOf(3, official('车某某', '市住建局', '局长'), '旧改资金主要来自中央补助和专项债。')!,
  ];
  it.each<[string, string, readonly Answerer[], string[], number | null]>([
    // the answer that holds the cited words, not the person's latest
    ['刚才…说: the words cited are in the earlier answer', '我追问一下,刚才车局长说每季度通报一次进度,通报给谁?', SAID, [], 1],
    ['刚才…提到: the cited words after a colon and a quote', '刚才车局长提到:“加装电梯120部”,资金够吗?', SAID, [], 1],
    ['您刚才讲: the one answering now, the earlier answer', '您刚才讲加装电梯,老人怎么申请?', SAID, ['车某某'], 1],
    ['the office cited: the earlier answer of its official', '刚才市住建局介绍的加装电梯,进度如何?', SAID, [], 1],
    // the latest answer of the person (today's rule)
    ['the cited words in the latest answer', '刚才车局长说旧改资金来自专项债,额度多少?', SAID, [], 3],
    ['the cited words in neither answer', '刚才车局长说要加强监管,怎么监管?', SAID, [], 3],
    ['one pair of characters in common only: chance', '刚才车局长说电费,谁来出?', SAID, [], 3],
    ['the cited words in another person\'s answer only', '刚才车局长说家庭医生签约率,是多少?', SAID, [], 3],
    ['no words cited after the verb', '刚才车局长说的,我不太明白。', SAID, [], 3],
    ['the answers\' words unknown', '刚才车局长说每季度通报一次进度,通报给谁?', ANSWERERS, [], 3],
  ])('cited words: %s', (_name, words, answerers, addressed, expected) => {
    expect(referredQuestion(normalize(words), answerers, addressed)).toBe(expected);
  });

  // (t72 p11) Named 闵局长 in his first answer's label, then by bare name ("闵家骏说，…"): both answers are his.
  const BARE: Answerer[] = [
    answererOf(1, official('闵某骏', '市住建局', '局长'), '目前全市公租房在册轮候家庭2860户，今年将新筹集公租房1500套。')!,
    answererOf(2, { ...official('闵某骏', '市住建局', '局长'), office: null, surname: null }, '中心城区约占六成，其余分布在两个新区，都配套了公交线路。')!,
  ];
  it.each<[string, string, number | null, number | null]>([
    ['the words first said in the second answer, given under the bare name', '刚才闵局长说配套了公交线路，但新区就医还不方便？', 2, 2],
    ['the words first said in the first answer', '刚才闵局长说新筹集公租房1500套，中心城区有多少？', 1, 1],
    ['words of neither answer: the latest, and nothing cited', '刚才闵局长说要加强管理，怎么管理？', 2, null],
    ['too few words cited', '刚才闵局长说的，我不太明白。', 2, null],
  ])('surname + post for a person named bare later: %s', (_name, words, referred, cited) => {
    expect(referredQuestion(normalize(words), BARE, [])).toBe(referred);
    expect(citedFirstIn(normalize(words), BARE)).toBe(cited);
  });

  it('an office answered by two of its officials is one office', () => {
    expect(referredQuestion(normalize('刚才市住建局讲到旧改,…'), ANSWERERS.slice(0, 2), [])).toBe(1);
  });

  it('answererOf: name, surname + post, and the post without 副', () => {
    expect(answererOf(5, official('闻某', '市住建局', '副局长'))).toEqual({ question: 5, key: '闻某', handles: ['闻某', '闻副局长', '闻局长'], organization: '市住建局' });
    expect(answererOf(5, null)).toBeNull();
    expect(answererOf(5, official('闻某', '市住建局', '副局长'), '我们将…')?.said).toBe('我们将…');
  });
});

describe('[back-references] in a record: the 追问 follows up the answer whose words it cites', () => {
  const record = (cited: string) => '某市人大常委会专题询问记录\n\n'
    + '问（市人大常委会委员 甲某某）：城市内涝点还有多少没有整治？\n\n'
    + '答（市住建局局长 车某某）：我们将分三批整治，每月通报一次整治进度，汛期前全部完成。\n\n'
    + '问（市人大常委会委员 乙某某）：老旧小区加装电梯推进慢，原因是什么？\n\n'
    + '答（市住建局局长 车某某）：主要是居民意见难统一，我们将推行专班协调机制。\n\n'
    + `问（市人大常委会副主任 丙某某）：我追问一下，刚才车局长说${cited}，这个能不能对社会公开？\n\n`
    + '答（市住建局局长 车某某）：可以，我们将在政府网站公开。\n';
  it.each<[string, string, number]>([
    ['the words of question 1\'s answer', '每月通报一次整治进度', 1],
    // near-misses: the words of the latest answer, or of none — the latest answer (the exchange just answered)
    ['the words of question 2\'s answer', '推行专班协调机制', 2],
    ['words of no answer', '要加大投入', 2],
  ])('%s', async (_name, cited, expected) => {
    const { parse } = await import('../../src/pipeline.js');
    expect(parse(record(cited)).questions.map((q) => q.followUpOf)).toEqual([null, null, expected]);
  });
});
