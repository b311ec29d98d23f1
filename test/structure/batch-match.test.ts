import { describe, expect, it } from 'vitest';
import { matchAnswers, referenceIn, type AnswerUnit, type BatchQuestion } from '../../src/structure/batch-match.js';

/** An invented batch: three members of a city congress ask, three bureaus answer. */
const BATCH: BatchQuestion[] = [
  { askers: ['韦丽萍'], text: '部分学校午餐配送不及时,饭菜到校已经凉了,市教育局如何改进校园配餐管理?', addressees: ['市教育局'] },
  { askers: ['欧阳振宇'], text: '老旧小区加装电梯审批环节多、周期长,市住建局能否简化审批流程?', addressees: ['市住建局'] },
  { askers: ['马海燕'], text: '夜间施工噪声扰民投诉多,市生态环境局怎样加强执法?', addressees: ['市生态环境局'] },
];

const unit = (lead: string, organization: string | null = null): AnswerUnit => ({ lead, organization });

describe('[batch-match] explicit references', () => {
  it.each<[string, number | null, string | null]>([
    ['针对第一个问题,市教育局局长钱国华回答说,', 0, 'ordinal'],
    ['关于第3个问题,市生态环境局副局长孔敏表示,', 2, 'ordinal'],
    ['对于第二位委员提出的问题,市住房和城乡建设局局长汤建平回应,', 1, 'ordinal'],
    ['就欧阳振宇委员提出的问题,市住房和城乡建设局局长汤建平回应,', 1, 'asker'],
    ['针对委员马海燕关心的问题,孔敏说,', 2, 'asker'],
    ['对韦委员的提问,钱国华回答,', 0, 'asker'],
    ['关于加装电梯审批问题,汤建平介绍,', 1, 'topic'],
    ['关于夜间施工噪声的问题,孔敏表示,', 2, 'topic'],
    // 关于 and its topic opening the answer, no 问题 after it: "关于加装电梯审批,今年…".
    ['关于加装电梯审批,今年已加装电梯318部。', 1, 'topic'],
    ['关于校园配餐,全市已有126所学校实行中央厨房配送。', 0, 'topic'],
    // No reference: generic words, a question out of range, a topic two questions share.
    ['针对委员们提出的问题,钱国华表示,', null, null],
    ['关于第五个问题,钱国华表示,', null, null],
    ['关于管理问题,钱国华表示,', null, null],
    // (Only 关于 opening the words: "今年关于加装电梯审批," is a sentence about it; 就 and 对于 need their 问题.)
    ['今年关于加装电梯审批,已加装电梯318部。', null, null],
    ['就加装电梯审批,我们做了调研。', null, null],
    ['市教育局局长钱国华回答说,', null, null],
  ])('%s → %s', (lead, question, evidence) => {
    const ref = referenceIn(lead, BATCH);
    expect(ref?.question ?? null).toBe(question);
    expect(ref?.evidence ?? null).toBe(evidence);
  });
});

describe('[batch-match] matching the answers of a batch', () => {
  it('an ordinal, a topic, then the organization of the third', () => {
    const got = matchAnswers(BATCH, [
      unit('针对第一个问题,市教育局局长钱国华回答说,', '市教育局'),
      unit('关于加装电梯审批问题,市住房和城乡建设局局长汤建平介绍,', '市住房和城乡建设局'),
      unit('市生态环境局副局长孔敏回应,', '市生态环境局'),
    ]);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[0, 'ordinal'], [1, 'topic'], [2, 'organization']]);
  });

  it('organizations in another order than the questions (住建 abbreviated in the question)', () => {
    const got = matchAnswers(BATCH, [
      unit('市生态环境局副局长孔敏回应,', '市生态环境局'),
      unit('市住房和城乡建设局局长汤建平表示,', '市住房和城乡建设局'),
      unit('市教育局局长钱国华说,', '市教育局'),
    ]);
    expect(got.map((m) => m.question)).toEqual([2, 1, 0]);
  });

  it('a supplement goes with the answer before it', () => {
    const got = matchAnswers(BATCH, [
      unit('针对第二个问题,汤建平回答,', '市住房和城乡建设局'),
      unit('副市长龙少华补充说,', '市政府'),
    ]);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[1, 'ordinal'], [1, 'supplement']]);
  });

  it('a bureau chief adding to the vice-mayor\'s answers adds to the question put to his bureau', () => {
    const got = matchAnswers(BATCH, [
      unit('针对第一个问题,副市长龙少华表示,', '市政府'),
      unit('关于第二个问题,龙少华说,', '市政府'),
      unit('市住房和城乡建设局局长汤建平补充说,', '市住房和城乡建设局'),
      unit('关于第三个问题,龙少华表示,', '市政府'),
    ]);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[0, 'ordinal'], [1, 'ordinal'], [1, 'organization'], [2, 'ordinal']]);
  });

  it('reading order when no answer says which, as many answers as questions', () => {
    const noOrg = BATCH.map((q) => ({ ...q, addressees: [] }));
    const got = matchAnswers(noOrg, [unit('钱国华回答,'), unit('汤建平表示,'), unit('孔敏说,')]);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[0, 'order'], [1, 'order'], [2, 'order']]);
  });

  it('reading order for the answers left over, between the matched ones', () => {
    const got = matchAnswers(BATCH, [unit('钱国华回答,'), unit('关于加装电梯审批问题,汤建平介绍,'), unit('孔敏说,')]);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[0, 'order'], [1, 'topic'], [2, 'order']]);
  });

  it.each<[string, AnswerUnit[]]>([
    ['two answers to three questions', [unit('钱国华回答,'), unit('汤建平表示,')]],
    ['four answers to three questions', [unit('钱国华回答,'), unit('汤建平表示,'), unit('孔敏说,'), unit('龙少华说,')]],
  ])('no guess with mismatched counts: %s', (_name, units) => {
    const noOrg = BATCH.map((q) => ({ ...q, addressees: [] }));
    expect(matchAnswers(noOrg, units).map((m) => m.question)).toEqual(units.map(() => null));
  });

  it('no guess that would break the reading order', () => {
    // The third answer names the first question: the two before it cannot be the 2nd and 3rd in order.
    const noOrg = BATCH.map((q) => ({ ...q, addressees: [] }));
    const got = matchAnswers(noOrg, [unit('钱国华回答,'), unit('汤建平表示,'), unit('针对第一个问题,孔敏说,')]);
    expect(got.map((m) => m.question)).toEqual([null, null, 0]);
  });

  it('an organization two questions are put to says nothing', () => {
    const both = [BATCH[0], { ...BATCH[1], addressees: ['市教育局'] }];
    expect(matchAnswers(both, [unit('钱国华回答,', '市教育局')]).map((m) => m.question)).toEqual([null]);
  });
});

describe('[batch-match] responders announced as answering respectively (A和B分别作了回答)', () => {
  const noOrg = BATCH.map((q) => ({ ...q, addressees: [] }));
  const named = (lead: string, name: string, organization: string | null = null): AnswerUnit => ({ lead, organization, name });
  const LIST = ['钱国华', '汤建平', '孔敏'];
  // Each row: the answers (speaker names, in reading order), the list, and the questions they go to.
  it.each<[string, AnswerUnit[], string[] | null, Array<number | null>, Array<string | null>]>([
    ['answers in another order than named: by name', [named('孔敏说,', '孔敏'), named('钱国华说,', '钱国华'), named('汤建平说,', '汤建平')], LIST, [2, 0, 1], ['named', 'named', 'named']],
    ['answers in the named order', [named('钱国华说,', '钱国华'), named('汤建平说,', '汤建平'), named('孔敏说,', '孔敏')], LIST, [0, 1, 2], ['named', 'named', 'named']],
    ['a supplement by someone not named goes with the answer before it', [named('孔敏说,', '孔敏'), named('副市长龙少华补充说,', '龙少华'), named('钱国华说,', '钱国华'), named('汤建平说,', '汤建平')], LIST, [2, 2, 0, 1], ['named', 'supplement', 'named', 'named']],
    // near-misses: no list, or a list not one per question — the reading-order guard stays.
    ['no list: reading order, whoever speaks', [named('孔敏说,', '孔敏'), named('钱国华说,', '钱国华'), named('汤建平说,', '汤建平')], null, [0, 1, 2], ['order', 'order', 'order']],
    ['one of the named not heard: the list is no guide', [named('钱国华说,', '钱国华'), named('孔敏说,', '孔敏')], LIST, [null, null], [null, null]],
    ['a list of two for three questions is no guide', [named('孔敏说,', '孔敏'), named('钱国华说,', '钱国华'), named('针对第一个问题,汤建平说,', '汤建平')], ['孔敏', '钱国华'], [null, null, 0], [null, null, 'ordinal']],
  ])('%s', (_name, units, list, questions, evidence) => {
    const got = matchAnswers(noOrg, units, list);
    expect(got.map((m) => m.question)).toEqual(questions);
    expect(got.map((m) => m.evidence)).toEqual(evidence);
  });

  it('firmer evidence against the list\'s order: the list is no guide, the one answer left takes the one question left', () => {
    // 孔敏 answers the question put to his bureau (the third), though named first: the names are in some other order.
    const two = [BATCH[0], BATCH[2]];
    const got = matchAnswers(two, [named('市生态环境局副局长孔敏说,', '孔敏', '市生态环境局'), named('钱国华说,', '钱国华')], ['孔敏', '钱国华']);
    expect(got.map((m) => [m.question, m.evidence])).toEqual([[1, 'organization'], [0, 'order']]);
    // (without the announcement, the one left over would break the reading order: no guess)
    const none = matchAnswers(two, [named('市生态环境局副局长孔敏说,', '孔敏', '市生态环境局'), named('钱国华说,', '钱国华')]);
    expect(none.map((m) => m.question)).toEqual([1, null]);
  });
});
