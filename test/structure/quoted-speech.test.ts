import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import type { SpeakerMention, MentionForm } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';
import { OWN_QUESTION_AFTER, narratedQuestion } from '../../src/structure/quoted-speech.js';
import { nameOf, structureOf } from '../helpers/structure.js';

/** A hand-made mention of `whole` (title + name as written) at its n-th occurrence in `text`. */
function mention(text: string, whole: string, congress: boolean, form: MentionForm = 'title-name', nth = 0): SpeakerMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(whole, at + 1);
  return { span: [at, at + whole.length], form, name: whole, nameSpan: [at, at + whole.length], title: null, titleSpan: null, organization: null, congress };
}

type Row = [string, string, Array<[string, boolean, MentionForm?]>, Array<[string, string, string]>];

describe('[quoted-speech] a quotation naming its speaker after it', () => {
  it.each<Row>([
    ['quote first', '因此询问法院。“执行完毕率低,这是重点。”市法院执行局局长高红丽说。', [['市法院执行局局长高红丽', false]], [['responder', 'quote-first', '“执行完毕率低']]],
    ['quote first after a connective', '对此,“我们将加快推进。”市住建局局长李明说。', [['市住建局局长李明', false]], [['responder', 'quote-first', '“我们将加快推进。”']]],
    ['quote first asker', '“资金从哪里来?”市人大常委会委员王某某率先发问。', [['市人大常委会委员王某某', true]], [['asker', 'quote-first', '“资金从哪里来?”']]],
    // A lede: the quotation opens the paragraph, the asker is named later in that sentence.
    ['a lede quoting the first question', '“农村供水何时能彻底解决？”11月15日，在市人大常委会会议上，市人大常委会委员巴某某一开场就抛出尖锐问题。', [['市人大常委会委员巴某某', true]], [['asker', 'quote-first', '“农村供水']]],
    ['a lede naming someone else first is no quote-first turn', '“农村供水何时能彻底解决？”在会上，市长李某某的承诺言犹在耳，市人大常委会委员巴某某一开场就抛出尖锐问题。', [['市长李某某', false], ['市人大常委会委员巴某某', true]], [['asker', 'reported', '市人大常委会委员巴某某一开场就抛']]],
    ['a lede: “…?”面对委员某的提问, then the official answers', '“企业开办时间还能不能再压缩？”面对市人大常委会委员詹某某的提问，市市场监管局局长袁某某回应：已压缩至1个工作日。', [['市人大常委会委员詹某某', true], ['市市场监管局局长袁某某', false]], [['asker', 'quote-first', '“企业开办'], ['responder', 'reported', '市市场监管局局长袁某某回应']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const mentions = ms.map(([w, c, f]) => mention(text, w, c, f));
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.map((e) => [e.role, e.kind, text.slice(e.start, e.start + expected[events.indexOf(e)]?.[2].length)])).toEqual(expected);
  });

  it('a quote opened after 追问: is the asker\'s, not the responder\'s named after it', () => {
    const text = '吴海鹰随即追问:“返黑的水体,什么时候能解决?”潘永刚回答,年底前解决。';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '吴海鹰', true, 'bare-name'), mention(text, '潘永刚', false, 'bare-name')]);
    expect(events.map((e) => [e.role, e.kind, e.start])).toEqual([['asker', 'reported', 0], ['responder', 'reported', text.indexOf('潘永刚')]]);
  });
});

describe('[quoted-speech] a lede whose quotation is the member\'s question, possessed', () => {
  it.each<Row>([
    ['X的第一个问题 after a lede', '“托育收费为什么这么高？”12月20日上午，在州人大常委会会议联组会议上，州人大常委会委员欧阳某某的第一个问题就直指群众痛点。', [['州人大常委会委员欧阳某某', true]], [['asker', 'quote-first', '“托育收费']]],
    ['X的提问 after a lede', '“入住率怎么样？”在会上，州人大常委会委员司马某某的提问让会场安静下来。', [['州人大常委会委员司马某某', true]], [['asker', 'quote-first', '“入住率']]],
    // Near misses: the member's proposal, not a question; an official's question (only a member's is owned so).
    ['X的建议 owns no question', '“托育收费为什么这么高？”在会上，州人大常委会委员欧阳某某的建议得到回应。', [['州人大常委会委员欧阳某某', true]], []],
    ['an official\'s 的问题 is no asker', '“托育收费为什么这么高？”在会上，州卫生健康委主任何某某的问题清单很长。', [['州卫生健康委主任何某某', false]], []],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, ms.map(([w, c, f]) => mention(text, w, c, f)));
    expect(events.map((e, i) => [e.role, e.kind, text.slice(e.start, e.start + (expected[i]?.[2].length ?? 0))])).toEqual(expected);
  });

  it('OWN_QUESTION_AFTER: the question possessed, not another noun', () => {
    for (const s of ['的第一个问题就直指', '的问题让会场', '的提问切中要害', '的首个问题', '的一连串发问']) expect(OWN_QUESTION_AFTER.test(s)).toBe(true);
    for (const s of ['的建议', '的回答很具体', '关注的问题', '所提的问题']) expect(OWN_QUESTION_AFTER.test(s)).toBe(false);
  });
});

describe('[quoted-speech] the newspaper opening: a quoted question, the lede, then who asked it', () => {
  const lede = '9月24日下午，省人大常委会举行联组会议，结合审议省政府关于分级诊疗制度建设情况的报告开展专题询问。';
  it.each<Row>([
    ['首先发问的是 after the lede', `“县域内就诊率是多少？还有多大差距？”${lede}首先发问的是省人大常委会委员杜某某。`, [['省人大常委会委员杜某某', true]], [['asker', 'quote-first', '“县域内就诊率']]],
    ['率先提问的是 after two lede sentences', `【分级诊疗】“基层留不住人怎么办？”${lede}会议由主任会议成员主持。率先提问的是省人大代表马某某。`, [['省人大代表马某某', true]], [['asker', 'quote-first', '“基层留不住人']]],
    ['会上，第一个提问的是 after the lede', `“县域内就诊率是多少？”${lede}会上，第一个提问的是省人大常委会委员杜某某。`, [['省人大常委会委员杜某某', true]], [['asker', 'quote-first', '“县域内就诊率']]],
    // Near misses: a statement quoted, not a question; the lede names someone who speaks; a quotation inside the lede;
    // the announcement not at the mention (the member merely named); no lede sentence ending before the announcement.
    ['a quoted statement is no question', `“分级诊疗要落到实处。”${lede}首先发问的是省人大常委会委员杜某某。`, [['省人大常委会委员杜某某', true]], [['asker', 'reported', '首先发问的是']]],
    // (Someone named in the lede who says nothing there — attends, presides — leaves the quote to the one announced: t67 #4.)
    ['someone named in the lede, attending', `“县域内就诊率是多少？”${lede}副省长柯某某到会。首先发问的是省人大常委会委员杜某某。`, [['副省长柯某某', false], ['省人大常委会委员杜某某', true]], [['asker', 'quote-first', '“县域内就诊率']]],
    ['the chair presiding and an official attending to hear', `“县域内就诊率是多少？”${lede}省人大常委会副主任孙某某主持会议，副省长柯某某到会听取意见。首先发问的是省人大常委会委员杜某某。`, [['省人大常委会副主任孙某某', true], ['副省长柯某某', false], ['省人大常委会委员杜某某', true]], [['asker', 'quote-first', '“县域内就诊率']]],
    ['someone named in the lede who speaks', `“县域内就诊率是多少？”${lede}副省长柯某某介绍了有关情况。首先发问的是省人大常委会委员杜某某。`, [['副省长柯某某', false], ['省人大常委会委员杜某某', true]], [['responder', 'reported', '副省长柯某某'], ['asker', 'reported', '首先发问的是']]],
    ['a quotation in the lede', `“县域内就诊率是多少？”会上，大家围绕“强基层”开展专题询问。首先发问的是省人大常委会委员杜某某。`, [['省人大常委会委员杜某某', true]], [['asker', 'reported', '首先发问的是']]],
    ['a member named, not announced', `“县域内就诊率是多少？”${lede}省人大常委会委员杜某某一直关注此事。`, [['省人大常委会委员杜某某', true]], [['asker', 'reported', '省人大常委会委员杜某某']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, ms.map(([w, c, f]) => mention(text, w, c, f)));
    expect(events.map((e, i) => [e.role, e.kind, text.slice(e.start, e.start + (expected[i]?.[2].length ?? 0))])).toEqual(expected);
  });
});

describe('[quoted-speech] a narrated question: a member\'s verb phrase, a colon, a quotation that asks', () => {
  it.each<[string, string, boolean]>([
    ['把话筒转向了…', '把话筒转向了养老：“农村老人多，怎么让它转起来？”', true],
    ['话锋一转', '话锋一转：“资金从哪里来？”', true],
    // Near misses: possessed (的问题是), a quotation that asks nothing, a clause break before the colon.
    ['的问题是 is possessed', '的问题是：“资金从哪里来？”', false],
    ['a quotation that asks nothing', '把话筒转向了养老：“农村老人多。”', false],
    ['a comma before the colon', '在会上表示，要抓落实：“资金从哪里来？”', false],
    ['no quotation after the colon', '把话筒转向了养老：资金从哪里来？', false],
  ])('%s', (_name, after, found) => {
    const view = normalize('委员某某' + after);
    const at = narratedQuestion(view, 4, view.length);
    expect(at).toBe(found ? view.indexOf('“') : null);
  });

  it('a member asks from the sentence\'s start, the words at the quotation; an official so is no asker', () => {
    const text = '紧接着，州人大代表、大树村党总支书记李某某把话筒转向了养老：“农村老人多，怎么让它转起来？”州民政局局长者某某把话题转向了资金：“钱从哪里来？”';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '州人大代表、大树村党总支书记李某某', true), mention(text, '州民政局局长者某某', false)]);
    expect(events.map((e) => [e.role, e.kind, e.start, e.wordsStart])).toEqual([['asker', 'reported', 0, text.indexOf('“农村')]]);
  });
});

describe('[quoted-speech] pressing the question just answered (紧追不舍) is a follow-up', () => {
  it.each<[string, string, boolean]>([
    ['紧追不舍', '“调整后的价格能降到多少？”司马某某紧追不舍。', true],
    ['穷追不舍', '“调整后的价格能降到多少？”司马某某穷追不舍。', true],
    ['追问道', '“调整后的价格能降到多少？”司马某某追问道。', true],
    // Near misses: asking, not pressing.
    ['问道', '“调整后的价格能降到多少？”司马某某问道。', false],
    ['说', '“调整后的价格能降到多少？”司马某某说。', false],
  ])('%s', (_name, text, followUp) => {
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '司马某某', true, 'bare-name')]);
    expect(events.map((e) => [e.role, e.kind, e.followUp])).toEqual([['asker', 'quote-first', followUp]]);
  });
});

describe('[quoted-speech] a feature reporting its exchanges in narration, end to end', () => {
  const text = [
    '追问直指群众期盼', '',
    '“护理员为什么招不到年轻人？”9月26日上午，在县人大常委会联组会议上，县人大常委会委员滕卫国的第一个问题就直指护理人员短缺。', '',
    '面对提问，县人社局局长宓海涛坦言，全县敬老院现有护理员64人。', '',
    '紧接着，县人大常委会委员上官淑芬把话筒转向了医养结合：“老人看病为什么还要跑县城？”', '',
    '县卫健委主任鲍建新回答，今年完成签约18对。', '',
    '“签约之后，医生多久去一次？”上官淑芬紧追不舍。', '',
    '鲍建新回答，每周至少巡诊1次。',
  ].join('\n');
  it('three questions, the last following up the second', () => {
    const s = structureOf(text);
    expect(s.questions.map((q) => [q.text, q.askers.map((a) => nameOf(s, a)), q.responders.map((r) => nameOf(s, r)), q.followUpOf])).toEqual([
      ['护理员为什么招不到年轻人？', ['滕卫国'], ['宓海涛'], null],
      ['老人看病为什么还要跑县城？', ['上官淑芬'], ['鲍建新'], null],
      ['签约之后，医生多久去一次？', ['上官淑芬'], ['鲍建新'], 2],
    ]);
  });
});
