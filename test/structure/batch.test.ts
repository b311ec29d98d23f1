import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../src/structure/build.js';
import { borrowedRuns, questionPieces } from '../../src/structure/batch.js';
import { normalize } from '../../src/source/normalize.js';
import type { Structure } from '../../src/structure/types.js';
import { expectStructureInvariants } from '../helpers/structure.js';
import { parse } from '../../src/pipeline.js';

function build(text: string): Structure {
  return buildStructure({ text, view: normalize(text) });
}

const nameOf = (s: Structure) => (id: string | null) => (id ? s.people.find((p) => p.id === id)?.name ?? id : null);

/** Questions as [askers, responders, last characters of the text]. */
function questions(s: Structure) {
  const n = nameOf(s);
  return s.questions.map((q) => [q.askers.map(n), q.responders.map(n), q.text.slice(-6)]);
}

/** Every responder turn as [question index, speaker, answerTo, first characters]. */
function answerTurns(s: Structure) {
  const n = nameOf(s);
  return s.questions.flatMap((q) => q.turns.filter((t) => t.role === 'responder').map((t) => [q.index, n(t.speaker), t.answerTo, t.text.slice(0, 6)]));
}

const HEAD = '市人大常委会开展校园安全专题询问\n\n本次询问采取“集中提问、逐一回答”的方式进行。\n\n';
const ASKS = [
  '市人大常委会委员韦丽萍首先提问：部分学校午餐配送不及时，饭菜到校已经凉了，市教育局如何改进校园配餐管理？',
  '市人大代表欧阳振宇接着提问：老旧小区加装电梯审批环节多、周期长，市住建局能否简化审批流程？',
  '市人大常委会委员马海燕提问：夜间施工噪声扰民投诉多，市生态环境局怎样加强执法？',
].join('\n\n');

describe('[batch] answers linked to the questions of a batch', () => {
  it('an ordinal, a topic and an organization: each answer to its question, the turns where they stand', () => {
    const text = `${HEAD}${ASKS}\n\n针对第一个问题，市教育局局长钱国华回答说，全市已有126所学校实行中央厨房配送。\n\n关于加装电梯审批问题，市住房和城乡建设局局长汤建平表示，今年已加装电梯318部。\n\n市生态环境局副局长孔敏回应，今年共查处夜间施工违法案件57起。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s)).toEqual([
      [['韦丽萍'], ['钱国华'], '园配餐管理？'],
      [['欧阳振宇'], ['汤建平'], '化审批流程？'],
      [['马海燕'], ['孔敏'], '样加强执法？'],
    ]);
    // The opening words ("针对第一个问题，") are the answer's, not the asker's.
    expect(answerTurns(s)).toEqual([
      [3, '钱国华', 1, '针对第一个问'],
      [3, '汤建平', 2, '关于加装电梯'],
      [3, '孔敏', null, '市生态环境局'],
    ]);
    expect(s.warnings.map((w) => w.code)).not.toContain('question-without-responder');
  });

  it('one official answers both, paragraph by paragraph (委员们集中提问后, 副市长…逐一作答)', () => {
    const text = '市人大常委会专题询问校园安全\n\n委员们集中提问后，市政府副市长龙少华逐一作答。\n\n市人大常委会委员韦丽萍提问：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n市人大代表欧阳振宇提问：老旧小区加装电梯审批周期长，市住建局能否简化审批流程？\n\n市政府副市长龙少华回答：感谢两位委员的提问。\n针对韦丽萍委员提出的问题，全市已有126所学校实行中央厨房配送。\n关于加装电梯审批问题，今年已加装电梯318部。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['龙少华']], [['欧阳振宇'], ['龙少华']]]);
    expect(answerTurns(s)).toEqual([
      [2, '龙少华', null, '市政府副市长'],
      [2, '龙少华', 1, '针对韦丽萍委'],
      [2, '龙少华', null, '关于加装电梯'],
    ]);
  });

  it('one official answers both in one paragraph, sentence by sentence (两个问题我一并回答。关于X,…关于Y,…)', () => {
    const text = '市人大常委会专题询问实录\n\n市人大常委会委员韦丽萍：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n市人大代表欧阳振宇：老旧小区加装电梯审批周期长，能否简化审批流程？\n\n市政府副市长龙少华：感谢两位委员的提问。两个问题我一并回答。关于校园配餐，全市已有126所学校实行中央厨房配送。关于加装电梯审批，今年已加装电梯318部。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['龙少华']], [['欧阳振宇'], ['龙少华']]]);
    expect(answerTurns(s).map((t) => [t[2], t[3]])).toEqual([[1, '市政府副市长'], [null, '关于加装电梯']]);
  });

  it('one official answers each in a turn of its own, naming the asker ("局长某:关于刘委员提出的问题,…")', () => {
    const text = '市人大常委会专题询问实录\n\n市人大常委会委员韦丽萍：部分学校午餐配送不及时，如何改进校园配餐管理？\n\n市人大代表欧阳振宇：老旧小区加装电梯审批周期长，能否简化审批流程？\n\n市政府副市长龙少华：针对韦丽萍委员的问题，全市已有126所学校实行中央厨房配送。\n\n市政府副市长龙少华：关于欧阳振宇代表提出的问题，今年已加装电梯318部。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['龙少华']], [['欧阳振宇'], ['龙少华']]]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([1, null]);
  });

  it('a reference after a courtesy sentence ("谢谢委员。关于第二个问题,…"), answers in another order than the questions', () => {
    const text = '市人大常委会专题询问实录\n\n市人大常委会委员　韦丽萍：部分学校午餐配送不及时，怎么改进校园配餐管理？\n\n市人大代表　欧阳振宇：老旧小区加装电梯审批周期长，能否简化审批流程？\n\n市住房和城乡建设局局长　汤建平：谢谢委员。关于第二个问题，今年已加装电梯318部。\n\n市教育局局长　钱国华：感谢两位的提问。针对韦丽萍委员提出的问题，全市已有126所学校实行中央厨房配送。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['钱国华']], [['欧阳振宇'], ['汤建平']]]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([null, 1]);
  });

  it('reading order when as many answers as questions say nothing; a 追问 after them stays a follow-up', () => {
    const text = '市人大常委会专题询问\n\n市人大常委会委员韦丽萍提问：部分学校午餐配送不及时，如何改进校园配餐管理？\n\n市人大代表欧阳振宇提问：老旧小区加装电梯审批周期长，能否简化审批流程？\n\n市政府副秘书长钱国华回答，全市已有126所学校实行中央厨房配送。\n\n市政府副秘书长汤建平表示，今年已加装电梯318部。\n\n韦丽萍追问：中央厨房配送的饭菜温度如何保证？\n\n钱国华回答，将新增保温餐车40辆。';
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['钱国华']], [['欧阳振宇'], ['汤建平']], [['韦丽萍'], ['钱国华']]]);
    expect(s.questions.map((q) => q.followUpOf)).toEqual([null, null, 1]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([1, null, null]);
  });
});

describe('[batch] after the answers', () => {
  it('any member of the round coming back to the answer given ("刚才…") follows up their own question', () => {
    const text = '市人大常委会专题询问\n\n市人大常委会委员韦丽萍首先提问：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n市人大代表欧阳振宇接着提问：老旧小区加装电梯审批周期长，市住建局能否简化审批流程？\n\n针对第一个问题，市教育局局长钱国华回答说，全市已有126所学校实行中央厨房配送。\n\n针对第二个问题，市住房和城乡建设局局长汤建平表示，今年已加装电梯318部。\n\n韦丽萍委员：刚才钱局长讲到中央厨房配送，饭菜温度如何保证？\n\n钱国华回答，将新增保温餐车40辆。';
    const s = build(text);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['钱国华']], [['欧阳振宇'], ['汤建平']], [['韦丽萍'], ['钱国华']]]);
    expect(s.questions.map((q) => q.followUpOf)).toEqual([null, null, 1]);
  });
});

describe('[batch] a question no answer takes up', () => {
  it('both answers name the first two questions: the third is left without a responder, and warned', () => {
    const text = `${HEAD}${ASKS}\n\n针对第一个问题，市教育局局长钱国华回答说，全市已有126所学校实行中央厨房配送。\n\n针对第二个问题，市住房和城乡建设局局长汤建平表示，今年已加装电梯318部。`;
    const s = build(text);
    expectStructureInvariants(text, s);
    expect(questions(s).map((q) => q[1])).toEqual([['钱国华'], ['汤建平'], []]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([1, 2]);
    expect(s.warnings.filter((w) => w.code === 'question-without-responder').map((w) => w.message)).toEqual(['question 3 names no responder']);
  });
});

describe('[batch] left as it is', () => {
  it('three questions, two answers that say nothing: no guess, the answers stay with the last question', () => {
    const text = '市人大常委会专题询问\n\n市人大常委会委员韦丽萍提问：部分学校午餐配送不及时，如何改进校园配餐管理？\n\n市人大代表欧阳振宇提问：老旧小区加装电梯审批周期长，能否简化审批流程？\n\n市人大常委会委员马海燕提问：夜间施工噪声扰民投诉多，怎样加强执法？\n\n市政府副秘书长钱国华回答，全市已有126所学校实行中央厨房配送。\n\n市政府副秘书长汤建平表示，今年已加装电梯318部。';
    const s = build(text);
    expect(questions(s).map((q) => q[1])).toEqual([[], [], ['钱国华', '汤建平']]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([null, null]);
    expect(s.warnings.filter((w) => w.code === 'question-without-responder')).toHaveLength(2);
  });

  it('the ordinary ask-and-answer alternation', () => {
    const text = '市人大常委会专题询问\n\n市人大常委会委员韦丽萍提问：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n市教育局局长钱国华回答，全市已有126所学校实行中央厨房配送。\n\n市人大代表欧阳振宇提问：老旧小区加装电梯审批周期长，市住建局能否简化审批流程？\n\n针对第一个问题，市住房和城乡建设局局长汤建平表示，今年已加装电梯318部。';
    const s = build(text);
    expect(questions(s).map((q) => q.slice(0, 2))).toEqual([[['韦丽萍'], ['钱国华']], [['欧阳振宇'], ['汤建平']]]);
    expect(answerTurns(s).map((t) => t[2])).toEqual([null, null]);
  });

  it('one member asking two things before the answer is one question', () => {
    const text = '市人大常委会专题询问\n\n市人大常委会委员韦丽萍提问：部分学校午餐配送不及时，市教育局如何改进校园配餐管理？\n\n韦丽萍委员又问：学校食堂食品安全如何监管？\n\n针对第一个问题，市教育局局长钱国华回答，全市已有126所学校实行中央厨房配送。\n\n关于第二个问题，市市场监管局局长程立新表示，今年已抽检学校食堂320家。';
    const s = build(text);
    expect(s.questions).toHaveLength(1);
    expect(answerTurns(s).map((t) => t[2])).toEqual([null, null]);
  });
});

describe('[batch] the loans read once for the document', () => {
  it('borrowedRuns gives each question the runs questionPieces found by looking through every section', () => {
    const text = `${HEAD}${ASKS}\n\n针对第一个问题，市教育局局长钱国华回答说，全市已有126所学校实行中央厨房配送。\n\n关于加装电梯审批问题，市住房和城乡建设局局长汤建平表示，今年已加装电梯318部。\n\n市生态环境局副局长孔敏回应，今年共查处夜间施工违法案件57起。`;
    const s = build(text);
    const runs = borrowedRuns(s.questions);
    // The runs as a scan of every other section finds them, question by question.
    const scanned = (index: number) => s.questions.filter((o) => o.index !== index).flatMap((o) => {
      const out: unknown[][] = [];
      let run: unknown[] | null = null;
      for (const t of o.turns) {
        if (t.answerTo !== index) { run = null; continue; }
        if (!run) out.push((run = []));
        run.push(t);
      }
      return out;
    });
    for (const q of s.questions) {
      expect(runs.get(q.index) ?? []).toEqual(scanned(q.index));
      expect(questionPieces(q, s.questions, runs)).toEqual(questionPieces(q, s.questions));
    }
    expect([...runs.keys()].sort()).toEqual([1, 2]);
  });
});

describe('[batch] officials announced as answering respectively (A和B分别作了回答): the turns and the answers agree', () => {
  const ASKED = '县人大常委会开展文物保护工作专题询问\n\n县人大常委会委员杜慧敏和县人大代表秦海军先后发问。\n\n'
    + '杜慧敏问：“县博物馆展陈面积只有1800平方米，能不能让文物走出库房？”\n\n'
    + '秦海军问：“明代戏台周边正在进行土地开发，土地出让前有没有做考古调查？”\n\n';
  const LIANG = '梁永胜说，新馆建成后展陈面积可达到6000平方米。在新馆建成前，一是推出流动展览10场；二是建成小型专题博物馆3处。';
  const MA = '马俊杰说，今年出让的37宗土地中有9宗均在出让前完成了考古调查勘探。';
  const WHO = '县文化和旅游局局长梁永胜和县自然资源局局长马俊杰';
  /** Per question: [askers, responders, the answers' responders, its figures]; and the responder turns. */
  const read = (text: string) => {
    const r = parse(text);
    const n = (id: string | null) => r.people.find((p) => p.id === id)?.name ?? null;
    return {
      questions: r.questions.map((q) => [q.askers.map(n), q.responders.map(n), q.answers.map((a) => n(a.responder)), q.quantities.map((x) => x.text)]),
      turns: r.questions.flatMap((q) => q.turns.filter((t) => t.role === 'responder').map((t) => [q.index, n(t.speaker), t.answerTo])),
    };
  };
  const FIRST = [['杜慧敏'], ['梁永胜'], ['梁永胜'], ['1800平方米', '6000平方米', '10场', '3处']];
  const SECOND = [['秦海军'], ['马俊杰'], [], ['37宗', '9宗']];
  it.each<[string, string, string, Array<Array<unknown>>]>([
    ['answers in the named order', `${WHO}分别作了回答。`, `${LIANG}\n\n${MA}`, [[2, '梁永胜', 1], [2, '马俊杰', null]]],
    ['answers in another order than named: matched by name', `${WHO}分别作了回答。`, `${MA}\n\n${LIANG}`, [[2, '马俊杰', null], [2, '梁永胜', 1]]],
    ['分别就上述问题作了答复', `${WHO}分别就上述问题作了答复。`, `${MA}\n\n${LIANG}`, [[2, '马俊杰', null], [2, '梁永胜', 1]]],
  ])('%s', (_name, announced, answers, turns) => {
    const text = `${ASKED}${announced}\n\n${answers}\n`;
    expectStructureInvariants(text, build(text));
    const got = read(text);
    expect(got.questions).toEqual([FIRST, SECOND]);
    expect(got.turns).toEqual(turns);
  });

  // near-misses: without 分别 nothing ties a name to a question; the answers go in reading order, as before.
  it.each<[string, string]>([
    ['no announcement', ''],
    ['先后作了回答 tells the order they spoke in, not who answered which', `${WHO}先后作了回答。\n\n`],
  ])('%s: reading order', (_name, announced) => {
    const got = read(`${ASKED}${announced}县自然资源局局长${MA}\n\n县文化和旅游局局长${LIANG}\n`);
    expect(got.questions.map((q) => q[1])).toEqual([['马俊杰'], ['梁永胜']]);
    expect(got.turns).toEqual([[2, '马俊杰', 1], [2, '梁永胜', null]]);
  });
});
